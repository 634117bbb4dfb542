/// Reads trust-repair moves in a sentence: acknowledge, apology, explain, commit, ask_need (helpful) and
/// blame, defend, minimize (harmful). See labels.md "trust", seeds/001 tip 1 and Lewicki et al. (2016).
struct TrustAnalyzer: Sendable {
    let acknowledge: WordList
    let keptWords: WordList
    let meevallenForms: WordList
    let countRestrictors: WordList
    let receiveVerbs: WordList
    let apology: WordList
    let explain: WordList
    let causeVerbs: WordList
    let commitPhrases: WordList
    let commitTime: WordList
    let pastMarkers: WordList
    let pastVerbs: WordList
    let askNeed: WordList
    let blameTargets: WordList
    let blameMarkers: WordList
    let blameResident: WordList
    let deflections: WordList
    let defend: WordList
    let defendJustifiers: WordList
    let minimizers: WordList
    let firstPersonSubjects: WordList
    let addressees: WordList
    let feelingVerbs: WordList
    let nonCommitVerbs: WordList
    let selfInflicted: WordList
    let defendNorms: WordList
    let normKept: WordList
    let defendQualities: WordList
    let firstPerson: WordList
    let causeNouns: WordList
    let soundChoices: WordList
    let promiseWords: WordList
    let decisionNouns: WordList
    let empathyAdjectives: WordList
    let faultNouns: WordList
    let vagueEfforts: WordList
    let fillers: WordList
    let proposalNouns: WordList
    let visitorNouns: WordList
    let hedges: WordList
    let clarifyOpeners: WordList
    let clarifyVerbs: WordList
    let numbers: WordList
    let evaluativeLabels: WordList
    let normPrepositions: WordList
    /// Single-word norms long enough to end a compound ("participatieverordening", "bouwregels").
    let normHeads: [String]
    let grantTails: WordList
    let effortNouns: WordList
    let poorTreatment: WordList
    let treatmentParticiples: WordList
    let needAskLeads: WordList
    let wantingVerbs: WordList
    let tellingVerbs: WordList
    let mostlyWords: WordList
    let nuisanceNouns: WordList
    let peopleNouns: WordList
    let timeDiminutives: WordList
    let knowingVerbs: WordList
    let perceivingVerbs: WordList
    let understandableWords: WordList
    let wentWrong: WordList
    let mailboxWords: WordList
    let comparatives: WordList
    let feelings: WordList
    let intensifiers: WordList
    let understandingVerbs: WordList
    let voelVerbs: WordList

    init(lexicon: Lexicon) {
        understandableWords = lexicon.list("understandable_words")
        wentWrong = lexicon.list("went_wrong")
        mailboxWords = lexicon.list("mailbox_words")
        comparatives = lexicon.list("comparatives")
        feelings = lexicon.list("feelings")
        intensifiers = lexicon.list("intensifiers")
        understandingVerbs = lexicon.list("understanding_verbs")
        voelVerbs = lexicon.list("voel_verbs")
        grantTails = lexicon.list("grant_tails")
        effortNouns = lexicon.list("effort_nouns")
        poorTreatment = lexicon.list("poor_treatment")
        treatmentParticiples = lexicon.list("treatment_participles")
        needAskLeads = lexicon.list("need_ask_leads")
        wantingVerbs = lexicon.list("wanting_verbs")
        tellingVerbs = lexicon.list("telling_verbs")
        mostlyWords = lexicon.list("mostly_words")
        nuisanceNouns = lexicon.list("nuisance_nouns")
        peopleNouns = lexicon.list("people_nouns")
        timeDiminutives = lexicon.list("time_diminutives")
        knowingVerbs = lexicon.list("knowing_verbs")
        perceivingVerbs = lexicon.list("perceiving_verbs")
        normPrepositions = lexicon.list("norm_prepositions")
        normHeads = lexicon.list("defend_norms").words.filter { $0.count >= 5 }.sorted()
        evaluativeLabels = lexicon.list("evaluative_labels")
        numbers = lexicon.list("numbers")
        proposalNouns = lexicon.list("proposal_nouns")
        visitorNouns = lexicon.list("visitor_nouns")
        hedges = lexicon.list("hedges")
        clarifyOpeners = lexicon.list("clarify_openers")
        clarifyVerbs = lexicon.list("clarify_verbs")
        empathyAdjectives = lexicon.list("empathy_adjectives")
        faultNouns = lexicon.list("fault_nouns")
        vagueEfforts = lexicon.list("vague_efforts")
        fillers = lexicon.list("fillers")
        keptWords = lexicon.list("kept_words")
        meevallenForms = lexicon.list("meevallen_forms")
        countRestrictors = lexicon.list("count_restrictors")
        receiveVerbs = lexicon.list("receive_verbs")
        causeNouns = lexicon.list("cause_nouns")
        promiseWords = lexicon.list("promise_words")
        decisionNouns = lexicon.list("decision_nouns")
        soundChoices = lexicon.list("sound_choices")
        selfInflicted = lexicon.list("self_inflicted")
        defendNorms = lexicon.list("defend_norms")
        normKept = lexicon.list("norm_kept_verbs")
        defendQualities = lexicon.list("defend_qualities")
        firstPerson = lexicon.list("first_person")
        nonCommitVerbs = lexicon.list("non_commit_verbs")
        acknowledge = lexicon.list("acknowledge_phrases")
        apology = lexicon.list("apology_words")
        explain = lexicon.list("explain_markers")
        causeVerbs = lexicon.list("cause_verbs")
        commitPhrases = lexicon.list("commit_phrases")
        commitTime = lexicon.list("commit_time_words")
        pastMarkers = lexicon.list("past_markers")
        pastVerbs = lexicon.list("past_verbs")
        askNeed = lexicon.list("ask_need_markers")
        blameTargets = lexicon.list("blame_targets")
        blameMarkers = lexicon.list("blame_markers")
        blameResident = lexicon.list("blame_resident_markers")
        deflections = lexicon.list("deflections")
        defend = lexicon.list("defend_phrases")
        defendJustifiers = lexicon.list("defend_justifiers")
        minimizers = lexicon.list("minimizers")
        firstPersonSubjects = lexicon.list("first_person_subjects")
        addressees = lexicon.list("addressee_subjects")
        feelingVerbs = lexicon.list("feeling_verbs")
    }

    /// - Parameters:
    ///   - question: this sentence's question form (ask_need is a question; promises are not).
    ///   - ownFeeling: the sentence voices one's own feeling ("Ik ben boos omdat…" explains a feeling, not a fault).
    ///   - yesBut: the sentence is a yes-but, whose acknowledgement is only a run-up to "maar".
    ///   - previous: the sentence before it in the same line ("Wat er misging? Op de kaart stond…").
    func analyze(_ s: Sentence, question: QuestionTag, ownFeeling: Bool, yesBut: Bool, previous: Sentence? = nil, into tags: inout Set<TrustTag>) {
        guard !s.isEmpty else { return }
        if yesBut ? namesExperience(s) : isAcknowledge(s) { tags.insert(.acknowledge) }
        if isApology(s, question: question) { tags.insert(.apology) }
        if question == .none && !ownFeeling && (isExplain(s) || isAnswerToOwnQuestion(s, previous: previous) || isOwnAbsence(s)) { tags.insert(.explain) }
        if question == .none && !s.endsWithQuestionMark && isCommit(s) { tags.insert(.commit) }
        if question != .none && (isAskNeed(s) || isAskFromUs(s)) { tags.insert(.askNeed) }
        if question == .none && isEmbeddedNeedAsk(s) { tags.insert(.askNeed) }
        if isBlame(s) { tags.insert(.blame) }
        if question == .none && !s.endsWithQuestionMark
            && (isDefendPhrase(s) || isSelfJustification(s) || isNormDefence(s) || isOwnPraise(s) || isSoundChoice(s) || isHeldToIt(s)) {
            tags.insert(.defend)
        }
        if isMinimize(s) { tags.insert(.minimize) }
    }

    /// A listed defence not negated right after it: "Wij doen ons werk niet goed genoeg" admits.
    func isDefendPhrase(_ s: Sentence) -> Bool {
        guard defend.mayMatch(s), let m = defend.firstMatch(in: s) else { return false }
        // "Ik heb gedaan wat binnen mijn mandaat lag": only said of oneself, and not negated
        // ("Ik heb niet gedaan wat ik beloofde" admits).
        if s[m.index].equals("gedaan") && s[m.index + 1].equals("wat") {
            let start = s.clauseStart(of: m.index)
            return firstPersonSubjects.firstIndex(in: s, from: start, to: m.index) != nil
                && !(start..<m.index).contains { Closed.negations.contains(s[$0]) || s[$0].equals("nooit") }
        }
        // "U heeft hard gewerkt", "U heeft niets fout gedaan": the addressee's effort or innocence, not one's own
        // defence (a your-subject before the phrase with no first-person subject between).
        let c = s.clauseStart(of: m.index)
        if firstPersonSubjects.firstIndex(in: s, from: c, to: m.index) == nil,
           (c..<m.index).contains(where: { Self.addresseeSubjects.contains(s[$0]) && !Self.prepositions.contains(s[$0 - 1]) }) { return false }
        // "Ik heb u niet precies verteld wat…" admits.
        return !s[m.index + m.length].equals("niet") && !s[m.index - 1].equals("niet")
    }

    /// "Het was de juiste beslissing", "was dat een verstandige keuze": one's decision called sound.
    /// The copula must lead straight to the noun phrase ("Het is lastig de juiste keuze te maken" is not it).
    func isSoundChoice(_ s: Sentence) -> Bool {
        guard decisionNouns.mayMatch(s), let d = decisionNouns.firstIndex(in: s), d >= 3, s[d - 2].equals("een") || s[d - 2].equals("de") else { return false }
        let quality = s[d - 1]
        guard soundChoices.contains(quality) || Inflection.anyAdjectiveBase(of: quality, where: { soundChoices.contains($0) }) else { return false }
        let c3 = s[d - 3], c4 = s[d - 4]
        let copulaFirst = Closed.copulas.contains(c3) || (Closed.copulas.contains(c4) && ["dat", "het", "dit"].contains(c3))
        // "Het is een goede keuze voor u" advises the other; one's own decision is defended.
        let clause = s.clauseStart(of: d)..<s.clauseEnd(of: d)
        return copulaFirst && !clause.contains { Closed.negations.contains(s[$0]) || addressees.contains(s, at: $0) }
    }

    /// "Wij hebben gewoon ons werk gedaan", "Ik heb u op tijd gebeld": a first-person subject, a perfect
    /// tense and a word saying it was done as due, without a negation that would make it an admission.
    func isSelfJustification(_ s: Sentence) -> Bool {
        guard defendJustifiers.mayMatch(s), let m = defendJustifiers.firstMatch(in: s) else { return false }
        let start = s.clauseStart(of: m.index)
        let end = s.clauseEnd(of: m.index)
        guard let subject = firstPersonSubjects.firstIndex(in: s, from: start, to: end) else { return false }
        let isHave = { (w: String) in Closed.haveVerbs.contains(w) || w.equals("had") || w.equals("hadden") }
        guard let have = (start..<end).first(where: { isHave(s[$0]) }) else { return false }
        // "gewoon" itself looks like a participle (ge-…-n): skip the justifier's own words.
        let justifier = m.index..<(m.index + m.length)
        let participle = (max(subject, have) + 1..<end).contains { !justifier.contains($0) && Participle.isLikely(s[$0]) && !isHave(s[$0]) }
            || Self.isClauseFinalStrongParticiple(s, at: end - 1)
        let negated = (start..<end).contains { Closed.negations.contains(s[$0]) || s[$0].equals("nooit") }
        // "Ik had je gewoon moeten bellen" admits what should have been done; "Wij hebben het gewoon slecht
        // aangepakt" admits a poor job.
        if let h = (start..<end).first(where: { Closed.hadForms.contains(s[$0]) }), s.firstIndex(in: Closed.mustHaves, from: h + 1, to: end) != nil { return false }
        if poorTreatment.firstMatch(in: s, from: start, to: end) != nil { return false }
        return participle && !negated
    }

