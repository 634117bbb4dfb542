/// Reads the habits of a good conversation: admit_unknown and reflect (helpful), compare_experience,
/// yes_but and advice (harmful). See labels.md "habits" and seeds/004 section 3.3.
struct HabitAnalyzer: Sendable {
    let admitUnknown: WordList
    let knowingVerbs: WordList
    let compare: WordList
    let reflect: WordList
    let yesButOpeners: WordList
    let yesButAcknowledgers: WordList
    let advice: WordList
    let addressees: WordList
    let firstPersonSubjects: WordList
    let obligationModals: WordList
    let pastMarkers: WordList
    let checkVerbs: WordList
    let uptakeWords: WordList
    let questionWords: WordList
    let placeSuffixes: WordList
    let adviceAnnouncers: WordList
    let imperatives: WordList
    let imperativeExceptions: WordList
    let invitationVerbs: WordList
    let subjectPronouns: WordList
    let livesOrWorks: WordList
    let livedOrWorked: WordList
    let experience: WordList
    let askVerbs: WordList
    let quoteVerbs: WordList
    /// Every word of every list: a word outside it right after "in" is taken for a place name.
    let knownWords: Set<String>

    init(lexicon: Lexicon) {
        var known = Set<String>()
        for list in lexicon.lists.values {
            known.formUnion(list.words)
            for phrases in list.phrases.values { for phrase in phrases { known.formUnion(phrase) } }
        }
        knownWords = known
        placeSuffixes = lexicon.list("place_suffixes")
        adviceAnnouncers = lexicon.list("advice_announcers")
        imperatives = lexicon.list("imperative_verbs")
        imperativeExceptions = lexicon.list("imperative_exceptions")
        invitationVerbs = lexicon.list("invitation_verbs")
        subjectPronouns = lexicon.list("subject_pronouns")
        questionWords = lexicon.list("question_words")
        admitUnknown = lexicon.list("admit_unknown_phrases")
        knowingVerbs = lexicon.list("knowing_verbs")
        compare = lexicon.list("compare_phrases")
        reflect = lexicon.list("reflect_phrases")
        yesButOpeners = lexicon.list("yes_but_openers")
        yesButAcknowledgers = lexicon.list("yes_but_acknowledgers")
        advice = lexicon.list("advice_phrases")
        addressees = lexicon.list("addressee_subjects")
        firstPersonSubjects = lexicon.list("first_person_subjects")
        obligationModals = lexicon.list("obligation_modals")
        pastMarkers = lexicon.list("past_markers")
        checkVerbs = lexicon.list("check_verbs")
        uptakeWords = lexicon.list("uptake_words")
        livesOrWorks = lexicon.list("lives_or_works")
        livedOrWorked = lexicon.list("lived_or_worked")
        experience = lexicon.list("experience_verbs")
        askVerbs = lexicon.list("ask_verbs")
        quoteVerbs = lexicon.list("quote_verbs")
    }

    /// - Parameter previous: the sentence before, for "Dat begrijp ik. Maar…".
    func analyze(_ s: Sentence, previous: Sentence?, into tags: inout Set<HabitTag>) {
        guard !s.isEmpty else { return }
        if (!s.endsWithQuestionMark || admitsBeforeQuestion(s)) && isAdmitUnknown(s) { tags.insert(.admitUnknown) }
        if isCompare(s) { tags.insert(.compareExperience) }
        if isReflect(s) { tags.insert(.reflect) }
        if isYesBut(s, previous: previous) { tags.insert(.yesBut) }
        if isAdvice(s) { tags.insert(.advice) }
    }

    /// "Geen idee, zal ik het even voor u uitzoeken?": a listed admission closing its own clause at the
    /// start of a question still admits; "Geen idee?" alone asks back.
    func admitsBeforeQuestion(_ s: Sentence) -> Bool {
        let n = admitUnknown.matchLength(in: s, at: 0)
        return n > 0 && n < s.count && s.commaBefore[n]
    }

