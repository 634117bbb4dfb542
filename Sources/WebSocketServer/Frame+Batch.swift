/// Several queued messages framed by hand into one buffer, so a turn's two or three frames
/// leave in one send(2) instead of one poll round and one TCP push each. lws writes such a
/// buffer untouched when it is given as `LWS_WRITE_HTTP` (its ws role sends those raw, and
/// stashes what the socket does not take); that is safe because no extension such as
/// permessage-deflate is ever negotiated and server frames are never masked.
extension Frame {
    /// Most bytes put into one batch; a larger backlog goes out over several writeable callbacks.
    static let batchLimit = 16 * 1024

    /// `frames` are outbox entries (headroom + payload); returns headroom + framed messages.
    static func batch(_ frames: ArraySlice<[UInt8]>) -> [UInt8] {
        var total = headroom
        for frame in frames { total += frame.count - headroom + 10 }
        // Reserved, then appended: `Array(repeating:count:)` is not specialized and looks up
        // the array's type metadata on every call.
        var buffer: [UInt8] = []
        buffer.reserveCapacity(total)
        for _ in 0..<headroom { buffer.append(0) }
        for frame in frames {
            let length = frame.count - headroom
            buffer.append(0x81)  // FIN + text
            if length < 126 {
                buffer.append(UInt8(length))
            } else if length <= 0xFFFF {
                buffer.append(126)
                buffer.append(UInt8(length >> 8))
                buffer.append(UInt8(length & 0xFF))
            } else {
                buffer.append(127)
                for shift in stride(from: 56, through: 0, by: -8) { buffer.append(UInt8((length >> shift) & 0xFF)) }
            }
            buffer.append(contentsOf: frame[headroom...])
        }
        return buffer
    }
}
