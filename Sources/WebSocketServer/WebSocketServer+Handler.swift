/// The handler thread's side: events from the service thread become handler calls.
extension WebSocketServer {
    func startHandlerThread() {
        handlerThread.start(
            name: "rehearse.handler",
            handle: { [self] event, waiting in self.dispatch(event, waiting: waiting) },
            finished: { [self] in self.stoppedGroup.leave() })
    }

    /// Handler thread: one event; its commands are pushed with those of the next few events.
    private func dispatch(_ event: HandlerThread.Event, waiting: Int) {
        switch event {
        case .opened(let info):
            handler.connectionOpened(info, on: self)
        case .received(let id, let message, let credit):
            handler.connection(id, received: message, on: self)
            if credit.messageHandled(resumeBelow: configuration.maxMessagesInFlight / 2) {
                handlerCommands.append(.resumeReading(id.rawValue))
            }
        case .closed(let id):
            handler.connectionClosed(id, on: self)
        case .execute(let work):
            work()
        case .stop:
            return
        }
        handledSinceFlush += 1
        // Each push may wake the service thread for one more trip through its event loop:
        // under load, answers go out a few at a time; alone, at once.
        if waiting == 0 || handledSinceFlush >= Self.eventsPerFlush {
            flushHandlerCommands()
        }
    }

    /// Measured with `scripts/bench`: 1 cost about a third more server CPU per turn than 8 at 100
    /// connections; 32 gained nothing more.
    static var eventsPerFlush: Int { 8 }

    private func flushHandlerCommands() {
        handledSinceFlush = 0
        guard !handlerCommands.isEmpty else { return }
        push(contentsOf: handlerCommands)
        handlerCommands.removeAll(keepingCapacity: true)
    }
}