    func isAdmitUnknown(_ s: Sentence) -> Bool {
        if let m = admitUnknown.firstMatch(in: s), !isLeadIn(s, from: m.index, to: s.clauseEnd(of: m.index)) { return true }
        // "ik weet … niet", "weet ik … nog niet", "we wisten het niet": own not-knowing in one clause.
        var i = 0
        while i < s.count {
            if knowingVerbs.contains(s, at: i),
               firstPersonSubjects.contains(s, at: i - 1) || firstPersonSubjects.contains(s, at: i + 1) {
                let end = s.clauseEnd(of: i)
                if s.firstIndex(in: Closed.negations, from: i + 1, to: end) != nil && !isLeadIn(s, from: i, to: end) { return true }
            }
            if knowingVerbs.contains(s, at: i) && isModalNotKnowing(s, verb: i) { return true }
            i += 1
        }
        return false
    }

    /// "Dat zou ik niet weten", "Dat kan ik nu nog niet weten": the infinitive after a modal, with the
    /// first-person subject and the negation before it in its clause. "Dat hoeft u niet te weten" and
    /// "Ik zou niet weten hoe u het volhoudt!" (a lead-in about the other) admit nothing.
    func isModalNotKnowing(_ s: Sentence, verb i: Int) -> Bool {
        guard s[i].equals("weten") else { return false }
        let start = s.clauseStart(of: i)
        guard let subject = firstPersonSubjects.firstIndex(in: s, from: max(start, i - 5), to: i),
              Closed.negations.contains(s[i - 1]) || Closed.negations.contains(s[i - 2]) && subject < i - 2 else { return false }
        guard Self.knowModals.contains(s[subject - 1]) || Self.knowModals.contains(s[subject + 1]) else { return false }
        return !isLeadIn(s, from: i, to: s.clauseEnd(of: i)) && !s.endsWithExclamation
    }

    static let knowModals: Set<String> = ["zou", "zouden", "kan", "kunnen", "zal", "zullen", "kon", "konden"]

    /// "Ik weet niet of u het al gehoord heeft, maar…" leads into news; "Ik weet niet hoe u het doet!"
    /// admires. Both are about the other, so nothing is admitted: "of/hoe" + the addressee, with "al"
    /// (already) in the clause or an exclamation mark.
    func isLeadIn(_ s: Sentence, from: Int, to end: Int) -> Bool {
        guard let o = s.firstIndex(in: ["of", "hoe"], from: from, to: end), addressees.contains(s, at: o + 1) else { return false }
        return s.endsWithExclamation || s.firstIndex(of: "al", from: o + 2).map { $0 < end } == true
    }

    /// A comparison only when the line does not refuse it outright: "De wijk waar ik eerder werkte was
    /// heel anders opgebouwd, dat kun je hier niet mee vergelijken" sets the places apart. ("In de wijk
    /// waar ik vroeger werkte, was het heel anders" still brings one's own experience in: held out.)
    func isCompare(_ s: Sentence) -> Bool {
        guard equatesExperience(s) || isLikeEarlierCase(s) else { return false }
        return !deniesLikeness(s)
    }

    /// "niet (mee) te vergelijken", "niet vergelijkbaar", "niet hetzelfde": the comparison refused in
    /// so many words. Only read once a comparison was found.
    func deniesLikeness(_ s: Sentence) -> Bool {
        for k in 1..<max(1, s.count) {
            let w = s[k]
            if w.equals("vergelijken") || w.equals("vergelijkbaar") || w.equals("hetzelfde") {
                let start = s.clauseStart(of: k)
                if s.firstIndex(in: Closed.negations, from: start, to: k) != nil { return true }
            }
        }
        return false
    }

    static let likeWords: Set<String> = ["als", "zoals"]

