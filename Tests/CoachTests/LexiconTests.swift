import Foundation
import XCTest
@testable import Coach

final class LexiconTests: XCTestCase {
    func testSharedLexiconLoadsFromResources() {
        let lexicon = Lexicon.shared
        XCTAssertGreaterThan(lexicon.lists.count, 40)
        XCTAssertTrue(lexicon.list("question_words").contains("waarom"))
        XCTAssertTrue(lexicon.list("feelings").contains("teleurgesteld"))
        XCTAssertFalse(lexicon.tips.isEmpty)
    }

    func testWordListParsesCommentsPhrasesAndFolding() {
        let list = WordList(fileText: "# header\nBlij  # comment\n\nin de steek gelaten\nongeïnteresseerd\n")
        XCTAssertTrue(list.contains("blij"))
        XCTAssertTrue(list.contains("ongeinteresseerd"))
        XCTAssertEqual(list.matchLength(in: ["in", "de", "steek", "gelaten"], at: 0), 4)
        XCTAssertFalse(list.contains("header"))
    }

    func testFillersInsidePhrases() {
        var list = WordList(entries: ["valt mee"])
        XCTAssertEqual(list.matchLength(in: ["valt", "echt", "mee"], at: 0), 0)
        list.fillers = ["echt"]
        XCTAssertEqual(list.matchLength(in: ["valt", "echt", "mee"], at: 0), 3)
    }

    /// The longest match wins whatever the order of the file: "maar (even) een" spans three words.
    func testLongestPhraseMatchDoesNotDependOnEntryOrder() {
        for entries in [["maar even", "maar een"], ["maar een", "maar even"]] {
            var list = WordList(entries: entries)
            list.fillers = ["even"]
            XCTAssertEqual(list.matchLength(in: ["maar", "even", "een", "melding"], at: 0), 3, "\(entries)")
        }
    }

    /// On indexed sentences a phrase's candidates are skipped when no word in reach can be its
    /// second word; "in reach" includes up to two fillers in between.
    func testIndexedPhrasesStillMatchAcrossTwoFillers() {
        let coach = Coach()
        XCTAssertEqual(coach.analyze("Het valt mee.").tags(for: .trust), ["minimize"])
        XCTAssertEqual(coach.analyze("Het valt echt wel mee.").tags(for: .trust), ["minimize"])
        XCTAssertEqual(coach.analyze("Het valt echt wel tegen.").tags(for: .trust), [])
        XCTAssertEqual(coach.analyze("Wat eigenlijk wel fijn dat u er bent").question, .none)
    }

