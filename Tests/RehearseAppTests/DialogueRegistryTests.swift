import Dialogue
import Foundation
import Logging
import XCTest
@testable import RehearseApp

final class DialogueRegistryTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "registry-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }

    private func yaml(title: String, line: String) -> String {
        "title: \(title)\npersona: { name: Marieke }\nstart: a\nstates:\n  a:\n    say: \(line)\n    end: true\n"
    }

    private var registry: DialogueRegistry {
        DialogueRegistry(folder: folder, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    func testLoadsSortsByTitleAndFindsByIDAndHash() throws {
        try write("b-dialoog.yaml", yaml(title: "Alfa", line: "een"))
        try write("a-dialoog.yml", yaml(title: "Bravo", line: "twee"))
        try write("notities.txt", "geen dialoog")
        let registry = self.registry
        XCTAssertEqual(registry.reload(), [])
        XCTAssertEqual(registry.all().map(\.id), ["b-dialoog", "a-dialoog"])
        let dialogue = try XCTUnwrap(registry.dialogue(id: "a-dialoog"))
        XCTAssertEqual(dialogue.title, "Bravo")
        XCTAssertEqual(registry.version(hash: dialogue.contentHash)?.id, "a-dialoog")
        XCTAssertNil(registry.dialogue(id: "notities"))
    }

    func testBrokenNewVersionKeepsOldOneLiveAndSessionsKeepTheirValue() throws {
        try write("gesprek.yaml", yaml(title: "Gesprek", line: "versie een"))
        let registry = self.registry
        registry.reload()
        let session = try XCTUnwrap(registry.dialogue(id: "gesprek"))
        var runtime = DialogueRuntime(dialogue: session, seed: 0)

        try write("gesprek.yaml", yaml(title: "Gesprek", line: "versie twee").replacingOccurrences(of: "start: a", with: "start: b"))
        let findings = registry.reload()
        XCTAssertTrue(findings.contains { $0.isError && $0.path.hasSuffix("gesprek.yaml") }, "\(findings)")
        XCTAssertEqual(registry.dialogue(id: "gesprek")?.contentHash, session.contentHash, "old version stays live")

        try write("gesprek.yaml", yaml(title: "Gesprek", line: "versie drie"))
        XCTAssertEqual(registry.reload(), [])
        let updated = try XCTUnwrap(registry.dialogue(id: "gesprek"))
        XCTAssertNotEqual(updated.contentHash, session.contentHash)
        XCTAssertEqual(updated.states["a"]?.say.first?.text, "versie drie")
        XCTAssertEqual(registry.version(hash: session.contentHash)?.states["a"]?.say.first?.text, "versie een")
        XCTAssertEqual(runtime.start().last, .end)
        XCTAssertEqual(runtime.dialogue.states["a"]?.say.first?.text, "versie een", "a running session is unaffected")
    }

    func testFileThatNeverLoadedIsSkippedAndRemovedFileIsDropped() throws {
        try write("goed.yaml", yaml(title: "Goed", line: "hoi"))
        try write("kapot.yaml", "title: [\n")
        let registry = self.registry
        let findings = registry.reload()
        XCTAssertEqual(findings.filter(\.isError).map(\.path), [folder + "/kapot.yaml"])
        XCTAssertEqual(registry.all().map(\.id), ["goed"])
        try FileManager.default.removeItem(atPath: folder + "/goed.yaml")
        registry.reload()
        XCTAssertEqual(registry.all().map(\.id), [])
    }

    func testDuplicateIDKeepsTheDialogueThatWasLive() throws {
        try write("b.yaml", "id: zelfde\n" + yaml(title: "Eerst", line: "hoi"))
        let registry = self.registry
        registry.reload()
        try write("a.yaml", "id: zelfde\n" + yaml(title: "Later", line: "hoi"))
        registry.reload()
        XCTAssertEqual(registry.all().map(\.title), ["Eerst"])
    }

    func testWatcherReloadsOnChange() throws {
        let registry = self.registry
        registry.reload()
        registry.startWatching(interval: 0.05)
        defer { registry.stopWatching() }
        try write("nieuw.yaml", yaml(title: "Nieuw", line: "hoi"))
        let deadline = Date().addingTimeInterval(5)
        while registry.dialogue(id: "nieuw") == nil, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
        XCTAssertNotNil(registry.dialogue(id: "nieuw"))
    }

    func testSourcesAtPathsReportsMissingPath() {
        XCTAssertThrowsError(try DialogueRegistry.sources(at: [folder + "/bestaat-niet"]))
    }
}