    /// "Dit is net als bij de speeltuin in de Rivierenwijk vorig jaar", "Het is precies zoals met de
    /// parkeerplaats in 2019": their case equated, in the opening words, with an earlier one (a past
    /// marker later in the line).
    func isLikeEarlierCase(_ s: Sentence) -> Bool {
        guard s[0].equals("dit") || s[0].equals("dat") || s[0].equals("het"), s[1].equals("is") || s[1].equals("was"),
              s[2].equals("net") || s[2].equals("precies") || s[2].equals("hetzelfde"), Self.likeWords.contains(s[3]),
              // The other case named ("bij de speeltuin", "met de parkeerplaats"); "net als vorig jaar" only recurs.
              s[4].equals("bij") || s[4].equals("met") else { return false }
        return pastMarkers.firstIndex(in: s, from: 4) != nil
    }

    func equatesExperience(_ s: Sentence) -> Bool {
        if let m = compare.firstMatch(in: s) {
            // "Dat heb ik ook gezegd", "Dat had ik ook kunnen bedenken": the have-form is an auxiliary there.
            let have = Closed.haveVerbs.contains(s[m.index + 1]) || Closed.hadForms.contains(s[m.index + 1])
            if !(have && hasVerbAfterHad(s, from: m.index + m.length)) { return true }
        }
        // "Bij mijn moeder in de flat is het hetzelfde", "bij ons was dat ook zo", "bij ons ging dat precies zo".
        if let b = s.firstIndex(of: "bij"), s[b + 1].equals("mij") || s[b + 1].equals("ons") || s[b + 1].equals("mijn"),
           s.firstIndex(of: "hetzelfde", from: b) != nil || s.firstIndex(of: "ook", from: b + 2) != nil || saysSame(s, from: b + 2) {
            return true
        }
        if isOtherPlace(s) || isOwnPlaceToo(s) { return true }
        // The rules below all need an "ook" ("zelf ook", "… dat ook", "… ook gehad"): one scan for it.
        let ook = s.firstIndex(of: "ook")
        if isRelativeElsewhere(s) || (ook != nil && (isCloseOneToo(s) || isSelfToo(s))) { return true }
        // "Toen ik in Almelo werkte, hadden we precies zo'n groep": one's own earlier place of work or home.
        if let t = s.firstIndex(of: "toen"), s[t + 1].equals("ik") || s[t + 1].equals("wij") || s[t + 1].equals("we") {
            // A comma right after "toen" ("En toen, ik weet het niet") ends the clause before "ik".
            let end = max(s.clauseEnd(of: t), t + 2)
            let livedOrWorked = livedOrWorked
            if (t + 2..<end).contains(where: { livedOrWorked.contains(s, at: $0) }) { return true }
        }
        // "In Oss hebben we dat ook gehad", "Wij hadden ook geen skatebaan": own experience set beside theirs.
        guard let ook, firstPersonSubjects.containsAny(s) else { return false }
        // "Dat had ik vorig jaar ook (met mijn aanvraag)": their case fronted as "dat", one's own had-form.
        let d = s[0].equals("oh") || s[0].equals("ach") || s[0].equals("o") ? 1 : 0
        if (s[d].equals("dat") || s[d].equals("dit")) && Closed.hadForms.contains(s[d + 1]) && firstPersonSubjects.contains(s, at: d + 2),
           ook < s.clauseEnd(of: d), !hasVerbAfterHad(s, from: d + 2) {
            return true
        }
        let lo = max(0, ook - 3), hi = min(s.count, ook + 4)
        var k = lo
        while k < hi {
            if experience.contains(s, at: k) {
                // "Dat had ik ook kunnen bedenken", "Dat hadden we ook gezegd": "had" as an auxiliary is no experience.
                if Closed.hadForms.contains(s[k]) && hasVerbAfterHad(s, from: k + 1) { k += 1; continue }
                return true
            }
            k += 1
        }
        return false
    }

