import XCTest
@testable import Coach

// The rule families of recall round 7 (dev set: fresh9), each with near-misses that must stay untagged.
// The sentences were written while probing the rules, not taken from a data set.

final class RoundSevenHabitTests: XCTestCase {
    let coach = Coach()

    func habits(_ text: String) -> [String] { coach.analyze(text).tags(for: .habits) }

    func testUnclearToOneselfAdmits() {
        XCTAssertEqual(habits("Waar het geld precies heen gaat, is mij ook nog niet duidelijk."), ["admit_unknown"])
        XCTAssertEqual(habits("Wanneer de aannemer begint, is voor mij onduidelijk."), ["admit_unknown"])
        XCTAssertEqual(habits("Is het u niet duidelijk?"), [])
        XCTAssertEqual(habits("Het is mij duidelijk wat u bedoelt."), [])
    }

    func testSameKindOfThingCompares() {
        XCTAssertEqual(habits("Bij ons in Velp hadden we net zo'n buurman."), ["compare_experience"])
        XCTAssertEqual(habits("Bij ons in Velp is het rustig."), [])
        XCTAssertEqual(habits("Wij hebben precies zo'n formulier nodig."), [])
    }

    func testFormerPlaceCompares() {
        XCTAssertEqual(habits("Bij mijn oude afdeling losten we dat op met een vaste contactpersoon."), ["compare_experience"])
        XCTAssertEqual(habits("In mijn vorige brief schreef ik dat al."), [])
        XCTAssertEqual(habits("Op mijn vorige vraag kreeg ik geen antwoord."), [])
    }

    func testSeenEverywhereCompares() {
        XCTAssertEqual(habits("Dat hoor ik in bijna elke wijk."), ["compare_experience"])
        XCTAssertEqual(habits("Ik zie dat overal gebeuren."), ["compare_experience"])
        XCTAssertEqual(habits("Dat zie ik graag terug in het plan."), [])
        XCTAssertEqual(habits("Ik zie u vaker in het buurthuis."), [])
        XCTAssertEqual(habits("Dat hoor ik vaker van u."), [])
    }

    func testQuestionAboutTheirExperienceComparesNothing() {
        XCTAssertEqual(habits("Heeft u in andere gemeenten gezien hoe ze dit aanpakken?"), [])
        XCTAssertEqual(habits("Heeft u in een andere wijk gewoond?"), [])
        XCTAssertEqual(habits("In andere gemeenten pakken ze dit anders aan."), ["compare_experience"])
    }

    func testTheSameThingHadCompares() {
        XCTAssertEqual(habits("Toen ik zelf hetzelfde had met mijn buren, ben ik gaan praten."), ["compare_experience"])
        XCTAssertEqual(habits("Onze buren hadden hetzelfde en zijn toen gaan klagen."), ["compare_experience"])
        XCTAssertEqual(habits("Toen ik hetzelfde vroeg, kreeg ik geen antwoord."), [])
        XCTAssertEqual(habits("Mijn buurman heeft hetzelfde gevraagd."), [])
    }

    func testElsewhereSetAgainstHereCompares() {
        XCTAssertEqual(habits("De regels hier ken ik niet, maar in Leiden deden ze het met een loting."), ["compare_experience"])
        XCTAssertEqual(habits("Ik woon hier al lang, maar in Almelo ben ik geboren."), [])
    }

    func testUnderstandingCheckedWithVolgen() {
        XCTAssertEqual(habits("Als ik jullie goed volg, willen jullie een eigen sleutel."), ["reflect"])
        XCTAssertEqual(habits("Ik volg u goed."), [])
    }

    func testTheirReflexiveVerbGivenBack() {
        XCTAssertEqual(habits("Jullie ergeren je dus aan de scooters."), ["reflect"])
        XCTAssertEqual(habits("U kunt zich dus gewoon aanmelden."), [])
    }

    func testTheirQuestionGivenBack() {
        XCTAssertEqual(habits("Jullie willen weten wanneer de bomen worden gekapt."), ["reflect"])
        XCTAssertEqual(habits("Als u wilt weten hoe het zit, kunt u de wijkagent bellen."), [])
        XCTAssertEqual(habits("Wilt u weten wanneer de bomen worden gekapt?"), [])
    }

    func testReflectionThenOwnButIsYesBut() {
        XCTAssertEqual(habits("U wilt dus een hek, maar dat past niet in het budget."), ["reflect", "yes_but"])
        XCTAssertEqual(habits("U wilt dus een hek, maar wel een mooi hek."), ["reflect"])
        XCTAssertEqual(habits("U wilt dus een hek, maar u wilt ook licht."), ["reflect"])
    }

    func testGrantedPointAndConcessiveAl() {
        XCTAssertEqual(habits("Daar zit wel wat in, maar het college beslist."), ["yes_but"])
        XCTAssertEqual(habits("Daar zit iets in de weg."), [])
        XCTAssertEqual(habits("Dat begrijp ik, al moet de raad er nog over beslissen."), ["yes_but"])
        XCTAssertEqual(habits("Dat snap ik, al jaren eigenlijk."), [])
    }

    func testWhatIWouldDoAdvises() {
        XCTAssertEqual(habits("Dan zou ik eerst even met de buren praten."), ["advice"])
        XCTAssertEqual(habits("Ik zou dat bij de wijkagent melden."), ["advice"])
        XCTAssertEqual(habits("Dat zou ik niet doen."), ["advice"])
        XCTAssertEqual(habits("Op jouw plaats zou ik het gewoon nog eens vragen."), ["advice"])
        XCTAssertEqual(habits("Ik zou het graag doen, maar ik heb geen tijd."), [])
        XCTAssertEqual(habits("Dat zou ik eerst moeten navragen."), [])
        XCTAssertEqual(habits("Als ik het zou proberen, lukt het toch niet."), [])
        XCTAssertEqual(habits("Wat zou ik eerst doen?"), [])
        XCTAssertEqual(habits("Ik zou morgen langskomen."), [])
        XCTAssertEqual(habits("Ik zou het waarderen als u mij even belt."), [])
        XCTAssertEqual(habits("Op uw plaats staat nu iemand anders."), [])
    }

    func testWhyNotJustAdvises() {
        XCTAssertEqual(habits("Waarom vraagt u niet gewoon een vergunning aan?"), ["advice"])
        XCTAssertEqual(habits("Waarom probeer je het niet eens bij de corporatie?"), ["advice"])
        XCTAssertEqual(habits("Waarom heeft u niet gewoon gebeld?"), [])
        XCTAssertEqual(habits("Waarom reageert u niet op mijn mails?"), [])
    }

    func testOwnExampleToFollowAndAnnouncedAdvice() {
        XCTAssertEqual(habits("Wij hebben dat met een app opgelost, doe dat ook."), ["advice"])
        XCTAssertEqual(habits("Neem dat ook mee."), [])
        XCTAssertEqual(habits("Mijn raad: schrijf het allemaal op."), ["advice"])
        XCTAssertEqual(habits("Neem het van mij aan: dat werkt niet."), ["advice"])
        XCTAssertEqual(habits("De raad heeft besloten."), [])
    }
}