    /// "…elke stap correct doorlopen", "…alles zorgvuldig overwogen": strong participles of verbs with an
    /// unstressed door-/over-/onder-/voor- prefix have no "ge-"; at the end of a have-clause they still
    /// close the perfect tense.
    static func isClauseFinalStrongParticiple(_ s: Sentence, at k: Int) -> Bool {
        let w = s[k]
        // Only -en: "-t" would take nouns such as "overlast" for participles.
        guard w.endsWith("en") else { return false }
        for p in ["door", "over", "onder", "voor", "achter"] where w.startsWith(p) && w.utf8.count >= p.utf8.count + 4 { return true }
        return false
    }

    /// "volgens alle regels", "conform de verordening", "De wettelijke termijn is gewoon gehaald": one's
    /// own handling measured against a rule and declared in order. A negation makes it an admission.
    func isNormDefence(_ s: Sentence) -> Bool {
        if isCompoundNormDefence(s) { return true }
        guard defendNorms.mayMatch(s), let n = defendNorms.firstIndex(in: s) else { return false }
        for k in max(0, n - 3)..<n where s[k].equals("volgens") || s[k].equals("conform") || s[k].equals("overeenkomstig") {
            return !isAddresseesEntitlement(s, at: n)
        }
        let start = s.clauseStart(of: n), end = s.clauseEnd(of: n)
        guard normKept.firstIndex(in: s, from: n + 1, to: end) != nil else { return false }
        return !(start..<end).contains { Closed.negations.contains(s[$0]) || s[$0].equals("nooit") }
    }

    /// "De inspraakavond is gewoon volgens de participatieverordening georganiseerd", "conform de
    /// bouwregels": a compound whose head is a listed norm, right after the preposition and an article
    /// or possessive. The same exceptions as for the plain norm (the addressee's entitlement).
    func isCompoundNormDefence(_ s: Sentence) -> Bool {
        guard normPrepositions.mayMatch(s), let p = normPrepositions.firstIndex(in: s) else { return false }
        var k = p + 1
        if Self.articles.contains(s[k]) || Self.ownDeterminers.contains(s[k]) || s[k].equals("alle") { k += 1 }
        let w = s[k]
        guard !defendNorms.contains(w), normHeads.contains(where: { w.count >= $0.count + 3 && w.endsWith($0) }) else { return false }
        return !isAddresseesEntitlement(s, at: k)
    }

    /// "Volgens de regeling heeft u recht op een tegemoetkoming", "Volgens de regels komt u in aanmerking":
    /// the rule read out as the addressee's own position (an addressee subject, no negation, no
    /// had-form) informs them; "Volgens de regels had u bezwaar moeten maken" still holds the rule up.
    func isAddresseesEntitlement(_ s: Sentence, at n: Int) -> Bool {
        let start = s.clauseStart(of: n), end = s.clauseEnd(of: n)
        guard let a = addressees.firstIndex(in: s, from: start, to: end) else { return false }
        return !(start..<end).contains { Closed.negations.contains(s[$0]) || Closed.hadForms.contains(s[$0]) || s[$0].equals("nooit") }
            && a > n
    }

    /// "Onze werkwijze is juist heel transparant", "Dit is zorgvuldig besloten": one's own side or its
    /// decision called proper. Needs a copula and either a first-person word before the quality or a
    /// participle right after it ("Dat is correct" alone just confirms).
    func isOwnPraise(_ s: Sentence) -> Bool {
        guard defendQualities.mayMatch(s), let q = defendQualities.firstIndex(in: s) else { return false }
        let start = s.clauseStart(of: q), end = s.clauseEnd(of: q)
        if (start..<end).contains(where: { Closed.negations.contains(s[$0]) }) { return false }
        guard (start..<q).contains(where: { Closed.copulas.contains(s[$0]) }) else { return false }
        return firstPerson.firstIndex(in: s, from: start, to: q) != nil || (q + 1 < end && Participle.isLikely(s[q + 1]))
    }

    /// In a yes-but a bare grant ("Dat snap ik, maar…", "U heeft gelijk, maar…") is only a run-up to
    /// "maar"; an acknowledgement that goes on to name what the other feels or says ("Ik snap dat u
    /// teleurgesteld bent, maar…", "Ik snap uw boosheid, maar…") still acknowledges.
    func namesExperience(_ s: Sentence) -> Bool {
        var i = acknowledge.mayMatch(s) ? 0 : s.count
        while i < s.count {
            let n = acknowledge.matchLength(in: s, at: i)
            if n > 0 && i + n < s.clauseEnd(of: i) && !s[i - 1].equals("als") && !s[i + n].equals("niet") && !s[i + n + 1].equals("niet") { return true }
            i += 1
        }
        // "Het is vervelend voor u, maar…": the hardship named as theirs.
        if let a = empathyAt(s), s[a + 1].equals("voor"), addressees.contains(s, at: a + 2) { return true }
        // "Uw frustratie snap ik wel, maar…": their experience named before the grant.
        return isFrontedGrant(s)
    }

    /// "Dat is ook echt vervelend", "Het is frustrerend voor u", "Dit was heel naar": the other's
    /// situation called hard, with "dat/het/dit" + a copula opening the clause, then (fillers and) a word
    /// from `empathy_adjectives.txt` that ends the clause or goes on with "voor u" or "dat". Not negated
    /// ("Dat is niet zo vervelend" minimises), not "voor mij" (one's own trouble), not "zwaar werk".
    /// Returns the adjective's index.
    func empathyAt(_ s: Sentence) -> Int? {
        guard empathyAdjectives.mayMatch(s), !s.endsWithQuestionMark else { return nil }
        var c = 0
        while c < s.count {
            var j = c
            if s[j].equals("ja") || s[j].equals("nou") || s[j].equals("oh") { j += 1 }
            // Elliptic: "(Heel) vervelend dat u zo lang moest wachten", "Echt balen voor u".
            var e = j
            while e < j + 2 && fillers.contains(s, at: e) { e += 1 }
            if empathyAdjectives.contains(s, at: e), s[e + 1].equals("dat") && addressees.contains(s, at: e + 2) || s[e + 1].equals("voor") && addressees.contains(s, at: e + 2) {
                return e
            }
            // "Wat een gedoe voor u": an exclamation over their trouble ("Wat een gedoe met die vergunning"
            // may be one's own sigh, so "voor" + the addressee must follow).
            if s[j].equals("wat") && s[j + 1].equals("een") && empathyAdjectives.contains(s, at: j + 2) && !s.endsWithQuestionMark,
               s[j + 3].equals("voor") && addressees.contains(s, at: j + 4) {
                return j + 2
            }
            // "Dat lijkt me frustrerend": the copula softened to a guess.
            let seems = s[j + 1].equals("lijkt") && (s[j + 2].equals("me") || s[j + 2].equals("mij"))
            if s[j].equals("dat") || s[j].equals("het") || s[j].equals("dit"), s[j + 1].equals("is") || s[j + 1].equals("was") || seems {
                var k = seems ? j + 3 : j + 2
                while k < j + 5 && fillers.contains(s, at: k) { k += 1 }
                if empathyAdjectives.contains(s, at: k) {
                    let next = s[k + 1]
                    let ends = k + 1 == s.clauseEnd(of: k)
                    if ends || next.equals("dat") || (next.equals("voor") && !s[k + 2].equals("mij") && !s[k + 2].equals("ons")) { return k }
                }
            }
            c = s.clauseEnd(of: c)
        }
        return nil
    }

    func isAcknowledge(_ s: Sentence) -> Bool {
        var i = acknowledge.mayMatch(s) ? 0 : s.count
        while i < s.count {
            let n = acknowledge.matchLength(in: s, at: i)
            if n > 0 {
                let prev = s[i - 1]
                // "geen terechte klacht", "niet terecht"; "is terecht gekomen" means it arrived somewhere.
                let negated = s[i + n].equals("niet") || s[i + n + 1].equals("niet") && !s[i + n].equals("dat")
                    || prev.equals("niet") || prev.equals("geen") || s[i + n].equals("gekomen") || s[i + n].equals("komen")
                // "Als ik zie dat…" is an observation, "Ik begrijp het niet" is no acknowledgement.
                // "Wat is er fout van mij?" asks; "Dat was fout van ons" admits.
                let asked = s[i].equals("fout") && s.endsWithQuestionMark
                if !prev.equals("als") && !prev.equals("toen") && !prev.equals("wanneer") && !negated && !asked { return true }
            }
            i += 1
        }

        // "U heeft helemaal gelijk", "Jullie hebben echt gelijk".
        if let g = s.firstIndex(of: "gelijk"), g >= 2 {
            var k = max(0, g - 4)
            while k < g {
                // Also looking back: "u had gewoon gelijk".
                let have = Closed.haveVerbs.contains(s[k + 1]) || Closed.hadForms.contains(s[k + 1])
                if addressees.contains(s, at: k) && have && !s[g - 1].equals("niet") && !s[g - 1].equals("geen") { return true }
                k += 1
            }
        }
        if isBrokenPromise(s) { return true }
        if isHeardTag(s) { return true }
        if empathyAt(s) != nil { return true }
        if isSelfCriticism(s) { return true }
        if isFrontedGrant(s) || isPerceivedInThem(s) || isEffortExclamation(s) || isOwnedPoorTreatment(s) { return true }
        if isUnderstandableThat(s) || isWentWrong(s) || isOwnPoorHandling(s) || isSoundsHard(s) { return true }
        if isUnderstandingThem(s) || isEmpathicGuess(s) { return true }
        // Admitting the fault: "we hadden u eerder moeten informeren", "De gemeente had u … moeten".
        if let h = s.firstIndex(in: Closed.hadForms), firstPersonSubjects.contains(s, at: h - 1) || firstPersonSubjects.contains(s, at: h + 1)
            || isOwnOrganisation(s, at: h - 1) || isOwnOrganisation(s, at: h + 2),
           let m = s.firstIndex(in: Closed.mustHaves, from: h + 1), m < s.clauseEnd(of: h), !s.endsWithQuestionMark {
            return true
        }
        return false
    }

    static let understoodOpeners: Set<String> = ["dat", "waarom", "hoe", "wat", "het", "uw", "je", "jullie", "jouw", "u"]

    /// "Ik snap heel goed waarom u zo kwaad bent", "Ik begrijp wat u bedoelt", "Wij snappen dat": a
    /// first-person subject with a verb of understanding (`understanding_verbs.txt`), fillers and degree
    /// words, then what is understood. "Ik snap niet waarom…", "Als ik het goed begrijp…" and questions
    /// ("Begrijp ik dat goed?") acknowledge nothing.
    func isUnderstandingThem(_ s: Sentence) -> Bool {
        guard understandingVerbs.mayMatch(s), !s.endsWithQuestionMark, let v = understandingVerbs.firstIndex(in: s) else { return false }
        let subjectBefore = firstPersonSubjects.contains(s, at: v - 1), subjectAfter = firstPersonSubjects.contains(s, at: v + 1)
        guard subjectBefore || subjectAfter else { return false }
        let c = s.clauseStart(of: v)
        if Self.subordinateOpeners.contains(s[c]) || s[c].equals("als") { return false }
        var k = subjectAfter ? v + 2 : v + 1
        while k < v + 5 && (fillers.contains(s, at: k) || intensifiers.contains(s, at: k) || s[k].equals("goed") || s[k].equals("heus")) {
            if Closed.negations.contains(s[k]) { return false }
            k += 1
        }
        if Closed.negations.contains(s[k]) { return false }
        // "Ik begrijp het" closes the clause; "Ik begrijp het probleem" names what is understood as well.
        return Self.understoodOpeners.contains(s[k]) || (subjectAfter && k == s.clauseEnd(of: v) && (s[c].equals("dat") || s[c].equals("dit")))
    }