    /// "U vroeg wat ik zou doen: …", "Omdat je me om een tip vroeg: …" (advice asked for) and "Mijn
    /// collega zei laatst: 'Als ik jou was…'" (someone else's advice quoted): a verb of asking or saying
    /// whose subject is not the speaker (for saying: nor the addressee, "U zegt…, maar u moet gewoon…"
    /// still advises), in a clause before the rest of the sentence.
    func isAskedOrQuoted(_ s: Sentence) -> Bool {
        if askVerbs.mayMatch(s), let v = askVerbs.firstIndex(in: s), reportedBySomeoneElse(s, verb: v, addresseeCounts: true) { return true }
        // A quote follows its verb at once ("zei laatst: …"); "De wethouder zegt dat het goed is, maar u moet
        // gewoon…" reports a view and then advises in one's own words.
        if quoteVerbs.mayMatch(s), let v = quoteVerbs.firstIndex(in: s), s.clauseEnd(of: v) - v <= 3,
           reportedBySomeoneElse(s, verb: v, addresseeCounts: false) {
            return true
        }
        return false
    }

    func reportedBySomeoneElse(_ s: Sentence, verb v: Int, addresseeCounts: Bool) -> Bool {
        guard s.clauseEnd(of: v) < s.count else { return false }
        let start = s.clauseStart(of: v)
        // The subject: the first pronoun of the clause, or the one right after an inverted verb.
        var k = start
        while k < v {
            if subjectPronouns.contains(s, at: k) || addressees.contains(s, at: k) {
                return !firstPersonSubjects.contains(s, at: k) && (addresseeCounts || !addressees.contains(s, at: k))
            }
            k += 1
        }
        return !firstPersonSubjects.contains(s, at: v + 1) && (addresseeCounts || !addressees.contains(s, at: v + 1))
    }

    /// Whether a participle or a modal infinitive follows in the clause: then "had" is an auxiliary.
    func hasVerbAfterHad(_ s: Sentence, from: Int) -> Bool {
        let end = s.clauseEnd(of: from)
        let experience = experience
        return (from..<end).contains {
            (Participle.isLikely(s[$0]) && !experience.contains(s, at: $0)) || Closed.infinitiveModals.contains(s[$0]) || Closed.mustHaves.contains(s[$0])
        }
    }

    /// "In Deventer hebben ze een buurtpot", "In de Schilderswijk ging het net zo", "In Arnhem werkte het
    /// prima, maar of het hier ook werkt…": a sentence opening on another place, told as a story beside
    /// theirs: "ze/men" there, "hier" set against it, or the same outcome ("net zo", "hetzelfde").
    /// The place is an unknown word right after "in" (a name: the tokenizer folds capitals away) or a
    /// "-wijk/-straat/-stad…" compound after "in de/het". "In uw wijk…" is their own place.
    func isOtherPlace(_ s: Sentence) -> Bool {
        guard s[0].equals("in") else { return false }
        let p = s[1].equals("de") || s[1].equals("het") ? 2 : 1
        let place = s[p]
        var isPlace = false
        if p == 1 {
            isPlace = place.utf8.count > 2 && !knownWords.contains(place)
        } else {
            for suffix in placeSuffixes.words where place.endsWith(suffix) && place.utf8.count > suffix.utf8.count + 2 {
                isPlace = true
                break
            }
        }
        guard isPlace else { return false }
        let generic = s[p + 2].equals("ze") || s[p + 2].equals("men")
        return generic || s.firstIndex(of: "hier", from: p + 1) != nil || s.firstIndex(of: "hetzelfde", from: p + 1) != nil
            || saysSame(s, from: p + 1)
    }

