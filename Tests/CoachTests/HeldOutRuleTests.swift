import XCTest
@testable import Coach

// The rules added for held-out batches 8-13 (Tests/CoachTests/heldout.tsv), one small suite per rule.

/// Typed questions without "?" whose verb is not in the word list: the verb stands before a noun subject.
final class InvertedVerbTests: XCTestCase {
    let coach = Coach()

    func q(_ text: String) -> QuestionTag { coach.analyze(text).question }

    func testUnlistedVerbBeforeANounSubjectIsAnOpenQuestion() {
        XCTAssertEqual(q("hoe kijkt de buurt hier zelf tegenaan"), .open)
        XCTAssertEqual(q("hoe reageert de wijk"), .open)
        XCTAssertEqual(q("waar schuurt het bij de groep"), .open)
    }

    func testSubjectFirstOrVerbLastIsNoQuestion() {
        XCTAssertEqual(q("Hoe de buurt erover denkt, weet ik niet."), .none)
        XCTAssertEqual(q("wat een prachtig plan"), .none)
        XCTAssertEqual(q("Hoe meer bewoners meedoen, hoe beter."), .none)
    }
}

/// "defend" beyond the listed phrases: a first-person perfect with a word saying it was done as due.
final class SelfJustificationTests: XCTestCase {
    let coach = Coach()

    func trust(_ text: String) -> [String] { coach.analyze(text).tags(for: .trust) }

    func testDoneAsDueIsADefence() {
        XCTAssertEqual(trust("Wij hebben gewoon ons werk gedaan."), ["defend"])
        XCTAssertEqual(trust("We hebben u op tijd een brief gestuurd."), ["defend"])
        XCTAssertEqual(trust("Ik heb u altijd netjes geholpen."), ["defend"])
    }

    func testNeedsAdmissionsAndQuestionsAreNot() {
        XCTAssertEqual(trust("We hebben gewoon meer tijd nodig."), [])
        // Round 8: a poor job of one's own admitted is an acknowledgement (no defence).
        XCTAssertEqual(trust("Wij hebben het niet netjes afgehandeld."), ["acknowledge"])
        XCTAssertEqual(trust("Heeft u de brief op tijd ontvangen?"), [])
    }
}

/// A listed imperative opening a later clause still commands.
final class LaterImperativeTests: XCTestCase {
    let coach = Coach()

    func nvc(_ text: String) -> [String] { coach.analyze(text).tags(for: .nvc) }

    func testImperativeAfterAJudgementIsADemand() {
        XCTAssertEqual(nvc("Jullie zijn lui, doe gewoon je werk."), ["evaluation", "demand"])
        XCTAssertEqual(nvc("Mevrouw, luister nou eens naar mij."), ["demand"])
    }

    func testInterjectionsWelcomesAndQuestionsAreNot() {
        XCTAssertEqual(nvc("Kijk, dat is lastig."), [])
        XCTAssertEqual(nvc("Goed, kom maar binnen."), [])
        XCTAssertFalse(nvc("Dat snap ik, doe je dat vaker?").contains("demand"))
    }
}

/// Eleventh held-out batch's rules: superlative judgements, promises from the receiver's side,
/// admissions that it should not have happened, a former workplace as comparison.
final class BatchElevenRuleTests: XCTestCase {
    let coach = Coach()

    func testSuperlativeOfAJudgementIsAnEvaluation() {
        XCTAssertEqual(coach.analyze("Dit is de slechtste wijk van de stad.").tags(for: .nvc), ["evaluation"])
        XCTAssertEqual(coach.analyze("Dat was het mooiste moment.").tags(for: .nvc), [])
    }

    func testDeliveryWithADeadlineIsACommitment() {
        XCTAssertEqual(coach.analyze("Uiterlijk woensdag heeft u de stukken in huis.").tags(for: .trust), ["commit"])
        XCTAssertEqual(coach.analyze("Vrijdag krijgt u een brief met de planning.").tags(for: .trust), ["commit"])
        XCTAssertEqual(coach.analyze("U heeft vrijdag een afspraak bij de huisarts.").tags(for: .trust), [])
    }

    func testShouldNotHaveHappenedAcknowledges() {
        XCTAssertEqual(coach.analyze("Dat had nooit zo mogen lopen.").tags(for: .trust), ["acknowledge"])
    }

    func testFormerWorkplaceCompares() {
        XCTAssertEqual(coach.analyze("Toen ik in Almelo werkte, hadden we precies zo'n groep.").tags(for: .habits), ["compare_experience"])
        XCTAssertEqual(coach.analyze("Toen ik bij u langskwam, zag ik de schade.").tags(for: .habits), [])
    }
}

/// Twelfth held-out batch's rules.
final class BatchTwelveRuleTests: XCTestCase {
    let coach = Coach()

    func testDeadlineOnAThingIsADemandButNotOnOneself() {
        XCTAssertEqual(coach.analyze("Dat formulier moet morgen binnen zijn.").tags(for: .nvc), ["demand"])
        XCTAssertEqual(coach.analyze("Het moet beter.").tags(for: .nvc), [])
        XCTAssertFalse(coach.analyze("Ik moet morgen naar de tandarts.").tags(for: .nvc).contains("demand"))
    }

    func testCauseOpeningTheSentenceExplains() {
        XCTAssertEqual(coach.analyze("Door een storing in het systeem zijn de brieven niet verstuurd.").tags(for: .trust), ["explain"])
    }

    func testWeekdayWithPartOfDayIsAWhen() {
        XCTAssertEqual(coach.analyze("Ik kom donderdagmiddag bij u langs om het te bespreken.").tags(for: .trust), ["commit"])
    }
}

/// Thirteenth held-out batch's rules.
final class BatchThirteenRuleTests: XCTestCase {
    let coach = Coach()

    func q(_ text: String) -> QuestionTag { coach.analyze(text).question }

    func testUnlistedVerbAfterTheNounOfWelkeBeforeEr() {
        XCTAssertEqual(q("welke plannen bestaan er al"), .open)
        XCTAssertEqual(q("hoeveel bewoners lopen er mee"), .open)
    }

    func testHortativesAndSubordinateClausesAreStatements() {
        XCTAssertEqual(q("Laten we even pauzeren."), .none)
        XCTAssertEqual(q("Wat u zegt, is heel belangrijk."), .none)
    }

    func testMagIkVragenInvites() {
        XCTAssertEqual(q("Mag ik vragen hoe u dat heeft ervaren?"), .open)
        XCTAssertEqual(q("Mag ik vragen of u tevreden bent?"), .closed)
    }
}
