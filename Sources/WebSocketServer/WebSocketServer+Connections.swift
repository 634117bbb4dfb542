import CLibwebsockets
import Logging

/// Connection events from lws; all run on the service thread.
extension WebSocketServer {
    func didEstablish(_ wsi: OpaquePointer, user: UnsafeMutableRawPointer?) -> Int32 {
        guard let user else { return -1 }
        let handshake: PendingHandshake
        if let pending = pendingHandshake, pending.wsi == wsi {
            handshake = pending
        } else {
            handshake = PendingHandshake(
                wsi: wsi, address: clientAddress(wsi), origin: header(wsi, WSI_TOKEN_ORIGIN),
                subprotocol: header(wsi, WSI_TOKEN_PROTOCOL) == nil ? nil : configuration.subprotocol)
        }
        pendingHandshake = nil
        lastConnectionID += 1
        let id = lastConnectionID
        user.storeBytes(of: id, as: UInt64.self)
        let connection = Connection(id: id, wsi: wsi, address: handshake.address)
        connections[id] = connection
        addressCounts[handshake.address, default: 0] += 1
        handlerThread.post(.opened(
            ConnectionInfo(
                id: ConnectionID(rawValue: id), clientAddress: handshake.address,
                origin: handshake.origin, subprotocol: handshake.subprotocol)))
        return 0
    }

    func didReceive(
        _ wsi: OpaquePointer, user: UnsafeMutableRawPointer?, input: UnsafeMutableRawPointer?, length: Int
    ) -> Int32 {
        guard let id = user?.load(as: UInt64.self), let connection = connections[id] else { return -1 }
        if lws_frame_is_binary(wsi) != 0 {
            closeNow(wsi, code: 1003, reason: "Alleen tekstberichten")
            return -1
        }
        let first = lws_is_first_fragment(wsi) != 0
        let final = lws_is_final_fragment(wsi) != 0
        if first { connection.incoming.removeAll(keepingCapacity: true) }
        if connection.incoming.count + length > configuration.maxMessageBytes {
            logger.warning("\(ConnectionID(rawValue: id)): message over \(configuration.maxMessageBytes) bytes, closing")
            closeNow(wsi, code: 1009, reason: "Bericht te groot")
            return -1
        }
        let message: [UInt8]
        if first && final {
            message = Array(UnsafeRawBufferPointer(start: input, count: length))
        } else {
            connection.incoming.append(contentsOf: UnsafeRawBufferPointer(start: input, count: length))
            guard final else { return 0 }
            message = connection.incoming
            connection.incoming = []
        }
        if connection.pendingClose != nil { return 0 }
        if connection.credit.messagePosted(limit: configuration.maxMessagesInFlight), !connection.readingPaused {
            connection.readingPaused = true
            lws_rx_flow_control(wsi, 0)
        }
        handlerThread.post(.received(ConnectionID(rawValue: id), message, connection.credit))
        return 0
    }

    func becameWritable(_ wsi: OpaquePointer, user: UnsafeMutableRawPointer?) -> Int32 {
        guard let id = user?.load(as: UInt64.self), let connection = connections[id] else { return 0 }
        if connection.hasQueuedFrames {
            return writeQueued(connection) ? 0 : -1
        }
        if let close = connection.pendingClose {
            close.reason.withUnsafeBufferPointer { reason in
                clws_close_reason(wsi, close.code, reason.baseAddress, reason.count)
            }
            return -1
        }
        return 0
    }

    func didClose(user: UnsafeMutableRawPointer?) {
        // CLOSED also arrives for connections that never reached ESTABLISHED (id 0).
        guard let id = user?.load(as: UInt64.self), id != 0,
              let connection = connections.removeValue(forKey: id) else { return }
        if let count = addressCounts[connection.address] {
            if count <= 1 {
                addressCounts.removeValue(forKey: connection.address)
            } else {
                addressCounts[connection.address] = count - 1
            }
        }
        handlerThread.post(.closed(ConnectionID(rawValue: id)))
    }

    /// Sets the close status lws sends when the callback then returns -1.
    func closeNow(_ wsi: OpaquePointer, code: UInt16, reason: String) {
        let bytes = Frame.closeReason(reason)
        bytes.withUnsafeBufferPointer { clws_close_reason(wsi, code, $0.baseAddress, $0.count) }
    }

    /// Reads one request header (only valid until the upgrade completes).
    func header(_ wsi: OpaquePointer, _ token: lws_token_indexes) -> String? {
        let count = Int32(headerBuffer.count)
        let length = headerBuffer.withUnsafeMutableBufferPointer { buffer in
            clws_hdr_copy(wsi, buffer.baseAddress, count, token)
        }
        guard length >= 0 else { return nil }
        return headerBuffer.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(length)), as: UTF8.self)
        }
    }

    /// The TCP peer, or X-Forwarded-For's last hop when the server trusts its proxy.
    func clientAddress(_ wsi: OpaquePointer) -> String {
        if configuration.trustProxy, let forwarded = header(wsi, WSI_TOKEN_X_FORWARDED_FOR),
           let last = forwarded.split(separator: ",").last {
            let hop = String(last).trimmingSpaces()
            if !hop.isEmpty { return hop }
        }
        var name = [CChar](repeating: 0, count: 64)
        let count = name.count
        let peer = name.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let result = lws_get_peer_simple(wsi, buffer.baseAddress, count) else { return nil }
            return String(cString: result)
        }
        return peer ?? "?"
    }
}
