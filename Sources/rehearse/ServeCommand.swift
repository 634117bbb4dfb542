import ArgumentParser
import Dispatch
import Foundation
import Logging
import RehearseApp

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the rehearsal server: the Web client, the WebSocket protocol and transcripts.",
        discussion: """
        The limits are policy with safe defaults for people: a learner types a line every few \
        seconds, a script does not. Every limit below can be changed. --unlimited lifts the \
        per-connection and per-address frame rates and the per-address connection cap, for load \
        tests from one machine (rehearse bench); it never lifts --guesses-per-minute, the message \
        size or the line length. Do not use --unlimited on a network people use. Behind a trusted \
        reverse proxy, --trust-proxy counts the per-address limits per forwarded client. See \
        SECURITY.md for what a deployment must add (TLS, a trainer token, a firewall).
        """
    )

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port = 8080
    @Option(help: "Folder with the dialogue files.") var dialogues = "Dialogues"
    @Option(help: "Folder with the Web client.") var web = "Web"
    @Option(help: "Folder for transcripts (created if missing).") var transcripts = "transcripts"
    @Option(help: ArgumentHelp("Trainer token: opens every live session and the transcripts. Also from REHEARSE_TRAINER_TOKEN.", valueName: "token"))
    var trainerToken: String?
    @Option(name: .customLong("allow-origin"), help: "Another Origin allowed to open WebSockets (repeatable).")
    var allowedOrigins: [String] = []
    @Option(help: "Most open connections.") var maxConnections = 4096
    @Option(help: "Most open connections from one address.") var maxConnectionsPerAddress = 64
    @Option(help: "Largest WebSocket message in bytes (larger: close 1009).") var maxMessageBytes = 64 * 1024
    @Option(help: "Longest learner line in characters.") var maxLine = 2000
    @Option(help: "Frames a connection may send at once.") var rateBurst = 20
    @Option(help: "Frames per second a connection may send after its burst.") var ratePerSecond = 5.0
    @Option(help: "Frames all connections of one address may send at once.") var addressRateBurst = 200
    @Option(help: "Frames per second for one address.") var addressRatePerSecond = 50.0
    @Option(help: "Wrong join codes or tokens one address may try per minute (also with --unlimited).") var guessesPerMinute = 10
    @Option(help: "Largest HTTP request head in bytes (larger: refused).") var maxHeaderBytes = 4096
    @Option(help: "Bytes queued for a client that does not read before it is hung up on.") var maxOutboxBytes = 1 << 20
    @Option(help: "Seconds an abandoned session stays in memory (it stays resumable from its transcript).") var idleSessionSeconds = 1800
    @Option(help: "Most abandoned sessions kept in memory, each with its transcript open; the oldest go first.") var maxIdleSessions = 256
    @Flag(help: "Lift the per-connection rate and per-address caps (load tests from one machine).") var unlimited = false
    @Flag(help: "Behind a trusted reverse proxy: per-address limits use X-Forwarded-For.") var trustProxy = false
    @Option(help: "TLS certificate (PEM): serve https and wss.") var tlsCert: String?
    @Option(help: "TLS private key (PEM).") var tlsKey: String?
    @Option(help: ArgumentHelp("This server's name behind a proxy ([a-z0-9], at most 16): session ids start with NAME- and join codes with its first letter, so resumes and observers can be routed to it.", valueName: "name"))
    var instance: String?
    @Option(help: "Seconds of silence before a ping.") var pingSeconds = 60
    @Option(help: "Seconds without an answer before hanging up.") var hangupSeconds = 90
    @Option(help: "Seconds a handshake may take.") var handshakeTimeout = 10
    @Option(help: "trace, debug, info, notice, warning, error or critical.") var logLevel = "info"

    func validate() throws {
        if let instance, !Secrets.isValidInstanceName(instance) {
            throw ValidationError("--instance mag alleen kleine letters en cijfers bevatten (1 tot 16 tekens): \(instance)")
        }
        let positives: [(String, Double)] = [
            ("--max-connections", Double(maxConnections)), ("--max-connections-per-address", Double(maxConnectionsPerAddress)),
            ("--max-message-bytes", Double(maxMessageBytes)), ("--max-line", Double(maxLine)),
            ("--rate-burst", Double(rateBurst)), ("--rate-per-second", ratePerSecond),
            ("--address-rate-burst", Double(addressRateBurst)), ("--address-rate-per-second", addressRatePerSecond),
            ("--guesses-per-minute", Double(guessesPerMinute)), ("--max-header-bytes", Double(maxHeaderBytes)),
            ("--max-outbox-bytes", Double(maxOutboxBytes)), ("--idle-session-seconds", Double(idleSessionSeconds)),
            ("--max-idle-sessions", Double(maxIdleSessions)),
            ("--ping-seconds", Double(pingSeconds)), ("--hangup-seconds", Double(hangupSeconds)),
            ("--handshake-timeout", Double(handshakeTimeout)),
        ]
        for (name, value) in positives where !(value > 0) || !value.isFinite {
            throw ValidationError("\(name) moet een getal groter dan 0 zijn.")
        }
    }

    func run() throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "rehearse")
        signal(SIGPIPE, SIG_IGN)
        // Past a file-size limit (ulimit -f) a write should fail with EFBIG, which the learner
        // hears about as `transcript-failed`, instead of the signal killing the server.
        signal(SIGXFSZ, SIG_IGN)
        // A learner's connection and its transcript are a descriptor each, and every idle
        // session keeps its transcript open too.
        let descriptorsNeeded = 2 * maxConnections + maxIdleSessions + 64
        let descriptors = Self.raiseFileLimit(to: descriptorsNeeded)
        if descriptors < descriptorsNeeded {
            logger.warning("maar \(descriptors) open bestanden toegestaan (ulimit -n), \(descriptorsNeeded) nodig voor --max-connections \(maxConnections): verhoog de limiet of verlaag --max-connections")
        }

        var config = RehearseConfiguration()
        config.dialoguesFolder = try Paths.existingFolder(dialogues, purpose: "de dialogen (--dialogues)")
        config.transcriptsFolder = try Paths.creatingFolder(transcripts, purpose: "de verslagen (--transcripts)")
        config.server.webRoot = try Paths.existingFolder(web, purpose: "de webclient (--web)")
        config.server.host = host
        config.server.port = port
        config.server.allowedOrigins = allowedOrigins
        config.server.maxConnections = maxConnections
        config.server.maxConnectionsPerAddress = unlimited ? nil : maxConnectionsPerAddress
        config.server.maxMessageBytes = maxMessageBytes
        config.server.trustProxy = trustProxy
        config.server.pingAfterSeconds = pingSeconds
        config.server.hangupAfterSeconds = max(hangupSeconds, pingSeconds + 5)
        config.server.handshakeTimeoutSeconds = handshakeTimeout
        config.server.maxHeaderBytes = maxHeaderBytes
        config.server.outboxLimitBytes = maxOutboxBytes
        config.idleSessionSeconds = Double(idleSessionSeconds)
        config.maxIdleSessions = maxIdleSessions
        if (tlsCert == nil) != (tlsKey == nil) {
            throw ValidationError("--tls-cert en --tls-key horen bij elkaar: geef ze allebei.")
        }
        config.server.tlsCertificatePath = try tlsCert.map { try Paths.existingFile($0, purpose: "het TLS-certificaat") }
        config.server.tlsPrivateKeyPath = try tlsKey.map { try Paths.existingFile($0, purpose: "de TLS-sleutel") }
        config.instance = instance
        config.maxLineCharacters = maxLine
        config.rateLimits.connectionBurst = rateBurst
        config.rateLimits.connectionPerSecond = ratePerSecond
        config.rateLimits.addressBurst = addressRateBurst
        config.rateLimits.addressPerSecond = addressRatePerSecond
        config.rateLimits.guessesPerMinute = guessesPerMinute
        config.rateLimits.enabled = !unlimited
        config.trainerToken = trainerToken ?? ProcessInfo.processInfo.environment["REHEARSE_TRAINER_TOKEN"]
        if config.trainerToken?.isEmpty ?? true {
            config.trainerToken = nil
            logger.notice("geen trainerstoken (--trainer-token of REHEARSE_TRAINER_TOKEN): verslagen zijn niet via het web te lezen")
        } else if let token = config.trainerToken, token.count < 16 {
            logger.warning("het trainerstoken is kort (\(token.count) tekens) en dus te raden: neem er een van minstens 16, bijvoorbeeld met 'openssl rand -hex 32'")
        }

        if let instance, Secrets.joinCodeMark(instance: instance) == nil {
            logger.warning("--instance \(instance): join codes kunnen niet met '\(instance.prefix(1))' beginnen (0, 1, i, l en o staan niet in codes), dus een proxy kan waarnemers niet naar deze server sturen; kies een naam die met een andere letter of een cijfer 2-9 begint")
        }
        let service = try RehearseService(configuration: config, logger: logger)
        do {
            try service.start()
        } catch {
            FileHandle.standardError.write(Data("Kan de server niet starten: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let scheme = config.server.tlsCertificatePath == nil ? "http" : "https"
        let shownHost = host == "0.0.0.0" || host == "::" ? "localhost" : host
        print("Oefengesprek draait: open \(scheme)://\(shownHost):\(service.port)/ in je browser. Stoppen: Ctrl+C.")
        fflush(nil)

        let signals = SignalWatcher(signals: [SIGINT, SIGTERM]) { signal in
            logger.info("signaal \(signal) ontvangen: verbindingen netjes sluiten")
            service.shutdown()
        }
        service.waitUntilStopped()
        service.shutdown()
        signals.cancel()
        logger.info("gestopt")
    }

    /// Every connection is a file descriptor: lift the soft limit as far as the hard one allows.
    /// Returns the soft limit in force afterwards.
    @discardableResult
    static func raiseFileLimit(to wanted: Int) -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return wanted }
        let target = min(rlim_t(wanted), limit.rlim_max)
        if limit.rlim_cur < target {
            limit.rlim_cur = target
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) != 0 { getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) }
        }
        return Int(clamping: limit.rlim_cur)
    }
}
