import CLibwebsockets
import Dispatch
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

extension WebSocketServer {
    /// Starts the service thread and returns once the server listens.
    ///
    /// Throws `WebSocketServerError.portInUse` (description "Poort N is al in gebruik") when the
    /// port is taken. With `configuration.port == 0` a free port is picked: read `port` afterwards.
    public func start() throws {
        try shared.withLock { state in
            guard state.phase == .idle else { throw WebSocketServerError.alreadyStarted }
            state.phase = .starting
        }
        do {
            try prepare()
        } catch {
            shared.withLock { $0.phase = .idle }
            throw error
        }
        let listen: ListenAddress
        do {
            listen = try ListenAddress.probe(host: configuration.host, port: configuration.port)
        } catch {
            shared.withLock { $0.phase = .idle }
            throw error
        }
        recordListeningPort(listen.port)
        originPolicy = OriginPolicy(
            listenHost: configuration.host, port: listen.port, tls: configuration.usesTLS,
            trustProxy: configuration.trustProxy, allowedOrigins: configuration.allowedOrigins)
        installLWSLogRouting()
        raiseFileLimit(to: configuration.maxConnections + 64)

        let started = DispatchSemaphore(value: 0)
        stoppedGroup.enter()
        startHandlerThread()
        let thread = Thread { [self] in
            self.serviceMain(listen: listen, started: started)
        }
        thread.name = "rehearse.websocket"
        thread.stackSize = 4 << 20
        thread.start()
        started.wait()
        if let error = shared.withLock({ $0.startError }) {
            throw error
        }
        logger.info("listening on \(configuration.host):\(port)\(configuration.usesTLS ? " (TLS)" : "")")
    }

    /// Closes every connection with 1001 after flushing its queued frames, waits at most
    /// `seconds` for the peers, then destroys the context on the service thread.
    /// Callable from any thread and idempotent; blocks until the service and handler threads have
    /// ended, except when called on one of them (it then only starts the shutdown).
    public func shutdown(deadline seconds: Double = 3) {
        shared.withLock { state in
            switch state.phase {
            case .idle:
                state.phase = .stopped
            case .starting, .running:
                guard !state.shutdownRequested else { return }
                state.shutdownRequested = true
                state.queue.append(.shutdown(seconds))
                if let context = state.context { lws_cancel_service(context.pointer) }
            case .stopped:
                break
            }
        }
        if !isOnServiceThread && !isOnHandlerThread {
            waitUntilStopped()
        }
    }

    private func prepare() throws {
        // lws loads its libev glue as a plugin at context creation and only logs when it is absent.
        let eventPlugin = configuration.eventLibraryPath
        guard access(eventPlugin, R_OK) == 0 else { throw WebSocketServerError.eventLibraryMissing(eventPlugin) }
        if let root = configuration.webRoot {
            guard let files = StaticFiles(root: root) else { throw WebSocketServerError.webRootMissing(root) }
            staticFiles = files
        }
        for path in [configuration.tlsCertificatePath, configuration.tlsPrivateKeyPath].compactMap({ $0 })
        where access(path, R_OK) != 0 {
            throw WebSocketServerError.tlsFilesUnreadable(path)
        }
    }

    private func serviceMain(listen: ListenAddress, started: DispatchSemaphore) {
        serviceThreadID = pthread_self()
        let memory = CMemory()
        guard let loop = clws_ev_loop_new() else {
            fail(.contextCreationFailed, memory: memory, started: started)
            return
        }
        var info = makeCreationInfo(listen: listen, loop: loop, memory: memory)
        guard let context = lws_create_context(&info) else {
            var error = WebSocketServerError.contextCreationFailed
            if case .some(let probeError as WebSocketServerError) =
                Result(catching: { try ListenAddress.probe(host: configuration.host, port: listen.port) }).failure {
                error = probeError
            }
            clws_ev_loop_destroy(loop)
            fail(error, memory: memory, started: started)
            return
        }
        shared.withLock { state in
            state.context = ContextRef(pointer: context)
            state.phase = .running
            if !state.queue.isEmpty { lws_cancel_service(context) }
        }
        started.signal()

        let ticker = clws_ticker_start(loop, context, 0.5)
        while true {
            clws_ev_run_once(loop)
            if stopping && (connections.isEmpty || DispatchTime.now().uptimeNanoseconds >= shutdownDeadline) {
                break
            }
        }

        shared.withLock { state in
            state.context = nil
            state.phase = .stopped
            state.queue.removeAll()
        }
        destroying = true
        clws_ticker_stop(loop, ticker)
        lws_context_destroy(context)
        clws_ev_loop_destroy(loop)
        connections.removeAll()
        addressCounts.removeAll()
        memory.release()
        logger.info("stopped")
        // After the CLOSED events of the destroy: the handler sees every connection close.
        handlerThread.post(.stop)
    }

    private func fail(_ error: WebSocketServerError, memory: CMemory, started: DispatchSemaphore) {
        logger.error("cannot start: \(error.description)")
        shared.withLock {
            $0.startError = error
            $0.phase = .stopped
        }
        memory.release()
        started.signal()
        handlerThread.post(.stop)
    }

