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
    let formerPlaceNouns: WordList
    let formerWords: WordList
    let wouldWishes: WordList
    let spreadWords: WordList
    let seeingVerbs: WordList
    let wouldDoVerbs: WordList
    let adviceNudges: WordList
    let reflectClauseOpeners: WordList
    let adviceAdjectives: WordList
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
        formerPlaceNouns = lexicon.list("former_place_nouns")
        formerWords = lexicon.list("former_words")
        wouldWishes = lexicon.list("would_wishes")
        spreadWords = lexicon.list("spread_words")
        seeingVerbs = lexicon.list("seeing_verbs")
        wouldDoVerbs = lexicon.list("would_do_verbs")
        adviceNudges = lexicon.list("advice_nudges")
        reflectClauseOpeners = lexicon.list("reflect_clause_openers")
        adviceAdjectives = lexicon.list("advice_adjectives")
    }

    /// - Parameter previous: the sentence before, for "Dat begrijp ik. Maar…".
    func analyze(_ s: Sentence, previous: Sentence?, into tags: inout Set<HabitTag>) {
        guard !s.isEmpty else { return }
        if (!s.endsWithQuestionMark || admitsBeforeQuestion(s)) && isAdmitUnknown(s) { tags.insert(.admitUnknown) }
        if isCompare(s) { tags.insert(.compareExperience) }
        let reflects = isReflect(s)
        if reflects { tags.insert(.reflect) }
        if isYesBut(s, previous: previous) || (reflects && isReflectThenBut(s)) { tags.insert(.yesBut) }
        if isAdvice(s) { tags.insert(.advice) }
    }

    /// "Geen idee, zal ik het even voor u uitzoeken?": a listed admission closing its own clause at the
    /// start of a question still admits; "Geen idee?" alone asks back.
    func admitsBeforeQuestion(_ s: Sentence) -> Bool {
        let n = admitUnknown.matchLength(in: s, at: 0)
        return n > 0 && n < s.count && s.commaBefore[n]
    }

    func isAdmitUnknown(_ s: Sentence) -> Bool {
        if let m = admitUnknown.firstMatch(in: s), !isLeadIn(s, from: m.index, to: s.clauseEnd(of: m.index)), !isLitotes(s, m.index + m.length) { return true }
        // "ik weet … niet", "weet ik … nog niet", "we wisten het niet": own not-knowing in one clause.
        var i = 0
        while i < s.count {
            if knowingVerbs.contains(s, at: i),
               firstPersonSubjects.contains(s, at: i - 1) || firstPersonSubjects.contains(s, at: i + 1) {
                let end = s.clauseEnd(of: i)
                // "Ik ken de regels niet uit mijn hoofd" admits; "Ik ken geen betere buurt" praises: "kennen" with "niet" only.
                let negated = s[i].startsWith("ken") ? s.firstIndex(of: "niet", from: i + 1).map { $0 < end } == true
                    : s.firstIndex(in: Closed.negations, from: i + 1, to: end) != nil
                if negated && !isLeadIn(s, from: i, to: end) { return true }
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

    /// "Ik kan niet zeggen dat ik blij ben" (litotes) or "ik durf niet te zeggen dat het goed gaat" says
    /// something about a fact, not that one does not know: a saying phrase followed by "dat".
    func isLitotes(_ s: Sentence, _ end: Int) -> Bool {
        s[end - 1].equals("zeggen") && s[end].equals("dat") && !s.commaBefore[min(end, s.count - 1)]
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
        if let m = compare.firstMatch(in: s), !asksTheirExperience(s, at: m.index), !isNegatedMatch(s, at: m.index, length: m.length) {
            // "Dat heb ik ook gezegd", "Dat had ik ook kunnen bedenken": the have-form is an auxiliary there.
            let have = Closed.haveVerbs.contains(s[m.index + 1]) || Closed.hadForms.contains(s[m.index + 1])
            if !(have && hasVerbAfterHad(s, from: m.index + m.length)) { return true }
        }
        if isFormerPlace(s) || isSeenElsewhere(s) { return true }
        // "Bij mijn moeder in de flat is het hetzelfde", "bij ons was dat ook zo", "bij ons ging dat precies zo".
        if let b = s.firstIndex(of: "bij"), s[b + 1].equals("mij") || s[b + 1].equals("ons") || s[b + 1].equals("mijn"),
           s.firstIndex(of: "hetzelfde", from: b) != nil || s.firstIndex(of: "ook", from: b + 2) != nil || saysSame(s, from: b + 2) {
            return true
        }
        if isOtherPlace(s) || isOwnPlaceToo(s) { return true }
        // The rules below all need an "ook" ("zelf ook", "… dat ook", "… ook gehad"): one scan for it.
        let ook = s.firstIndex(of: "ook")
        if isRelativeElsewhere(s) || isCloseOneToo(s) || (ook != nil && isSelfToo(s)) { return true }
        // "Toen ik in Almelo werkte, hadden we precies zo'n groep": one's own earlier place of work or home.
        if let t = s.firstIndex(of: "toen"), s[t + 1].equals("ik") || s[t + 1].equals("wij") || s[t + 1].equals("we") {
            // A comma right after "toen" ("En toen, ik weet het niet") ends the clause before "ik".
            let end = max(s.clauseEnd(of: t), t + 2)
            let livedOrWorked = livedOrWorked
            if (t + 2..<end).contains(where: { livedOrWorked.contains(s, at: $0) }) { return true }
            // "toen wij in onze straat hetzelfde hadden": the same thing had (not "toen we dat hadden besproken").
            if let h = s.firstIndex(of: "hetzelfde", from: t + 2), h < end,
               let k = (t + 2..<end).first(where: { experience.contains(s, at: $0) }),
               !(Closed.hadForms.contains(s[k]) && hasVerbAfterHad(s, from: k + 1)) {
                return true
            }
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

    /// "Ik heb nog nooit zoiets meegemaakt", "Dat ken ik niet", "Dat herken ik helemaal niet": the likeness
    /// denied, by a negation just before the phrase or right after it.
    func isNegatedMatch(_ s: Sentence, at m: Int, length: Int) -> Bool {
        let e = m + length
        // After the phrase only for recognising ("Dat ken ik niet", "herken ik niet"): "daar werkte het niet"
        // still tells the other place's experience.
        let last = s[e - 1]
        let recognises = last.equals("ik") || last.equals("we") || last.equals("wij") || last.startsWith("ken") || last.startsWith("herken")
        if recognises && (s[e].equals("niet") || s[e].equals("nooit") || (s[e + 1].equals("niet") && Self.degreeWords.contains(s[e]))) { return true }
        return m >= 1 && (s[m - 1].equals("nooit") || s[m - 1].equals("niet") || s[m - 1].equals("geen"))
            || m >= 2 && (s[m - 2].equals("nooit") || s[m - 2].equals("nog") && s[m - 1].equals("nooit"))
    }

    static let degreeWords: Set<String> = ["echt", "helemaal", "totaal", "absoluut", "zeker"]

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

    /// "Heeft u in andere gemeenten gezien hoe ze dit aanpakken?": a verb-first question to the addressee
    /// asks about their experience; the compare phrase in its first clause equates nothing.
    func asksTheirExperience(_ s: Sentence, at m: Int) -> Bool {
        s.endsWithQuestionMark && addressees.contains(s, at: 1) && !firstPersonSubjects.contains(s, at: 0) && m < s.clauseEnd(of: 0)
    }


    /// "Op mijn vorige plek, in Almelo, losten we dat op", "Bij onze oude afdeling ging dat zo": one's own
    /// former place of work or home (`former_place_nouns.txt`) brought in. "In mijn vorige brief…" names none.
    func isFormerPlace(_ s: Sentence) -> Bool {
        guard formerPlaceNouns.mayMatch(s) else { return false }
        var k = 3
        while k < s.count {
            if formerPlaceNouns.contains(s, at: k), formerWords.contains(s, at: k - 1),
               s[k - 2].equals("mijn") || s[k - 2].equals("onze") || s[k - 2].equals("ons"),
               s[k - 3].equals("op") || s[k - 3].equals("in") || s[k - 3].equals("bij") {
                return true
            }
            k += 1
        }
        return false
    }

    static let seenObjects: Set<String> = ["dat", "dit", "zoiets", "het"]
    /// Words that open a clause's subject after a conjunction "dat" ("dat dit…", "dat de buurt…").
    static let clauseSubjectOpeners: Set<String> = ["dit", "dat", "het", "er", "de", "een", "deze", "die", "uw", "mijn", "onze", "ons", "jullie", "hun", "zijn", "haar", "veel", "niemand", "iedereen"]

    /// "Wat u beschrijft, zie ik in elke wijk terug", "Dat hoor ik vaker", "Ik zie dat overal": their case
    /// (fronted "dat/dit/zoiets", or a "wat …" clause before) seen or heard by oneself in many other places
    /// (`spread_words.txt`). "Dat zie ik graag terug in het plan" spreads nothing; "Ik zie u vaker in het
    /// buurthuis" sees the person; "Dat hoor ik vaker van u" hears them.
    func isSeenElsewhere(_ s: Sentence) -> Bool {
        guard spreadWords.mayMatch(s), !s.endsWithQuestionMark else { return false }
        var v = 1
        while v < s.count {
            if seeingVerbs.contains(s, at: v) || s[v].equals("zien") || s[v].equals("horen") {
                var object = false
                if firstPersonSubjects.contains(s, at: v + 1) {
                    // Inverted: the object fronted in the clause, or a "wat …" clause before it.
                    let c = s.clauseStart(of: v)
                    object = (c == v - 1 && Self.seenObjects.contains(s[c])) || (c == v && c > 0 && s[s.clauseStart(of: c - 1)].equals("wat"))
                } else if firstPersonSubjects.contains(s, at: v - 1) && s.clauseStarts(at: v - 1) {
                    // "Ik zie dat dit veel onrust geeft": "dat" opening a clause with its own subject is no object.
                    object = Self.seenObjects.contains(s[v + 1])
                        && !(s[v + 1].equals("dat") && (subjectPronouns.contains(s, at: v + 2) || Self.clauseSubjectOpeners.contains(s[v + 2])))
                }
                if object {
                    let end = s.clauseEnd(of: v)
                    if spreadWords.firstIndex(in: s, from: v + 2, to: end) != nil && addressees.firstIndex(in: s, from: v + 2, to: end) == nil { return true }
                }
            }
            v += 1
        }
        return false
    }

    /// "In Deventer hebben ze een buurtpot", "In de Schilderswijk ging het net zo", "In Arnhem werkte het
    /// prima, maar of het hier ook werkt…": a sentence opening on another place, told as a story beside
    /// theirs: "ze/men" there, "hier" set against it, or the same outcome ("net zo", "hetzelfde").
    /// The place is an unknown word right after "in" (a name: the tokenizer folds capitals away) or a
    /// "-wijk/-straat/-stad…" compound after "in de/het". "In uw wijk…" is their own place.
    func isOtherPlace(_ s: Sentence) -> Bool {
        guard s[0].equals("in") else { return isContrastedPlace(s) }
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

    /// "Hoe dat hier geregeld is weet ik niet, maar in Almelo ging het altijd via de corporatie": a later
    /// clause opening on "(maar) in <name>" tells how it went there (verb, then "het/dat/ze/men"), set
    /// against "hier" earlier in the line. "Ik woon hier, maar in Almelo ben ik geboren" tells of oneself.
    func isContrastedPlace(_ s: Sentence) -> Bool {
        guard let h = s.firstIndex(of: "hier"), let i = s.firstIndex(of: "in", from: h + 1) else { return false }
        guard s.clauseStarts(at: i) || (s[i - 1].equals("maar") && s.clauseStarts(at: i - 1)) else { return false }
        let place = s[i + 1]
        guard place.utf8.count > 2, !knownWords.contains(place) else { return false }
        let subject = s[i + 3]
        return subject.equals("het") || subject.equals("dat") || subject.equals("ze") || subject.equals("men")
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
            // "Mijn buurman had ook zoiets", "Mijn zus heeft ook zo'n buurman gehad": the same kind of thing.
            if s[v + 1].equals("ook") && Self.sameKindWords.contains(s[v + 2]),
               !(v + 3..<s.clauseEnd(of: v)).contains(where: { Participle.isLikely(s[$0]) && !experience.contains(s, at: $0) }) {
                return true
            }
            if (s[v + 1].equals("dat") || s[v + 1].equals("het")) && s[v + 2].equals("ook"),
               !(v + 3..<s.clauseEnd(of: v)).contains(where: { Participle.isLikely(s[$0]) }) {
                return true
            }
            // "Mijn zus had hetzelfde met haar buren en is toen…": the same thing had, up to "en/maar"
            // ("Mijn buurman heeft hetzelfde gevraagd" uses the have-form as an auxiliary).
            if s[v + 1].equals("hetzelfde") {
                var k = v + 2
                let end = s.clauseEnd(of: v)
                while k < end && !s[k].equals("en") && !s[k].equals("maar") {
                    if Participle.isLikely(s[k]) { break }
                    k += 1
                }
                if k == end || s[k].equals("en") || s[k].equals("maar") { return true }
            }
        }
        return false
    }

    static let sameKindWords: Set<String> = ["zoiets", "zo'n", "zulke", "zulk", "hetzelfde", "dezelfde"]

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
            // "hadden we precies zo'n gedoe": the same kind of thing.
            if (s[k].equals("precies") || s[k].equals("net")) && (s[k + 1].equals("zo'n") || s[k + 1].equals("zulke")) { return true }
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
            // "U maakt zich dus vooral druk om…", "Jullie ergeren je dus aan…": a reflexive verb of theirs.
            // "U kunt zich dus aanmelden" informs: no modal before the pronoun.
            if addressees.contains(s, at: c) && s[c + 3].equals("dus") && (s[c + 2].equals("zich") || s[c + 2].equals("je"))
                && !obligationModals.contains(s, at: c + 1) && !Closed.offerModals.contains(s[c + 1]) && !s[c + 1].equals("kunt") {
                return true
            }
            // "U wilt weten of…", "Jullie vragen zich af wanneer…" (`reflect_clause_openers.txt`) opening a clause.
            if reflectClauseOpeners.matchLength(in: s, at: c) > 0 { return true }
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
        // "Klopt, alleen is dat…": a one-word acknowledgement lets the objection word stand second.
        let butFrom = yesButAcknowledgers.matchLength(in: s, at: 0) == 1 ? 1 : 2
        if acknowledgingOpening, let m = s.firstIndex(in: Self.butWords, from: butFrom, to: min(s.count, 8)), s.commaBefore[m],
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

    /// "U vindt dus dat de bomen moeten blijven staan, maar dat gaat echt niet": their view given back,
    /// then a "maar" clause that sets one's own against it. "…, maar ook dat…", "…, maar u wilt ook…" or
    /// "…, maar wel minder overlast" goes on giving back their view. Asked only after a reflection was found.
    func isReflectThenBut(_ s: Sentence) -> Bool {
        guard !s.endsWithQuestionMark, let m = s.firstIndex(of: "maar", from: 3), s.commaBefore[m] else { return false }
        // One's own clause: a subject of one's own side or the matter ("maar dat gaat niet", "maar ik zie…");
        // "…, maar wel minder overlast" and "…, maar zonder kosten" still give back their wish.
        if Self.counterSubjects.contains(s[m + 1]) && m + 2 < s.count { return true }
        // "…, maar u had zelf ook eerder kunnen bellen", "…, maar jullie moeten ook begrijpen dat…": the
        // addressee held to what they could or must do is one's own side set against their view.
        guard addressees.contains(s, at: m + 1) else { return false }
        let v = s[m + 2]
        if Closed.hadForms.contains(v) { return hasVerbAfterHad(s, from: m + 3) }
        return obligationModals.contains(s, at: m + 2)
    }

    static let counterSubjects: Set<String> = ["dat", "dit", "het", "ik", "we", "wij", "daar", "er"]

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

    static let butWords = ["alleen", "toch", "echter", "al"]

    /// Inverted word order after the objection word: a verb, then its subject ("alleen heeft de wethouder",
    /// "toch blijft de vergunning"). "Alleen de zijingang is open" restricts instead.
    func finiteVerbAfterBut(_ s: Sentence, at m: Int) -> Bool {
        let v = s[m + 1]
        // "al blijft het een feit dat…", "al is het lastig": concessive "al" before its verb; "al jaren",
        // "al gedaan", "al twee weken" only say how long.
        if s[m].equals("al") {
            return (v.endsWith("t") && v.utf8.count > 2 && !Self.noVerb.contains(v)) || Closed.haveVerbs.contains(v) || Closed.copulas.contains(v)
                || v.equals("kan") || v.equals("wil") || v.equals("zal") || v.equals("moet") || v.equals("mag")
        }
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

    /// "…; doe dat ook", "Probeer dit ook eens": one's own example held up with "dat/dit/het ook" closing
    /// the imperative's clause. "Neem dat ook mee" instructs an errand.
    func isDoThatToo(_ s: Sentence, at c: Int, end: Int) -> Bool {
        guard s[c + 1].equals("dat") || s[c + 1].equals("dit") || s[c + 1].equals("het"), s[c + 2].equals("ook") else { return false }
        return c + 3 == end || s[c + 3].equals("zo") || s[c + 3].equals("eens") || s[c + 3].equals("maar") || s[c + 3].equals("gewoon")
    }

    /// Conjunctions that open a new clause inside a would-clause without a comma ("dat" after "zou" is an object).
    static let clauseLinks: Set<String> = ["als", "of", "omdat", "wanneer", "toen", "zodat", "voordat", "want", "maar", "en"]
    static let subordinateOpeners: Set<String> = ["als", "of", "dat", "wat", "toen", "omdat", "wanneer", "waarom", "hoe", "die", "waar"]

    /// "Als werkgroep zou ik eerst een proef doen", "ik zou dat hier ook gewoon voorstellen", "Ik zou het
    /// bij de gemeenteraad proberen", "Dat zou ik ook doen": what one would do, in a main clause with a
    /// first-person "zou", pushed by a nudge (`advice_nudges.txt`) or closed by an act
    /// (`would_do_verbs.txt`). Not a wish or a must ("Ik zou het graag doen", "Dat zou ik eerst moeten
    /// navragen"), not a subordinate clause ("Als ik het zou proberen…"), not a question.
    func isWouldDo(_ s: Sentence) -> Bool {
        guard !s.endsWithQuestionMark, let z = s.firstIndex(of: "zou") else { return false }
        let inverted = s[z + 1].equals("ik")
        guard inverted || s[z - 1].equals("ik") else { return false }
        let start = s.clauseStart(of: z)
        var end = s.clauseEnd(of: z)
        var k = start
        if inverted {
            // "Dat zou ik ook doen" is a main clause (verb second); "Wat zou ik eerst doen" asks.
            if questionWords.contains(s, at: skipAnd(s, start)) { return false }
        } else {
            while k < z {
                if Self.subordinateOpeners.contains(s[k]) { return false }
                k += 1
            }
        }
        var nudged = false
        k = z + 1
        while k < end {
            // "Ik zou het waarderen als u mij even belt": the would-clause ends where a subordinate one begins.
            if Self.clauseLinks.contains(s[k]) { end = k; break }
            if wouldWishes.contains(s, at: k) { return false }
            if adviceNudges.contains(s, at: k) { nudged = true }
            k += 1
        }
        return nudged || wouldDoVerbs.contains(s, at: end - 1)
    }

    func skipAnd(_ s: Sentence, _ k: Int) -> Int {
        s[k].equals("en") || s[k].equals("dus") || s[k].equals("maar") ? k + 1 : k
    }

    /// "Waarom belt u niet gewoon even met de corporatie?", "Waarom probeer je het niet eens": a why-not
    /// question to the addressee, pushed by a nudge after the negation. "Waarom heeft u niet gewoon
    /// gebeld?" reproaches the past; "Waarom reageert u niet op mijn mails?" asks.
    func isWhyNotJust(_ s: Sentence) -> Bool {
        guard s[0].equals("waarom"), addressees.contains(s, at: 2) else { return false }
        let v = s[1]
        if Closed.haveVerbs.contains(v) || Closed.hadForms.contains(v) || Closed.copulas.contains(v) { return false }
        let n = s[3].equals("niet") ? 3 : (s[4].equals("niet") ? 4 : 0)
        guard n > 0 else { return false }
        let end = s.clauseEnd(of: n)
        return adviceNudges.firstIndex(in: s, from: n + 1, to: end) != nil
    }

    static let askingModals: Set<String> = ["kunt", "kun", "kan", "kunnen", "moet", "moeten"]
    static let mustNudges: Set<String> = ["gewoon", "maar", "eens"]

    /// "Misschien moet je de buurman gewoon een briefje sturen", "U moet die melding maar eens doen",
    /// "Dan moeten jullie het college eens uitnodigen": the addressee's must pushed by "gewoon/maar/eens"
    /// further on in its clause (the listed phrases only allow fillers in between). Not a question,
    /// not "Dat moet u maar zelf weten" (left to them), not a negated must ("u moet niet gewoon…" warns).
    func isNudgedMust(_ s: Sentence) -> Bool {
        guard !s.endsWithQuestionMark, obligationModals.mayMatch(s), let m = obligationModals.firstIndex(in: s), m >= 1 else { return false }
        guard addressees.contains(s, at: m + 1) || addressees.contains(s, at: m - 1) else { return false }
        let end = s.clauseEnd(of: m)
        guard end - m >= 4, !s[end - 1].equals("weten") else { return false }
        var k = m + 2
        var nudged = false
        while k < min(end, m + 7) {
            if Closed.negations.contains(s[k]) || s[k].equals("zelf") { return false }
            // "…invullen maar dat kan online": "maar" before a subject joins a clause, it does not push.
            // "nu eindelijk eens" presses, it does not suggest.
            if s[k].equals("eens") && (s[k - 1].equals("eindelijk") || s[k - 1].equals("nu")) { return false }
            if Self.mustNudges.contains(s[k]) && !(s[k].equals("maar") && (subjectPronouns.contains(s, at: k + 1) || Self.counterSubjects.contains(s[k + 1]))) { nudged = true }
            k += 1
        }
        // "Als u moet…, dan": a condition about their must informs.
        let start = s.clauseStart(of: m)
        if Self.subordinateOpeners.contains(s[start]) { return false }
        return nudged
    }

    func isAdvice(_ s: Sentence) -> Bool {
        // "Mag ik u een tip geven?", "Zal ik u iets aanraden?": asking leave to advise is not advising yet.
        if s.endsWithQuestionMark && (s[0].equals("mag") || s[0].equals("zal")) && s[1].equals("ik") { return false }
        if isAskedOrQuoted(s) { return false }
        if let m = advice.firstMatch(in: s) {
            // "Dan moet u gewoon…" advises; opening the line, "Moet u gewoon betalen?" asks, and so does
            // "Kunt u beter slapen nu?".
            if m.index > 0 || !obligationModals.contains(s, at: 0) && !(s.endsWithQuestionMark && Self.askingModals.contains(s[0])) { return true }
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
               ((c + 1..<min(end, c + 4)).contains(where: { s[$0].equals("gewoon") || s[$0].equals("eens") }) || isDoThatToo(s, at: c, end: end)) {
                return true
            }
            c = end
        }
        if isFollowMyExample(s) || isNudgedMust(s) { return true }
        if isWouldDo(s) || isWhyNotJust(s) || isImpersonalAdvice(s) { return true }
        // "U zou met de buren moeten praten": should-advice to the addressee.
        if let z = s.firstIndex(in: Closed.shouldModals), addressees.contains(s, at: z + 1) || addressees.contains(s, at: z - 1),
           s.firstIndex(of: "moeten", from: z + 1) != nil {
            return true
        }
        return false
    }

    static let copulaForms: Set<String> = ["is", "lijkt", "zou"]
    static let knowingInfinitives: Set<String> = ["weten", "horen", "zien", "lezen", "merken", "begrijpen"]

    /// "Misschien is het slim om een petitie te starten", "Het zou goed zijn als u de raad schrijft", "Het
    /// lijkt me een goed idee om…": an impersonal "het" with a copula and an advice adjective
    /// (`advice_adjectives.txt`), then an infinitive clause ("om … te") or "als" + the addressee. "Het is
    /// goed dat u belt" praises, "Het is goed om te weten dat…" informs, "Is het slim om…?" asks.
    func isImpersonalAdvice(_ s: Sentence) -> Bool {
        guard adviceAdjectives.mayMatch(s), !s.endsWithQuestionMark, let h = s.firstIndex(of: "het"), h < 4 else { return false }
        // The copula next to "het": "het is", "is het", "het zou … zijn", "het lijkt me".
        guard Self.copulaForms.contains(s[h + 1]) || (h > 0 && Self.copulaForms.contains(s[h - 1])) else { return false }
        let end = s.clauseEnd(of: h)
        var k = h + 1
        while k < min(end, h + 6) {
            let n = adviceAdjectives.matchLength(in: s, at: k)
            if n > 0 {
                var next = k + n
                if s[next].equals("zijn") { next += 1 }
                if s[next].equals("om") {
                    // "goed om te weten/horen": information, not a course of action.
                    return !(s[next + 1].equals("te") && Self.knowingInfinitives.contains(s[next + 2]))
                }
                if s[next].equals("als") || s[next].equals("wanneer") { return addressees.contains(s, at: next + 1) }
                return false
            }
            k += 1
        }
        return false
    }
}
