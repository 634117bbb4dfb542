import XCTest
@testable import Coach

// The trust rule families of recall round 7 (dev set fresh9), each with near-misses that must stay
// untagged. The near-misses were written while probing the rules, not taken from a data set.

final class RoundSevenTrustTests: XCTestCase {
    let coach = Coach()

    func trust(_ text: String) -> [String] { coach.analyze(text).tags(for: .trust) }

    // MARK: acknowledge

    func testFrontedExperienceGranted() {
        XCTAssertEqual(trust("Dat u boos bent, begrijp ik."), ["acknowledge"])
        XCTAssertEqual(trust("Dat jullie teleurgesteld zijn, kan ik me goed voorstellen."), ["acknowledge"])
        XCTAssertEqual(trust("Uw boosheid begrijp ik heel goed."), ["acknowledge"])
        XCTAssertEqual(trust("Dat u boos bent, begrijp ik niet."), [])
        XCTAssertEqual(trust("Dat ik te laat was, begrijp ik."), [])
        XCTAssertEqual(trust("Dat u morgen komt, hoor ik graag."), [])
        XCTAssertEqual(trust("Begrijp ik goed dat u morgen komt?"), [])
        XCTAssertEqual(trust("Uw brief begrijp ik niet."), [])
        XCTAssertEqual(trust("Uw mail zie ik wel."), [])
    }

    func testFrontedGrantInsideAYesBut() {
        XCTAssertEqual(trust("Uw frustratie snap ik wel, maar wij hebben ons aan de regels gehouden."), ["acknowledge", "defend"])
        XCTAssertEqual(trust("Dat u boos bent, snap ik, maar wij hebben ons aan de regels gehouden."), ["acknowledge", "defend"])
    }

    func testSeenTagNeedsTheirExperience() {
        XCTAssertEqual(trust("Die kapotte schommel zit u al weken dwars, dat zie ik."), ["acknowledge"])
        XCTAssertEqual(trust("De schommel is kapot, dat zie ik."), [])
        XCTAssertEqual(trust("U wacht al weken, dat zie ik graag anders."), [])
    }

    func testPerceivedInThemAcrossWords() {
        XCTAssertEqual(trust("Ik merk aan alles dat dit u raakt."), ["acknowledge"])
        XCTAssertEqual(trust("Ik zie aan de planning dat het mei wordt."), [])
        XCTAssertEqual(trust("Ik merk aan alles dat de buurt verandert."), [])
        XCTAssertEqual(trust("Ik zie op de kaart dat uw straat erbij hoort."), [])
        XCTAssertEqual(trust("Als ik aan u merk dat u boos bent, stop ik."), [])
    }

    func testFaultConcededWithToegeven() {
        XCTAssertEqual(trust("We hebben het niet goed gedaan, dat moet ik eerlijk toegeven."), ["acknowledge"])
        XCTAssertEqual(trust("Ik geef toe dat het te lang heeft geduurd."), ["acknowledge"])
        XCTAssertEqual(trust("Dat geef ik niet toe."), [])
        XCTAssertEqual(trust("Geeft u toe dat u te laat was?"), [])
    }

    func testTheirEffortExclaimed() {
        XCTAssertEqual(trust("Wat een energie hebben jullie hier al in gestoken."), ["acknowledge"])
        XCTAssertEqual(trust("Wat een tijd heeft het gekost."), [])
        XCTAssertEqual(trust("Wat een werk hebben we gehad."), [])
        XCTAssertEqual(trust("Wat een moeite heeft u gedaan?"), [])
    }

    func testPoorTreatmentOwned() {
        XCTAssertEqual(trust("Ik bied u mijn excuses aan, want u bent slecht geïnformeerd."), ["acknowledge", "apology"])
        XCTAssertEqual(trust("U bent niet goed geholpen door ons, dat spijt me."), ["acknowledge", "apology"])
        XCTAssertEqual(trust("U bent slecht geïnformeerd, de regels zijn anders."), [])
        XCTAssertEqual(trust("Bent u wel goed geholpen?"), [])
        XCTAssertEqual(trust("Ik ben slecht geholpen door de bank."), [])
        XCTAssertEqual(trust("U heeft het formulier niet goed ingevuld."), ["blame"])
    }

    // MARK: apology

    func testForgivenessAsked() {
        XCTAssertEqual(trust("Ik ben vergeten u terug te bellen, vergeeft u me."), ["apology"])
        XCTAssertEqual(trust("Ik vergeef het u."), [])
    }

    // MARK: explain

