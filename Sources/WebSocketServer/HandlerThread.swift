import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The thread the handler runs on. The service thread only does libwebsockets I/O and posts
/// connection events here; the handler's work (for rehearse: decoding, coaching, the dialogue
/// step, the transcript write) then runs in parallel with the I/O of other connections instead
/// of holding up the one poll loop.
///
/// Events run one at a time, in the order they were posted, so a handler may keep its state
/// confined to this thread. The thread sleeps on a condition variable only when the queue is
/// empty, and the service thread signals it only then: under load a wake-up costs nothing.
final class HandlerThread: @unchecked Sendable {
    enum Event {
        case opened(ConnectionInfo)
        case received(ConnectionID, [UInt8], InboundCredit)
        case closed(ConnectionID)
        case execute(@Sendable () -> Void)
        case stop
    }

    // A pthread mutex and condition must not move: heap-allocated.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var queue: [Event] = []
    private var sleeping = false
    private var accepting = true
    /// Written by the thread itself before `start()` returns; read by `isCurrent`.
    private var threadID: pthread_t?

    init() {
        mutex.initialize(to: pthread_mutex_t())
        condition.initialize(to: pthread_cond_t())
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    var isCurrent: Bool {
        guard let threadID else { return false }
        return pthread_equal(pthread_self(), threadID) != 0
    }

    /// Queues an event; dropped once the thread has been told to stop.
    func post(_ event: Event) {
        pthread_mutex_lock(mutex)
        guard accepting else {
            pthread_mutex_unlock(mutex)
            return
        }
        if case .stop = event { accepting = false }
        queue.append(event)
        let wake = sleeping
        pthread_mutex_unlock(mutex)
        if wake { pthread_cond_signal(condition) }
    }

    /// Starts the thread and returns once it runs; `handle` runs for each event with the number
    /// of events still waiting behind it, `finished` once after `.stop`.
    func start(
        name: String, handle: @escaping @Sendable (Event, Int) -> Void, finished: @escaping @Sendable () -> Void
    ) {
        let running = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in
            self.threadID = pthread_self()
            running.signal()
            self.run(handle)
            finished()
        }
        thread.name = name
        thread.stackSize = 8 << 20
        thread.start()
        running.wait()
    }

    private func run(_ handle: (Event, Int) -> Void) {
        var batch: [Event] = []
        while true {
            pthread_mutex_lock(mutex)
            while queue.isEmpty {
                sleeping = true
                pthread_cond_wait(condition, mutex)
                sleeping = false
            }
            swap(&queue, &batch)
            pthread_mutex_unlock(mutex)
            for (index, event) in batch.enumerated() {
                if case .stop = event { return }
                handle(event, batch.count - index - 1)
            }
            batch.removeAll(keepingCapacity: true)
        }
    }
}
