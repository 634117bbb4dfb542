import XCTest
@testable import Coach

// The trust rule families of round 8 (dev set fresh11-trust), each with near-misses that must stay
// untagged. The sentences were written for these families, not taken from a data set.

final class RoundEightTrustTests: XCTestCase {
    let coach = Coach()

    func trust(_ text: String) -> [String] { coach.analyze(text).tags(for: .trust) }

    // MARK: acknowledge

    func testUnderstandableThat() {
        XCTAssertEqual(trust("Begrijpelijk dat de buurt boos is op ons."), ["acknowledge"])
        XCTAssertEqual(trust("Het is heel logisch dat jullie het vertrouwen kwijt zijn."), ["acknowledge"])
        XCTAssertEqual(trust("Geen wonder dat u teleurgesteld bent."), ["acknowledge"])
        XCTAssertEqual(trust("Het is logisch dat we eerst de keuring afwachten."), [])
        XCTAssertEqual(trust("Het is logisch dat de brug eerst gekeurd wordt."), [])
        XCTAssertEqual(trust("Het is moeilijk te begrijpen dat u dat niet wist."), [])
        XCTAssertEqual(trust("Het is niet logisch dat u boos bent."), [])
    }

    func testWentWrongOwned() {
        XCTAssertEqual(trust("Daar is het echt misgegaan."), ["acknowledge"])
        XCTAssertEqual(trust("Er is bij ons iets fout gegaan met uw aanvraag."), ["acknowledge"])
        XCTAssertEqual(trust("We hebben de bewoners veel te lang in het ongewisse gelaten."), ["acknowledge"])
        XCTAssertEqual(trust("Er is niets misgegaan."), [])
        XCTAssertEqual(trust("Bij de aannemer is het misgegaan."), [])
        XCTAssertEqual(trust("Ze hebben ons in de kou laten staan."), [])
        XCTAssertEqual(trust("Als het misgaat, bel ik u."), [])
        XCTAssertEqual(trust("Ik voel me in de steek gelaten door de buren."), [])
        XCTAssertEqual(trust("Het ging mis vanwege een verkeerde planning."), ["explain"])
    }

    func testOwnPoorHandling() {
        XCTAssertEqual(trust("Ik heb het verkeerd begrepen."), ["acknowledge"])
        XCTAssertEqual(trust("Wij hebben u te laat geïnformeerd."), ["acknowledge"])
        XCTAssertEqual(trust("Wij hebben het gewoon slecht aangepakt."), ["acknowledge"])
        XCTAssertEqual(trust("We hebben slecht nieuws gekregen."), [])
        XCTAssertEqual(trust("We hebben het niet slecht aangepakt."), [])
    }

    func testSoundsHard() {
        XCTAssertEqual(trust("Dat klinkt echt slopend."), ["acknowledge"])
        XCTAssertEqual(trust("Uw verhaal klinkt heel schrijnend voor u."), ["acknowledge"])
        XCTAssertEqual(trust("Dat klinkt niet zo zwaar."), [])
        XCTAssertEqual(trust("Het klinkt als een goed plan."), [])
    }

    func testCounterfactualDutyIsNoDefence() {
        XCTAssertEqual(trust("Ik had u gewoon eerder moeten bellen."), ["acknowledge"])
    }

    // MARK: explain, commit, ask_need

    func testOwnAbsenceExplains() {
        XCTAssertEqual(trust("Sorry, ik was vorige week afwezig."), ["apology", "explain"])
        XCTAssertEqual(trust("We waren die maand zwaar onderbezet."), ["explain"])
        XCTAssertEqual(trust("Ik ben morgen afwezig."), [])
        XCTAssertEqual(trust("Ik was niet ziek."), [])
    }

    func testConsequenceMarkers() {
        XCTAssertEqual(trust("Hierdoor is uw aanvraag blijven liggen."), ["explain"])
        XCTAssertEqual(trust("Het is te wijten aan een storing in het systeem."), ["explain"])
        XCTAssertEqual(trust("Het is te wijten aan de aannemer."), ["blame"])
    }