    /// An empathic guess: "Dat moet (heel) frustrerend zijn", "Dat moet een zware tijd zijn geweest",
    /// "Het moet heel vervelend zijn geweest om zo lang te wachten". With "het" a word for a hard
    /// experience (`empathy_adjectives.txt`) must follow: "Het moet morgen klaar zijn" is a deadline.
    func isEmpathicGuess(_ s: Sentence) -> Bool {
        guard s[1].equals("moet"), !s.endsWithQuestionMark, let z = s.firstIndex(of: "zijn", from: 3) else { return false }
        if s[0].equals("dat") { return true }
        guard s[0].equals("het") || s[0].equals("dit") else { return false }
        return empathyAdjectives.firstIndex(in: s, from: 2, to: z) != nil
    }

    /// "Jullie hebben maanden in dat plan gestoken en er is niks mee gedaan, dat hoor ik": their account
    /// given back and then owned as heard, in a last clause of exactly "dat hoor/merk ik". Read at fixed
    /// positions; "dat hoor ik graag" or "dat hoor ik morgen" go on and say something else.
    func isHeardTag(_ s: Sentence) -> Bool {
        let n = s.count
        guard n >= 6, s[n - 1].equals("ik"), s[n - 3].equals("dat"), s.commaBefore[n - 3], !s.endsWithQuestionMark else { return false }
        if s[n - 2].equals("hoor") || s[n - 2].equals("merk") { return true }
        // "Die kapotte schommel zit u al weken dwars, dat zie ik": seeing needs their experience named
        // ("De schommel is kapot, dat zie ik" only confirms a fact).
        return s[n - 2].equals("zie") && (0..<n - 3).contains { Self.addresseeWords.contains(s[$0]) }
    }

    /// "Dat was dom van me", "Het was echt slordig van ons": one's own act judged with a negative label
    /// and owned with "van me/mij/ons" closing the clause. "Dat was dom van u" judges the other.
    func isSelfCriticism(_ s: Sentence) -> Bool {
        guard evaluativeLabels.mayMatch(s), !s.endsWithQuestionMark, let e = evaluativeLabels.firstIndex(in: s) else { return false }
        let who = s[e + 2]
        guard s[e + 1].equals("van"), who.equals("me") || who.equals("mij") || who.equals("ons"), s.clauseEnd(of: e) == e + 3 else { return false }
        let start = s.clauseStart(of: e)
        guard (start..<e).contains(where: { Closed.copulas.contains(s[$0]) }) else { return false }
        return !(start..<e).contains { Closed.negations.contains(s[$0]) }
    }

    /// "Ik had beloofd u terug te bellen en dat heb ik niet gedaan", "Ik heb mijn belofte niet gehouden":
    /// one's own promise named and then said to be broken (a negation before a kept-verb, in a clause
    /// with a first-person subject). "U had beloofd…, en dat heeft u niet gedaan" accuses instead.
    func isBrokenPromise(_ s: Sentence) -> Bool {
        guard promiseWords.mayMatch(s), !s.endsWithQuestionMark, let p = promiseWords.firstIndex(in: s) else { return false }
        // "Ik heb u niet teruggebeld, terwijl ik dat had beloofd": the broken part first, then one's own
        // promise in a "terwijl" clause.
        if let t = s.firstIndex(of: "terwijl"), t > 0, t < p, firstPersonSubjects.firstIndex(in: s, from: t + 1, to: p) != nil {
            let c = s.clauseStart(of: t - 1)
            if let neg = s.firstIndex(in: Closed.negations, from: c, to: t), firstPersonSubjects.firstIndex(in: s, from: c, to: neg) != nil {
                return true
            }
        }
        var k = p + 1
        while k < s.count {
            if s[k].equals("niet"), keptWords.contains(s, at: k + 1) || keptWords.contains(s, at: k + 2) {
                // The subject of the broken part, not of the promise: "We hebben afgesproken dat het niet
                // gedaan wordt" reports an agreement. Look back to "dat/en/maar" or the clause start.
                var b = k - 1
                let start = s.clauseStart(of: k)
                while b > start && !["dat", "en", "maar", "want"].contains(s[b]) { b -= 1 }
                return firstPersonSubjects.firstIndex(in: s, from: b, to: k) != nil
            }
            k += 1
        }
        return false
    }

    /// "Wat heeft u nodig…", or an offer to act: "Wat kan ik voor u doen?", "Wat kunnen wij betekenen?".
    func isAskNeed(_ s: Sentence) -> Bool {
        var from = 0
        while let m = askNeed.firstMatch(in: s, from: from) {
            if !s[m.index].equals("behoefte") || isAddresseesLack(s, at: m.index) { return true }
            from = m.index + 1
        }
        guard let m = s.firstIndex(in: Closed.offerModals),
              firstPersonSubjects.contains(s, at: m + 1) || firstPersonSubjects.contains(s, at: m - 1) else { return false }
        // "Weet je wat ik zou doen?" announces advice; "Wat zou ik voor u kunnen doen?" offers.
        if s[m].equals("zou") || s[m].equals("zouden"),
           s.firstIndex(of: "voor", from: m + 1) == nil && s.firstIndex(in: Closed.infinitiveModals, from: m + 1) == nil {
            return false
        }
        return s.firstIndex(in: Closed.offerVerbs, from: m + 1) != nil
    }

    /// "Waar hebben jullie het meest behoefte aan?": "behoefte" asks a need only with the addressee as
    /// the one who has it, earlier in its clause. "Ik heb behoefte aan duidelijkheid: kunt u…?" is one's
    /// own need before a request.
    func isAddresseesLack(_ s: Sentence, at b: Int) -> Bool {
        let c = s.clauseStart(of: b)
        guard firstPersonSubjects.firstIndex(in: s, from: c, to: b) == nil else { return false }
        return (c..<b).contains { addressees.contains(s, at: $0) }
    }

    func isApology(_ s: Sentence, question: QuestionTag = .none) -> Bool {
        guard let m = apology.firstMatch(in: s) else { return false }
        if isReportedApology(s, at: m.index) { return false }
        // "Excuseer, mag ik even iets vragen?": "excuseer" asking for attention before a question.
        if s[m.index].equals("excuseer") && m.index == 0 && m.length == 1 && s.commaBefore[min(1, s.count - 1)] && question != .none {
            return false
        }
        if isClarificationRequest(s, at: m.index, length: m.length) { return false }
        let before = s[m.index - 1]
        // "geen excuses", "het spijt me niet"
        if before.equals("geen") || before.equals("niet") { return false }
        // "U hoeft zich niet te verontschuldigen": the other is let off, nobody apologises.
        if before.equals("te") && s[m.index - 2].equals("niet") { return false }
        if s[m.index + m.length].equals("niet") { return false }
        return true
    }

    /// "Sorry?", "Pardon, sorry, zei u nu Vondelstraat of Vondellaan?", "Sorry, wat bedoelt u?": a bare
    /// apology word asking the other to say it again, not an apology for a fault. Only when the word is
    /// the whole question or opens, after a comma, a question about what the other said (a saying verb
    /// next to the addressee).
    func isClarificationRequest(_ s: Sentence, at a: Int, length: Int) -> Bool {
        guard s.endsWithQuestionMark, length == 1, a <= 1 else { return false }
        if a == 1 && !(clarifyOpeners.contains(s, at: 0) && s.commaBefore[1]) { return false }
        if a + 1 == s.count { return true }
        guard s.commaBefore[a + 1] else { return false }
        // What the other said: "zei u", "bedoelt u" ("Sorry, zei ik iets verkeerds?" may apologise).
        let clarifyVerbs = clarifyVerbs, addressees = addressees
        return (a + 1..<s.count).contains { clarifyVerbs.contains(s, at: $0) && (addressees.contains(s, at: $0 + 1) || addressees.contains(s, at: $0 - 1)) }
    }

    /// "De wethouder heeft excuses aangeboden", "De buurvrouw bood haar excuses aan", "Het bordje met
    /// 'excuses voor het ongemak' hangt…": someone else's apology told about, with a third-party
    /// subject (a determiner or hij/zij/ze opening the clause) and no first person in the clause.
    func isReportedApology(_ s: Sentence, at a: Int) -> Bool {
        let start = s.clauseStart(of: a)
        guard a > start else { return false }
        let opener = s[start]
        guard opener.equals("de") || opener.equals("het") || opener.equals("een") || opener.equals("hij") || opener.equals("zij") || opener.equals("ze") else { return false }
        // "De gemeente biedt u haar excuses aan": the official speaks for their own organisation.
        if isOwnOrganisation(s, at: start + 1) { return false }
        return firstPerson.firstIndex(in: s, from: start, to: s.clauseEnd(of: a)) == nil
    }

    func isExplain(_ s: Sentence) -> Bool {
        // "Vandaar uit loopt u…" points the way.
        if let m = explain.firstMatch(in: s), !(s[m.index].equals("vandaar") && s[m.index + 1].equals("uit")), !isOwnPurpose(s, at: m.index),
           !isPinnedOnSomeone(s, marker: m) {
            // "…, die heeft dit veroorzaakt": a person as the causer is blamed, the fault not explained.
            let c = s.clauseStart(of: m.index)
            let personCauser = Closed.causerVerbs.contains(s[m.index])
                && (Closed.personPronouns.contains(s[c]) || blameTargets.firstMatch(in: s, from: c, to: m.index) != nil)
            if !personCauser { return true }
        }
        if isWhatHappened(s) || isOwnFaultAccount(s) { return true }
        // "… kwam door een personeelstekort", "het ontstond door…"
        if let v = causeVerbs.firstIndex(in: s), let d = s.firstIndex(of: "door", from: v + 1) {
            // "Dat komt door de afdeling Verkeer" blames; "… kwam door een storing" explains; "… komt door uw
            // eigen late aanmelding" blames the addressee.
            if blameTargets.firstMatch(in: s, from: d + 1, to: d + 5) == nil && !Self.addresseeWords.contains(s[d + 1]) { return true }
        }
        // "Door een storing in het systeem zijn de brieven niet verstuurd": a cause opening the sentence.
        if (s[0].equals("door") || s[0].equals("vanwege")) && ["een", "de", "het", "ziekte", "drukte"].contains(s[1]),
           blameTargets.firstMatch(in: s, from: 1, to: min(s.count, 5)) == nil,
           s.words.contains(where: { [pastVerbs] in Participle.isLikely($0) || pastVerbs.contains($0) }) {
            return true
        }
        // "…is door een storing in de mailserver te laat verstuurd": a listed cause after "door" anywhere.
        if causeNouns.mayMatch(s), let c = causeNouns.firstIndex(in: s), s.firstIndex(of: "door", from: max(0, c - 3)).map({ $0 < c }) == true,
           blameTargets.firstMatch(in: s, from: c, to: min(s.count, c + 5)) == nil {
            return true
        }
        // "Het lag aan een storing" explains; "Het ligt aan de provincie" blames (see isBlame).
        // "Dat ligt aan ons" owns the fault (acknowledge), it names no cause.
        if let l = s.firstIndex(in: Closed.lieForms), let a = s.firstIndex(of: "aan", from: l + 1), a - l <= 3,
           !blameTargets.matches(s), !addressees.contains(s, at: a + 1), !Self.addresseeWords.contains(s[a + 1]), !s[a + 1].equals("ons"), !s[a + 1].equals("mij") {
            return true
        }
        return false
    }

    /// "Wat er gebeurde is dat uw aanvraag is blijven hangen", "Wat er misging, was dat…": a pseudo-cleft
    /// that announces the account of what happened ("wat er" + a past verb, then "is/was dat"). "Wat er
    /// nu gebeurt is dat we opnieuw beginnen" announces a plan.
    func isWhatHappened(_ s: Sentence) -> Bool {
        guard s[0].equals("wat"), s[1].equals("er"), !s.endsWithQuestionMark else { return false }
        var k = 3
        while k < min(s.count - 1, 7) {
            if (s[k].equals("is") || s[k].equals("was")) && s[k + 1].equals("dat") {
                // A participle only with its own auxiliary ("gebeurd is, is dat", "is misgegaan is dat"):
                // "gebeurt" looks like one.
                let aux = { (j: Int) in s[j].equals("is") || s[j].equals("was") }
                return (2..<k).contains { j in
                    // "misging", "fout ging": a strong past of gaan.
                    pastVerbs.contains(s, at: j) || s[j].endsWith("de") || s[j].endsWith("te") || s[j].endsWith("ging")
                        || (Participle.isLikely(s[j]) || s[j].startsWith("misge")) && (aux(j - 1) || (j + 1 < k && aux(j + 1)))
                }
            }
            k += 1
        }
        return false
    }

