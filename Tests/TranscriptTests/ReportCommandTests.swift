import Foundation
import Transcript
import XCTest

/// Runs the built `rehearse report` binary on real transcript files.
final class ReportCommandTests: XCTestCase {
    private var folder = TemporaryFolder()

    override func setUp() { folder = TemporaryFolder() }
    override func tearDown() { folder.remove() }

    /// The `rehearse` binary beside the test bundle (or named by REHEARSE_BIN).
    static var binary: URL? {
        if let path = ProcessInfo.processInfo.environment["REHEARSE_BIN"] { return URL(fileURLWithPath: path) }
        var candidates = [Bundle(for: ReportCommandTests.self).bundleURL.deletingLastPathComponent().appendingPathComponent("rehearse")]
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        candidates += [".build/debug/rehearse", ".build/x86_64-unknown-linux-gnu/debug/rehearse"].map { url.appendingPathComponent($0) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        guard let binary = Self.binary else { throw XCTSkip("rehearse binary not built (swift build first)") }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["report"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    private func writeSession() throws -> String {
        let root = folder.path + "/transcripts"
        let path = try TranscriptFixtures.write(TranscriptFixtures.session(learnerText: "<script>alert(1)</script> Bent u tevreden?"), root: root)
        try TranscriptStore(root: root).appendNote(session: "sessie_01", turn: 1, text: "Probeer een open vraag.", by: "trainer")
        // The dialogue version the session ran, so the report can show the reflection questions.
        let dialogue = """
        id: dorpsplein
        title: Het idee voor het dorpsplein
        persona: { name: Marieke, role: bewoner }
        skills: [question]
        start: begin
        states:
          begin:
            say: Goedemiddag.
            options:
              - { id: bedank, text: "Dank u wel voor uw tijd.", goto: einde }
          einde:
            say: Tot ziens.
            end: true
        reflection:
          - { id: goed, ask: Wat ging er goed? }
          - { id: anders, ask: Wat zou je de volgende keer anders doen? }
        """
        try TranscriptStore(root: root).saveDialogueSource(hash: TranscriptFixtures.hash, text: dialogue)
        return path
    }

    func testMarkdownToStandardOutput() throws {
        let path = try writeSession()
        let result = try run([path])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.err, "")
        for expected in ["# Verslag: Het idee voor het dorpsplein", "**Deelnemer:** Sanne", "gesloten vraag",
                         "Coach · Open vragen", "Notitie van de trainer", "Probeer een open vraag.", "## Samenvatting", "Ik bleef rustig."] {
            XCTAssertTrue(result.out.contains(expected), "missing \(expected) in:\n\(result.out)")
        }
        XCTAssertFalse(result.out.contains("<script>"), result.out)
    }

    func testReflectionQuestionsComeFromTheDialogueSnapshot() throws {
        let result = try run([try writeSession()])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("**Wat ging er goed?**"), result.out)
        XCTAssertTrue(result.out.contains("**Wat zou je de volgende keer anders doen?**"), result.out)
    }

    func testHTMLToAnOwnerOnlyFile() throws {
        let path = try writeSession()
        let output = folder.path + "/verslag.html"
        let result = try run([path, "--format", "html", "--output", output])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, "", "nothing on stdout when writing a file")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!doctype html>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Bent u tevreden?"))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertEqual(TemporaryFolder.mode(output), 0o600)
    }

    func testMissingFileExitsOneWithADutchMessage() throws {
        let result = try run([folder.path + "/bestaat-niet.jsonl"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.out, "")
        XCTAssertTrue(result.err.contains("Het bestand bestaat niet"), result.err)
        XCTAssertTrue(result.err.contains("bestaat-niet.jsonl"), result.err)
    }

    func testNonTranscriptAndUnknownFormatExitOne() throws {
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let text = folder.path + "/boodschappen.jsonl"
        XCTAssertTrue(FileManager.default.createFile(atPath: text, contents: Data("melk\nbrood\n".utf8)))
        let notATranscript = try run([text])
        XCTAssertEqual(notATranscript.status, 1)
        XCTAssertTrue(notATranscript.err.contains("geen verslag van een oefengesprek"), notATranscript.err)

        let badFormat = try run([try writeSession(), "--format", "pdf"])
        XCTAssertEqual(badFormat.status, 1)
        XCTAssertTrue(badFormat.err.contains("Onbekend formaat 'pdf'"), badFormat.err)
    }

    func testTornTranscriptIsReportedNotRefused() throws {
        let path = try writeSession()
        try TemporaryFolder.append(#"{"type":"learner","turn":4,"te"#, to: path)
        let result = try run([path])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("De laatste regel van het verslag was onvolledig"), result.out)
        XCTAssertTrue(result.out.contains("Dank u wel voor uw tijd."), result.out)
    }
}
