import CLibwebsockets

/// The one protocol callback. A C function pointer captures nothing: the server is reached via
/// the context's user pointer. Reasons we do not handle go to `lws_callback_http_dummy`
/// (it completes file transactions, among other things).
func lwsCallback(
    _ wsi: OpaquePointer?, _ reason: lws_callback_reasons,
    _ user: UnsafeMutableRawPointer?, _ input: UnsafeMutableRawPointer?, _ length: Int
) -> Int32 {
    switch reason {
    case LWS_CALLBACK_RECEIVE:
        return server(of: wsi)?.didReceive(wsi!, user: user, input: input, length: length) ?? -1
    case LWS_CALLBACK_SERVER_WRITEABLE:
        return server(of: wsi)?.becameWritable(wsi!, user: user) ?? -1
    case LWS_CALLBACK_EVENT_WAIT_CANCELLED:
        server(of: wsi)?.drainCommands()
        return 0
    case LWS_CALLBACK_FILTER_PROTOCOL_CONNECTION:
        return server(of: wsi)?.filterHandshake(wsi!) ?? 1
    case LWS_CALLBACK_ESTABLISHED:
        return server(of: wsi)?.didEstablish(wsi!, user: user) ?? -1
    case LWS_CALLBACK_CLOSED:
        server(of: wsi)?.didClose(user: user)
        return 0
    case LWS_CALLBACK_HTTP:
        return server(of: wsi)?.serveHTTP(wsi!, input: input, length: length) ?? -1
    default:
        return lws_callback_http_dummy(wsi, reason, user, input, length)
    }
}

@inline(__always)
private func server(of wsi: OpaquePointer?) -> WebSocketServer? {
    guard let wsi, let context = lws_get_context(wsi), let raw = lws_context_user(context) else { return nil }
    return Unmanaged<WebSocketServer>.fromOpaque(raw).takeUnretainedValue()
}
