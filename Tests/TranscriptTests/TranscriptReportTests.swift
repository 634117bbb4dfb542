import Foundation
import Transcript
import XCTest

final class TranscriptReportTests: XCTestCase {
    private var folder = TemporaryFolder()

    override func setUp() { folder = TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private var root: String { folder.path + "/transcripts" }

    /// A written session with two notes; returns the transcript's path.
    private func annotatedSession(_ entries: [TranscriptEntry] = TranscriptFixtures.session()) throws -> String {
        let path = try TranscriptFixtures.write(entries, root: root)
        let store = TranscriptStore(root: root)
        try store.appendNote(session: "sessie_01", turn: 2, text: "Mooi doorgevraagd, maar let op het 'ja, maar'.", by: "trainer",
                             at: TranscriptFixtures.at(100))
        try store.appendNote(session: "sessie_01", turn: 7, text: "Notitie bij een beurt die er niet is.", by: "trainer",
                             at: TranscriptFixtures.at(101))
        return path
    }

    private let questions: [(id: String, ask: String)] = [("goed", "Wat ging er goed?"), ("anders", "Wat zou je anders doen?")]

    func testMarkdownHasTheWholeSessionInDutch() throws {
        let report = try TranscriptReport.load(path: try annotatedSession(), questions: questions)
        let md = report.markdown()
        for expected in [
            "# Verslag: Het idee voor het dorpsplein",
            "**Persona:** Marieke", "**Deelnemer:** Sanne", "**Datum:** 23 november 2026, 09:00 (Nederlandse tijd)",
            "**Dialoog:** dorpsplein",
            "### Opening", "**Marieke:** Goedemiddag. Ik kom over ons idee voor het dorpsplein.",
            "### Beurt 1", "**Deelnemer:** Bent u tevreden?", "_Labels van de coach: gesloten vraag (let op)_",
            "> **Coach · Open vragen:** Met een open vraag hoort u meer.",
            "_Jan speelt nu de persona._", "> **Tip van Jan:** Vraag door naar haar idee.",
            "pseudo-gevoel (let op)", "ja, maar (let op)",
            "**Marieke (gespeeld door een collega):** Een moestuin midden op het plein!",
            "**Deelnemer (keuze):** Dank u wel voor uw tijd.",
            "_Afgerond op 23 november 2026, 09:00, na 3 beurten (1 minuut)._",
            "## Samenvatting", "**Open vragen:** 1 open; let op: 1 gesloten",
            "**Geweldloze communicatie:** let op: pseudo-gevoel 1×; geen van de vier stappen getoond",
            "## Terugblik", "**Wat ging er goed?**", "Ik bleef rustig.", "**Wat zou je anders doen?**",
            "📝 **Notitie van de trainer (23 november 2026, 09:01):** Mooi doorgevraagd",
            "## Overige notities", "Notitie bij een beurt die er niet is.",
        ] {
            XCTAssertTrue(md.contains(expected), "missing \(expected) in:\n\(md)")
        }
        XCTAssertFalse(md.contains("geen vraag"), "'none' is noise next to a line")
        XCTAssertFalse(md.contains("pseudo_feeling"), "tag ids never reach the reader")
        XCTAssertFalse(md.contains("Let op:** "), "a complete, ended transcript has no warnings")
    }

    func testNotesStandBesideTheirTurn() throws {
        let md = try TranscriptReport.load(path: try annotatedSession()).markdown()
        let turn2 = try XCTUnwrap(md.range(of: "### Beurt 2"))
        let turn3 = try XCTUnwrap(md.range(of: "### Beurt 3"))
        let note = try XCTUnwrap(md.range(of: "Mooi doorgevraagd"))
        XCTAssertTrue(turn2.upperBound < note.lowerBound && note.upperBound < turn3.lowerBound)
    }

    func testHTMLHasTheWholeSessionInDutch() throws {
        let html = try TranscriptReport.load(path: try annotatedSession(), questions: questions).html()
        XCTAssertTrue(html.hasPrefix("<!doctype html>\n<html lang=\"nl\">"))
        XCTAssertTrue(html.contains("<style>"), "standalone: inline CSS")
        XCTAssertFalse(html.contains("<script"), "no scripts in an exported page")
        XCTAssertFalse(html.contains("<link"), "nothing loaded from elsewhere")
        for expected in [
            "<h1>Verslag: Het idee voor het dorpsplein</h1>", "<dt>Deelnemer</dt><dd>Sanne</dd>",
            "<h3>Opening</h3>", "<h3>Beurt 2</h3>",
            "<p class=\"text\">Bent u tevreden?</p>",
            "data-tag=\"closed\">gesloten vraag</span>", "data-tag=\"pseudo_feeling\">pseudo-gevoel</span>",
            "data-tag=\"yes_but\">ja, maar</span>", "tag tag--mistake",
            "Coach · Open vragen", "Tip van Jan", "Jan speelt nu de persona.",
            "Marieke (gespeeld door een collega)", "Deelnemer (keuze)",
            "<h2>Samenvatting</h2>", "<h2>Terugblik</h2>", "Wat ging er goed?", "Ik bleef rustig.",
            "Mooi doorgevraagd, maar let op het &#39;ja, maar&#39;.", "<h2>Overige notities</h2>",
        ] {
            XCTAssertTrue(html.contains(expected), "missing \(expected) in:\n\(html)")
        }
    }

    func testHTMLEscapesLearnersFreeText() throws {
        let hostile = "<script>alert(\"x\")</script> & <img src=x onerror=alert(1)>"
        var entries = TranscriptFixtures.session(learnerText: hostile)
        entries[0] = TranscriptFixtures.header(learner: "<b>Sanne</b>")
        let path = try TranscriptFixtures.write(entries, root: root)
        try TranscriptStore(root: root).appendNote(session: "sessie_01", turn: 1, text: "</div><script>x()</script>", by: "trainer")
        let html = try TranscriptReport.load(path: path).html()
        XCTAssertFalse(html.contains("<script"), html)
        XCTAssertFalse(html.contains("<img"), html)
        XCTAssertFalse(html.contains("<b>Sanne"), html)
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;"), html)
        XCTAssertTrue(html.contains("&lt;/div&gt;&lt;script&gt;x()&lt;/script&gt;"), html)
        XCTAssertTrue(html.contains("default-src 'none'"), "a CSP forbids scripts as a second line of defence")
    }

    func testMarkdownEscapesLearnersFreeText() throws {
        let path = try TranscriptFixtures.write(TranscriptFixtures.session(learnerText: "<script>x</script> **vet** [link](http://x)"), root: root)
        let md = try TranscriptReport.load(path: path).markdown()
        XCTAssertFalse(md.contains("<script>"), md)
        XCTAssertTrue(md.contains(#"\<script\>x\</script\> \*\*vet\*\* \[link\](http://x)"#), md)
    }

    func testTornTailAndUnfinishedSessionAreMentioned() throws {
        let entries = Array(TranscriptFixtures.session(ended: false))
        let path = try TranscriptFixtures.write(entries, root: root)
        try TemporaryFolder.append(#"{"type":"learner","turn":4,"te"#, to: path)
        let report = try TranscriptReport.load(path: path)
        XCTAssertTrue(report.tornTail)
        XCTAssertFalse(report.isEnded)
        XCTAssertEqual(report.summary.turns, 3, "counted from the lines that are there")
        XCTAssertEqual(report.summary.skills["question"]?["open"], 1)
        XCTAssertEqual(report.summary.skills["habits"]?["yes_but"], 1)
        for text in [report.markdown(), report.html()] {
            XCTAssertTrue(text.contains("De laatste regel van het verslag was onvolledig"), text)
            XCTAssertTrue(text.contains("Het gesprek is niet afgerond"), text)
            XCTAssertTrue(text.contains("Bent u tevreden?"), "the earlier turns are kept")
            XCTAssertTrue(text.contains("geen terugblik"), text)
        }
    }

    func testNVCStepsShownInTheirOrder() throws {
        var entries = Array(TranscriptFixtures.session(ended: false).prefix(2))
        entries.append(.learner(turn: 1, at: TranscriptFixtures.at(5), text: "Ik ben bezorgd.",
                                tags: TranscriptFixtures.tags(question: "none", nvc: ["feeling"]), from: "begin", to: "begin"))
        entries.append(.learner(turn: 2, at: TranscriptFixtures.at(6), text: "U zei gisteren dat u boos was.",
                                tags: TranscriptFixtures.tags(question: "none", nvc: ["observation"], trust: ["acknowledge"]),
                                from: "begin", to: "begin"))
        entries.append(.ended(at: TranscriptFixtures.at(7), state: "begin", summary: TranscriptSummary(
            turns: 2, skills: ["nvc": ["feeling": 1, "observation": 1], "trust": ["acknowledge": 1, "blame": 0]],
            nvcOrder: ["feeling", "observation"])))
        let md = try TranscriptReport.load(path: try TranscriptFixtures.write(entries, root: root)).markdown()
        XCTAssertTrue(md.contains("stappen getoond, in deze volgorde: gevoel → waarneming"), md)
        XCTAssertTrue(md.contains("niet getoond: behoefte, verzoek"), md)
        XCTAssertTrue(md.contains("de volgorde van Rosenberg is waarneming → gevoel → behoefte → verzoek"), md)
        XCTAssertTrue(md.contains("**Vertrouwen herstellen:** erkennen 1×"), md)
        XCTAssertTrue(md.contains("**Goed gesprek:** niets van deze vaardigheid gezien"), md)
    }

    func testReflectionWithoutTheDialogueShowsTheIDs() throws {
        let md = try TranscriptReport.load(path: try TranscriptFixtures.write(TranscriptFixtures.session(), root: root)).markdown()
        XCTAssertTrue(md.contains("**goed**\n\nIk bleef rustig."), md)
        XCTAssertTrue(md.contains("**Deelnemer:** Sanne"))
    }

    func testAnonymousLearnerAndPreview() throws {
        var entries = TranscriptFixtures.session()
        entries[0] = .header(session: "sessie_01", dialogue: "d", hash: "h", title: "T", persona: "P", learner: nil,
                             seed: 1, at: TranscriptFixtures.start, preview: true, tokenHash: nil)
        let md = try TranscriptReport.load(path: try TranscriptFixtures.write(entries, root: root)).markdown()
        XCTAssertTrue(md.contains("**Deelnemer:** anoniem"), md)
        XCTAssertTrue(md.contains("Proefsessie"), md)
    }

    func testMissingFolderAndNonTranscriptFilesAreRefusedInDutch() throws {
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        XCTAssertThrowsError(try TranscriptReport.load(path: folder.path + "/nergens.jsonl")) { error in
            XCTAssertEqual(error as? TranscriptReportError, .notFound(folder.path + "/nergens.jsonl"))
            XCTAssertTrue("\(error)".hasPrefix("Het bestand bestaat niet"))
        }
        XCTAssertThrowsError(try TranscriptReport.load(path: folder.path)) { error in
            XCTAssertEqual(error as? TranscriptReportError, .isFolder(folder.path))
        }
        for (name, content) in [("leeg.jsonl", ""), ("tekst.txt", "Dit is gewoon tekst.\n"), ("notities.jsonl", #"{"type":"note","turn":1,"text":"x"}"# + "\n")] {
            let path = folder.path + "/" + name
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(content.utf8)))
            XCTAssertThrowsError(try TranscriptReport.load(path: path), name) { error in
                XCTAssertEqual(error as? TranscriptReportError, .notATranscript(path))
                XCTAssertTrue("\(error)".contains("geen verslag van een oefengesprek"))
            }
        }
    }

    func testDutchNamesMatchTheCoachVocabulary() {
        // Every tag of labels.md has a Dutch name, and the names are those of Web/common.js.
        let all = DutchNames.tagOrder.values.flatMap { $0 }
        XCTAssertEqual(all.count, 23)
        for tag in all { XCTAssertNotNil(DutchNames.tags[tag], tag) }
        XCTAssertEqual(DutchNames.tag("closed"), "gesloten vraag")
        XCTAssertEqual(DutchNames.tag("evaluation"), "oordeel")
        XCTAssertEqual(DutchNames.tag("pseudo_feeling"), "pseudo-gevoel")
        XCTAssertEqual(DutchNames.tag("yes_but"), "ja, maar")
        XCTAssertEqual(DutchNames.tag("iets_nieuws"), "iets_nieuws")
    }

    func testDutchNamesAreThoseOfTheReviewPage() throws {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        guard let common = try? String(contentsOf: url.appendingPathComponent("Web/common.js"), encoding: .utf8) else {
            throw XCTSkip("Web/common.js not found beside the sources")
        }
        let pairs = try NSRegularExpression(pattern: #"([a-z_]+): '([^']+)'"#)
        var web: [String: String] = [:]
        for match in pairs.matches(in: common, range: NSRange(common.startIndex..., in: common)) {
            web[String(common[Range(match.range(at: 1), in: common)!])] = String(common[Range(match.range(at: 2), in: common)!])
        }
        for (tag, name) in DutchNames.tags { XCTAssertEqual(web[tag], name, tag) }
        for (skill, name) in DutchNames.skills { XCTAssertEqual(web[skill], name, skill) }
    }
}