    /// "In mijn eigen straat speelde dat vorig jaar ook", "Zo ging het in Coevorden ook", "Precies wat wij
    /// in de Schadewijk zagen, daar ging het net zo": one's own or another place named anywhere in the
    /// first clause, with the same thing said to happen there ("ook" in a "zo"-clause, "net zo").
    func isOwnPlaceToo(_ s: Sentence) -> Bool {
        // "in" opening the line or a clause ("Herkenbaar hoor, in mijn eigen straat…"), or in the first clause.
        guard let i = s.firstIndex(of: "in"), i < s.clauseEnd(of: 0) || s.clauseStarts(at: i) else { return false }
        var p = i + 1
        let own = s[p].equals("mijn") || s[p].equals("onze") || s[p].equals("ons")
        if own { p += 1; if s[p].equals("eigen") || s[p].equals("oude") || s[p].equals("vorige") { p += 1 } }
        else if s[p].equals("de") || s[p].equals("het") { p += 1 }
        let place = s[p]
        var isPlace = p == i + 1 && place.utf8.count > 2 && !knownWords.contains(place)
        if !isPlace {
            for suffix in placeSuffixes.words where place.endsWith(suffix) { isPlace = true; break }
        }
        guard isPlace else { return false }
        if saysSame(s, from: p + 1) || s.firstIndex(of: "hetzelfde", from: p + 1) != nil { return true }
        // "ook" in the place's clause: with one's own place ("in mijn straat … ook"), or in a clause
        // that opens on "zo" ("Zo ging het in Coevorden ook").
        let end = s.clauseEnd(of: p)
        guard let o = s.firstIndex(of: "ook", from: p + 1), o < end else { return false }
        return own || s[s.clauseStart(of: i)].equals("zo")
    }

    /// "Mijn broer woont in Zwolle en daar wachten ze ook…", "Onze dochter werkt in Leiden, daar speelde
    /// dat ook": someone close to the speaker lives or works elsewhere, and "daar" is set beside their case.
    func isRelativeElsewhere(_ s: Sentence) -> Bool {
        guard s[0].equals("mijn") || s[0].equals("onze") || s[0].equals("ons"), livesOrWorks.contains(s, at: 2) || livesOrWorks.contains(s, at: 3) else { return false }
        // "Mijn moeder woont ook naast zo'n buurman": "ook" after the verb and "zo'n/zulke" (the same kind).
        let v = livesOrWorks.contains(s, at: 2) ? 2 : 3
        if s[v + 1].equals("ook"), let z = s.firstIndex(in: ["zo'n", "zulke", "zulk"], from: v + 2), z < s.clauseEnd(of: v) { return true }
        guard let d = s.firstIndex(of: "daar", from: 4) else { return false }
        return s.firstIndex(of: "ook", from: d + 1) != nil || s.firstIndex(of: "hetzelfde", from: d + 1) != nil || saysSame(s, from: d + 1)
    }

    /// "Mijn buren hebben dat ook", "Onze zoon had dat ook": someone close to the speaker has their
    /// problem too (the had/have form followed by "dat/het … ook").
    func isCloseOneToo(_ s: Sentence) -> Bool {
        guard s[0].equals("mijn") || s[0].equals("onze") || s[0].equals("ons") else { return false }
        for v in 2...3 where experience.contains(s, at: v) || Closed.haveVerbs.contains(s[v]) || Closed.hadForms.contains(s[v]) {
            // "Mijn collega heeft het ook gezien" uses the have-form as an auxiliary: no participle may follow.
            if (s[v + 1].equals("dat") || s[v + 1].equals("het")) && s[v + 2].equals("ook"),
               !(v + 3..<s.clauseEnd(of: v)).contains(where: { Participle.isLikely(s[$0]) }) {
                return true
            }
        }
        return false
    }

    /// "Ik heb zelf ook jaren naast een kroeg gewoond", "Wij hebben zelf ook zo'n buurman gehad": "zelf
    /// ook" after a first-person subject, in a clause that tells an experience (experience_verbs,
    /// lived_or_worked) — one's own story set beside theirs. "Ik heb zelf ook gebeld" tells an act.
    func isSelfToo(_ s: Sentence) -> Bool {
        guard let z = s.firstIndex(of: "zelf"), s[z + 1].equals("ook"), firstPersonSubjects.firstIndex(in: s, from: s.clauseStart(of: z), to: z) != nil else { return false }
        let end = s.clauseEnd(of: z)
        let experience = experience, livedOrWorked = livedOrWorked
        return (z + 2..<end).contains { (experience.contains(s, at: $0) && !Closed.hadForms.contains(s[$0])) || livedOrWorked.contains(s, at: $0) }
    }