    func testAnswerToOwnQuestionExplains() {
        XCTAssertEqual(trust("Wat er misging? Op de kaart stonden de verkeerde bomen aangekruist."), ["explain"])
        XCTAssertEqual(trust("Waarom het zo lang duurde? Er moest eerst een bodemonderzoek gebeuren."), ["explain"])
        XCTAssertEqual(trust("Waarom het zo lang duurde? Dat weet ik ook niet."), [])
        XCTAssertEqual(trust("Wat is er misgegaan? Op de kaart stonden de verkeerde bomen."), [])
        XCTAssertEqual(trust("Wat er misging? Vertelt u het maar."), [])
        XCTAssertEqual(trust("Wat er nu gebeurt? We beginnen opnieuw."), [])
        XCTAssertEqual(trust("Wat er gebeurd was? Niemand wist het."), [])
    }

    // MARK: commit

    func testGuarantorCommits() {
        XCTAssertEqual(trust("Uw plan komt op 4 april in het college, daar sta ik persoonlijk garant voor."), ["commit"])
        XCTAssertEqual(trust("Daar kan ik niet garant voor staan."), [])
    }

    func testVisitToTheAddressee() {
        XCTAssertEqual(trust("Vrijdagochtend komt de wagen bij u langs."), ["commit"])
        XCTAssertEqual(trust("Donderdag om tien uur sta ik met iemand van Groen bij u voor de deur."), ["commit"])
        XCTAssertEqual(trust("Morgen om tien uur ben ik bij u."), ["commit"])
        XCTAssertEqual(trust("Vrijdag komt de buurman bij u langs."), [])
        XCTAssertEqual(trust("Vrijdag kwam de wagen bij u langs."), [])
        XCTAssertEqual(trust("Morgen sta ik op de markt."), [])
        XCTAssertEqual(trust("Gisteren stond ik bij u voor de deur."), [])
    }

    func testTimedDispatchCommits() {
        XCTAssertEqual(trust("Volgende week dinsdag zet de aannemer hem terug."), ["commit"])
        XCTAssertEqual(trust("Volgende week dinsdag zet de aannemer hem niet terug."), [])
        XCTAssertEqual(trust("Volgende week zet de buurman hem terug."), [])
        XCTAssertEqual(trust("Zet de aannemer hem volgende week terug?"), [])
        XCTAssertEqual(trust("Morgen is de monteur vrij."), [])
        XCTAssertEqual(trust("Binnen staat de monteur te wachten."), [])
    }

    // MARK: ask_need

    func testWhatTheyWantFromUs() {
        XCTAssertEqual(trust("Stel dat u het voor het zeggen had, wat zou u dan van mij willen zien?"), ["ask_need"])
        XCTAssertEqual(trust("Wat wilt u van ons?"), ["ask_need"])
        XCTAssertEqual(trust("Wat wilt u van mij weten?"), [])
        XCTAssertEqual(trust("Wat wil hij van ons?"), [])
    }

    func testNeedAskedInAStatement() {
        XCTAssertEqual(trust("Dan hoor ik graag wat u nodig heeft om verder te kunnen."), ["ask_need"])
        XCTAssertEqual(trust("Laat u mij weten wat u nodig heeft."), ["ask_need"])
        XCTAssertEqual(trust("Ik weet precies wat u nodig heeft."), [])
        XCTAssertEqual(trust("Ik hoor graag wat u ervan vindt."), [])
    }

    // MARK: blame

    func testFaultRefusedWithAanrekenen() {
        XCTAssertEqual(trust("De raad heeft het budget geschrapt, dus reken het mij niet aan."), ["blame"])
        XCTAssertEqual(trust("Reken het mij maar aan."), [])
    }

    func testUpToMeButSomeoneElse() {
        XCTAssertEqual(trust("Als het aan mij had gelegen, stond die drempel er allang, maar Verkeer houdt het tegen."), ["blame"])
        XCTAssertEqual(trust("Als het aan mij ligt, komt die drempel er."), [])
        XCTAssertEqual(trust("Als het aan mij had gelegen, stond die drempel er allang, maar ik moet wachten op het plan."), [])
        XCTAssertEqual(trust("Als het aan ons lag, was het allang klaar, maar de provincie moet nog tekenen."), ["blame"])
        XCTAssertFalse(trust("Als het aan mij lag, kreeg u gelijk, maar de regels zijn anders.").contains("blame"))
    }

