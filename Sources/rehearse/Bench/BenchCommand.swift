import ArgumentParser
import Foundation
import Glibc

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Load a running server: N connections each play M rehearsal turns; or hold N idle connections.",
        discussion: """
        Start the server with --unlimited first (the default rate limits are meant for people, not \
        for a load generator on one machine), e.g.:
          rehearse serve --unlimited --transcripts /tmp/bench-transcripts &
          rehearse bench --connections 100 --turns 200
          rehearse bench --idle --connections 10000 --server-pid $(pgrep -f 'rehearse serve')
        The same client measures a plain echo server as the reference (scripts/bench does both):
          rehearse bench --echo --port 7682 --path /
        """
    )

    @Option(help: "Server address.") var host = "127.0.0.1"
    @Option(help: "Server port.") var port = 8080
    @Option(help: "WebSocket path.") var path = "/ws"
    @Option(name: [.short, .long], help: "Connections.") var connections = 100
    @Option(name: [.short, .long], help: "Turns per connection.") var turns = 200
    @Option(help: "Dialogue each connection starts.") var dialogue = "vrij-oefenen"
    @Option(help: "What each turn says.") var text = "Wat vindt u belangrijk?"
    @Flag(help: "Hold the connections open without traffic, to measure memory per connection.") var idle = false
    @Flag(help: "Measure an echo server: no start frame, every reply closes a turn.") var echo = false
    @Option(help: "Seconds to hold idle connections.") var hold = 10.0
    @Option(help: "Server process id: report its memory (VmRSS) before and after.") var serverPid: Int32?

    func run() throws {
        raiseFileLimit()
        if idle {
            try runIdle()
        } else {
            try runTurns()
        }
    }

    private func runTurns() throws {
        let startFrame = Array(#"{"type":"start","dialogue":"\#(dialogue)"}"#.utf8)
        let sayFrame = Array(try JSONSerialization.data(withJSONObject: ["type": "say", "text": text]))
        var open: [BenchConnection] = []
        for _ in 0..<connections {
            let connection = try BenchConnection(host: host, port: port, path: path, subprotocol: echo ? nil : "rehearse.v1")
            connection.echo = echo
            open.append(connection)
        }
        var latencies: [UInt64] = []
        latencies.reserveCapacity(connections * turns)
        let total = connections * turns
        var done = 0
        var failed = 0
        let began = Self.now()
        var lastReport = began
        for connection in open {
            connection.sentAt = Self.now()
            if echo {
                connection.started = true
                try connection.sendText(sayFrame)
            } else {
                try connection.sendText(startFrame)
            }
        }
        // poll(2): Glibc's module map has no epoll, and a hundred descriptors cost nothing to scan.
        var descriptors = open.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
        var active = connections
        while active > 0 {
            let count = poll(&descriptors, nfds_t(descriptors.count), 1000)
            if count < 0 && errno != EINTR { throw BenchError.system("poll", errno) }
            for index in descriptors.indices where descriptors[index].revents != 0 {
                let connection = open[index]
                guard !connection.finished else { continue }
                guard let closings = connection.readClosingFrames() else {
                    connection.finished = true
                    descriptors[index].fd = -1
                    active -= 1
                    failed += turns - connection.turnsDone
                    continue
                }
                for _ in 0..<closings {
                    let now = Self.now()
                    if connection.started {
                        latencies.append(now - connection.sentAt)
                        connection.turnsDone += 1
                        done += 1
                    } else {
                        connection.started = true
                    }
                    if connection.turnsDone >= turns {
                        connection.finished = true
                        descriptors[index].fd = -1
                        active -= 1
                        break
                    }
                    connection.sentAt = Self.now()
                    try connection.sendText(sayFrame)
                }
            }
            let now = Self.now()
            if now - lastReport > 1_000_000_000 {
                lastReport = now
                let rate = Double(done) / (Double(now - began) / 1e9)
                FileHandle.standardError.write(Data(String(format: "\r%7d/%d turns  %8.0f turns/s", done, total, rate).utf8))
            }
        }
        let elapsed = Double(Self.now() - began) / 1e9
        FileHandle.standardError.write(Data("\n".utf8))
        BenchReport(latencies: latencies, elapsed: elapsed, connections: connections, failed: failed).print()
    }

    private func runIdle() throws {
        let before = serverPid.flatMap(Self.residentKiB)
        var open: [BenchConnection] = []
        open.reserveCapacity(connections)
        let began = Date()
        for index in 0..<connections {
            do {
                open.append(try BenchConnection(host: host, port: port, path: path, subprotocol: "rehearse.v1"))
            } catch {
                print("connection \(index + 1) failed: \(error)")
                break
            }
            if (index + 1) % 1000 == 0 {
                FileHandle.standardError.write(Data("\r\(index + 1)/\(connections) connections open".utf8))
            }
        }
        FileHandle.standardError.write(Data("\n".utf8))
        print(String(format: "%d idle connections open after %.1f s; holding %.0f s", open.count, Date().timeIntervalSince(began), hold))
        Thread.sleep(forTimeInterval: hold)
        if let pid = serverPid, let before, let after = Self.residentKiB(pid) {
            let perConnection = Double(after - before) / Double(max(1, open.count))
            print(String(format: "server memory: %d KiB before, %d KiB with the connections: %.1f KiB per connection", before, after, perConnection))
        }
    }

    private func raiseFileLimit() {
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        limit.rlim_cur = limit.rlim_max
        setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    static func residentKiB(_ pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }
}
