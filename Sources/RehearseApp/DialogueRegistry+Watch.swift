import Foundation

extension DialogueRegistry {
    // MARK: Watching

    /// Polls the folder every `interval` seconds on a background thread and reloads on any
    /// change of the set of files, their sizes or modification times.
    public func startWatching(interval: Double) {
        let generation: Int = lock.withLock {
            guard !watching else { return -1 }
            watching = true
            watcherGeneration += 1
            return watcherGeneration
        }
        guard generation >= 0 else { return }
        // Taken here, not on the thread: a file saved before the thread first runs is still a change.
        let baseline = Self.stamps(in: folder)
        let thread = Thread { [self] in watch(interval: max(0.05, interval), generation: generation, baseline: baseline) }
        thread.name = "dialogue-watcher"
        thread.start()
    }

    /// Stops the watcher (it exits within about 0.1 s).
    public func stopWatching() {
        lock.withLock { watching = false }
    }

    private func isWatching(_ generation: Int) -> Bool {
        lock.withLock { watching && watcherGeneration == generation }
    }

    private func watch(interval: Double, generation: Int, baseline: [String: Stamp]) {
        var stamps = baseline
        while isWatching(generation) {
            var waited = 0.0
            while waited < interval, isWatching(generation) {
                let step = min(0.1, interval - waited)
                Thread.sleep(forTimeInterval: step)
                waited += step
            }
            guard isWatching(generation) else { return }
            let now = Self.stamps(in: folder)
            if now != stamps {
                stamps = now
                logger.debug("dialogues changed on disk; reloading", metadata: ["folder": "\(folder)"])
                reload()
            }
        }
    }

    private struct Stamp: Equatable {
        var modified: Date?
        var size: Int?
    }

    private static func stamps(in folder: String) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for path in dialogueFiles(in: folder) {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            stamps[path] = Stamp(modified: attributes?[.modificationDate] as? Date,
                                 size: (attributes?[.size] as? NSNumber)?.intValue)
        }
        return stamps
    }
}