    /// "Het is mijn fout: ik had uw mail in de verkeerde map gezet", "Onze fout, we hadden het oude adres
    /// gebruikt": one's own fault named, then in a later clause what one had done (a first-person
    /// pluperfect) — the account of how it went wrong.
    func isOwnFaultAccount(_ s: Sentence) -> Bool {
        guard faultNouns.mayMatch(s), let f = faultNouns.firstIndex(in: s), Self.ownDeterminers.contains(s[f - 1]) else { return false }
        let next = s.clauseEnd(of: f)
        guard next < s.count, firstPersonSubjects.contains(s, at: next), Closed.hadForms.contains(s[next + 1]) else { return false }
        let end = max(s.clauseEnd(of: next), next + 2)
        return (next + 2..<end).contains { Participle.isLikely(s[$0]) } && !(next + 2..<end).contains { Closed.negations.contains(s[$0]) }
    }

    /// "Ik bel u omdat ik wil horen hoe het gaat": "omdat" + one's own present wish gives the purpose of
    /// this contact, not the cause of a fault.
    func isOwnPurpose(_ s: Sentence, at m: Int) -> Bool {
        guard s[m].equals("omdat"), firstPersonSubjects.contains(s, at: m + 1) else { return false }
        let v = s[m + 2]
        return v.equals("wil") || v.equals("willen") || v.equals("graag")
    }

    static let yourWords: Set<String> = ["uw", "jouw", "jullie", "je"]
    static let ownDeterminers: Set<String> = ["onze", "ons", "mijn"]
    static let articles: Set<String> = ["de", "het", "een", "die", "dat", "deze", "dit", "zo'n"]
    static let partsOfDay = ["ochtend", "middag", "avond", "morgen"]
    static let weekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

    /// A listed time word, or a weekday with a part of the day ("donderdagmiddag", "vrijdagavond").
    func isTimeWord(_ s: Sentence, at k: Int) -> Bool {
        if commitTime.matchLength(in: s, at: k) > 0 { return true }
        let w = s[k]
        // The shortest, "zondagavond", has 11 letters; most words stop here.
        guard w.utf8.count >= 11 else { return false }
        guard Self.partsOfDay.contains(where: { w.endsWith($0) && w.count > $0.count + 4 }) else { return false }
        return Self.weekdays.contains(where: { w.startsWith($0) })
    }

    /// A promise: an explicit promise phrase, or a first-person plan with a future when ("Ik bel u vrijdag").
    func isCommit(_ s: Sentence) -> Bool {
        if let m = commitPhrases.firstMatch(in: s) {
            let prev = s[m.index - 1]
            // "Dat beloof ik niet" refuses.
            let after = m.index + m.length
            // "Ik zal mijn best doen", "we zullen zien": effort or waiting, no what or when.
            let vague = vagueEfforts.matchLength(in: s, at: after) > 0
            if !prev.equals("als") && !prev.equals("wanneer") && !prev.equals("dat") && !s[after].equals("niet") && !s[after + 1].equals("niet") && !vague
                && !isVaguePlan(s, before: m.index) { return true }
        }
        // The promiser is the subject ("Ik bel u…") or the source ("… heeft u van mij een antwoord"),
        // in a clause that also says when. Both need a time word, and most sentences have none.
        guard (0..<s.count).contains(where: { isTimeWord(s, at: $0) }) else { return false }
        var c = 0
        while c < s.count {
            let end = s.clauseEnd(of: c)
            if isTimedPromise(s, from: c, to: end) || isTimedDelivery(s, from: c, to: end) || isTimedVisit(s, from: c, to: end)
                || isTimedDispatch(s, from: c, to: end) { return true }
            c = end
        }
        return false
    }

    /// "Er gaat iets gebeuren, dat beloof ik", "We gaan er iets aan doen, dat beloven we": a promise
    /// added after a plan whose only content is "iets" and that says no when promises nothing concrete
    /// (labels.md: a promise with a when or a what). "Morgen krijgt u iets op papier, dat beloof ik" has a when.
    func isVaguePlan(_ s: Sentence, before m: Int) -> Bool {
        guard m > 0, s.commaBefore[m] else { return false }
        let start = s.clauseStart(of: m - 1)
        guard s.firstIndex(of: "iets", from: start).map({ $0 < m }) == true else { return false }
        return !(start..<m).contains { isTimeWord(s, at: $0) }
    }

    /// The promise said from the other side: "Uiterlijk woensdag heeft u de stukken in huis", "Vrijdag
    /// krijgt u een brief": a time, the addressee as receiver, present tense.
    func isTimedDelivery(_ s: Sentence, from: Int, to: Int) -> Bool {
        guard !s.endsWithQuestionMark else { return false }
        var when = false, receiver = false, receives = false, has = false, delivered = false
        for k in from..<to {
            let w = s[k]
            if isTimeWord(s, at: k) { when = true }
            if addressees.contains(s, at: k) { receiver = true }
            if receiveVerbs.contains(w) { receives = true }
            // "Vrijdag ligt er een voorstel bij u op de mat": the thing lies with the receiver.
            if (w.equals("ligt") || w.equals("staat")) && s[k + 1].equals("er") { receives = true }
            if Closed.haveVerbs.contains(w) { has = true }
            if (w.equals("in") && s[k + 1].equals("huis")) || w.equals("binnen") || w.equals("bericht") || w.equals("antwoord") { delivered = true }
            // "heeft u de beschikking in de bus", "in de brievenbus".
            if w.equals("in") && (s[k + 1].equals("de") || Self.yourWords.contains(s[k + 1])) && mailboxWords.contains(s, at: k + 2) { delivered = true }
            if pastMarkers.contains(s, at: k) || pastVerbs.contains(s, at: k) || w.equals("als") || w.equals("toen") { return false }
        }
        return when && receiver && (receives || (has && delivered))
    }

    /// "Maandag komt er iemand van Groen de boom bekijken": a visit sent by the speaker's side, said with
    /// its day first and someone unnamed coming ("er iemand", "er een collega"). "Maandag komt er een
    /// storm" names no one who is sent; a question asks.
    func isTimedVisit(_ s: Sentence, from: Int, to: Int) -> Bool {
        guard to - from >= 4, isTimeWord(s, at: from), s[from + 1].equals("komt") || s[from + 1].equals("komen"),
              !s.endsWithQuestionMark else { return false }
        guard s[from + 2].equals("er") else {
            // "Vrijdagochtend komt de wagen bij u langs": a listed visitor coming to the addressee.
            return (s[from + 2].equals("de") || s[from + 2].equals("een")) && visitorNouns.contains(s, at: from + 3)
                && (isAtAddressee(s, from: from + 4, to: to) || s[to - 1].equals("langs"))
        }
        let who = s[from + 3]
        return who.equals("iemand") || (who.equals("een") && visitorNouns.contains(s, at: from + 4))
    }

    static let embeddedQuestionWords: Set<String> = ["wat", "hoe", "of", "welke", "waarom", "wanneer", "wie"]

    /// "uw brief van 8 mei", "je mail van maandag": a date after "van" (and a day number) that dates
    /// something the addressee sent names which thing is meant, not when a plan will happen. "de
    /// agenda van het wijkoverleg van 14 oktober" may still be the when of a plan.
    func isDateOfNoun(_ s: Sentence, at k: Int) -> Bool {
        let d = s[k - 1]
        let v = d.utf8.first.map { $0 >= 48 && $0 <= 57 } == true ? k - 2 : k - 1
        return s[v].equals("van") && Self.yourWords.contains(s[v - 2])
    }

    func isTimedPromise(_ s: Sentence, from: Int, to: Int) -> Bool {
        if isAvailability(s, from: from, to: to) { return false }
        var own = false
        var when = false
        var perfectAux = false
        var k = from
        while k < to {
            let w = s[k]
            if firstPersonSubjects.contains(s, at: k) {
                // The plan must be the speaker's own act: "Ik verwacht dat u morgen belt" is not a promise.
                if nonCommitVerbs.contains(s, at: k + 1) || nonCommitVerbs.contains(s, at: k - 1) {
                    // "Donderdag om tien uur sta ik bij u voor de deur": standing at their place is a visit.
                    let v = nonCommitVerbs.contains(s, at: k + 1) ? s[k + 1] : s[k - 1]
                    guard (v.equals("sta") || v.equals("staan")) && isAtAddressee(s, from: k, to: to) else { return false }
                }
                own = true
            }
            if w.equals("van") && (s[k + 1].equals("mij") || s[k + 1].equals("ons")) { own = true }
            if isTimeWord(s, at: k) && !isDateOfNoun(s, at: k) { when = true }
            // "Misschien kan ik volgende week langskomen": a hedged plan is no promise.
            if hedges.contains(s, at: k) { return false }
            // "…en laat u dezelfde middag weten wat eruit kwam": a past tense inside the reported
            // question is the outcome to be told, not the tense of the plan.
            if own && when && (s[k - 1].equals("weten") || s[k - 1].equals("horen")) && Self.embeddedQuestionWords.contains(w) { break }
            if pastMarkers.contains(s, at: k) || pastVerbs.contains(s, at: k) { return false }
            if w.equals("heb") || w.equals("hebben") || w.equals("heeft") || w.equals("hebt") { perfectAux = true }
            else if perfectAux && Participle.isLikely(w) { return false }
            // Being somewhere is no promise; becoming their contact is: "Vanaf vandaag ben ik uw vaste contactpersoon".
            if w.equals("ben") || w.equals("zijn") || w.equals("is") || feelingVerbs.contains(s, at: k) {
                // "Morgen om tien uur ben ik bij u": being at their place is a visit.
                let visit = (w.equals("ben") || w.equals("zijn")) && isAtAddressee(s, from: k, to: to)
                if !(Self.yourWords.contains(s[k + 2]) || Self.yourWords.contains(s[k + 1])) && !visit { return false }
            }
            if w.equals("als") || w.equals("toen") { return false }
            k += 1
        }
        return own && when
    }

