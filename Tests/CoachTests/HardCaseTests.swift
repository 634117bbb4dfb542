import XCTest
@testable import Coach

/// Every hard case named in shared/coaching/labels.md, one assertion each, plus typed-chat variants.
final class HardCaseTests: XCTestCase {
    let coach = Coach()

    func q(_ text: String) -> QuestionTag { coach.analyze(text).question }

    // MARK: question: false friends are not questions

    func testExclamationWithWatIsNotAQuestion() {
        XCTAssertEqual(q("Wat fijn dat u er bent."), .none)
        XCTAssertEqual(q("Wat een goed idee."), .none)
        XCTAssertEqual(q("wat fantastisch dat jullie dit doen"), .none)
    }

    func testHoeHoeComparisonIsNotAQuestion() {
        XCTAssertEqual(q("Hoe meer bewoners meedoen, hoe beter."), .none)
        XCTAssertEqual(q("Hoe langer we wachten, hoe duurder het wordt."), .none)
    }

    func testWaarMogelijkIsNotAQuestion() {
        XCTAssertEqual(q("Waar mogelijk helpen wij de initiatiefnemers."), .none)
    }

    func testWieWeetIsNotAQuestion() {
        XCTAssertEqual(q("Wie weet wordt het nog wat."), .none)
    }

    func testHoeDanOokIsNotAQuestion() {
        XCTAssertEqual(q("Hoe dan ook, we gaan ermee door."), .none)
    }

    func testRelativeWatIsNotAQuestion() {
        XCTAssertEqual(q("Wat u zegt klopt."), .none)
    }

    // MARK: question: closed shapes

    func testVerbFirstWithoutQuestionMarkIsClosed() {
        XCTAssertEqual(q("heb je het bericht van de wijkagent gelezen"), .closed)
        XCTAssertEqual(q("kom je ook naar de buurtborrel"), .closed)
    }

    func testTagQuestionsAreClosed() {
        XCTAssertEqual(q("Dat was lastig, toch?"), .closed)
        XCTAssertEqual(q("Dat was een drukke avond, hè?"), .closed)
        XCTAssertEqual(q("dat was lastig, toch"), .closed)
        XCTAssertEqual(q("Dit is de eerste keer, of niet?"), .closed)
    }

    func testLeadingQuestionIsClosed() {
        XCTAssertEqual(q("Vindt u ook niet dat de buurt veiliger moet?"), .closed)
        XCTAssertEqual(q("Het is toch duidelijk dat dit niet kan?"), .closed)
    }

    func testEitherOrIsClosed() {
        XCTAssertEqual(q("Wilt u een skatebaan of een fietscrossbaan?"), .closed)
    }

    func testStatementWithQuestionMarkIsClosed() {
        XCTAssertEqual(q("U bent boos?"), .closed)
    }

    func testEmbeddedQuestionWordAfterVerbFirstIsClosed() {
        XCTAssertEqual(q("Weet u wie de aanvraag heeft behandeld?"), .closed)
    }

    func testImperativeIsNotAQuestionButVerbPlusSubjectIs() {
        XCTAssertEqual(q("Haal die bakken weg."), .none)
        XCTAssertEqual(q("Doe het gewoon."), .none)
        XCTAssertEqual(q("Haal je die bakken weg"), .closed)
    }

    func testTopicDropWithIkIsAStatement() {
        XCTAssertEqual(q("Weet ik niet."), .none)
        XCTAssertEqual(q("mag ik iets vragen"), .closed)
    }

    // MARK: question: open shapes

    func testQuestionWordWithoutQuestionMarkIsOpen() {
        XCTAssertEqual(q("wat is er precies gebeurd"), .open)
        XCTAssertEqual(q("hoe ervaren jullie de samenwerking"), .open)
    }

    func testInvitationsAreOpen() {
        XCTAssertEqual(q("Vertel eens, hoe is het overleg met de corporatie gegaan?"), .open)
        XCTAssertEqual(q("Vertel eens wat er gebeurde."), .open)
        XCTAssertEqual(q("Kunt u vertellen wat er bij de vorige bijeenkomst gebeurde?"), .open)
        XCTAssertEqual(q("Zou u willen beschrijven hoe een gewone dag in de wijk eruitziet?"), .open)
        XCTAssertEqual(q("Ik ben benieuwd hoe jullie dit zelf zouden aanpakken."), .open)
        XCTAssertEqual(q("Ik wil graag weten wat u ervan vindt."), .open)
        XCTAssertEqual(q("Leg eens uit hoe het plan werkt."), .open)
    }

    func testMultiWordQuestionOpenersAreOpen() {
        XCTAssertEqual(q("Op welke manier kunnen wij u ondersteunen?"), .open)
        XCTAssertEqual(q("In hoeverre voelen bewoners zich betrokken?"), .open)
        XCTAssertEqual(q("Wat voor hulp zoekt u precies?"), .open)
    }

    func testMultiSentenceOpenWinsOverClosed() {
        XCTAssertEqual(q("Heeft u even? Wat is er gebeurd?"), .open)
        XCTAssertEqual(q("Goedemiddag. Heeft u even tijd?"), .closed)
    }

    // MARK: nvc

