import CLibwebsockets

/// Per-connection state, confined to the service thread. lws's per-session data holds only `id`.
final class Connection {
    let id: UInt64
    let wsi: OpaquePointer
    let address: String
    /// Frames not yet given to lws; each already carries CLWS_PRE bytes of headroom.
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

    /// Removes the oldest queued frames, at least one and up to about `limit` bytes, and returns
    /// what to give `lws_write`: a single frame as it is (lws frames it), several framed here into
    /// one buffer (`Frame.batch`), read straight from the outbox rather than collected first.
    func popWrite(limit: Int) -> (bytes: [UInt8], framedHere: Bool) {
        var end = outboxHead + 1
        var bytes = outbox[outboxHead].count
        while end < outbox.count, bytes + outbox[end].count <= limit {
            bytes += outbox[end].count
            end += 1
        }
        if end == outboxHead + 1 { return (popFrame(), false) }
        let batch = Frame.batch(outbox[outboxHead..<end])
        for index in outboxHead..<end {
            queuedBytes -= outbox[index].count - Int(CLWS_PRE)
            outbox[index] = []
        }
        outboxHead = end
        if outboxHead == outbox.count {
            outbox.removeAll(keepingCapacity: true)
            outboxHead = 0
        }
        return (batch, true)
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