    /// Runs on the service thread when the `.shutdown` command is drained.
    func beginShutdown(deadline seconds: Double) {
        guard !stopping else { return }
        stopping = true
        let nanoseconds = UInt64(max(0, seconds) * 1_000_000_000)
        shutdownDeadline = DispatchTime.now().uptimeNanoseconds + nanoseconds
        logger.info("shutting down, closing \(connections.count) connection(s)")
        for connection in connections.values {
            requestClose(connection, code: 1001, reason: "Server wordt afgesloten")
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) { [self] in
            self.wakeServiceThread()
        }
    }

    func wakeServiceThread() {
        shared.withLock { state in
            if let context = state.context { lws_cancel_service(context.pointer) }
        }
    }

    private func makeCreationInfo(listen: ListenAddress, loop: OpaquePointer, memory: CMemory) -> lws_context_creation_info {
        var info = lws_context_creation_info()
        let protocols = memory.allocate(lws_protocols.self, count: 2)
        protocols[0].name = UnsafePointer(memory.string(configuration.subprotocol))
        protocols[0].callback = lwsCallback
        protocols[0].per_session_data_size = MemoryLayout<UInt64>.size
        protocols[0].rx_buffer_size = 0
        info.protocols = UnsafePointer(protocols)

        info.port = Int32(listen.port)
        info.iface = listen.iface.map { UnsafePointer(memory.string($0)) }
        var options = CLWS_OPT_VALIDATE_UTF8 | CLWS_OPT_FAIL_UPON_UNABLE_TO_BIND | CLWS_OPT_HTTP_HEADERS_SECURITY
        if !listen.isIPv6 { options |= CLWS_OPT_DISABLE_IPV6 }
        if configuration.usesTLS {
            options |= CLWS_OPT_DO_SSL_GLOBAL_INIT
            info.ssl_cert_filepath = UnsafePointer(memory.string(configuration.tlsCertificatePath!))
            info.ssl_private_key_filepath = UnsafePointer(memory.string(configuration.tlsPrivateKeyPath!))
            // Keep WebSockets on HTTP/1.1 (no ws-over-h2).
            info.alpn = UnsafePointer(memory.string("http/1.1"))
        }
        // lws runs on our libev loop (epoll) instead of poll(2); see `clws_ev_loop_new`.
        options |= CLWS_OPT_LIBEV
        let loops = memory.allocate(UnsafeMutableRawPointer?.self, count: 1)
        loops[0] = UnsafeMutableRawPointer(loop)
        info.foreign_loops = loops
        info.options = options
        info.user = Unmanaged.passUnretained(self).toOpaque()
        info.server_string = UnsafePointer(memory.string("rehearse"))

        let retry = memory.allocate(lws_retry_bo_t.self, count: 1)
        let ping = max(1, min(configuration.pingAfterSeconds, 65_000))
        retry[0].secs_since_valid_ping = UInt16(ping)
        retry[0].secs_since_valid_hangup = UInt16(max(ping + 1, min(configuration.hangupAfterSeconds, 65_535)))
        info.retry_and_idle_policy = UnsafePointer(retry)

        // Exactly the open-file limit, not less: below it lws 4.1.6 finds a connection by walking
        // its whole table (wsi_from_fd) on every event instead of indexing it by descriptor,
        // which made 3,000 idle connections cost two thirds of the turn throughput. Our own
        // cap on WebSockets is `maxConnections` (FILTER_PROTOCOL_CONNECTION).
        info.fd_limit_per_thread = UInt32(clamping: max(16, Self.openFileLimit()))
        info.max_http_header_data = UInt16(clamping: max(1024, configuration.maxHeaderBytes))
        let handshakeTimeout = UInt32(max(1, configuration.handshakeTimeoutSeconds))
        info.timeout_secs = handshakeTimeout
        info.timeout_secs_ah_idle = handshakeTimeout
        return info
    }

    private static func openFileLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
        return Int(clamping: limit.rlim_cur)
    }

    private func raiseFileLimit(to wanted: Int) {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return }
        let target = rlim_t(wanted)
        guard limit.rlim_cur < target else { return }
        limit.rlim_cur = min(target, limit.rlim_max)
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

/// C memory handed to lws, kept for the context's lifetime and released after destroy.
final class CMemory {
    private var blocks: [UnsafeMutableRawPointer] = []

    func string(_ value: String) -> UnsafeMutablePointer<CChar> {
        let pointer = strdup(value)!
        blocks.append(UnsafeMutableRawPointer(pointer))
        return pointer
    }

    /// Zero-filled storage for `count` C structs.
    func allocate<T>(_ type: T.Type, count: Int) -> UnsafeMutablePointer<T> {
        let raw = calloc(count, MemoryLayout<T>.stride)!
        blocks.append(raw)
        return raw.bindMemory(to: T.self, capacity: count)
    }

    func release() {
        for block in blocks { free(block) }
        blocks.removeAll()
    }
}

extension WebSocketServerConfiguration {
    /// The libev plugin as Debian's libwebsockets-evlib-ev installs it, beside libwebsockets.
    static let installedEventLibrary = LWS_INSTALL_LIBDIR + "/libwebsockets-evlib_ev.so"
}
