import XCTest
@testable import Coach

// The rule families of recall round 5 (dev set: batch 21 of heldout.tsv), each with near-misses that
// must stay untagged. The near-misses were written while probing the rules, not taken from a data set.

final class RoundFiveTrustTests: XCTestCase {
    let coach = Coach()

    func trust(_ text: String) -> [String] { coach.analyze(text).tags(for: .trust) }

    func testClarificationRequestIsNoApology() {
        XCTAssertEqual(trust("Sorry? Welke straat bedoelt u?"), [])
        XCTAssertEqual(trust("Sorry, zei u dinsdag of donderdag?"), [])
        XCTAssertEqual(trust("Sorry, wat kan ik doen om het goed te maken?"), ["apology", "ask_need"])
        XCTAssertEqual(trust("Sorry, zei ik iets verkeerds?"), ["apology"])
        XCTAssertEqual(trust("Sorry dat het zo lang heeft geduurd."), ["apology"])
    }

    func testEntitlementReadOutIsNoDefence() {
        XCTAssertEqual(trust("Volgens de regeling heeft u recht op een tegemoetkoming van 250 euro."), [])
        XCTAssertEqual(trust("Volgens de regeling hebben wij correct gehandeld."), ["defend"])
    }

    func testVagueHedgedOrDatedPlansAreNoPromise() {
        XCTAssertEqual(trust("Er gaat iets veranderen, dat beloof ik."), [])
        XCTAssertEqual(trust("Morgen krijgt u iets op papier, dat beloof ik."), ["commit"])
        XCTAssertEqual(trust("Misschien bel ik u morgen."), [])
        XCTAssertEqual(trust("Ik heb uw brief van 8 mei hier voor me liggen."), [])
        XCTAssertEqual(trust("Ik reageer morgen op uw brief van 8 mei."), ["commit"])
        XCTAssertEqual(trust("We zetten jullie initiatief op de agenda van het wijkoverleg van 14 oktober."), ["commit"])
        XCTAssertEqual(trust("Ik bel u morgen en laat u weten hoe het ging."), ["commit"])
    }

    func testScheduledDecisionIsNoBlame() {
        XCTAssertEqual(trust("De wethouder beslist volgende week over uw aanvraag."), [])
        XCTAssertEqual(trust("De wethouder heeft besloten dat het niet doorgaat."), ["blame"])
    }

    func testFaultGivenToOthers() {
        XCTAssertEqual(trust("Het is de schuld van jullie eigen bestuur."), ["blame"])
        XCTAssertEqual(trust("Het is niet de schuld van u."), [])
        XCTAssertEqual(trust("De schuld van u is het niet."), [])
        XCTAssertEqual(trust("De aannemer had het niet aan ons doorgegeven."), ["blame"])
        XCTAssertEqual(trust("We hadden het niet doorgegeven aan de wethouder."), [])
    }

    func testWhatHappenedExplains() {
        XCTAssertEqual(trust("Wat er gebeurde is dat de brief bij de verhuizing kwijtraakte."), ["explain"])
        XCTAssertEqual(trust("Wat er gebeurd is vind ik heel vervelend."), [])
        XCTAssertEqual(trust("Wat er is misgegaan is dat de brief kwijt was."), ["explain"])
        XCTAssertEqual(trust("Wat er nu gebeurt is dat we opnieuw beginnen."), [])
    }

    func testRestrictedCountMinimises() {
        XCTAssertEqual(trust("Het gaat om hooguit vijftig mensen."), ["minimize"])
        XCTAssertEqual(trust("Het gaat gelukkig maar om twee nachten."), ["minimize"])
        XCTAssertEqual(trust("De verbouwing duurt drie weken."), [])
        XCTAssertEqual(trust("Dat kwam doordat er maar één vergunningverlener was."), ["explain"])
    }

    func testLitotesAndSelfCriticismAcknowledge() {
        XCTAssertEqual(trust("Dat is geen kleinigheid."), ["acknowledge"])
        XCTAssertEqual(trust("Dat is een kleinigheid."), ["minimize"])
        XCTAssertEqual(trust("Dat was dom van me."), ["acknowledge"])
        XCTAssertEqual(trust("Dat was dom van u."), [])
    }

    func testCompoundNormDefends() {
        XCTAssertEqual(trust("De inspraakavond is gewoon volgens de participatieverordening georganiseerd."), ["defend"])
        XCTAssertEqual(trust("Volgens de afvalstoffenverordening heeft u recht op een extra container."), [])
        XCTAssertEqual(trust("Volgens de weersvoorspelling gaat het regenen."), [])
    }