    func testNuisanceTracedToOtherPeople() {
        XCTAssertEqual(trust("De rommel komt toch vooral van de klanten van de snackbar."), ["blame"])
        XCTAssertTrue(trust("Het lawaai kwam door de bezoekers van het festival.").contains("blame"))
        XCTAssertEqual(trust("De overlast komt van de bouwplaats."), [])
        XCTAssertEqual(trust("De overlast komt niet van de klanten."), [])
        XCTAssertEqual(trust("Komt de rommel van de klanten?"), [])
    }

    func testResidentsGroupInACounterfactual() {
        XCTAssertEqual(trust("Als de buurt die handtekeningen op tijd had ingeleverd, lag de speeltuin er allang."), ["blame"])
        XCTAssertEqual(trust("Als we de buurt eerder hadden ingelicht, was dit niet gebeurd."), [])
        XCTAssertEqual(trust("Als de buurt het goed vindt, komt er een drempel."), [])
    }

    func testDecisionChangedByOthers() {
        XCTAssertEqual(trust("Wij deden precies wat er gevraagd werd; het was de wethouder die op het laatste moment van gedachten veranderde."), ["blame", "defend"])
        XCTAssertEqual(trust("De wethouder besloot het anders."), ["blame"])
        XCTAssertEqual(trust("Ik besloot u te bellen."), [])
    }

    func testCauseClauseBlamesNobody() {
        XCTAssertEqual(trust("Doordat twee collega's tegelijk uitvielen, is uw aanvraag blijven liggen."), ["explain"])
        XCTAssertEqual(trust("Doordat de aannemer het liet liggen, liep alles uit."), ["explain", "blame"])
    }

    // MARK: defend

    func testHeldToItDefends() {
        XCTAssertEqual(trust("We hebben ons aan de planning gehouden."), ["defend"])
        XCTAssertEqual(trust("Ik heb me aan mijn belofte gehouden."), ["defend"])
        XCTAssertEqual(trust("We hebben ons niet aan de planning gehouden."), [])
        XCTAssertEqual(trust("U heeft zich niet aan de afspraak gehouden."), [])
        XCTAssertEqual(trust("We hebben gisteren een vergadering gehouden."), [])
        XCTAssertEqual(trust("Wij voelen ons door de gemeente aan het lijntje gehouden."), [])
    }

    func testToldExactlyWhatWasDue() {
        XCTAssertEqual(trust("Ik heb u destijds precies verteld wat er in de regeling stond."), ["defend"])
        XCTAssertEqual(trust("Ik heb u niet precies verteld wat er in de regeling stond."), [])
        XCTAssertEqual(trust("Kunt u precies vertellen wat er gebeurde?"), [])
    }

    // MARK: minimize

    func testDiminutiveTimeCount() {
        XCTAssertEqual(trust("Twee weekjes extra wachten, daar overleeft u het wel mee."), ["minimize"])
        XCTAssertEqual(trust("Een paar daagjes geduld nog."), ["minimize"])
        XCTAssertEqual(trust("Twee weken extra wachten is lang."), [])
        XCTAssertEqual(trust("Over twee weekjes kom ik bij u langs."), [])
    }

    func testForgottenSoon() {
        XCTAssertEqual(trust("Over een jaar weet niemand meer dat dit speelde."), ["minimize"])
        XCTAssertEqual(trust("Niemand weet meer dan de buurt zelf."), [])
        XCTAssertEqual(trust("Hoe het precies zat, weet niemand meer."), [])
    }

    func testInvertedOnlyAbout() {
        XCTAssertEqual(trust("Excuses, al gaat het uiteindelijk maar om één gemiste ophaalronde."), ["apology", "minimize"])
        XCTAssertEqual(trust("Het gaat om een paar vragen."), [])
    }

    func testLittleWentWrongAndNotSoBig() {
        XCTAssertEqual(trust("Er is eerlijk gezegd niet zoveel misgegaan."), ["minimize"])
        XCTAssertEqual(trust("Zo'n groot probleem is het niet."), ["minimize"])
        // Round 8: owning that much went wrong acknowledges (it plays nothing down).
        XCTAssertEqual(trust("Er is veel misgegaan."), ["acknowledge"])
        XCTAssertEqual(trust("Het is een groot probleem."), [])
    }

    func testOwnShortfallIsNoMinimiser() {
        XCTAssertEqual(trust("Wat een energie hebben jullie hier al in gestoken, en van onze kant is dat nauwelijks beloond."), ["acknowledge"])
        XCTAssertEqual(trust("Wij hebben u nauwelijks geholpen."), [])
        XCTAssertEqual(trust("Het heeft nauwelijks overlast gegeven."), ["minimize"])
        XCTAssertEqual(trust("U heeft er nauwelijks last van gehad."), ["minimize"])
    }
}