    /// "precies zo", "net zo", "net zoals": the other's situation declared the same as one's own.
    func saysSame(_ s: Sentence, from start: Int) -> Bool {
        var k = start
        while k + 1 < s.count {
            if (s[k].equals("precies") || s[k].equals("net") || s[k].equals("eender")) && (s[k + 1].equals("zo") || s[k + 1].equals("zoals")) { return true }
            k += 1
        }
        return false
    }

    /// Words an acknowledging first clause starts with besides the acknowledgement itself ("Dat klopt",
    /// "Ik snap het", "U heeft gelijk", "Helemaal waar").
    static let acknowledgingSubjects: Set<String> = ["dat", "ik", "u", "je", "jij", "jullie", "we", "wij", "het", "daar", "helemaal", "heel"]

    func isReflect(_ s: Sentence) -> Bool {
        var i = reflect.mayMatch(s) ? 0 : s.count
        while i < s.count {
            if reflect.matchLength(in: s, at: i) > 0 {
                // "Wat bedoelt u met overlast?" asks; "Ik begrijp wat u bedoelt" is no reflection either.
                let c = s.clauseStart(of: i)
                if questionWords.firstIndex(in: s, from: c, to: i) == nil { return true }
            }
            i += 1
        }
        // "Jullie vinden dus…", "Jij wilt dus…": the other's view given back.
        var c = 0
        while c < s.count {
            if addressees.contains(s, at: c) && s[c + 2].equals("dus") && !obligationModals.contains(s, at: c + 1) { return true }
            // "U zit er dus vooral mee dat…", "Jullie hebben het dus gemeld": a pronoun between verb and "dus".
            if addressees.contains(s, at: c) && s[c + 3].equals("dus") && (s[c + 2].equals("er") || s[c + 2].equals("het") || s[c + 2].equals("dat"))
                && !obligationModals.contains(s, at: c + 1) {
                return true
            }
            c = s.clauseEnd(of: c)
        }
        // Sentence-initial "Dus u…", "Dus jullie…" gives back what was heard.
        if s[0].equals("dus"), addressees.contains(s, at: 1), !obligationModals.contains(s, at: 2) { return true }
        if isSoSummary(s) { return true }
        if isCheckedSummary(s) { return true }
        // "Dus voor u is het grootste probleem…": their view given back, with them as the measure.
        if s[0].equals("dus"), s[1].equals("voor"), addressees.contains(s, at: 2) || s[2].equals("jou") { return true }
        // "Voor jou draait het dus om…", "Voor u gaat het dus om…": the same, with "dus" after the verb.
        // "Voor u heb ik dus niets" is no reflection: the subject after the verb must be "het/dat".
        if s[0].equals("voor"), addressees.contains(s, at: 1) || s[1].equals("jou"), ["het", "dat", "dit"].contains(s[3]), s[4].equals("dus") { return true }
        return false
    }

    /// "Even checken: jullie willen de moestuin zelf beheren", "Even samenvatten, u wilt vooral rust": a
    /// check announced, then their view given back with them as the subject. Fixed positions only;
    /// "Even checken, ik pak uw dossier erbij" goes on about oneself, "Even kijken: …" checks nothing of theirs.
    func isCheckedSummary(_ s: Sentence) -> Bool {
        guard s[0].equals("even"), checkVerbs.contains(s, at: 1), s.count > 4, s.commaBefore[2] else { return false }
        return addressees.contains(s, at: 2) && !obligationModals.contains(s, at: 3)
    }

