import XCTest

/// Editing a dialogue while the server runs takes effect for new sessions; running sessions keep
/// the version they started with.
final class HotReloadTests: XCTestCase {
    func testAnEditReachesNewSessionsOnly() throws {
        let server = try TestServer()
        defer { server.stop() }
        let before = try server.client()
        _ = try before.start("oefen", preview: true)

        let edited = TestDialogues.practice.replacingOccurrences(
            of: "We willen een moestuin op het plein, voor jong en oud.", with: "We willen een speeltuin met een waterpomp.")
        try edited.write(to: server.dialogues.appendingPathComponent("oefen.yaml"), atomically: true, encoding: .utf8)

        var newLine: String?
        let deadline = Date().addingTimeInterval(5)
        while newLine != "We willen een speeltuin met een waterpomp." && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.25)
            let after = try server.client()
            _ = try after.start("oefen")
            newLine = try after.turn(["type": "say", "text": "Wat is uw idee?"]).ofType("line").first?["text"] as? String
            after.close()
        }
        XCTAssertEqual(newLine, "We willen een speeltuin met een waterpomp.", "a new session runs the edited file")

        let old = try before.turn(["type": "say", "text": "Wat is uw idee?"]).ofType("line").first?["text"] as? String
        XCTAssertEqual(old, "We willen een moestuin op het plein, voor jong en oud.", "a running session keeps its version")
    }
}