    func isBlame(_ s: Sentence) -> Bool {
        if deflections.matches(s) { return true }
        if isFaultElsewhere(s) || isOthersFailure(s) || isFaultOfOthers(s) { return true }
        if isSelfInflicted(s) || isOthersCounterfactual(s) || isNotUs(s) || isCleftBlame(s) { return true }
        if isUpToMeButOthers(s) || isNuisanceFromOthers(s) || isCauseWithAddressee(s) { return true }
        // "Onze afdeling heeft het niet goed gedaan": one's own department owns the fault ("mijn collega"
        // is still someone else).
        if let t = blameTargets.firstMatch(in: s), !(Self.ownDeterminers.contains(s[t.index - 1]) && s[t.index].equals("afdeling")) {
            if let m = blameMarkers.firstMatch(in: s), !isScheduledDecision(s, at: m.index) {
                let prev = s[m.index - 1]
                // "We waren te laat omdat de aannemer…": the marker is about us, not the target.
                let c = s.clauseStart(of: m.index)
                let ownBefore = firstPersonSubjects.firstIndex(in: s, from: c, to: m.index) != nil
                let targetBefore = blameTargets.firstMatch(in: s, from: c, to: m.index) != nil
                // "Doordat twee collega's uitvielen, is uw aanvraag blijven liggen": the target is the cause
                // told in its own "doordat/omdat" clause; the setback in the main clause blames no one.
                let tc = s.clauseStart(of: t.index)
                let causeOnly = tc != c && (s[tc].equals("doordat") || s[tc].equals("omdat"))
                if !causeOnly && !prev.equals("mijn") && !prev.equals("onze") && !prev.equals("geen") && (!ownBefore || targetBefore) { return true }
            }
            // "De vergunning is vertraagd door de provincie": a setback caused by someone else.
            if let v = causeVerbs.firstIndex(in: s), let d = s.firstIndex(of: "door", from: v + 1),
               blameTargets.firstMatch(in: s, from: d + 1, to: d + 5) != nil, !isInLaterClause(s, d, after: v) {
                return true
            }
            // "Dat ligt (echt) aan de provincie".
            if let l = s.firstIndex(in: Closed.lieForms), let a = s.firstIndex(of: "aan", from: l + 1), a - l <= 3 { return true }
        }
        // Counterfactual about the resident: "Als u het formulier goed had ingevuld, …"
        var i = 0
        while i < s.count {
            if s.clauseStarts(at: i) || s[i - 1].equals("als") {
                let j = s[i].equals("als") ? i + 1 : i
                // "Als de buren niet zo hadden geklaagd, …": the same counterfactual about a third party.
                if s[i].equals("als"), let t = blameTargets.firstMatch(in: s, from: j, to: min(s.count, j + 3)),
                   s.firstIndex(in: Closed.hadForms, from: t.index + 1, to: s.clauseEnd(of: j)) != nil {
                    return true
                }
                // "Als de buurt de handtekeningen op tijd had ingeleverd, …": a group of people as the
                // subject right after "als de" ("Als we de buurt eerder hadden ingelicht" is our own).
                if s[i].equals("als") && s[j].equals("de") && peopleNouns.contains(s, at: j + 1),
                   s.firstIndex(in: Closed.hadForms, from: j + 2, to: s.clauseEnd(of: j)) != nil {
                    return true
                }
                if addressees.contains(s, at: j) {
                    let end = s.clauseEnd(of: j)
                    if s[i].equals("als"), s.firstIndex(in: Closed.hadForms, from: j + 1, to: end) != nil { return true }
                    // "U heeft het formulier niet goed ingevuld": the fault put on the addressee.
                    var k = j + 1
                    while k < end && !s[k].equals("dat") {
                        // "U bent niet goed geholpen": the addressee poorly served, not at fault.
                        let r = blameResident.matchLength(in: s, at: k)
                        if r > 0 && !s.endsWithQuestionMark && treatmentParticiples.matchLength(in: s, at: k + r) == 0 { return true }
                        k += 1
                    }
                }
            }
            i += 1
        }
        return false
    }

    /// "Het is handhaving die het liet liggen", "het was de aannemer die de planning verknalde": a cleft
    /// that singles out who did the damage (a blame marker in its relative clause), whoever is named, even
    /// a department that is no listed target. Not oneself ("Het is ons team dat…", "Het was de gemeente
    /// die…"), not negated ("Het is niet handhaving die…").
    func isCleftBlame(_ s: Sentence) -> Bool {
        guard blameMarkers.mayMatch(s), let m = blameMarkers.firstMatch(in: s) else { return false }
        let c = s.clauseStart(of: m.index)
        guard s[c].equals("het"), s[c + 1].equals("is") || s[c + 1].equals("was"),
              let d = s.firstIndex(of: "die", from: c + 3), d < m.index, d <= c + 5 else { return false }
        for k in c + 2..<d {
            if Closed.negations.contains(s[k]) || Self.ownDeterminers.contains(s[k]) || firstPersonSubjects.contains(s, at: k) || isOwnOrganisation(s, at: k) { return false }
        }
        // The one singled out acts on something ("die het liet liggen", "die de planning verknalde");
        // "Het was uw brief die bleef liggen" names what lay, not who left it.
        // "die steken liet vallen": the marker may itself open on its object.
        return (d + 1...m.index).contains { Self.objectWords.contains(s[$0]) }
    }

    static let objectWords: Set<String> = ["het", "de", "dat", "dit", "die", "uw", "je", "jullie", "onze", "ons", "mijn", "mij", "me", "hem", "haar", "een", "alles", "zaak", "boel", "steken", "steek"]

    /// "Het lag eraan dat de wijziging nog door de raad moest", "Dat kwam doordat het plan door de raad
    /// moest": the "door" stands in a clause of its own (after a comma or a subordinator), where it says
    /// which way the plan went, not who caused the setback ("vertraagd door de provincie" does).
    func isInLaterClause(_ s: Sentence, _ d: Int, after v: Int) -> Bool {
        (v + 1...d).contains { s.commaBefore[$0] || Self.causeSubordinators.contains(s[$0]) }
    }

    static let causeSubordinators: Set<String> = ["dat", "doordat", "omdat", "want", "als", "toen", "zodat", "waardoor"]

    /// "De gemeenteraad beslist op 20 juni over het budget": a decision still to be taken, with its
    /// date, puts no fault on anyone ("De wethouder heeft beslist…" does).
    func isScheduledDecision(_ s: Sentence, at m: Int) -> Bool {
        guard s[m].equals("beslist") || s[m].equals("besluit") else { return false }
        let start = s.clauseStart(of: m), end = s.clauseEnd(of: m)
        if (start..<m).contains(where: { Closed.haveVerbs.contains(s[$0]) || Closed.hadForms.contains(s[$0]) || Closed.copulas.contains(s[$0]) }) { return false }
        return (m + 1..<end).contains { isTimeWord(s, at: $0) }
    }

    /// "Dat is toch echt de schuld van jullie eigen bestuur", "Het is de schuld van hem": the fault named
    /// and given to the addressee's side or a third person. Not negated ("niet de schuld van u"), not
    /// one's own ("de schuld van ons", "van de gemeente").
    func isFaultOfOthers(_ s: Sentence) -> Bool {
        guard faultNouns.mayMatch(s), !s.endsWithQuestionMark, let f = s.firstIndex(of: "schuld"), s[f - 1].equals("de"), s[f + 1].equals("van") else { return false }
        let who = s[f + 2]
        guard Self.yourWords.contains(who) || addressees.contains(s, at: f + 2) || ["hem", "haar", "hen", "hun"].contains(who) else { return false }
        // "De schuld van u is het niet": a negation anywhere in the clause takes it back.
        let start = s.clauseStart(of: f), end = s.clauseEnd(of: f)
        return !(start..<end).contains { Closed.negations.contains(s[$0]) || s[$0].equals("nooit") }
    }

    /// "De aannemer heeft de klus niet afgemaakt", "omdat de afdeling Beheer uw melding niet heeft
    /// doorgezet", "De afdeling heeft uw brief nooit beantwoord": someone else, as the subject, failed to
    /// do something (a negated perfect). "nog niet" (not yet) reports progress; "onze afdeling" and a
    /// first-person subject own it; a question asks.
    func isOthersFailure(_ s: Sentence) -> Bool {
        guard !s.endsWithQuestionMark, blameTargets.mayMatch(s), let t = blameTargets.firstMatch(in: s),
              s[t.index - 1].equals("de") || s[t.index - 1].equals("het") else { return false }
        let start = s.clauseStart(of: t.index), end = s.clauseEnd(of: t.index)
        for k in start..<t.index where Closed.personPronouns.contains(s[k]) || firstPersonSubjects.contains(s, at: k) || addressees.contains(s, at: k) { return false }
        var aux = false, negated = false
        var k = t.index + t.length
        while k < end {
            let w = s[k]
            if firstPersonSubjects.contains(s, at: k) { return false }
            // "…maar de wethouder had het ook niet aan mij doorgegeven": the pluperfect too.
            if Closed.haveVerbs.contains(w) || Closed.hadForms.contains(w) || w.equals("is") || w.equals("zijn") { aux = true }
            if (w.equals("niet") || w.equals("nooit")) && !s[k - 1].equals("nog") { negated = true }
            else if negated && aux && Participle.isLikely(w) { return true }
            else if negated && Participle.isLikely(w) && (Closed.haveVerbs.contains(s[k + 1]) || s[k + 1].equals("is")) { return true }
            k += 1
        }
        return false
    }

    /// "De fout ligt echt bij Vergunningen", "Het probleem lag bij de aannemer": the fault noun as
    /// subject of "ligt/lag bij", placed with anyone but oneself ("ligt bij ons" acknowledges).
    func isFaultElsewhere(_ s: Sentence) -> Bool {
        guard faultNouns.mayMatch(s), let f = faultNouns.firstIndex(in: s), s[f - 1].equals("de") || s[f - 1].equals("het") else { return false }
        // "Uw buurman heeft de boel opgestookt, daar ligt het probleem": the fault pointed at ("daar")
        // after a clause naming someone else.
        if Closed.lieForms.contains(s[f - 2]) && (s[f - 3].equals("daar") || s[f - 3].equals("hier")), s.clauseStarts(at: f - 3),
           blameTargets.firstMatch(in: s, from: 0, to: f - 3) != nil {
            return true
        }
        var k = f + 1
        guard Closed.lieForms.contains(s[k]) else { return false }
        k += 1
        while k < f + 5 && fillers.contains(s, at: k) { k += 1 }
        guard s[k].equals("bij") else { return false }
        let who = s[k + 1]
        if who.equals("ons") || who.equals("mij") || who.equals("onze") || who.equals("mijn") || isOwnOrganisation(s, at: k + 2) { return false }
        // Someone: a listed target ("bij de aannemer"), a person ("bij u", "bij hen") or a bare name
        // ("bij Vergunningen", "bij Jansen"); "bij de riolering" places a cause in a thing (no blame).
        if blameTargets.firstMatch(in: s, from: k + 1, to: min(s.count, k + 4)) != nil { return true }
        if addressees.contains(s, at: k + 1) || Closed.personPronouns.contains(who) || who.equals("hem") || who.equals("haar") || who.equals("hen") || who.equals("hun") { return true }
        return !Self.articles.contains(who) && !who.isEmpty
    }

    /// "Zij hebben het verknald, niet wij", "…verprutst, niet door ons": a closing clause that takes
    /// the fault off oneself.
    func isNotUs(_ s: Sentence) -> Bool {
        var n = 1
        while n < s.count {
            if s.commaBefore[n] && s[n].equals("niet") {
                let p = ["door", "bij", "aan", "van"].contains(s[n + 1]) ? n + 2 : n + 1
                let end = s.clauseEnd(of: n)
                if (firstPersonSubjects.contains(s, at: p) || s[p].equals("ons") || s[p].equals("mij")) && end == p + 1 { return true }
                // "…, niet bij ons team", "…, niet bij onze afdeling", "…, niet (van) de gemeente".
                if (s[p].equals("ons") || s[p].equals("onze") || s[p].equals("mijn")) && end == p + 2 { return true }
                if isOwnOrganisation(s, at: p + 1) && end == p + 2 { return true }
            }
            n += 1
        }
        return false
    }

    /// "De buren hebben het zelf zo ver laten komen", "Dat is hun eigen schuld": the fault laid on the
    /// sufferers themselves. Said of oneself ("We hebben het zelf zo ver laten komen", "onze eigen
    /// schuld") it admits the fault instead.
    func isSelfInflicted(_ s: Sentence) -> Bool {
        guard selfInflicted.mayMatch(s), let m = selfInflicted.firstMatch(in: s) else { return false }
        let prev = s[m.index - 1]
        if prev.equals("onze") || prev.equals("mijn") || prev.equals("ons") { return false }
        return firstPersonSubjects.firstIndex(in: s, from: s.clauseStart(of: m.index), to: m.index) == nil
    }

