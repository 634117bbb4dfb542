#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Resolves the configured host and checks the port before lws tries, so that "port in use"
/// becomes a clear error instead of a NULL context, and so that port 0 becomes a concrete port.
///
/// Caveat for port 0: the probe socket is closed before lws binds the port it found, so another
/// process could take it in between; `start()` then fails with `portInUse`.
struct ListenAddress {
    /// Numeric host for lws's `iface` (nil: all interfaces).
    let iface: String?
    let isIPv6: Bool
    let port: Int

    static func probe(host: String, port: Int) throws -> ListenAddress {
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        let wildcard = host.isEmpty || host == "*"
        var result: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(wildcard ? nil : host, String(port), &hints, &result)
        guard status == 0, let first = result else { throw WebSocketServerError.unknownHost(host) }
        defer { freeaddrinfo(result) }
        // Prefer IPv4 when a name resolves to both (lws gets one numeric interface).
        var chosen = first.pointee
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            if entry.pointee.ai_family == AF_INET { chosen = entry.pointee; break }
            cursor = entry.pointee.ai_next
        }

        let fd = socket(chosen.ai_family, chosen.ai_socktype, chosen.ai_protocol)
        guard fd >= 0 else { throw WebSocketServerError.cannotBind(host: host, port: port, errno: errno) }
        defer { close(fd) }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        if bind(fd, chosen.ai_addr, chosen.ai_addrlen) != 0 {
            let code = errno
            if code == EADDRINUSE { throw WebSocketServerError.portInUse(port) }
            throw WebSocketServerError.cannotBind(host: host, port: port, errno: code)
        }
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let actualPort: Int = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                guard getsockname(fd, address, &length) == 0 else { return port }
                if chosen.ai_family == AF_INET6 {
                    return address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                        Int(UInt16(bigEndian: $0.pointee.sin6_port))
                    }
                }
                return address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                    Int(UInt16(bigEndian: $0.pointee.sin_port))
                }
            }
        }
        var name = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        getnameinfo(chosen.ai_addr, chosen.ai_addrlen, &name, socklen_t(name.count), nil, 0, NI_NUMERICHOST)
        let numeric = name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let isAny = numeric == "0.0.0.0" || numeric == "::"
        return ListenAddress(iface: isAny ? nil : numeric, isIPv6: chosen.ai_family == AF_INET6, port: actualPort)
    }
}