    func testOwnFaultWithItsAccountExplains() {
        XCTAssertEqual(trust("Het is mijn fout: ik had uw mail in de verkeerde map gezet."), ["acknowledge", "explain"])
        XCTAssertEqual(trust("Mijn fout. Ik bel u morgen."), ["acknowledge", "commit"])
    }

    func testDoneWhatOneCouldDefends() {
        XCTAssertEqual(trust("Ik heb gedaan wat binnen mijn mandaat lag."), ["defend"])
        XCTAssertEqual(trust("Ik heb niet gedaan wat ik beloofde."), [])
        XCTAssertEqual(trust("U heeft gedaan wat u moest doen."), [])
    }
}

final class RoundFiveHabitTests: XCTestCase {
    let coach = Coach()

    func habits(_ text: String) -> [String] { coach.analyze(text).tags(for: .habits) }

    func testModalNotKnowingAdmits() {
        XCTAssertEqual(habits("Dat zou ik niet weten."), ["admit_unknown"])
        XCTAssertEqual(habits("Dat kan ik nu nog niet weten."), ["admit_unknown"])
        XCTAssertEqual(habits("Dat hoeft u niet te weten."), [])
        XCTAssertEqual(habits("Ik zou niet weten hoe u het volhoudt!"), [])
    }

    func testAdmissionBeforeAQuestion() {
        XCTAssertEqual(habits("Geen idee, zal ik het even voor u uitzoeken?"), ["admit_unknown"])
        XCTAssertEqual(habits("Geen idee?"), [])
    }

    func testLaterYesBut() {
        XCTAssertEqual(habits("Dus u zegt dat het te snel gaat, ja maar het college heeft al besloten."), ["reflect", "yes_but"])
        XCTAssertEqual(habits("Ik kom morgen, ja."), [])
    }

    func testHeardReflectsAndAnnouncedAdvice() {
        XCTAssertEqual(habits("Zo te horen bent u er klaar mee."), ["reflect"])
        XCTAssertEqual(habits("Weet je wat jullie moeten doen? Gewoon zelf een crowdfunding starten."), ["advice"])
    }

    func testFollowMyExampleAdvises() {
        XCTAssertEqual(habits("Bij ons hebben we een buurtavond georganiseerd, dat moet u ook doen."), ["compare_experience", "advice"])
        XCTAssertEqual(habits("Dat moet u zelf weten."), [])
        XCTAssertEqual(habits("Dat moeten jullie ook weten."), [])
        XCTAssertEqual(habits("Dat moet u ook niet doen."), [])
        XCTAssertEqual(habits("Moet u dat ook doen?"), [])
    }

    func testComparisonWithAnEarlierCaseAndRefusedComparison() {
        XCTAssertEqual(habits("Dit is net als bij de speeltuin vorig jaar."), ["compare_experience"])
        XCTAssertEqual(habits("Dit is net als bij de speeltuin."), [])
        XCTAssertEqual(habits("Dit is net als vorig jaar."), [])
        XCTAssertEqual(habits("De wijk waar ik eerder werkte was heel anders, dat kun je hier niet mee vergelijken."), [])
        XCTAssertEqual(habits("In de wijk waar ik vroeger werkte, was het heel anders."), ["compare_experience"])
    }
}

final class RoundFiveNVCTests: XCTestCase {
    let coach = Coach()

    func nvc(_ text: String) -> [String] { coach.analyze(text).tags(for: .nvc) }

    func testGeneraliserAtOnePastOccasionIsAFact() {
        XCTAssertEqual(nvc("Op de bewonersavond van 3 oktober was er niemand van de corporatie aanwezig."), ["observation"])
        XCTAssertEqual(nvc("Niemand luistert hier ooit."), ["evaluation"])
    }

    func testGeneraliserQuotedFromTheAddressee() {
        XCTAssertEqual(nvc("U zei vorige week aan de telefoon letterlijk: 'jullie komen altijd te laat'."), ["observation"])
        XCTAssertEqual(nvc("U zegt dat, maar jullie komen altijd te laat."), ["evaluation"])
    }

    func testMustKnowInforms() {
        XCTAssertEqual(nvc("U moet weten dat ik hier zelf ook niet blij mee ben."), ["feeling"])
        XCTAssertEqual(nvc("U moet nu betalen."), ["demand"])
    }

    func testRankedNeedAndShortOrPluralForms() {
        XCTAssertEqual(nvc("Eerlijkheid is voor mij belangrijker dan een snel antwoord."), ["need"])
        XCTAssertEqual(nvc("De afspraak van 10 uur is twee keer verzet."), ["observation"])
        XCTAssertEqual(nvc("Voor de aanvraag is een handtekening van twee bestuursleden nodig."), [])
    }
}