    /// "De corporatie had het zelf moeten melden", "Dan had u eerder moeten bellen": what someone else
    /// should have done. The speaker's own "we hadden … moeten" acknowledges (isAcknowledge); "dat had
    /// eerder moeten gebeuren" names no one. The subject is read next to the had-form: a personal
    /// pronoun, or "de/het" + noun before it, or "de/het" right after it ("Dan had de aannemer…").
    func isOthersCounterfactual(_ s: Sentence) -> Bool {
        guard !s.endsWithQuestionMark, let h = s.firstIndex(in: Closed.hadForms), hasReproachModal(s, after: h) else { return false }
        let before = s[h - 1], after = s[h + 1]
        // A subject before the had-form ("De gemeente had u…"): then the word after it is the object.
        if Closed.personPronouns.contains(before) || firstPersonSubjects.contains(s, at: h - 1) || s[h - 2].equals("de") || s[h - 2].equals("het") {
            return !firstPersonSubjects.contains(s, at: h - 1) && !isOwnOrganisation(s, at: h - 1)
        }
        // Inverted after a fronted word: "Dan had de huurder…", "Dat had u…".
        if firstPersonSubjects.contains(s, at: h + 1) || isOwnOrganisation(s, at: h + 2) { return false }
        return Closed.personPronouns.contains(after) || ((after.equals("de") || after.equals("het")) && !s[h + 2].equals("zelf"))
    }

    /// The modal of a reproach after a had-form, in its clause: "moeten", or "kunnen" with a word that
    /// says it was in reach ("De buren hadden het ook eerder kunnen melden", "U had toch kunnen bellen").
    /// "Ze hadden het niet kunnen weten" excuses them; "Het had erger kunnen zijn" names no chance missed.
    func hasReproachModal(_ s: Sentence, after h: Int) -> Bool {
        let end = s.clauseEnd(of: h)
        if let m = s.firstIndex(of: "moeten", from: h + 1), m < end { return true }
        guard let m = s.firstIndex(of: "kunnen", from: h + 1), m < end else { return false }
        if (h + 1..<m).contains(where: { Closed.negations.contains(s[$0]) || s[$0].equals("nooit") }) { return false }
        return (h + 1..<m).contains { Self.inReachWords.contains(s[$0]) }
    }

    static let inReachWords = ["eerder", "ook", "zelf", "beter", "gewoon", "toch", "best"]

    /// "Het valt uiteindelijk best mee", "eerlijk gezegd valt de overlast reuze mee": the separable
    /// "meevallen" with its particle closing the clause, whatever stands between. "Het valt niet mee"
    /// (it is hard) is the opposite, and a question asks.
    func fallsShort(_ s: Sentence) -> Bool {
        // A bit test first: most lines have no form of "vallen" at all.
        guard !s.endsWithQuestionMark, let v = meevallenForms.firstIndex(in: s) else { return false }
        let end = s.clauseEnd(of: v)
        guard s[end - 1].equals("mee"), end - 1 > v, end - 1 - v <= 6 else { return false }
        return s.firstIndex(in: Closed.negations, from: v + 1, to: end) == nil
    }

    /// "(de) gemeente" is the speaker's own side in these conversations.
    @inline(__always)
    func isOwnOrganisation(_ s: Sentence, at k: Int) -> Bool {
        s[k].equals("gemeente") && s[k - 1].equals("de")
    }

    /// "Dat kwam doordat er deze zomer maar één vergunningverlener was": "maar" in an existential
    /// clause after a cause conjunction tells the scarcity that caused it; it plays nothing down.
    func isCauseCount(_ s: Sentence, at i: Int) -> Bool {
        var k = i - 1
        let start = s.clauseStart(of: i)
        while k > start && i - k <= 5 {
            if s[k].equals("er") && (s[k - 1].equals("doordat") || s[k - 1].equals("omdat") || s[k - 1].equals("want")) { return true }
            k -= 1
        }
        return false
    }

    /// "het gaat maar om twee nachten", "om hooguit vijftig mensen", "hoogstens 3 weken": an amount
    /// (a number word or digits) made small by a restricting adverb.
    func isRestrictedCount(_ s: Sentence, at i: Int) -> Bool {
        // A bit test: this runs at every word of a line that may hold a minimiser.
        guard countRestrictors.contains(s, at: i) else { return false }
        // "We hebben maar drie medewerkers": one's own scarcity excuses, it does not play down their harm.
        if s[i].equals("maar") && firstPersonSubjects.firstIndex(in: s, from: s.clauseStart(of: i), to: i) != nil { return false }
        // "het gaat maar om twee nachten"
        let j = s[i + 1].equals("om") ? i + 2 : i + 1
        let next = s[j]
        if numbers.contains(s, at: j) && !next.equals("een") { return true }
        return !next.isEmpty && next.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    func isMinimize(_ s: Sentence) -> Bool {
        if fallsShort(s) || isDiminutiveCount(s) { return true }
        var i = minimizers.mayMatch(s) ? 0 : s.count
        while i < s.count {
            var n = minimizers.matchLength(in: s, at: i)
            // A bit test first: this runs at every word of a line that may hold a minimiser.
            if n == 0 && countRestrictors.contains(s, at: i) && (isRestrictedCount(s, at: i) || isInvertedOnlyAbout(s, at: i)) { n = 1 }
            // "Dat is geen kleinigheid" turns the minimiser round: it acknowledges.
            if n > 0 && (s[i - 1].equals("geen") || s[i - 1].equals("niet")) && !s[i].equals("maar") && !s[i].equals("slechts") { i += 1; continue }
            // A minimiser is one stretch of speech: "U zegt dat het erg is, maar u moet…" is no "het is maar".
            if n > 1 && (i + 1..<i + n).contains(where: { s.commaBefore[$0] }) { i += 1; continue }
            if n > 0 {
                // "In andere wijken is het veel erger": a bare comparative plays it down only against others.
                if n == 1 && comparatives.contains(s, at: i) && !isWorseElsewhere(s, at: i) { i += 1; continue }
                // "Dat is niet veel" closes its clause; "Het is niet veel beter" goes on.
                let last = s[i + n - 1]
                if (last.equals("veel") || last.equals("zoveel")) && i + n < s.clauseEnd(of: i) { i += 1; continue }
                // "Er zijn nog maar een paar plekken vrij": "nog maar" in an "er is/zijn" clause counts
                // what is left, it does not play down a harm.
                if s[i].equals("maar") && s[i - 1].equals("nog") && s[s.clauseStart(of: i)].equals("er") { i += 1; continue }
                // "Dat kwam doordat er deze zomer maar één vergunningverlener was": the scarcity is the cause told.
                if s[i].equals("maar") && isCauseCount(s, at: i) { i += 1; continue }
                // "Ik bel maar om een paar vragen te stellen": "om … te" gives a purpose, it plays nothing down.
                if s[i].equals("maar") && s[i + 1].equals("om") && s.firstIndex(of: "te", from: i + 2).map({ $0 < s.clauseEnd(of: i) }) == true { i += 1; continue }
                // "…en van onze kant is dat nauwelijks beloond", "Wij hebben u nauwelijks geholpen": how little
                // one's own side did (a first-person word earlier in the clause, "nauwelijks" + the participle
                // closing it) admits a shortfall; it plays down no harm of theirs.
                if s[i].equals("nauwelijks") && Participle.isLikely(s[i + 1]) && s.clauseEnd(of: i) == i + 2,
                   firstPerson.firstIndex(in: s, from: s.clauseStart(of: i), to: i) != nil { i += 1; continue }
                // "Het was maar een idee (hoor)": one's own suggestion made modest, not their harm.
                if proposalNouns.contains(s, at: i + n) || (s[i + n].equals("een") && proposalNouns.contains(s, at: i + n + 1)) { i += 1; continue }
                // "maar" as a conjunction ("…, maar een oplossing…", "Ja maar…") is no minimiser.
                if s[i].equals("maar") && (s.clauseStarts(at: i) || s[i - 1].equals("ja") || s[i - 1].equals("en")) {
                    i += 1; continue
                }
                return true
            }
            i += 1
        }
        return false
    }
}

// Round 7 (dev set fresh9): recall rules, each behind a list bit test or a fixed-position word.
extension TrustAnalyzer {
    static let addresseeWords: Set<String> = ["u", "je", "jij", "jullie", "uw", "jouw"]

    /// "Dat u zich overvallen voelt, snap ik", "Dat uw vertrouwen een deuk heeft opgelopen, begrijp ik",
    /// "Uw frustratie snap ik wel": the addressee's experience fronted (a "dat"-clause about them, or
    /// their own noun phrase) and then granted with an inverted understanding verb (`grant_tails.txt`)
    /// that closes its clause. "…, begrijp ik niet" refuses; "Dat ik te laat was, begrijp ik" is about
    /// oneself; "Begrijp ik het goed dat…?" asks.
    func isFrontedGrant(_ s: Sentence) -> Bool {
        guard grantTails.mayMatch(s), !s.endsWithQuestionMark else { return false }
        // A clause opening with "dat" or a your-word must be there before any tail is worth matching.
        var opener = false, c = 0
        while c < s.count && !opener {
            opener = s[c].equals("dat") || Self.yourWords.contains(s[c])
            c = s.clauseEnd(of: c)
        }
        guard opener else { return false }
        var from = 1
        while let m = grantTails.firstMatch(in: s, from: from) {
            from = m.index + 1
            let end = s.clauseEnd(of: m.index)
            var e = m.index + m.length
            while e < end && fillers.contains(s, at: e) { e += 1 }
            guard e == end else { continue }
            if s.clauseStarts(at: m.index) {
                let p = s.clauseStart(of: m.index - 1)
                if s[p].equals("dat") && Self.addresseeWords.contains(s[p + 1]) { return true }
            } else {
                let c = s.clauseStart(of: m.index)
                // Only understanding: "Uw mail zie ik wel" is about reading it.
                let sees = s[m.index].equals("zie") || s[m.index].equals("merk") || s[m.index].equals("hoor")
                if !sees && Self.yourWords.contains(s[c]) && m.index - c >= 2 && m.index - c <= 3 { return true }
            }
        }
        return false
    }

    /// "Ik merk aan alles dat dit u raakt", "Ik zie aan uw gezicht dat het u pijn doet": a perception
    /// verb of one's own, "aan" + what it is read from, then a "dat"-clause about the addressee (a personal
    /// pronoun). "Ik zie aan de planning dat het mei wordt" perceives no experience of theirs; "Ik zie op de
    /// kaart dat uw straat erbij hoort" looks up a fact; "Als ik merk…" is a condition.
    func isPerceivedInThem(_ s: Sentence) -> Bool {
        guard perceivingVerbs.mayMatch(s), !s.endsWithQuestionMark, let p = perceivingVerbs.firstIndex(in: s), s[p - 1].equals("ik") else { return false }
        let i = p - 1
        guard !s[i - 1].equals("als"), !s[i - 1].equals("toen"), s[i + 2].equals("aan") else { return false }
        let end = s.clauseEnd(of: i)
        var d = i + 3
        while d < min(end, i + 6) && !s[d].equals("dat") {
            if Closed.negations.contains(s[d]) { return false }
            d += 1
        }
        guard d < end, s[d].equals("dat") else { return false }
        return (d + 1..<end).contains { Self.addresseeWords.contains(s[$0]) && !s[$0].equals("uw") && !s[$0].equals("jouw") }
    }

    /// "Wat een energie hebben jullie hierin gestoken", "Wat een moeite heeft u gedaan": an exclamation over
    /// the effort the addressee put in (`effort_nouns.txt`). "Wat een tijd heeft het gekost" names no one;
    /// "Wat een werk hebben we gehad" is one's own.
    func isEffortExclamation(_ s: Sentence) -> Bool {
        guard effortNouns.mayMatch(s), !s.endsWithQuestionMark else { return false }
        var c = 0
        while c < s.count {
            if s[c].equals("wat") && s[c + 1].equals("een") && effortNouns.contains(s, at: c + 2)
                && Closed.haveVerbs.contains(s[c + 3]) && Self.addresseeWords.contains(s[c + 4]) { return true }
            c = s.clauseEnd(of: c)
        }
        return false
    }

