// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "rehearse",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "rehearse", targets: ["rehearse"]),
        // Libraries exported for the fuzz package in Fuzz/ (it depends on this one by path).
        .library(name: "Coach", targets: ["Coach"]),
        .library(name: "Dialogue", targets: ["Dialogue"]),
        .library(name: "Transcript", targets: ["Transcript"]),
        .library(name: "RehearseApp", targets: ["RehearseApp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    ],
    targets: [
        // The system library and nothing else.
        .systemLibrary(
            name: "CLibwebsockets",
            pkgConfig: "libwebsockets",
            providers: [.apt(["libwebsockets-dev"])]
        ),
        // The Swift face of libwebsockets: service thread, connections, outboxes, static files, limits.
        .target(
            name: "WebSocketServer",
            dependencies: [
                "CLibwebsockets",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // A small blocking WebSocket client over POSIX sockets, for tests and `rehearse bench`.
        .target(name: "WebSocketClient"),
        // Dutch analyzers; word lists are data in Resources/.
        .target(
            name: "Coach",
            resources: [.copy("Resources/Lexicon")]
        ),
        // Script model, YAML loading, lint, runtime state machine. Pure.
        .target(
            name: "Dialogue",
            dependencies: [
                "Coach",
                "Yams",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Append-only JSON Lines transcripts, a tolerant reader, report rendering.
        .target(name: "Transcript"),
        // Wire protocol, sessions, tokens, observers, rate limits: wires the others.
        .target(
            name: "RehearseApp",
            dependencies: [
                "WebSocketServer",
                "Coach",
                "Dialogue",
                "Transcript",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "rehearse",
            dependencies: [
                "RehearseApp",
                "WebSocketClient",
                "Dialogue",
                "Coach",
                "Transcript",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "CoachTests", dependencies: ["Coach"], exclude: ["heldout.tsv", "unseen.tsv", "unseen2.tsv", "unseen3.tsv", "unseen4.tsv"]),
        .testTarget(name: "DialogueTests", dependencies: ["Dialogue", "Coach"]),
        .testTarget(name: "TranscriptTests", dependencies: ["Transcript"]),
        .testTarget(name: "WebSocketServerTests", dependencies: ["WebSocketServer", "WebSocketClient"]),
        .testTarget(name: "RehearseAppTests", dependencies: ["RehearseApp", "WebSocketClient", "Transcript", "Dialogue", "Coach"]),
    ],
    swiftLanguageModes: [.v6]
)
