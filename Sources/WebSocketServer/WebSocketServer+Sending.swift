import CLibwebsockets
import Dispatch
import Logging

/// Sending, closing and running work on the handler thread, from any thread.
extension WebSocketServer {
    /// Queues a text frame. From the service thread the frame goes straight into the outbox;
    /// from other threads through the command queue (from the handler thread, once the current
    /// event is handled). Unknown or closing connections drop it.
    public func send(_ text: String, to id: ConnectionID) {
        submitFrame(Frame.make(text), to: id.rawValue)
    }

    /// Queues a text frame from UTF-8 bytes (the server never sends binary frames).
    public func send(_ bytes: [UInt8], to id: ConnectionID) {
        submitFrame(Frame.make(bytes), to: id.rawValue)
    }

    /// The bytes libwebsockets needs free in front of a frame's payload (`LWS_PRE`).
    public static var frameHeadroom: Int { Frame.headroom }

    /// Queues a text frame whose payload starts after `frameHeadroom` bytes the caller left
    /// free: built that way from the start, the frame is not copied again to make room.
    public func send(framed bytes: [UInt8], to id: ConnectionID) {
        precondition(bytes.count >= Frame.headroom, "send(framed:) needs frameHeadroom bytes in front")
        submitFrame(bytes, to: id.rawValue)
    }

    /// Closes a connection with `code` after its queued frames are flushed. Any thread.
    public func close(_ id: ConnectionID, code: UInt16, reason: String) {
        if isOnServiceThread {
            if let connection = connections[id.rawValue] {
                requestClose(connection, code: code, reason: reason)
            }
        } else if isOnHandlerThread {
            handlerCommands.append(.close(id.rawValue, code, reason))
        } else {
            push(.close(id.rawValue, code, reason))
        }
    }

    /// Runs `work` on the handler thread soon (always deferred, also when called from it), in
    /// order with connection events: the way other threads reach handler state.
    /// Work still queued when the server stops is dropped.
    public func execute(_ work: @escaping @Sendable () -> Void) {
        handlerThread.post(.execute(work))
    }

    /// Runs `work` on the handler thread after about `seconds` (timers for handler state).
    public func execute(after seconds: Double, _ work: @escaping @Sendable () -> Void) {
        DispatchQueue.global().asyncAfter(deadline: .now() + max(0, seconds)) { [self] in
            self.execute(work)
        }
    }

    private func submitFrame(_ frame: [UInt8], to id: UInt64) {
        if isOnServiceThread {
            enqueue(frame, to: id)
        } else if isOnHandlerThread {
            handlerCommands.append(.send(id, frame))
        } else {
            push(.send(id, frame))
        }
    }

    func push(_ command: Command) {
        push(contentsOf: CollectionOfOne(command))
    }

    /// Queues commands for the service thread and wakes it when nothing was pending.
    func push(contentsOf commands: some Collection<Command>) {
        shared.withLock { state in
            guard state.phase == .starting || state.phase == .running else { return }
            let wasEmpty = state.queue.isEmpty
            state.queue.append(contentsOf: commands)
            // A non-empty queue already has a wake-up pending that has not been drained yet.
            if wasEmpty, let context = state.context { lws_cancel_service(context.pointer) }
        }
    }

    /// Service thread: takes everything queued by other threads and applies it, then writes the
    /// frames of connections that had nothing queued straight away (see `writeThrough`).
    func drainCommands() {
        var batch = spareBatch
        spareBatch = []
        shared.withLock { state in swap(&state.queue, &batch) }
        var woken = spareWoken
        spareWoken = []
        for command in batch {
            switch command {
            case .send(let id, let frame):
                if let connection = enqueue(frame, to: id, armingWritable: false) { woken.append(connection) }
            case .close(let id, let code, let reason):
                if let connection = connections[id] { requestClose(connection, code: code, reason: reason) }
            case .resumeReading(let id):
                if let connection = connections[id], connection.readingPaused {
                    connection.readingPaused = false
                    lws_rx_flow_control(connection.wsi, 1)
                }
            case .shutdown(let seconds):
                beginShutdown(deadline: seconds)
            }
        }
        batch.removeAll(keepingCapacity: true)
        spareBatch = batch
        for connection in woken { writeThrough(connection) }
        woken.removeAll(keepingCapacity: true)
        spareWoken = woken
    }

    /// Service thread: appends to the outbox and, when it was empty, arms SERVER_WRITEABLE
    /// (or, with `armingWritable: false`, returns the connection for the caller to write).
    @discardableResult
    func enqueue(_ frame: [UInt8], to id: UInt64, armingWritable: Bool = true) -> Connection? {
        guard !destroying, let connection = connections[id], connection.pendingClose == nil else { return nil }
        let payload = frame.count - Frame.headroom
        if connection.queuedBytes + payload > configuration.outboxLimitBytes {
            logger.warning(
                "\(ConnectionID(rawValue: id)): outbox over \(configuration.outboxLimitBytes) bytes, closing slow client")
            connection.dropOutbox()
            requestClose(connection, code: 1008, reason: "Verbinding te traag")
            return nil
        }
        let wasIdle = !connection.hasQueuedFrames
        connection.outbox.append(frame)
        connection.queuedBytes += payload
        guard wasIdle else { return nil }
        if armingWritable { lws_callback_on_writable(connection.wsi) }
        return connection
    }

    /// Service thread: sends a connection's queued frames now instead of in SERVER_WRITEABLE.
    /// Waiting for writeable costs two epoll_ctl calls (POLLOUT on, then off) and a loop round
    /// per answer, on the libev loop. lws 4.1.6 accepts a write outside that callback: what the
    /// socket does not take it keeps (`lws_partial_buffered`) and flushes on POLLOUT before
    /// calling us again, so we only write through while nothing of ours is still held there.
    func writeThrough(_ connection: Connection) {
        guard connection.hasQueuedFrames else { return }
        guard lws_partial_buffered(connection.wsi) == 0 else {
            lws_callback_on_writable(connection.wsi)
            return
        }
        if !writeQueued(connection) {
            // A broken socket: lws closes it on its next round (CLOSED follows as usual).
            lws_set_timeout(connection.wsi, PENDING_TIMEOUT_USER_OK, LWS_TO_KILL_ASYNC)
        }
    }

    /// Service thread: one `lws_write` of the oldest queued frames (one frame through lws's own
    /// framing, several framed here), re-arming SERVER_WRITEABLE when more is queued or a close
    /// waits. False when the socket failed.
    func writeQueued(_ connection: Connection) -> Bool {
        let write = connection.popWrite(limit: Frame.batchLimit)
        var buffer = write.bytes
        let payload = buffer.count - Frame.headroom
        let mode = write.framedHere ? LWS_WRITE_HTTP : LWS_WRITE_TEXT
        let written = buffer.withUnsafeMutableBufferPointer { buffer in
            lws_write(connection.wsi, buffer.baseAddress! + Frame.headroom, payload, mode)
        }
        if written < payload { return false }
        if connection.hasQueuedFrames || connection.pendingClose != nil {
            lws_callback_on_writable(connection.wsi)
        }
        return true
    }

    /// Service thread: marks the connection for closing once its outbox is flushed.
    func requestClose(_ connection: Connection, code: UInt16, reason: String) {
        guard !destroying, connection.pendingClose == nil else { return }
        connection.pendingClose = (code, Frame.closeReason(reason))
        lws_callback_on_writable(connection.wsi)
        // A peer that stops reading never becomes writable: cut it off eventually.
        lws_set_timeout(connection.wsi, PENDING_TIMEOUT_USER_OK, 10)
    }
}
