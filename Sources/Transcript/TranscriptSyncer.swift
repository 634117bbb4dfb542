import Foundation

/// fsyncs every registered transcript that was written to, on a short timer, on its own thread
/// — the turn's write(2) already happened before the answer; this bounds what a power cut can take.
public final class TranscriptSyncer: @unchecked Sendable {
    private let lock = NSLock()
    private var writers: [ObjectIdentifier: TranscriptWriter] = [:]
    private var thread: Thread?
    private var stopped = false
    public let interval: Double

    public init(interval: Double = 1) {
        self.interval = interval
        let thread = Thread { [weak self] in self?.run() }
        thread.name = "rehearse.transcript-sync"
        self.thread = thread
        thread.start()
    }

    deinit {
        stop()
    }

    public func register(_ writer: TranscriptWriter) {
        lock.lock()
        writers[ObjectIdentifier(writer)] = writer
        lock.unlock()
    }

    public func unregister(_ writer: TranscriptWriter) {
        lock.lock()
        writers[ObjectIdentifier(writer)] = nil
        lock.unlock()
    }

    public func syncAll() {
        lock.lock()
        let all = Array(writers.values)
        lock.unlock()
        for writer in all { try? writer.sync() }
    }

    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
        syncAll()
    }

    private func run() {
        while true {
            Thread.sleep(forTimeInterval: interval)
            lock.lock()
            let done = stopped
            lock.unlock()
            if done { return }
            syncAll()
        }
    }
}
