import XCTest
@testable import Coach

/// The coach's word index and byte comparisons must agree with the plain String operations they
/// replace for speed: a wrong answer here changes tags silently.
final class WordIndexTests: XCTestCase {
    func testEveryLexiconWordIsFoundAndOtherWordsAreNot() {
        let (lexicon, index) = FeatureIndex.prepare(.shared)
        let table = index.table
        var checked = 0
        for (_, list) in lexicon.lists where list.id >= 0 {
            for word in list.words {
                guard let entry = table.lookup.value(of: word) else { return XCTFail("\(word) not found") }
                XCTAssertTrue(table.entries[Int(entry)].single.contains(list.id), word)
                checked += 1
            }
            for (first, phrases) in list.phrases {
                guard let entry = table.lookup.value(of: first) else { return XCTFail("\(first) not found") }
                XCTAssertTrue(table.entries[Int(entry)].phraseStart.contains(list.id), first)
                for word in phrases.joined() { XCTAssertNotNil(table.lookup.value(of: word), word) }
            }
        }
        XCTAssertGreaterThan(checked, 1000)
        for stranger in ["", "xyzzy", "wa", "waaromm", "ééé", "blijj", "b"] {
            XCTAssertNil(table.lookup.value(of: stranger), stranger)
        }
        // Built from a dictionary of our own: every key back, with its own number.
        let own = WordTable(["één": 0, "een": 1, "ĳs": 2, "ijs": 3, "a": 4])
        XCTAssertEqual(own.value(of: "één"), 0)
        XCTAssertEqual(own.value(of: "een"), 1)
        XCTAssertEqual(own.value(of: "ĳs"), 2)
        XCTAssertEqual(own.value(of: "ijs"), 3)
        XCTAssertEqual(own.value(of: "a"), 4)
        XCTAssertNil(own.value(of: "ee"))
        XCTAssertNil(WordTable([:]).value(of: "een"))
    }

    /// Each word keeps one phrase group per list, in list order; the phrase walk finds a list's
    /// group by counting the lists before it.
    func testAListsPhraseGroupIsFoundByItsRank() {
        let (_, index) = FeatureIndex.prepare(.shared)
        var groups = 0
        for entry in index.table.entries {
            for id in 0..<ListBits.capacity where entry.phraseStart.contains(id) {
                XCTAssertEqual(entry.phrases[entry.phraseStart.rank(of: id)].list, id)
                groups += 1
            }
            XCTAssertEqual(entry.phrases.count, (0..<ListBits.capacity).filter { entry.phraseStart.contains($0) }.count)
        }
        XCTAssertGreaterThan(groups, 100)
        var bits = ListBits()
        for id in [0, 5, 63, 64, 100, 127] { bits.insert(id) }
        XCTAssertEqual([0, 5, 63, 64, 100, 127].map { bits.rank(of: $0) }, [0, 1, 2, 3, 4, 5])
    }

    func testByteComparisonsAgreeWithStringComparisons() {
        let words = Lexicon.shared.lists.values.flatMap { $0.words } + ["", "e", "één", "geëerd", "ĳs", "zo'n", "e-mail", "ste"]
        let parts = ["", "e", "en", "ste", "heid", "ge", "ver", "één", "ë", "s", "'n", "zo'n", "leden", "ingen"]
        for word in words {
            for part in parts {
                XCTAssertEqual(word.endsWith(part), word.hasSuffix(part), "\(word) \(part)")
                XCTAssertEqual(word.startsWith(part), word.hasPrefix(part), "\(word) \(part)")
                XCTAssertEqual(word.equals(part), word == part, "\(word) \(part)")
            }
        }
        XCTAssertTrue("geëerd".equals("geëerd"))
        XCTAssertTrue("verantwoordelijkheid".endsWith("heid"))
        XCTAssertTrue("verantwoordelijkheid".equals("verantwoordelijkheid"))
    }
}
