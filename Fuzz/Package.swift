// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for rehearse, built only by scripts/fuzz (release, -sanitize=fuzzer).
// This package depends on the main one by path, so the main package's `swift build` and
// `swift test` never see it.
let package = Package(
    name: "rehearse-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "rehearse", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's driver entry point.
        .target(name: "CLibFuzzer"),
        // Bytes of one WebSocket text message -> IncomingFrame or ProtocolError.
        .executableTarget(name: "FuzzFrame", dependencies: [
            "CLibFuzzer", .product(name: "RehearseApp", package: "rehearse"),
        ]),
        // A dialogue file's text -> lint diagnostics; a file that loads is also drawn and its tests run.
        .executableTarget(name: "FuzzDialogue", dependencies: [
            "CLibFuzzer", .product(name: "Dialogue", package: "rehearse"), .product(name: "Coach", package: "rehearse"),
        ]),
        // A learner's line -> Coach analysis.
        .executableTarget(name: "FuzzCoach", dependencies: [
            "CLibFuzzer", .product(name: "Coach", package: "rehearse"),
        ]),
        // Bytes of a transcript file -> entries, skipped lines, torn tail.
        .executableTarget(name: "FuzzTranscript", dependencies: [
            "CLibFuzzer", .product(name: "Transcript", package: "rehearse"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
