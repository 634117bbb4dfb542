import Synchronization

/// How many of one connection's messages wait for the handler. The service thread stops reading
/// from a connection that is too far ahead (`lws_rx_flow_control`), so a client that sends faster
/// than its messages are handled fills its own TCP window, not the server's memory; the handler
/// thread asks for reading to resume once it has caught up.
final class InboundCredit: Sendable {
    private let waiting = Atomic<Int>(0)
    private let paused = Atomic<Bool>(false)

    /// Service thread, before each message is posted: true when the connection is over `limit`
    /// and reading must be (or stay) paused.
    func messagePosted(limit: Int) -> Bool {
        let count = waiting.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue
        guard count > limit else { return false }
        // Set before the message is posted: the handler sees it at the latest when it handles it.
        paused.store(true, ordering: .sequentiallyConsistent)
        return true
    }

    /// Handler thread, after each message: true when reading should resume.
    func messageHandled(resumeBelow mark: Int) -> Bool {
        let count = waiting.wrappingSubtract(1, ordering: .sequentiallyConsistent).newValue
        guard count <= mark, paused.load(ordering: .sequentiallyConsistent) else { return false }
        return paused.exchange(false, ordering: .sequentiallyConsistent)
    }
}