    func testIkVoelDatIsPseudoFeeling() {
        XCTAssertTrue(coach.analyze("Ik voel dat u niet naar ons luistert.").nvc.contains(.pseudoFeeling))
    }

    func testIkHebHetGevoelDatIsPseudoFeeling() {
        let a = coach.analyze("Ik heb het gevoel dat jullie ons tegenwerken.")
        XCTAssertEqual(a.nvc, [.pseudoFeeling])
    }

    func testParticipleAfterVoelMeIsPseudoFeeling() {
        XCTAssertEqual(coach.analyze("Ik voel me buitenspel gezet.").nvc, [.pseudoFeeling])
        XCTAssertEqual(coach.analyze("Ik voel me door jullie aan de kant gezet.").nvc, [.pseudoFeeling])
    }

    func testFeelingWordAfterVoelMeIsFeeling() {
        XCTAssertEqual(coach.analyze("Ik voel me onzeker over hoe dit afloopt.").nvc, [.feeling])
        XCTAssertEqual(coach.analyze("ik ben echt teleurgesteld").nvc, [.feeling])
    }

    func testImperativeIsDemand() {
        XCTAssertEqual(coach.analyze("Haal die bakken weg.").nvc, [.demand])
        XCTAssertEqual(coach.analyze("Zorg dat het verkeersbord morgen weg is.").nvc, [.demand])
        XCTAssertEqual(coach.analyze("Je moet dit vandaag nog regelen.").nvc, [.demand])
    }

    func testPromiseWithZorgIsNoDemand() {
        let a = coach.analyze("Ik zorg ervoor dat uw plan op de agenda staat.")
        XCTAssertFalse(a.nvc.contains(.demand))
        XCTAssertTrue(a.trust.contains(.commit))
    }

    func testSoftenedImperativeIsRequest() {
        XCTAssertEqual(coach.analyze("Kom gerust een keer langs als u tijd heeft.").nvc, [.request])
    }

    func testGeneralisationIsEvaluation() {
        XCTAssertEqual(coach.analyze("Jullie werken nooit mee aan initiatieven van bewoners.").nvc, [.evaluation])
    }

    func testNeedNamedAsOwn() {
        XCTAssertEqual(coach.analyze("Leefbaarheid is voor ons heel belangrijk.").nvc, [.need])
        XCTAssertFalse(coach.analyze("Wat heeft u nodig om weer vertrouwen te krijgen?").nvc.contains(.need))
    }

    func testObservationNeedsWhenAndPast() {
        XCTAssertEqual(coach.analyze("U heeft mij vanochtend twee keer gebeld.").nvc, [.observation])
        XCTAssertEqual(coach.analyze("De vergadering begint om half acht.").nvc, [])
    }

    // MARK: trust

    func testApologyNegatedIsNoApology() {
        XCTAssertFalse(coach.analyze("Ik ga geen excuses aanbieden.").trust.contains(.apology))
    }

    func testMaarAsConjunctionIsNoMinimiser() {
        XCTAssertFalse(coach.analyze("Het is vervelend, maar een oplossing is er nog niet.").trust.contains(.minimize))
        XCTAssertTrue(coach.analyze("Het gaat maar om een paar maanden vertraging.").trust.contains(.minimize))
    }

    func testBlameOnResident() {
        XCTAssertEqual(coach.analyze("Als u het formulier goed had ingevuld, was dit niet gebeurd.").trust, [.blame])
        XCTAssertFalse(coach.analyze("U heeft gelijk dat we te laat hebben gereageerd.").trust.contains(.blame))
    }

    // MARK: habits

    func testJaMaarIsYesBut() {
        XCTAssertTrue(coach.analyze("Ja, maar dat kan gewoon niet.").habits.contains(.yesBut))
        XCTAssertTrue(coach.analyze("ja maar dat is niet mijn probleem").habits.contains(.yesBut))
    }

    func testDatSnapIkMaarIsYesButAndNoAcknowledgement() {
        let a = coach.analyze("Dat snap ik, maar de regels zijn nu eenmaal zo.")
        XCTAssertTrue(a.habits.contains(.yesBut))
        XCTAssertFalse(a.trust.contains(.acknowledge))
    }

    func testYesButAcrossSentences() {
        XCTAssertTrue(coach.analyze("Dat begrijp ik. Maar zo zijn de regels.").habits.contains(.yesBut))
    }

    func testAdmitUnknownAndReflect() {
        XCTAssertEqual(coach.analyze("Dat weet ik niet, ik zoek het voor u uit.").habits, [.admitUnknown])
        XCTAssertEqual(coach.analyze("Als ik u goed begrijp, wilt u vooral rust.").habits, [.reflect])
    }

    func testCompareAndAdvice() {
        XCTAssertEqual(coach.analyze("In de wijk waar ik eerder werkte, ging dat heel anders.").habits, [.compareExperience])
        XCTAssertEqual(coach.analyze("Als ik u was, zou ik eerst met de buren praten.").habits, [.advice])
    }

    func testAccentsAndCapitalsDoNotMatter() {
        XCTAssertEqual(coach.analyze("DIE JONGEREN ZIJN ONGEINTERESSEERD").nvc, [.evaluation])
        XCTAssertEqual(coach.analyze("Die jongeren zijn ongeïnteresseerd.").nvc, [.evaluation])
    }
}
