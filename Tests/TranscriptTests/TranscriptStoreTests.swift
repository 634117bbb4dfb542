import Foundation
import Transcript
import XCTest

final class TranscriptStoreTests: XCTestCase {
    private var folder = TemporaryFolder()

    override func setUp() { folder = TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private var root: String { folder.path + "/transcripts" }

    func testFindsAndListsSessions() throws {
        let path = try TranscriptFixtures.write(TranscriptFixtures.session(), root: root)
        let store = TranscriptStore(root: root)
        XCTAssertEqual(store.path(forSession: "sessie_01"), path)
        XCTAssertNil(store.path(forSession: "sessie_99"))
        let listing = store.list()
        XCTAssertEqual(listing.map(\.id), ["sessie_01"])
        XCTAssertEqual(listing.first?.turns, 3)
        XCTAssertEqual(listing.first?.learner, "Sanne")
        XCTAssertEqual(listing.first?.ended, true)
        XCTAssertEqual(store.list(dialogue: "iets-anders").count, 0)
    }

    func testStoreRefusesHostileSessionIDs() throws {
        _ = try TranscriptFixtures.write(TranscriptFixtures.session(), root: root)
        // A file outside the day folders that a traversal would reach.
        XCTAssertTrue(FileManager.default.createFile(atPath: root + "/x.jsonl", contents: Data("{}\n".utf8)))
        let store = TranscriptStore(root: root)
        for id in ["../x", "a/b", "", String(repeating: "s", count: 65), "../../etc/passwd", "..", "2026-11-23/sessie_01"] {
            XCTAssertNil(store.path(forSession: id), id)
            XCTAssertNil(store.notesPath(forSession: id), id)
            XCTAssertEqual(store.notes(forSession: id), [], id)
            XCTAssertThrowsError(try store.appendNote(session: id, turn: 1, text: "x", by: "trainer"), id) { error in
                XCTAssertEqual(error as? TranscriptError, .invalidSessionID(id))
            }
        }
    }

    func testNotesGoBesideTheTranscriptAndNeverChangeIt() throws {
        let path = try TranscriptFixtures.write(TranscriptFixtures.session(), root: root)
        let before = TemporaryFolder.bytes(path)
        let store = TranscriptStore(root: root)
        try store.appendNote(session: "sessie_01", turn: 2, text: "Mooi doorgevraagd.", by: "trainer", at: TranscriptFixtures.at(100))
        try store.appendNote(session: "sessie_01", turn: 0, text: "Let op de opening.", by: "trainer", at: TranscriptFixtures.at(101))
        XCTAssertEqual(TemporaryFolder.bytes(path), before, "the learner's transcript is never rewritten")
        let notesPath = root + "/2026-11-23/sessie_01.notes.jsonl"
        XCTAssertEqual(store.notesPath(forSession: "sessie_01"), notesPath)
        XCTAssertEqual(TranscriptStore.notesPath(forTranscript: path), notesPath)
        XCTAssertEqual(TemporaryFolder.mode(notesPath), 0o600)
        XCTAssertEqual(store.notes(forSession: "sessie_01"), [
            .note(turn: 2, at: TranscriptFixtures.at(100), text: "Mooi doorgevraagd.", by: "trainer"),
            .note(turn: 0, at: TranscriptFixtures.at(101), text: "Let op de opening.", by: "trainer"),
        ])
        XCTAssertEqual(store.list().map(\.id), ["sessie_01"], "the notes file is not listed as a transcript")
    }

    func testNoteForAMissingSessionIsRefused() {
        XCTAssertThrowsError(try TranscriptStore(root: root).appendNote(session: "bestaat_niet", turn: 1, text: "x", by: "trainer")) { error in
            XCTAssertEqual((error as? TranscriptError)?.code, "not-found")
        }
    }

    func testDialogueSnapshotsAreKeptOwnerOnly() throws {
        let store = TranscriptStore(root: root)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try store.saveDialogueSource(hash: TranscriptFixtures.hash, text: "title: x\n")
        XCTAssertEqual(store.dialogueSource(hash: TranscriptFixtures.hash), "title: x\n")
        XCTAssertEqual(TemporaryFolder.mode(root + "/dialogues/\(TranscriptFixtures.hash).yaml"), 0o600)
        XCTAssertEqual(TemporaryFolder.mode(root + "/dialogues"), 0o700)
        XCTAssertThrowsError(try store.saveDialogueSource(hash: "../evil", text: "x"))
        XCTAssertNil(store.dialogueSource(hash: "../../etc/passwd"))
    }

    func testRootOfATranscript() {
        XCTAssertEqual(TranscriptStore.root(ofTranscript: "/srv/transcripts/2026-11-23/s.jsonl"), "/srv/transcripts")
    }
}
