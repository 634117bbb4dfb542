import XCTest
@testable import Coach

final class InflectionTests: XCTestCase {
    func testBaseFormsOfAttributiveAdjectives() {
        XCTAssertTrue(Inflection.adjectiveBases("schandalige").contains("schandalig"))
        XCTAssertTrue(Inflection.adjectiveBases("waardeloze").contains("waardeloos"))
        XCTAssertTrue(Inflection.adjectiveBases("trage").contains("traag"))
        XCTAssertTrue(Inflection.adjectiveBases("stomme").contains("stom"))
        XCTAssertTrue(Inflection.adjectiveBases("naieve").contains("naief"))
        XCTAssertEqual(Inflection.adjectiveBases("boos"), [])
    }

    /// The allocation-free test must find exactly the forms the list gives.
    func testAnyBaseAgreesWithTheListOfBases() {
        let words = ["schandalige", "waardeloze", "trage", "stomme", "dikke", "naieve", "lome", "boze", "blije",
                     "teleurgestelde", "ongeruste", "bange", "tevreden", "één", "ideeë", "café", "abe", "e", "ee"]
        for word in words {
            let bases = Inflection.adjectiveBases(word)
            for base in bases {
                XCTAssertTrue(Inflection.anyAdjectiveBase(of: word, where: { $0 == base }), "\(word) → \(base)")
            }
            var tried: [String] = []
            _ = Inflection.anyAdjectiveBase(of: word, where: { tried.append($0); return false })
            XCTAssertEqual(Set(tried), Set(bases), word)
        }
    }
}
