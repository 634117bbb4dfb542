import CLibwebsockets
import Logging

/// The HTTP side: the WebSocket handshake filter and static files.
extension WebSocketServer {
    /// FILTER_PROTOCOL_CONNECTION: returning non-zero refuses the upgrade. We answer with an
    /// HTTP status first so that clients can tell why.
    func filterHandshake(_ wsi: OpaquePointer) -> Int32 {
        let path = header(wsi, WSI_TOKEN_GET_URI)
        guard path == configuration.webSocketPath else {
            return refuse(wsi, status: 404, "handshake on wrong path \(path ?? "?")")
        }
        if stopping {
            return refuse(wsi, status: 503, "handshake during shutdown")
        }
        let origin = header(wsi, WSI_TOKEN_ORIGIN)
        guard originPolicy.allows(origin: origin, hostHeader: header(wsi, WSI_TOKEN_HOST)) else {
            return refuse(wsi, status: 403, "handshake from foreign origin \(origin ?? "")")
        }
        let address = clientAddress(wsi)
        if connections.count >= configuration.maxConnections {
            return refuse(wsi, status: 503, "connection limit \(configuration.maxConnections) reached (\(address))")
        }
        if let perAddress = configuration.maxConnectionsPerAddress, addressCounts[address, default: 0] >= perAddress {
            return refuse(wsi, status: 429, "per-address limit \(perAddress) reached for \(address)")
        }
        pendingHandshake = PendingHandshake(
            wsi: wsi, address: address, origin: origin,
            subprotocol: header(wsi, WSI_TOKEN_PROTOCOL) == nil ? nil : configuration.subprotocol)
        return 0
    }

    private func refuse(_ wsi: OpaquePointer, status: UInt32, _ why: String) -> Int32 {
        logger.warning("refused WebSocket: \(why)")
        _ = lws_return_http_status(wsi, status, nil)
        return 1
    }

    /// LWS_CALLBACK_HTTP: every non-upgrade request (there is no lws mount).
    func serveHTTP(_ wsi: OpaquePointer, input: UnsafeMutableRawPointer?, length: Int) -> Int32 {
        let isGet = lws_hdr_total_length(wsi, WSI_TOKEN_GET_URI) > 0
        let isHead = lws_hdr_total_length(wsi, WSI_TOKEN_HEAD_URI) > 0
        guard isGet || isHead else { return respond(wsi, status: 405) }
        guard let staticFiles, let input else { return respond(wsi, status: 404) }
        let uri = String(decoding: UnsafeRawBufferPointer(start: input, count: length), as: UTF8.self)
        switch staticFiles.resolve(uri) {
        case .file(let path, let mimeType):
            let result = lws_serve_http_file(wsi, path, mimeType, nil, 0)
            if result < 0 || (result > 0 && lws_http_transaction_completed(wsi) != 0) { return -1 }
            return 0
        case .notFound:
            return respond(wsi, status: 404)
        case .forbidden:
            logger.notice("refused static path \(uri)")
            return respond(wsi, status: 403)
        }
    }

    private func respond(_ wsi: OpaquePointer, status: UInt32) -> Int32 {
        if lws_return_http_status(wsi, status, nil) != 0 { return -1 }
        return lws_http_transaction_completed(wsi) != 0 ? -1 : 0
    }
}
