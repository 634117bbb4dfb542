/// Decides whether a WebSocket handshake's Origin may connect (lws does not check Origin).
///
/// Allowed: no Origin at all (tools, tests; browsers always send one), the server's own address
/// (its host, `localhost`, `127.0.0.1` or `[::1]` with its port, or the request's Host header),
/// and the configured extra origins. Comparison ignores case and a trailing slash.
/// Caveat: trusting the Host header means a DNS-rebinding page whose name resolves to this
/// server is treated as same-origin; bind to loopback or list origins explicitly when that matters.
struct OriginPolicy: Sendable {
    let listenHost: String
    let port: Int
    let tls: Bool
    let trustProxy: Bool
    let allowed: Set<String>

    init(listenHost: String, port: Int, tls: Bool, trustProxy: Bool, allowedOrigins: [String]) {
        self.listenHost = listenHost.lowercased()
        self.port = port
        self.tls = tls
        self.trustProxy = trustProxy
        self.allowed = Set(allowedOrigins.map(OriginPolicy.normalize))
    }

    static func normalize(_ origin: String) -> String {
        var value = origin.trimmingSpaces().lowercased()
        while value.hasSuffix("/") { value.removeLast() }
        return value
    }

    func allows(origin: String?, hostHeader: String?) -> Bool {
        guard let origin else { return true }
        let normalized = OriginPolicy.normalize(origin)
        if allowed.contains(normalized) { return true }
        let schemes: [String] = trustProxy ? ["http://", "https://"] : [tls ? "https://" : "http://"]
        guard let scheme = schemes.first(where: { normalized.hasPrefix($0) }) else { return false }
        let authority = String(normalized.dropFirst(scheme.count))
        var own: Set<String> = [
            "\(listenHost):\(port)", "localhost:\(port)", "127.0.0.1:\(port)", "[::1]:\(port)",
        ]
        let defaultPort = scheme == "https://" ? 443 : 80
        if port == defaultPort {
            own.formUnion([listenHost, "localhost", "127.0.0.1", "[::1]"])
        }
        if let hostHeader {
            own.insert(hostHeader.trimmingSpaces().lowercased())
        }
        return own.contains(authority)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