    /// The indexed phrase search (second words found by binary search, fillers skipped) must give
    /// every list the same match length as the plain walk over strings, at every word, including
    /// lines where a filler or a repeated word sits where a phrase's second word is looked for.
    func testIndexedPhraseMatchingAgreesWithMatchingOnStrings() throws {
        let coach = Coach()
        let tsv = try String(contentsOf: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().appendingPathComponent("heldout.tsv"), encoding: .utf8)
        var lines = tsv.split(separator: "\n").compactMap { $0.split(separator: "\t", maxSplits: 2).last.map(String.init) }
        lines += [
            "Het valt echt wel mee.", "Het valt wel wel mee.", "Het valt mee mee.", "Wat wat fijn dat u er bent",
            "Ik ben eigenlijk echt wel heel erg teleurgesteld.", "Dat spijt me echt echt echt.",
            "Wat eigenlijk wel fijn", "valt", "valt echt", "het valt echt wel",
        ]
        var compared = 0
        for line in lines {
            for sentence in Tokenizer.sentences(line) {
                var indexed = sentence
                coach.index.annotate(&indexed)
                for (name, list) in coach.lexicon.lists where list.id >= 0 {
                    for k in 0..<indexed.count {
                        let plain = list.matchLength(in: indexed.words, at: k)
                        XCTAssertEqual(list.matchLength(in: indexed, at: k), plain, "\(name) at \(k) in \(line)")
                        compared += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(compared, 100_000)
    }

    func testATrainerCanExtendAListWithoutCode() {
        var lexicon = Lexicon.shared
        let before = Coach(lexicon: lexicon).analyze("Die ambtenaren zijn knullig.")
        XCTAssertFalse(before.nvc.contains(.evaluation))
        var labels = lexicon.list("evaluative_labels")
        labels.insert("knullig")
        lexicon.lists["evaluative_labels"] = labels
        XCTAssertTrue(Coach(lexicon: lexicon).analyze("Die ambtenaren zijn knullig.").nvc.contains(.evaluation))
    }

    /// The words the rules lean on are data too: emptying a list switches its rule off.
    func testRuleVocabularyComesFromTheLexicon() {
        var lexicon = Lexicon.shared
        let relative = "Mijn broer woont in Zwolle en daar wachten ze ook al maanden."
        let howLong = "hoe lang hangen die jongeren daar al rond"
        XCTAssertTrue(Coach(lexicon: lexicon).analyze(relative).habits.contains(.compareExperience))
        XCTAssertEqual(Coach(lexicon: lexicon).analyze(howLong).question, .open)
        let hedged = "Misschien kom ik volgende week dinsdag even langs."
        let visit = "Maandag komt er een monteur naar de lantaarnpaal kijken."
        XCTAssertFalse(Coach(lexicon: lexicon).analyze(hedged).trust.contains(.commit))
        XCTAssertTrue(Coach(lexicon: lexicon).analyze(visit).trust.contains(.commit))
        lexicon.lists["lives_or_works"] = WordList()
        lexicon.lists["measure_words"] = WordList()
        lexicon.lists["hedges"] = WordList()
        lexicon.lists["visitor_nouns"] = WordList()
        XCTAssertFalse(Coach(lexicon: lexicon).analyze(relative).habits.contains(.compareExperience))
        XCTAssertNotEqual(Coach(lexicon: lexicon).analyze(howLong).question, .open)
        XCTAssertTrue(Coach(lexicon: lexicon).analyze(hedged).trust.contains(.commit))
        XCTAssertFalse(Coach(lexicon: lexicon).analyze(visit).trust.contains(.commit))
    }

    /// Round 7's rule vocabulary, moved out of Swift sets: each list, emptied, changes its rule's answer.
    func testRoundSevenRuleVocabularyComesFromTheLexicon() {
        let former = "Op mijn vorige plek, in Almelo, losten we dat op met een buurtgesprek."
        let mostly = "De rommel komt toch vooral van de klanten van de snackbar."
        let telling = "Wat wilt u van mij weten?"
        let wish = "Ik zou het graag doen."
        let coach = Coach()
        XCTAssertTrue(coach.analyze(former).habits.contains(.compareExperience))
        XCTAssertTrue(coach.analyze(mostly).trust.contains(.blame))
        XCTAssertFalse(coach.analyze(telling).trust.contains(.askNeed))
        XCTAssertFalse(coach.analyze(wish).habits.contains(.advice))
        var lexicon = Lexicon.shared
        for name in ["former_words", "mostly_words", "telling_verbs", "would_wishes"] {
            XCTAssertFalse(lexicon.list(name).words.isEmpty, name)
            lexicon.lists[name] = WordList()
        }
        let emptied = Coach(lexicon: lexicon)
        XCTAssertFalse(emptied.analyze(former).habits.contains(.compareExperience))
        XCTAssertFalse(emptied.analyze(mostly).trust.contains(.blame))
        XCTAssertTrue(emptied.analyze(telling).trust.contains(.askNeed))
        XCTAssertTrue(emptied.analyze(wish).habits.contains(.advice))
    }

    /// Round 8's new vocabulary is data too: the delivery promise reads `mailbox_words`, the
    /// denied virtue `virtue_words`, the granted understanding `understandable_words`.
    func testRoundEightRuleVocabularyComesFromTheLexicon() {
        let delivery = "Volgende week vrijdag heeft u de brief in uw brievenbus."
        let virtue = "Die aannemer is gewoon niet betrouwbaar."
        let understandable = "Begrijpelijk dat de buurt boos is op ons."
        let coach = Coach()
        XCTAssertTrue(coach.analyze(delivery).trust.contains(.commit))
        XCTAssertTrue(coach.analyze(virtue).nvc.contains(.evaluation))
        XCTAssertTrue(coach.analyze(understandable).trust.contains(.acknowledge))
        var lexicon = Lexicon.shared
        for name in ["mailbox_words", "virtue_words", "understandable_words"] {
            XCTAssertFalse(lexicon.list(name).isEmpty, name)
            lexicon.lists[name] = WordList()
        }
        let emptied = Coach(lexicon: lexicon)
        XCTAssertFalse(emptied.analyze(delivery).trust.contains(.commit))
        XCTAssertFalse(emptied.analyze(virtue).nvc.contains(.evaluation))
        XCTAssertFalse(emptied.analyze(understandable).trust.contains(.acknowledge))
    }

    /// Every list must get a bit in the per-word index: a list past `ListBits.capacity` still works
    /// but is matched on strings, and since ids go by name, a new list can push a hot one out.
    /// When this fails, raise the capacity (another integer in `ListBits`) rather than drop a list.
    func testEveryLexiconListGetsABitIndex() {
        let coach = Coach()
        XCTAssertLessThanOrEqual(coach.lexicon.lists.count, ListBits.capacity)
        for (name, list) in coach.lexicon.lists {
            XCTAssertGreaterThanOrEqual(list.id, 0, name)
        }
    }

    func testTokenizerSplitsSentencesAndKeepsMarks() {
        let s = Tokenizer.sentences("Wat fijn! Heeft u tijd? Om 12.30 uur, zo'n dag… ok")
        XCTAssertEqual(s.count, 4)
        XCTAssertTrue(s[0].endsWithExclamation)
        XCTAssertTrue(s[1].endsWithQuestionMark)
        XCTAssertEqual(s[2].words, ["om", "12.30", "uur", "zo'n", "dag"])
        XCTAssertEqual(s[2].commaBefore, [false, false, false, true, false])
        XCTAssertEqual(s[3].words, ["ok"])
    }

    /// Letters take a short path on ASCII lines; the bytes just outside the letter ranges ("@[`{")
    /// must still split words, and an ASCII line must read as the same line with one accent.
    func testTokenizerLetterPathMatchesTheScanner() {
        XCTAssertEqual(Tokenizer.sentences("Mail@Gemeente[nu]`of{later} E-MAIL d.w.z. ZO'N").flatMap(\.words),
                       ["mail", "gemeente", "nu", "of", "later", "e-mail", "d", "w", "z", "zo'n"])
        XCTAssertEqual(Tokenizer.sentences("Heeft u de BRIEF gelezen, Mevrouw?").first?.words,
                       Tokenizer.sentences("Heeft u de BRIEF gelezen, Mevrouw, café?").first?.words.dropLast().map { $0 })
    }

    func testEmptyAndOddInputIsSafe() {
        let coach = Coach()
        XCTAssertEqual(coach.analyze(""), Analysis())
        XCTAssertEqual(coach.analyze("   ?!.,"), Analysis())
        XCTAssertEqual(coach.analyze("🙂🙂").question, .none)
    }
}