    /// "Oké, dus het lawaai begint pas na middernacht", "Dus het gaat u vooral om de parkeerdruk": a
    /// conclusion drawn from what the other said, after an uptake word ("oké, aha, juist") or with
    /// the addressee in it. Not one's own plan ("Dus ik bel u morgen"), not an obligation ("Dus u moet…"),
    /// not a question.
    func isSoSummary(_ s: Sentence) -> Bool {
        // "dus" opens the line or follows the uptake word: two compares before any list test.
        guard !s.endsWithQuestionMark, s[0].equals("dus") || s[1].equals("dus") else { return false }
        var d = 0
        let uptake = uptakeWords.contains(s, at: 0) && s.commaBefore[min(1, s.count - 1)]
        if uptake { d = 1 }
        guard s[d].equals("dus"), s.count > d + 3, !firstPersonSubjects.contains(s, at: d + 1) else { return false }
        let end = s.clauseEnd(of: d)
        if (d + 1..<end).contains(where: { obligationModals.contains(s, at: $0) || firstPersonSubjects.contains(s, at: $0) }) { return false }
        return uptake || (d + 1..<end).contains(where: { addressees.contains(s, at: $0) })
    }

    /// "Ja, maar…", "Dat snap ik, maar…", or an acknowledging first clause followed by "maar".
    func isYesBut(_ s: Sentence, previous: Sentence?) -> Bool {
        let n = yesButOpeners.matchLength(in: s, at: 0)
        if n > 0 && s[n].equals("maar") { return true }
        if isLaterYesBut(s) { return true }
        // "Dat begrijp ik wel, alleen…", "Dat kan allemaal waar zijn, toch blijft…": "alleen", "toch" and
        // "echter" open the objection as "maar" does, when a verb follows (not "…, toch?" or "…, alleen de ingang").
        // The cheap test on the opening word first: most lines never reach the scan.
        let acknowledgingOpening = n > 0 || yesButAcknowledgers.contains(s, at: 0) || Self.acknowledgingSubjects.contains(s[0])
        if acknowledgingOpening, let m = s.firstIndex(in: Self.butWords, from: 2, to: min(s.count, 8)), s.commaBefore[m],
           m + 2 < s.count, finiteVerbAfterBut(s, at: m) {
            var k = s.clauseStart(of: m - 1)
            while k < m {
                if yesButAcknowledgers.contains(s, at: k) { return true }
                k += 1
            }
        }
        if s[0].equals("maar"), let p = previous, p.count <= 6, yesButAcknowledgers.containsAny(p) || yesButOpeners.matchLength(in: p, at: 0) == p.count {
            return true
        }
        // Short clauses that acknowledge ("Ja, dat is zo, maar…", "Dat klopt, maar…"), then "maar". The line
        // must open on the acknowledgement or on its subject: "In Arnhem werkte het prima, maar…" tells
        // a story, it does not grant the other's point.
        if let m = s.firstIndex(of: "maar", from: 1), s.commaBefore[m], m <= 6,
           n > 0 || yesButAcknowledgers.contains(s, at: 0) || Self.acknowledgingSubjects.contains(s[0]) {
            // The acknowledgement sits in the clause right before "maar": "Ja, ik kom morgen, maar…" grants nothing.
            var k = s.clauseStart(of: m - 1)
            while k < m {
                if yesButAcknowledgers.contains(s, at: k) { return true }
                if s.clauseStarts(at: k) && yesButOpeners.matchLength(in: s, at: k) > 0 { return true }
                k += 1
            }
        }
        return false
    }

    /// "Dus u zegt dat het plan te snel gaat, ja maar het college heeft al besloten": "ja maar" opening
    /// a later clause turns against what was just taken up, as it does at the start of a line.
    func isLaterYesBut(_ s: Sentence) -> Bool {
        guard yesButOpeners.mayMatch(s) else { return false }
        var k = 1
        while k + 2 < s.count {
            if s.commaBefore[k] && s[k].equals("ja") && s[k + 1].equals("maar") { return true }
            k += 1
        }
        return false
    }

    static let butWords = ["alleen", "toch", "echter"]