    /// "Ik bied u mijn excuses aan, want u bent slecht geinformeerd", "Je bent niet goed geholpen door
    /// ons": the addressee as the one poorly served (a copula, a manner word from `poor_treatment.txt`, a
    /// participle from `treatment_participles.txt`), owned by a first-person word in the sentence. "U bent
    /// slecht geinformeerd, de regels zijn anders" corrects them.
    func isOwnedPoorTreatment(_ s: Sentence) -> Bool {
        guard treatmentParticiples.mayMatch(s), poorTreatment.mayMatch(s), !s.endsWithQuestionMark,
              let m = poorTreatment.firstMatch(in: s) else { return false }
        let subjectFirst = Closed.copulas.contains(s[m.index - 1]) && Self.addresseeWords.contains(s[m.index - 2])
        let inverted = Self.addresseeWords.contains(s[m.index - 1]) && Closed.copulas.contains(s[m.index - 2])
        guard subjectFirst || inverted, treatmentParticiples.matchLength(in: s, at: m.index + m.length) > 0 else { return false }
        return firstPerson.firstIndex(in: s) != nil
    }

    /// "Wat er misging? Op de kaart stonden de verkeerde bomen aangekruist", "Waarom het zo lang duurde?
    /// Er moest eerst…": the speaker's own question in subordinate order (a subject after the question
    /// word, a past verb last), then the answer. "Wat is er misgegaan?" is a real question; an answer that
    /// says one does not know ("Dat weet ik niet") or turns to the addressee explains nothing.
    func isAnswerToOwnQuestion(_ s: Sentence, previous p: Sentence?) -> Bool {
        guard let p, p.endsWithQuestionMark, p.count >= 3, p.count <= 8, !s.endsWithQuestionMark else { return false }
        let q = p[0]
        guard q.equals("wat") || q.equals("waarom") || q.equals("hoe"), Self.embeddedSubjects.contains(p[1]) else { return false }
        let last = p[p.count - 1]
        guard pastVerbs.contains(last) || last.endsWith("de") || last.endsWith("te") || last.endsWith("ging") else { return false }
        if Self.addresseeWords.contains(s[0]) || Self.addresseeWords.contains(s[1]) { return false }
        return !knowingVerbs.containsAny(s) && s.firstIndex(of: "idee") == nil
    }

    static let embeddedSubjects: Set<String> = ["er", "het", "dat", "dit", "de", "die", "ik", "we", "wij", "onze", "mijn"]

    /// "Wat zou u dan van mij willen zien?", "Wat wilt u van ons?": the addressee asked what they want
    /// from the speaker's side (a wanting verb, "van mij/ons"). "Wat wilt u van mij weten?" asks what to
    /// tell them.
    func isAskFromUs(_ s: Sentence) -> Bool {
        guard firstPerson.mayMatch(s), wantingVerbs.mayMatch(s), let k = s.firstIndex(of: "van") else { return false }
        var v = k
        while v < s.count {
            if s[v].equals("van") && (s[v + 1].equals("mij") || s[v + 1].equals("me") || s[v + 1].equals("ons")) {
                let c = s.clauseStart(of: v), e = s.clauseEnd(of: v)
                if (c..<v).contains(where: { s[$0].equals("wat") }) && (c..<v).contains(where: { Self.addresseeWords.contains(s[$0]) })
                    && wantingVerbs.firstIndex(in: s, from: c, to: e) != nil
                    && !(min(v + 2, e)..<e).contains(where: { tellingVerbs.contains(s, at: $0) }) { return true }
            }
            v += 1
        }
        return false
    }


    /// "Dan hoor ik graag wat u nodig heeft om verder te kunnen", "Laat u mij weten wat u nodig heeft": a
    /// need asked in a statement, with a lead from `need_ask_leads.txt`, a question word, the addressee and a
    /// need marker. "Ik weet wat u nodig heeft" asks nothing; "Ik hoor graag wat u ervan vindt" asks no need.
    func isEmbeddedNeedAsk(_ s: Sentence) -> Bool {
        // The need marker first: the leads start with "ik", which most lines have.
        guard askNeed.mayMatch(s), needAskLeads.mayMatch(s), let l = needAskLeads.firstMatch(in: s) else { return false }
        let q = l.index + l.length
        guard Self.embeddedQuestionWords.contains(s[q]) else { return false }
        let end = s.clauseEnd(of: q)
        guard let m = askNeed.firstMatch(in: s, from: q + 1, to: end) else { return false }
        return (q + 1..<m.index).contains { Self.addresseeWords.contains(s[$0]) }
    }

    /// "Als het aan mij had gelegen, stond die drempel er allang, maar Verkeer houdt het tegen": what one
    /// would have done, then a "maar" clause about someone else who stops it. "Als het aan mij ligt, komt
    /// die drempel er" promises; "…, maar ik moet wachten" names no one else; "…, maar de regels zijn
    /// anders" holds up a rule (`defend_norms.txt`), not a person.
    func isUpToMeButOthers(_ s: Sentence) -> Bool {
        guard s[0].equals("als"), s[1].equals("het"), s[2].equals("aan"), s[3].equals("mij") || s[3].equals("ons") else { return false }
        guard s[4].equals("lag") || (s[4].equals("had") && s[5].equals("gelegen")) else { return false }
        var c = s.clauseEnd(of: 4)
        while c < s.count {
            let e = s.clauseEnd(of: c)
            if s[c].equals("maar") {
                return firstPerson.firstIndex(in: s, from: c, to: e) == nil && defendNorms.firstIndex(in: s, from: c, to: e) == nil
                    && !(c..<e).contains { Closed.negations.contains(s[$0]) }
            }
            c = e
        }
        return false
    }

    /// "De rommel komt toch vooral van de klanten van de snackbar", "Het lawaai kwam door de bezoekers": a
    /// nuisance (`nuisance_nouns.txt`) traced to other people (`people_nouns.txt` or a blame target).
    /// "De overlast komt van de bouwplaats" names a place; a negation or a question takes it back.
    func isNuisanceFromOthers(_ s: Sentence) -> Bool {
        guard nuisanceNouns.mayMatch(s), !s.endsWithQuestionMark, let n = nuisanceNouns.firstIndex(in: s) else { return false }
        let v = s[n + 1]
        guard v.equals("komt") || v.equals("kwam") || v.equals("komen") || v.equals("kwamen") else { return false }
        var k = n + 2
        while k < n + 5 && (fillers.contains(s, at: k) || mostlyWords.contains(s, at: k)) { k += 1 }
        guard s[k].equals("van") || s[k].equals("door") else { return false }
        var w = k + 1
        if Self.articles.contains(s[w]) || s[w].equals("hun") { w += 1 }
        let end = s.clauseEnd(of: n)
        if (s.clauseStart(of: n)..<end).contains(where: { Closed.negations.contains(s[$0]) }) { return false }
        return peopleNouns.contains(s, at: w) || peopleNouns.contains(s, at: w + 1) || blameTargets.matchLength(in: s, at: w) > 0
    }


    /// "We hebben ons aan de planning gehouden", "Ik heb me aan mijn belofte gehouden": one's own side held
    /// to anything (a perfect with a reflexive "ons/me" + "aan" + "gehouden", a first-person subject). "We
    /// hebben ons niet aan de planning gehouden" admits; "U heeft zich er niet aan gehouden" is about them;
    /// "Wij voelen ons aan het lijntje gehouden" has no have-verb.
    func isHeldToIt(_ s: Sentence) -> Bool {
        // Bit tests on the kept-words ("gehouden" is one), not a string scan of the line.
        var g = -1, from = 0
        while let k = keptWords.firstIndex(in: s, from: from) {
            if s[k].equals("gehouden") { g = k; break }
            from = k + 1
        }
        guard g >= 0 else { return false }
        let c = s.clauseStart(of: g)
        guard let a = (c..<g).first(where: { s[$0].equals("aan") }), a > c,
              (c..<a).contains(where: { s[$0].equals("ons") || s[$0].equals("me") || s[$0].equals("mij") }),
              firstPersonSubjects.firstIndex(in: s, from: c, to: a) != nil,
              // A perfect: "Ik voel me aan het lijntje gehouden" is being strung along, a pseudo-feeling.
              (c..<g).contains(where: { Closed.haveVerbs.contains(s[$0]) || Closed.hadForms.contains(s[$0]) }) else { return false }
        return !(c..<g).contains { Closed.negations.contains(s[$0]) || s[$0].equals("nooit") }
    }

    /// "Twee weekjes extra wachten", "een paar daagjes": a count of time made small with a diminutive
    /// (`time_diminutives.txt`). "twee weken" is only a duration; "over twee weekjes" dates a plan.
    func isDiminutiveCount(_ s: Sentence) -> Bool {
        guard timeDiminutives.mayMatch(s), let d = timeDiminutives.firstIndex(in: s) else { return false }
        var c = d - 1
        if s[c].equals("paar") && s[c - 1].equals("een") { c -= 1 }
        else if !numbers.contains(s, at: c) && !s[c].equals("paar") { return false }
        return !Self.timePrepositions.contains(s[c - 1])
    }

    static let timePrepositions: Set<String> = ["over", "binnen", "na", "in", "voor", "om"]

    /// "Excuses, al gaat het uiteindelijk maar om één ophaalronde": "maar om" after an inverted "gaat het",
    /// with words between ("Het gaat maar om" is a listed phrase).
    func isInvertedOnlyAbout(_ s: Sentence, at i: Int) -> Bool {
        guard s[i].equals("maar"), s[i + 1].equals("om"), !s.endsWithQuestionMark else { return false }
        let c = s.clauseStart(of: i)
        var k = max(c, i - 4)
        while k < i - 1 {
            if (s[k].equals("gaat") || s[k].equals("ging")) && s[k + 1].equals("het") { return true }
            k += 1
        }
        return false
    }

    /// "…bij u voor de deur", "…bij jullie": the plan puts the speaker at the addressee's place.
    func isAtAddressee(_ s: Sentence, from: Int, to: Int) -> Bool {
        (from..<to).contains { s[$0].equals("bij") && Self.addresseeWords.contains(s[$0 + 1]) && !s[$0 + 1].equals("uw") }
    }

    /// "Volgende week dinsdag zet de aannemer hem terug", "Donderdag komt de monteur": a job scheduled
    /// for someone the speaker's side sends (`visitor_nouns.txt`), said with its time first: the time words
    /// (and "week", "om … uur"), a verb, then "de/een" + the visitor. "Volgende week zet de buurman hem terug"
    /// names no one sent; a negation or a past takes it back.
    func isTimedDispatch(_ s: Sentence, from: Int, to: Int) -> Bool {
        guard visitorNouns.mayMatch(s), !s.endsWithQuestionMark, isTimeWord(s, at: from) else { return false }
        var k = from + 1
        while k < min(to, from + 5) && (isTimeWord(s, at: k) || Self.timeFillers.contains(s[k]) || numbers.contains(s, at: k)) { k += 1 }
        let v = k
        guard v + 2 < to, s[v + 1].equals("de") || s[v + 1].equals("een"), visitorNouns.contains(s, at: v + 2) else { return false }
        if Self.articles.contains(s[v]) || pastVerbs.contains(s, at: v) || s[v].endsWith("de") || s[v].endsWith("te") { return false }
        // "Morgen is de monteur vrij" states a fact; "Binnen staat de monteur" is a place.
        if Closed.copulas.contains(s[v]) || Closed.haveVerbs.contains(s[v]) || (s[from].equals("binnen") && !numbers.contains(s, at: from + 1)) { return false }
        return !(from..<to).contains { Closed.negations.contains(s[$0]) || pastMarkers.contains(s, at: $0) }
    }

    static let timeFillers: Set<String> = ["week", "maand", "om", "uur", "half", "kwart", "over", "voor", "na"]
}

// Round 8 (dev set fresh11-trust): rules for whole families of Dutch, each behind a list bit test.
extension TrustAnalyzer {
    static let addresseeSubjects: Set<String> = ["u", "je", "jij", "jullie"]
    static let prepositions: Set<String> = ["bij", "voor", "met", "aan", "van", "naar", "op", "over", "tegen", "door", "om"]
    /// Clause openers after which a went-wrong phrase is a condition, a question or an account, not an admission.
    static let subordinateOpeners: Set<String> = ["als", "wat", "toen", "wanneer", "of", "hoe", "waarom", "zodra", "voordat",
                                                  "doordat", "omdat", "waardoor", "tenzij", "wie", "waar", "mocht", "indien"]
    static let elsewhereWords: Set<String> = ["andere", "anderen", "elders", "anders"]
    static let hardToWords: Set<String> = ["moeilijk", "lastig", "zwaar", "slecht", "nauwelijks", "amper", "niet"]

