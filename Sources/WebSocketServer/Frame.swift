import CLibwebsockets

/// Outgoing frame buffers: payload preceded by the CLWS_PRE headroom lws_write needs, built in one allocation.
enum Frame {
    static let headroom = Int(CLWS_PRE)

    static func make(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { make(UnsafeRawBufferPointer($0)) }
    }

    static func make(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { make($0) }
    }

    static func make(_ payload: UnsafeRawBufferPointer) -> [UInt8] {
        let total = headroom + payload.count
        return [UInt8](unsafeUninitializedCapacity: total) { buffer, count in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            raw.baseAddress!.initializeMemory(as: UInt8.self, repeating: 0, count: headroom)
            if payload.count > 0 {
                (raw.baseAddress! + headroom).copyMemory(from: payload.baseAddress!, byteCount: payload.count)
            }
            count = total
        }
    }

    /// Close reasons are limited to 123 bytes by RFC 6455; cut on a character boundary.
    static func closeReason(_ reason: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in reason.unicodeScalars {
            let utf8 = Array(String(scalar).utf8)
            if bytes.count + utf8.count > 123 { break }
            bytes.append(contentsOf: utf8)
        }
        return bytes
    }
}