    func testGuaranteesAndDelivery() {
        XCTAssertEqual(trust("Daar kunt u op rekenen."), ["commit"])
        XCTAssertEqual(trust("U heeft mijn woord."), ["commit"])
        XCTAssertEqual(trust("Volgende week vrijdag heeft u de brief in uw brievenbus."), ["commit"])
        XCTAssertEqual(trust("Donderdag kunnen we wel."), [])
    }

    func testWhatWouldHelp() {
        XCTAssertEqual(trust("Wat zou voor u echt het verschil maken?"), ["ask_need"])
        XCTAssertEqual(trust("Waar bent u het meest mee geholpen?"), ["ask_need"])
        XCTAssertEqual(trust("Wat moet er van mijn kant gebeuren om dit recht te zetten?"), ["ask_need"])
        XCTAssertEqual(trust("Hoe groot is het verschil?"), [])
        XCTAssertEqual(trust("Heeft u de helpdesk al gebeld?"), [])
    }

    // MARK: blame, defend

    func testBlameOnThirdPartiesAndTheAddressee() {
        XCTAssertEqual(trust("Mijn voorganger heeft uw dossier laten verslonzen."), ["blame"])
        XCTAssertEqual(trust("Het was de installateur die steken liet vallen."), ["blame"])
        XCTAssertEqual(trust("Dat kwam door jullie eigen late melding."), ["blame"])
        XCTAssertEqual(trust("Het kwam niet door u."), [])
        XCTAssertEqual(trust("Als de aannemer het laat versloffen, bel ik hem."), [])
    }

    func testNotMyRules() {
        XCTAssertEqual(trust("Ik heb de regels niet gemaakt."), ["blame"])
        XCTAssertEqual(trust("Ik ben maar de boodschapper."), ["blame"])
    }

    func testOwnEffortDefends() {
        XCTAssertEqual(trust("Meer kan ik echt niet doen."), ["defend"])
        XCTAssertEqual(trust("Wij hebben hard gewerkt aan dit plan."), ["defend"])
        XCTAssertEqual(trust("Mij valt niets te verwijten."), ["defend"])
        XCTAssertEqual(trust("U heeft hard gewerkt aan dit plan."), [])
    }

    // MARK: minimize

    func testWorseElsewhere() {
        XCTAssertEqual(trust("Elders is het veel drukker."), ["minimize"])
        XCTAssertEqual(trust("Andere bewoners wachten nog veel langer."), ["minimize"])
        XCTAssertEqual(trust("Bij u is het erger dan elders."), [])
        XCTAssertEqual(trust("Het wordt steeds erger."), [])
        XCTAssertEqual(trust("Het duurt langer dan gepland."), [])
        XCTAssertEqual(trust("In andere gemeenten is het niet erger."), [])
    }

    func testSmallAmountsAndDetails() {
        XCTAssertEqual(trust("Het gaat om een paar tientjes, dat is niet veel."), ["minimize"])
        XCTAssertEqual(trust("Dat is maar een detail."), ["minimize"])
        XCTAssertEqual(trust("Het is een klein ongemak."), ["minimize"])
        XCTAssertEqual(trust("Het is niet veel beter geworden."), [])
        XCTAssertEqual(trust("Dat is geen bijzaak."), [])
    }

    func testExaggerationAndFewAffected() {
        XCTAssertEqual(trust("U blaast het wel erg op."), ["minimize"])
        XCTAssertEqual(trust("U tilt er te zwaar aan."), ["minimize"])
        XCTAssertEqual(trust("Daar hoeft u niet wakker van te liggen."), ["minimize"])
        XCTAssertEqual(trust("De meeste buren merken er niks van."), ["minimize"])
        XCTAssertEqual(trust("U bent de enige die klaagt."), ["minimize"])
    }
}
