import Foundation
import Transcript
import XCTest

final class TranscriptWriterTests: XCTestCase {
    private var folder = TemporaryFolder()

    override func setUp() { folder = TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private var root: String { folder.path + "/transcripts" }

    func testCreatesOwnerOnlyFoldersAndFileUnderTheDate() throws {
        let previous = umask(0o000) // even a careless umask must not open the files up
        defer { umask(previous) }
        let path = try TranscriptFixtures.write([TranscriptFixtures.header()], root: root)
        XCTAssertEqual(path, root + "/2026-11-23/sessie_01.jsonl")
        XCTAssertEqual(TemporaryFolder.mode(root), 0o700)
        XCTAssertEqual(TemporaryFolder.mode(root + "/2026-11-23"), 0o700)
        XCTAssertEqual(TemporaryFolder.mode(path), 0o600)
    }

    func testEveryEntryKindRoundTrips() throws {
        let entries = TranscriptFixtures.session()
        let path = try TranscriptFixtures.write(entries, root: root)
        let file = try TranscriptReader.read(path: path)
        XCTAssertFalse(file.tornTail)
        XCTAssertEqual(file.skippedLines, 0)
        XCTAssertEqual(file.entries, entries)
        XCTAssertEqual(file.header?.seed, 17_211_862_620_507_759_280, "a seed above Int64.max survives")
        XCTAssertEqual(file.header?.tokenHash, String(repeating: "0f", count: 32))
        XCTAssertEqual(file.turnCount, 3)
        XCTAssertTrue(file.isEnded)
        // The note kind lives in the notes file but uses the same line format.
        let note = TranscriptEntry.note(turn: 2, at: TranscriptFixtures.at(90), text: "Goed \"doorgevraagd\"\nregel twee", by: "trainer")
        XCTAssertEqual(TranscriptEntry.decode(note.encoded()), note)
    }

    func testOneLinePerEntryAndTheDocumentedFields() throws {
        let path = try TranscriptFixtures.write(TranscriptFixtures.session(), root: root)
        let text = String(decoding: TemporaryFolder.bytes(path), as: UTF8.self)
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, TranscriptFixtures.session().count)
        XCTAssertTrue(text.hasSuffix("\n"))
        XCTAssertTrue(lines[0].hasPrefix(#"{"type":"header","v":1,"session":"sessie_01","dialogue":"dorpsplein""#), String(lines[0]))
        XCTAssertTrue(lines[2].contains(#""tags":{"question":["closed"],"nvc":[],"trust":[],"habits":[]},"from":"begin","to":"begin""#),
                      String(lines[2]))
    }

    func testTornLastLineIsToleratedAndEarlierEntriesKept() throws {
        let entries = Array(TranscriptFixtures.session(ended: false).prefix(4))
        let path = try TranscriptFixtures.write(entries, root: root)
        try TemporaryFolder.append(#"{"type":"learner","turn":2,"at":"2026-11-23T08:01"#, to: path)
        let file = try TranscriptReader.read(path: path)
        XCTAssertTrue(file.tornTail)
        XCTAssertEqual(file.skippedLines, 0)
        XCTAssertEqual(file.entries, entries)
    }

    func testReopeningATornFileStartsOnAFreshLine() throws {
        let entries = Array(TranscriptFixtures.session(ended: false).prefix(3))
        let path = try TranscriptFixtures.write(entries, root: root)
        try TemporaryFolder.append(#"{"type":"coach","turn":1,"te"#, to: path)
        let more = TranscriptEntry.line(turn: 1, at: TranscriptFixtures.at(40), speaker: "Marieke", text: "Verder.", by: .script)
        let writer = try TranscriptWriter(root: root, session: "sessie_01", date: TranscriptFixtures.start)
        try writer.append(more)
        writer.close()
        let file = try TranscriptReader.read(path: path)
        XCTAssertEqual(file.entries, entries + [more], "the new line is not glued to the torn half")
        XCTAssertFalse(file.tornTail)
        XCTAssertEqual(file.skippedLines, 1, "only the torn half is lost")
    }

    func testReopeningAnIntactFileAppendsWithoutBlankLines() throws {
        let entries = Array(TranscriptFixtures.session().prefix(2))
        let path = try TranscriptFixtures.write(entries, root: root)
        let writer = try TranscriptWriter(root: root, session: "sessie_01", date: TranscriptFixtures.start)
        try writer.append(TranscriptFixtures.session()[2])
        writer.close()
        XCTAssertFalse(String(decoding: TemporaryFolder.bytes(path), as: UTF8.self).contains("\n\n"))
        XCTAssertEqual(try TranscriptReader.read(path: path).entries, Array(TranscriptFixtures.session().prefix(3)))
    }

    func testWriterRefusesHostileSessionIDs() {
        for id in ["../x", "a/b", "", String(repeating: "a", count: 65), "x\0y", "..", "a b", "sessie.jsonl"] {
            XCTAssertThrowsError(try TranscriptWriter(root: root, session: id, date: TranscriptFixtures.start), id) { error in
                XCTAssertEqual(error as? TranscriptError, .invalidSessionID(id))
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/x.jsonl"))
        XCTAssertNoThrow(try TranscriptWriter(root: root, session: String(repeating: "a", count: 64), date: TranscriptFixtures.start))
    }

    func testSyncAfterWriteAndCloseAreSafe() throws {
        let writer = try TranscriptWriter(root: root, session: "sessie_02", date: TranscriptFixtures.start)
        try writer.append(TranscriptFixtures.header(session: "sessie_02"))
        XCTAssertNoThrow(try writer.sync())
        writer.close()
        writer.close()
        XCTAssertThrowsError(try writer.append(TranscriptFixtures.header(session: "sessie_02")))
    }
}