    /// Inverted word order after the objection word: a verb, then its subject ("alleen heeft de wethouder",
    /// "toch blijft de vergunning"). "Alleen de zijingang is open" restricts instead.
    func finiteVerbAfterBut(_ s: Sentence, at m: Int) -> Bool {
        let v = s[m + 1]
        return !Self.noVerb.contains(v) && (v.endsWith("t") || v.endsWith("n") || Closed.haveVerbs.contains(v) || v.equals("is") || v.equals("ben") || v.equals("kan") || v.equals("wil") || v.equals("zal") || v.equals("moet"))
    }

    static let noVerb: Set<String> = ["de", "het", "een", "geen", "mijn", "dat", "dit", "die", "met", "niet", "wat", "echt", "even", "tegen", "in", "van", "om", "voor", "toen", "dan", "nu"]

    /// "…, dat moet u ook doen", "Dat moeten jullie ook eens proberen": one's own example held up for
    /// the addressee to follow ("dat" + an obligation modal + the addressee + "ook", a clause of its own).
    /// "Dat moet u zelf weten" leaves it to them; a question asks.
    func isFollowMyExample(_ s: Sentence) -> Bool {
        guard !s.endsWithQuestionMark, obligationModals.mayMatch(s), let m = obligationModals.firstIndex(in: s), m >= 1 else { return false }
        guard s[m - 1].equals("dat") || s[m - 1].equals("dit"), s.clauseStarts(at: m - 1), addressees.contains(s, at: m + 1) else { return false }
        let end = max(s.clauseEnd(of: m), m + 2)
        // "Dat moeten jullie ook weten" informs: the act to copy must be a doing.
        if s[end - 1].equals("weten") || s[end - 1].equals("zijn") { return false }
        return s.firstIndex(of: "ook", from: m + 2).map { $0 < end } == true && !(m + 2..<end).contains { Closed.negations.contains(s[$0]) }
    }

    func isAdvice(_ s: Sentence) -> Bool {
        // "Mag ik u een tip geven?", "Zal ik u iets aanraden?": asking leave to advise is not advising yet.
        if s.endsWithQuestionMark && (s[0].equals("mag") || s[0].equals("zal")) && s[1].equals("ik") { return false }
        if isAskedOrQuoted(s) { return false }
        if let m = advice.firstMatch(in: s) {
            // "Dan moet u gewoon…" advises; opening the line, "Moet u gewoon betalen?" asks.
            if m.index > 0 || !obligationModals.contains(s, at: 0) { return true }
            if advice.firstMatch(in: s, from: 1) != nil { return true }
        }
        // "Ik zou zeggen: schrijf…", "Ik zou zeggen, bel…": advice announced, then given in its own clause
        // ("Ik zou zeggen dat het goed ging" only judges).
        if adviceAnnouncers.mayMatch(s), let m = adviceAnnouncers.firstMatch(in: s), m.index + m.length < s.count,
           s.commaBefore[m.index + m.length] {
            return true
        }
        // "Zet het gewoon op Facebook", "probeer dat eens": a listed imperative opening a clause, with
        // "gewoon" or "eens" pushing it ("Vertel eens…" invites, see invitation_verbs).
        var c = imperatives.mayMatch(s) ? 0 : s.count
        while c < s.count {
            let end = s.clauseEnd(of: c)
            if imperatives.matchLength(in: s, at: c) > 0, imperativeExceptions.matchLength(in: s, at: c) == 0,
               !invitationVerbs.contains(s, at: c), !subjectPronouns.contains(s, at: c + 1), !s.endsWithQuestionMark,
               (c + 1..<min(end, c + 4)).contains(where: { s[$0].equals("gewoon") || s[$0].equals("eens") }) {
                return true
            }
            c = end
        }
        if isFollowMyExample(s) { return true }
        // "U zou met de buren moeten praten": should-advice to the addressee.
        if let z = s.firstIndex(in: Closed.shouldModals), addressees.contains(s, at: z + 1) || addressees.contains(s, at: z - 1),
           s.firstIndex(of: "moeten", from: z + 1) != nil {
            return true
        }
        return false
    }
}
