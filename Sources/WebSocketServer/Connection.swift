import CLibwebsockets

/// Per-connection state, confined to the service thread. lws's per-session data holds only `id`.
final class Connection {
    let id: UInt64
    let wsi: OpaquePointer
    let address: String
    /// Frames waiting for SERVER_WRITEABLE; each already carries CLWS_PRE bytes of headroom.
    var outbox: [[UInt8]] = []
    var outboxHead = 0
    var queuedBytes = 0
    /// Pieces of a message still being reassembled.
    var incoming: [UInt8] = []
    /// Set once a close is wanted; sent after the outbox is flushed.
    var pendingClose: (code: UInt16, reason: [UInt8])?
    /// Messages posted to the handler and not handled yet (shared with the handler thread).
    let credit = InboundCredit()
    /// Reading is switched off with `lws_rx_flow_control` until the handler catches up.
    var readingPaused = false

    init(id: UInt64, wsi: OpaquePointer, address: String) {
        self.id = id
        self.wsi = wsi
        self.address = address
    }

    var hasQueuedFrames: Bool { outboxHead < outbox.count }

    /// Removes and returns the oldest queued frames, at least one, up to about `limit` bytes.
    func popFrames(limit: Int) -> [[UInt8]] {
        var frames: [[UInt8]] = [popFrame()]
        var bytes = frames[0].count
        while hasQueuedFrames, bytes + outbox[outboxHead].count <= limit {
            let frame = popFrame()
            bytes += frame.count
            frames.append(frame)
        }
        return frames
    }

    /// Removes and returns the oldest queued frame (without copying it).
    func popFrame() -> [UInt8] {
        var frame: [UInt8] = []
        swap(&frame, &outbox[outboxHead])
        outboxHead += 1
        queuedBytes -= frame.count - Int(CLWS_PRE)
        if outboxHead == outbox.count {
            outbox.removeAll(keepingCapacity: true)
            outboxHead = 0
        }
        return frame
    }

    func dropOutbox() {
        outbox.removeAll()
        outboxHead = 0
        queuedBytes = 0
    }
}
