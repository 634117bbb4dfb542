import XCTest
@testable import Dialogue

/// `matches` phrases compare folded words as bytes: whole words, any case, with or without
/// accents, in the line as typed.
final class TextPatternTests: XCTestCase {
    private func matches(_ pattern: String, _ line: String) throws -> Bool {
        try TextPattern(pattern).matches(text: line, foldedWords: FoldedWords(line))
    }

    func testWholeWordsInAnyCaseAndAroundPunctuation() throws {
        XCTAssertTrue(try matches("tot ziens", "Nou, TOT ZIENS!"))
        XCTAssertTrue(try matches("tot ziens", "Dank u.Tot ziens"))
        XCTAssertTrue(try matches("buurtfeest", "Het buurtfeest in juni?"))
        XCTAssertFalse(try matches("ziens", "Wat is uw zienswijze?"), "part of a word is no match")
        XCTAssertFalse(try matches("tot ziens", "tot morgen, ziens"), "the words of a phrase stand together")
        XCTAssertFalse(try matches("tot ziens", "tot"), "a line shorter than the phrase")
    }

    func testAccentsFoldOnEitherSide() throws {
        XCTAssertTrue(try matches("een idee", "Ik heb één idee."))
        XCTAssertTrue(try matches("één idee", "ik heb een idee"))
        XCTAssertTrue(try matches("café", "In het CAFE om de hoek"))
        XCTAssertTrue(try matches("coordinatie", "De coördinatie loopt mis"))
        XCTAssertFalse(try matches("café", "de cafetaria"))
    }

    func testDigitsAreWordsAndEmptyPatternsAreRefused() throws {
        XCTAssertTrue(try matches("12 uur", "Om 12 uur dan?"))
        XCTAssertThrowsError(try TextPattern("?!"))
    }
}
