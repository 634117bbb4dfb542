import XCTest
@testable import Coach

/// Round 8 (coach-r8b): rule families for habits, nvc and question, each with positives written for this
/// file (not taken from the dev set) and near misses that must stay untagged.
final class RoundEightRuleTests: XCTestCase {
    let coach = Coach()

    func habits(_ t: String) -> [String] { coach.analyze(t).tags(for: .habits) }
    func nvc(_ t: String) -> [String] { coach.analyze(t).tags(for: .nvc) }

    func testAdmitUnknownFamily() {
        for t in ["Ik durf niet te zeggen hoe lang de aanvraag nog loopt.",
                  "Hoe de raad gaat stemmen, is mij een raadsel.",
                  "We tasten eerlijk gezegd nog in het duister over de planning.",
                  "Ik ken de precieze bedragen niet.",
                  "Wat het gaat kosten, is koffiedik kijken.",
                  "Daar heb ik geen verstand van, dat moet ik navragen.",
                  "Ik kan u niet zeggen wanneer de aannemer komt."] {
            XCTAssertTrue(habits(t).contains("admit_unknown"), t)
        }
        for t in ["Ik ken geen betere buurt dan deze.",
                  "Ik kan niet zeggen dat ik blij ben met dit besluit.",
                  "Ik ken de buurvrouw al twintig jaar.",
                  "Dat raadsel is opgelost."] {
            XCTAssertFalse(habits(t).contains("admit_unknown"), t)
        }
    }

    func testCompareExperienceFamily() {
        for t in ["Ik weet precies hoe u zich voelt.",
                  "Ik heb hetzelfde meegemaakt toen mijn dak lekte.",
                  "Dat is mij ook overkomen met mijn schutting.",
                  "Dat komt me bekend voor, bij ons speelde precies dat.",
                  "In de andere wijken loopt het net zo."] {
            XCTAssertTrue(habits(t).contains("compare_experience"), t)
        }
        for t in ["Ik heb nog nooit zoiets meegemaakt.",
                  "Dat ken ik niet.",
                  "Heeft u hetzelfde meegemaakt?",
                  "Ik weet niet hoe u dat volhoudt!"] {
            XCTAssertFalse(habits(t).contains("compare_experience"), t)
        }
    }

    func testReflectFamily() {
        for t in ["Als ik u goed heb verstaan, wilt u vooral dat het stiller wordt.",
                  "U had het over de verkeersdrempels bij de school.",
                  "U maakt zich zorgen om de kinderen die daar oversteken.",
                  "Heb ik het goed dat u al drie keer heeft gebeld?"] {
            XCTAssertTrue(habits(t).contains("reflect"), t)
        }
        for t in ["Maakt u zich zorgen?", "Waar had u het over?", "Ik maak me zorgen om de kinderen."] {
            XCTAssertFalse(habits(t).contains("reflect"), t)
        }
    }

    func testReflectThenButWithAddresseeHeldToIt() {
        XCTAssertTrue(habits("U vindt dus dat wij traag zijn, maar jullie hadden het formulier ook eerder kunnen sturen.").contains("yes_but"))
        XCTAssertTrue(habits("Jullie willen dus een hek, maar u moet wel begrijpen dat dat geld kost.").contains("yes_but"))
        XCTAssertFalse(habits("U wilt dus een hek, maar u wilt ook licht.").contains("yes_but"))
    }

    func testAdviceFamily() {
        for t in ["Wat ik zou doen: eerst met de buren praten.",
                  "Neem mijn advies aan en bel de wijkagent.",
                  "Misschien moet u de corporatie gewoon een mail sturen.",
                  "Dan kunt u beter eerst het formulier invullen.",
                  "Het is raadzaam om foto's te maken van de schade.",
                  "Jullie moeten de wethouder maar eens uitnodigen.",
                  "Dat zou ik hier ook organiseren."] {
            XCTAssertTrue(habits(t).contains("advice"), t)
        }
        for t in ["Kunt u beter slapen nu?",
                  "U moet het formulier invullen maar dat kan online.",
                  "Jullie moeten nu eindelijk eens die lantaarnpaal repareren.",
                  "Wat ik zou doen weet ik niet.",
                  "Als u moet verhuizen, helpen wij met de kosten."] {
            XCTAssertFalse(habits(t).contains("advice"), t)
        }
    }

    func testDeniedVirtueJudges() {
        for t in ["Jullie zijn gewoon niet professioneel.", "Dat is echt niet redelijk van u.", "Die aannemer is niet te vertrouwen."] {
            XCTAssertTrue(nvc(t).contains("evaluation"), t)
        }
        for t in ["Ik heb het gevoel dat u mij niet serieus neemt.", "Is dat niet redelijk?", "Het geld is niet eerlijk verdeeld.", "Het loket is niet open."] {
            XCTAssertFalse(nvc(t).contains("evaluation"), t)
        }
        XCTAssertTrue(nvc("U heeft drie keer afgezegd, u bent niet betrouwbaar.").contains("observation"))
    }

    func testNvcListFamilies() {
        XCTAssertTrue(nvc("Voor ons is veiligheid echt van belang.").contains("need"))
        XCTAssertFalse(nvc("Dat is van belang voor de begroting.").contains("need"))
        XCTAssertTrue(nvc("Zou u ervoor openstaan om het hek een week open te laten?").contains("request"))
        XCTAssertTrue(nvc("Ik zie er echt tegenop om die brief te openen.").contains("feeling"))
        XCTAssertTrue(nvc("Ik heb soms het gevoel dat niemand hier luistert.").contains("pseudo_feeling"))
        XCTAssertTrue(nvc("Dat is gewoon onfatsoenlijk.").contains("evaluation"))
        XCTAssertFalse(nvc("Het grof vuil wordt dinsdag opgehaald.").contains("evaluation"))
    }

    func testImperativeWithZeAsObject() {
        XCTAssertTrue(nvc("Haal ze vandaag nog weg.").contains("demand"))
        XCTAssertEqual(coach.analyze("Haal ze vandaag nog weg.").question, .none)
        XCTAssertEqual(coach.analyze("Haal ze morgen op?").question, .closed)
        XCTAssertEqual(coach.analyze("Kan ze morgen komen").question, .closed)
    }

    func testQuestionFrontedClausesAndPluralVerbFirst() {
        XCTAssertEqual(coach.analyze("Waar nu de bank staat, komt straks een boom.").question, .none)
        XCTAssertEqual(coach.analyze("Wie zich aanmeldt, krijgt een bevestiging.").question, .none)
        XCTAssertEqual(coach.analyze("Hoe laat begint het, komt u ook").question, .open)
        XCTAssertEqual(coach.analyze("Welke straat bedoelt u, is dat de Dorpsstraat").question, .open)
        XCTAssertEqual(coach.analyze("Weten de buren al van het plan").question, .closed)
        XCTAssertEqual(coach.analyze("Komen de kinderen ook").question, .closed)
    }
}