    /// "Logisch dat de groep het vertrouwen in ons kwijt is", "Het is volkomen te begrijpen dat u zich…",
    /// "Geen wonder dat jullie boos zijn": a stance word from `understandable_words.txt` granting the other's
    /// reaction in a dat-clause that names them (the addressee, a group of people from `people_nouns.txt`, a
    /// feeling, or "ons/mij" as what it is aimed at). Only a few words may stand before it in its clause ("Het
    /// is (heel) …"), none a negation or "als"; "Het is logisch dat we eerst…" justifies one's own side;
    /// "Het is logisch dat de brug eerst gekeurd wordt" names no one; "moeilijk te begrijpen" reproaches.
    func isUnderstandableThat(_ s: Sentence) -> Bool {
        guard understandableWords.mayMatch(s), !s.endsWithQuestionMark else { return false }
        var from = 0
        while let m = understandableWords.firstMatch(in: s, from: from) {
            from = m.index + 1
            var d = m.index + m.length
            while d < m.index + m.length + 2 && (fillers.contains(s, at: d) || intensifiers.contains(s, at: d)) && !s[d].equals("dat") { d += 1 }
            guard s[d].equals("dat") else { continue }
            let c = s.clauseStart(of: m.index)
            guard m.index - c <= 5, !Self.hardToWords.contains(s[m.index - 1]) || s[m.index].equals("niet"),
                  !(c..<m.index).contains(where: { Closed.negations.contains(s[$0]) || s[$0].equals("als") || s[$0].equals("nooit") }) else { continue }
            guard !firstPersonSubjects.contains(s, at: d + 1) else { continue }
            let e = s.clauseEnd(of: d)
            if (d + 1..<e).contains(where: { Self.addresseeWords.contains(s[$0]) || peopleNouns.contains(s, at: $0) || feelings.contains(s, at: $0)
                || s[$0].equals("ons") || s[$0].equals("mij") || s[$0].equals("me") }) { return true }
        }
        return false
    }

    /// "Dat is echt misgegaan", "hier is het bij ons fout gegaan", "we hebben jullie te lang in het ongewisse
    /// gelaten": a phrase from `went_wrong.txt` owned by a first-person word in its clause or said of
    /// "het/dat/dit/er". Not negated or played down ("Er is niets misgegaan", "weinig misgegaan"), not with a
    /// third party in the clause ("Bij de aannemer is het misgegaan", "Ze hebben ons in de kou laten staan",
    /// "U bent de mist in gegaan"), not in a clause that opens as a condition or question ("Wat er misging, …").
    func isWentWrong(_ s: Sentence) -> Bool {
        guard wentWrong.mayMatch(s), !s.endsWithQuestionMark, let m = wentWrong.firstMatch(in: s) else { return false }
        let c = s.clauseStart(of: m.index), e = s.clauseEnd(of: m.index)
        if Self.subordinateOpeners.contains(s[c]) { return false }
        let phrase = m.index..<(m.index + m.length)
        // "Ik voel me in de steek gelaten door de buren": one's own feeling, or an agent after "door".
        if voelVerbs.firstIndex(in: s, from: c, to: e) != nil { return false }
        if let d = s.firstIndex(of: "door", from: phrase.upperBound), d < e { return false }
        for k in c..<e where !phrase.contains(k) {
            let w = s[k]
            if Closed.negations.contains(w) || w.equals("nooit") || w.equals("weinig") || w.equals("nauwelijks") || w.equals("amper") { return false }
        }
        // A third party before any first-person subject is the one it is said of ("De aannemer heeft ons in de
        // steek gelaten"); after it, it is the object of one's own act ("We hebben de bewoners … gelaten").
        let subject = firstPersonSubjects.firstIndex(in: s, from: c, to: m.index) ?? e
        if let t = blameTargets.firstMatch(in: s, from: c, to: e), t.index < subject { return false }
        if let p = peopleNouns.firstIndex(in: s, from: c, to: e), p < subject { return false }
        var own = false, pronoun = false
        for k in c..<m.index {
            let w = s[k]
            if firstPerson.contains(s, at: k) { own = true }
            if w.equals("het") || w.equals("dat") || w.equals("dit") || w.equals("er") { pronoun = true }
            if !own && (w.equals("hij") || w.equals("zij") || w.equals("ze")) { return false }
            if !own && Self.addresseeSubjects.contains(w) && !Self.prepositions.contains(s[k - 1]) { return false }
        }
        // "Het ging mis vanwege een verkeerde planning", "Het liep mis doordat…": with its cause told after it,
        // a bare "het" tells what happened (explain); only a first-person word still owns it.
        if !own && explain.firstMatch(in: s, from: m.index + m.length) != nil { return false }
        return own || pronoun
    }

    /// "Dit hebben we slecht aangepakt", "Ik heb het verkeerd begrepen", "We hebben u te laat geïnformeerd":
    /// one's own act done poorly (a first-person subject, a have-verb, a manner word from `poor_treatment.txt`
    /// right before a participle). Not negated ("We hebben het niet slecht gedaan"), not a condition or a
    /// question; "We hebben slecht nieuws gekregen" has no participle right after the manner word.
    func isOwnPoorHandling(_ s: Sentence) -> Bool {
        guard poorTreatment.mayMatch(s), !s.endsWithQuestionMark else { return false }
        var from = 0
        while let m = poorTreatment.firstMatch(in: s, from: from) {
            from = m.index + 1
            let c = s.clauseStart(of: m.index), e = s.clauseEnd(of: m.index)
            let after = m.index + m.length
            let p = fillers.contains(s, at: after) ? after + 1 : after
            guard p < e, Participle.isLikely(s[p]), !Self.subordinateOpeners.contains(s[c]),
                  firstPersonSubjects.firstIndex(in: s, from: c, to: m.index) != nil,
                  (c..<m.index).contains(where: { Closed.haveVerbs.contains(s[$0]) || Closed.hadForms.contains(s[$0]) }) else { continue }
            if (c..<e).contains(where: { !(m.index..<after).contains($0) && (Closed.negations.contains(s[$0]) || s[$0].equals("nooit")) }) { continue }
            return true
        }
        return false
    }

    /// "Wat u beschrijft klinkt echt uitputtend", "Dat klinkt als een nachtmerrie", "Uw verhaal klonk heel
    /// schrijnend": their account called hard with "klinkt/klonk" + (intensifiers) + a word from
    /// `empathy_adjectives.txt` that ends the clause or goes on with "voor u" or "dat". "Dat klinkt niet zo
    /// zwaar" is negated; "Het klinkt zwaarder dan het is" goes on.
    func isSoundsHard(_ s: Sentence) -> Bool {
        guard empathyAdjectives.mayMatch(s), !s.endsWithQuestionMark else { return false }
        var from = 0
        while let a = empathyAdjectives.firstIndex(in: s, from: from) {
            from = a + 1
            var k = a - 1
            if s[k].equals("een") && s[k - 1].equals("als") { k -= 2 }
            while k > a - 5 && k > 0 && (fillers.contains(s, at: k) || intensifiers.contains(s, at: k)) && !s[k].equals("klinkt") { k -= 1 }
            let v = s[k]
            guard v.equals("klinkt") || v.equals("klonk") || v.equals("klinken") else { continue }
            if (k..<a).contains(where: { Closed.negations.contains(s[$0]) }) { continue }
            let next = s[a + 1]
            if a + 1 == s.clauseEnd(of: a) || next.equals("dat") || (next.equals("voor") && Self.addresseeWords.contains(s[a + 2])) { return true }
        }
        return false
    }

    /// "Excuses, ik was twee weken ziek", "We waren die maand zwaar onderbezet": one's own absence or shortage
    /// (`cause_nouns.txt`) with a first-person subject and a past copula in the clause, told as the cause.
    /// "Ik ben morgen afwezig" is a plan; "Ik was niet ziek" denies.
    func isOwnAbsence(_ s: Sentence) -> Bool {
        guard causeNouns.mayMatch(s), !s.endsWithQuestionMark, let m = causeNouns.firstMatch(in: s) else { return false }
        let c = s.clauseStart(of: m.index), e = s.clauseEnd(of: m.index)
        guard let subject = firstPersonSubjects.firstIndex(in: s, from: c, to: m.index), !Self.subordinateOpeners.contains(s[c]) else { return false }
        let past = (max(c, subject - 1)..<m.index).contains { s[$0].equals("was") || s[$0].equals("waren") }
            || (m.index + m.length..<e).contains { s[$0].equals("geweest") }
        return past && !(c..<e).contains { Closed.negations.contains(s[$0]) || s[$0].equals("nooit") }
    }

    /// "…, en bovendien komt het door uw eigen late aanmelding", "Dat kwam door jullie eigen keuze": the cause
    /// placed with the addressee (a cause verb, then "door/aan" + u/uw/je/jullie). Not negated ("Het kwam niet
    /// door u"), not a question.
    func isCauseWithAddressee(_ s: Sentence) -> Bool {
        guard causeVerbs.mayMatch(s), !s.endsWithQuestionMark, let v = causeVerbs.firstIndex(in: s) else { return false }
        let c = s.clauseStart(of: v), e = s.clauseEnd(of: v)
        var k = v + 1
        while k < min(e, v + 4) {
            if (s[k].equals("door") || s[k].equals("aan")) && (Self.addresseeWords.contains(s[k + 1]) || s[k + 1].equals("uzelf") || s[k + 1].equals("jezelf")) {
                return !(c..<e).contains { Closed.negations.contains(s[$0]) || s[$0].equals("nooit") }
            }
            k += 1
        }
        return false
    }

    /// "Het is te wijten aan de aannemer", "toe te schrijven aan uw late melding": an explain marker ending on
    /// "aan" that pins the cause on someone (a blame target or the addressee) blames instead of explaining.
    func isPinnedOnSomeone(_ s: Sentence, marker m: (index: Int, length: Int)) -> Bool {
        let after = m.index + m.length
        guard s[after - 1].equals("aan") else { return false }
        return Self.addresseeWords.contains(s[after]) || blameTargets.firstMatch(in: s, from: after, to: min(s.count, after + 3)) != nil
    }

    /// "In andere wijken is de overlast veel erger", "Andere bewoners wachten nog veel langer": a comparative
    /// (`comparatives.txt`, listed in `minimizers.txt`) that plays the harm down only against others: an
    /// "andere/anderen/elders" before it in its clause, no addressee before it ("Bij u is het erger dan
    /// elders" grants their case), no negation, not a question.
    func isWorseElsewhere(_ s: Sentence, at i: Int) -> Bool {
        guard !s.endsWithQuestionMark else { return false }
        let c = s.clauseStart(of: i), e = s.clauseEnd(of: i)
        guard (c..<i).contains(where: { Self.elsewhereWords.contains(s[$0]) }) else { return false }
        return !(c..<i).contains { Self.addresseeWords.contains(s[$0]) } && !(c..<e).contains { Closed.negations.contains(s[$0]) }
    }

    /// "Dat komt goed uit, dinsdag kan ik ook", "Donderdag kunnen we wel": a clause that ends on "kan/kunnen" +
    /// the speaker (+ ook/wel/prima) says when one is free, it promises nothing.
    func isAvailability(_ s: Sentence, from: Int, to: Int) -> Bool {
        var k = to - 1
        while k > from && (s[k].equals("ook") || s[k].equals("wel") || s[k].equals("prima") || s[k].equals("dan") || s[k].equals("gewoon")) { k -= 1 }
        guard k - 1 > from else { return false }
        let modal = { (w: String) in w.equals("kan") || w.equals("kunnen") }
        return (firstPersonSubjects.contains(s, at: k) && modal(s[k - 1])) || (modal(s[k]) && firstPersonSubjects.contains(s, at: k - 1))
    }
}
