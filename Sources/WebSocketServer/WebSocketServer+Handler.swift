import CLibwebsockets

/// The handler thread's side: events from the service thread become handler calls.
extension WebSocketServer {
    func startHandlerThread() {
        handlerThread.start(
            name: "rehearse.handler",
            handle: { [self] event in self.dispatch(event) },
            finished: { [self] in self.stoppedGroup.leave() })
    }

    /// Handler thread: one event, then the commands it made, in one push.
    private func dispatch(_ event: HandlerThread.Event) {
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
        flushHandlerCommands()
    }

    private func flushHandlerCommands() {
        guard !handlerCommands.isEmpty else { return }
        shared.withLock { state in
            guard state.phase == .starting || state.phase == .running else { return }
            let wasEmpty = state.queue.isEmpty
            state.queue.append(contentsOf: handlerCommands)
            if wasEmpty, let context = state.context { lws_cancel_service(context.pointer) }
        }
        handlerCommands.removeAll(keepingCapacity: true)
    }
}
