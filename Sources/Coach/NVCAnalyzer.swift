/// Reads Rosenberg's steps in a sentence: observation, evaluation, feeling, pseudo-feeling, need,
/// request, demand (labels.md, "nvc").
struct NVCAnalyzer: Sendable {
    let generalisers: WordList
    let evaluativeLabels: WordList
    let feelings: WordList
    let feelingPhrases: WordList
    let feelingVerbs: WordList
    let voelVerbs: WordList
    let intensifiers: WordList
    let pseudoFeelings: WordList
    let pseudoOpeners: WordList
    let needs: WordList
    let needMarkers: WordList
    let virtueWords: WordList
    let requestPhrases: WordList
    let demandPhrases: WordList
    let obligationModals: WordList
    let addressees: WordList
    let imperatives: WordList
    let invitationVerbs: WordList
    let softeners: WordList
    let firstPerson: WordList
    let subjectPronouns: WordList
    let pastVerbs: WordList
    let quoteVerbs: WordList
    let perception: WordList
    let numbers: WordList
    let timeWords: WordList
    let connectors: WordList
    let subordinators: WordList
    let imperativeExceptions: WordList
    let determiners: WordList
    let greetings: WordList
    let nonVerbOpeners: WordList
    let questionWords: WordList
    let finiteVerbs: WordList
    let objectOpeners: WordList
    let ippModals: WordList
    let needFillers: WordList
    let givingVerbs: WordList
    let deadlineWords: WordList
    let immediateWords: WordList
    let seeingVerbs: WordList
    let generaliserExceptions: WordList
    let pastLookalikes: WordList

    init(lexicon: Lexicon) {
        quoteVerbs = lexicon.list("quote_verbs")
        generaliserExceptions = lexicon.list("generaliser_exceptions")
        pastLookalikes = lexicon.list("past_lookalikes")
        ippModals = lexicon.list("ipp_modals")
        needFillers = lexicon.list("need_fillers")
        givingVerbs = lexicon.list("giving_verbs")
        deadlineWords = lexicon.list("deadline_words")
        immediateWords = lexicon.list("immediate_words")
        seeingVerbs = lexicon.list("seeing_verbs")
        nonVerbOpeners = lexicon.list("non_verb_openers")
        questionWords = lexicon.list("question_words")
        finiteVerbs = lexicon.list("finite_verbs")
        objectOpeners = lexicon.list("object_openers")
        greetings = lexicon.list("greetings")
        determiners = lexicon.list("determiners")
        imperativeExceptions = lexicon.list("imperative_exceptions")
        subordinators = lexicon.list("subordinators")
        generalisers = lexicon.list("generalisers")
        evaluativeLabels = lexicon.list("evaluative_labels")
        feelings = lexicon.list("feelings")
        feelingPhrases = lexicon.list("feeling_phrases")
        feelingVerbs = lexicon.list("feeling_verbs")
        voelVerbs = lexicon.list("voel_verbs")
        intensifiers = lexicon.list("intensifiers")
        pseudoFeelings = lexicon.list("pseudo_feelings")
        pseudoOpeners = lexicon.list("pseudo_feeling_openers")
        needs = lexicon.list("needs")
        needMarkers = lexicon.list("need_markers")
        virtueWords = lexicon.list("virtue_words")
        requestPhrases = lexicon.list("request_phrases")
        demandPhrases = lexicon.list("demand_phrases")
        obligationModals = lexicon.list("obligation_modals")
        addressees = lexicon.list("addressee_subjects")
        imperatives = lexicon.list("imperative_verbs")
        invitationVerbs = lexicon.list("invitation_verbs")
        softeners = lexicon.list("softeners")
        firstPerson = lexicon.list("first_person")
        subjectPronouns = lexicon.list("subject_pronouns")
        pastVerbs = lexicon.list("past_verbs")
        perception = lexicon.list("perception_phrases")
        numbers = lexicon.list("numbers")
        timeWords = lexicon.list("time_words")
        connectors = lexicon.list("connectors")
    }

    func analyze(_ s: Sentence, question: QuestionTag, into tags: inout Set<NVCTag>) {
        guard !s.isEmpty else { return }
        let evaluation = hasGeneraliser(s) || hasEvaluativeLabel(s) || hasInflectedLabel(s) || deniedVirtue(s) != nil
        if evaluation { tags.insert(.evaluation) }

        let (feeling, pseudo) = feelingTags(s)
        if feeling { tags.insert(.feeling) }
        if pseudo { tags.insert(.pseudoFeeling) }

        if isNeed(s) { tags.insert(.need) }

        let demand = isDemand(s, question: question)
        if demand { tags.insert(.demand) }
        if !demand && isRequest(s) { tags.insert(.request) }

        if question == .none {
            if !evaluation {
                if isObservation(s, upTo: s.count) { tags.insert(.observation) }
            } else {
                // "U kwam gisteren een half uur te laat, dat is echt respectloos": the facts in clauses of
                // their own before the verdict are still an observation (Rosenberg: keep the two apart).
                let verdict = s.clauseStart(of: evaluationStart(s))
                if verdict > 0 && isObservation(s, upTo: verdict) { tags.insert(.observation) }
            }
        }
    }

    /// Index of the first judging word (asked only when the sentence has one, so it may be slow).
    func evaluationStart(_ s: Sentence) -> Int {
        var first = s.count
        if let m = generalisers.firstMatch(in: s) { first = m.index }
        if let m = evaluativeLabels.firstMatch(in: s, to: first) { first = m.index }
        for k in 0..<first where isInflectedLabel(s.words[k]) { return k }
        if let v = deniedVirtue(s), v < first { first = v }
        return first
    }

    /// "je bent gewoon niet betrouwbaar", "dat is niet eerlijk", "jullie zijn echt niet professioneel":
    /// a virtue (`virtue_words.txt`) denied right after "niet" (one degree word may stand between) judges
    /// as a label does. Not a question ("Is dat niet redelijk?"), not before a participle ("niet serieus
    /// genomen" is a pseudo-feeling, "niet eerlijk verdeeld" tells how something was done).
    /// Returns the index of the denied virtue.
    func deniedVirtue(_ s: Sentence) -> Int? {
        guard virtueWords.mayMatch(s), !s.endsWithQuestionMark else { return nil }
        var k = 1
        while k < s.count {
            let n = virtueWords.matchLength(in: s, at: k)
            if n > 0 {
                let negated = s[k - 1].equals("niet") || (k >= 2 && s[k - 2].equals("niet") && Self.degreeWords.contains(s[k - 1]))
                let next = s[k + n]
                // "dat u mij niet serieus neemt", "niet eerlijk verdeeld": the virtue as an adverb of a verb
                // (a participle or a finite form after it) tells how something is done.
                let verbAfter = k + n < s.count && !s.commaBefore[k + n] && !next.equals("genoeg")
                    && (Participle.isLikely(next) || (next.utf8.count > 3 && (next.endsWith("t") || next.endsWith("en"))))
                if negated && !verbAfter && !next.equals("gezegd") {
                    return k
                }
                k += n
            } else {
                k += 1
            }
        }
        return nil
    }

    static let degreeWords: Set<String> = ["echt", "zo", "erg", "heel", "bepaald", "bijster", "helemaal", "al", "bijzonder", "altijd", "erg", "nou"]

    /// A generaliser, except as the addressee of a greeting ("Goedemiddag iedereen"), inside a set
    /// phrase that generalises about nobody ("Iedereen is welkom", "U kunt altijd bellen", "Je weet
    /// nooit"), narrowed by a relative clause ("Iedereen die zich heeft aangemeld, krijgt…") or
    /// counting back over a number just given ("drie keer gebeld en elke keer de voicemail").
    func hasGeneraliser(_ s: Sentence) -> Bool {
        var from = 0
        while let m = generalisers.firstMatch(in: s, from: from) {
            if !isBoundGeneraliser(s, at: m.index, length: m.length) { return true }
            from = m.index + m.length
        }
        return false
    }

    /// Whether the generaliser at `g` is bound to a greeting, a set phrase, a relative clause or a count.
    func isBoundGeneraliser(_ s: Sentence, at g: Int, length: Int) -> Bool {
        if greetings.contains(s, at: g - 1) { return true }
        if generaliserExceptions.mayMatch(s) {
            for k in max(0, g - 3)...g where generaliserExceptions.matchLength(in: s, at: k) > g - k { return true }
        }
        // "iedereen die zich heeft aangemeld": the relative clause names a defined group. "Iedereen die ik
        // spreek…" still generalises from the speaker's own sample.
        if s[g].equals("iedereen") && (s[g + 1].equals("die") || s[g + 1].equals("wie")) && !firstPerson.contains(s, at: g + 2) { return true }
        if isOneOccasion(s, at: g) || isQuotedFromAddressee(s, at: g) { return true }
        // "morgen de hele dag", "zaterdag de hele middag": one named day, not all the time.
        // "Vorige week dinsdag stond de container de hele dag voor uw deur": a named moment earlier in the
        // clause makes it that one day. "Je zit de hele dag te gamen" names none.
        if s[g].equals("de") && s[g + 1].equals("hele") {
            if deadlineWords.contains(s, at: g - 1) || timeWords.contains(s, at: g - 1) { return true }
            if (s.clauseStart(of: g)..<g).contains(where: { isMoment(s, at: $0) }) { return true }
        }
        // "Op de laatste drie bewonersavonden zaten er telkens…": "telkens" ranges over the counted occasions.
        if length == 1 && s[g].equals("telkens") {
            var k = 0
            while k < g {
                if numbers.contains(s, at: k) && s[k + 1].endsWith("en") && k + 1 < g { return true }
                k += 1
            }
        }
        // "twee keer … en elke keer": "elke keer" ranges over the counted times, not over all time.
        if length > 1 && s[g + length - 1].equals("keer") {
            var k = 1
            while k < g {
                if s[k].equals("keer") && (numbers.contains(s, at: k - 1) || isDigits(s[k - 1])) { return true }
                k += 1
            }
        }
        return false
    }

    /// "Op de bewonersavond van 3 oktober was er niemand van de corporatie aanwezig", "Gisteren waren
    /// er iedereen…": "niemand/iedereen" counting the people at one past occasion (a past verb in its
    /// clause and a moment in the sentence up to there) is a checkable fact, not a sweeping judgement.
    /// "Niemand luistert hier ooit" has neither.
    func isOneOccasion(_ s: Sentence, at g: Int) -> Bool {
        guard s[g].equals("niemand") || s[g].equals("iedereen") else { return false }
        let start = s.clauseStart(of: g), end = s.clauseEnd(of: g)
        guard (start..<end).contains(where: { pastVerbs.contains(s, at: $0) }) else { return false }
        return (0..<end).contains { isMoment(s, at: $0) }
    }

    /// "U zei vorige week letterlijk: 'jullie komen altijd te laat'", "U zei dat wij nooit terugbellen":
    /// the generaliser is the addressee's, quoted back to them after "u zei / zei u" in an earlier
    /// clause. "U zegt dat, maar jullie komen altijd te laat" judges again in one's own "maar" clause.
    func isQuotedFromAddressee(_ s: Sentence, at g: Int) -> Bool {
        guard quoteVerbs.mayMatch(s), let q = quoteVerbs.firstIndex(in: s, to: g),
              addressees.contains(s, at: q - 1) || addressees.contains(s, at: q + 1) else { return false }
        let c = s.clauseStart(of: g)
        return c > q + 1 && !s[c].equals("maar")
    }

    /// "schandalige", "waardeloze", "trage", "stomme": an attributive -e form of a listed label.
    func hasInflectedLabel(_ s: Sentence) -> Bool {
        // The closures capture the one list, not `self`: capturing self copied the whole analyzer per call.
        for w in s.words where isInflectedLabel(w) { return true }
        return false
    }

    /// A listed label, unless it stands in a concessive "ook/zelfs als" clause about a thing: "Eerlijkheid
    /// is belangrijk voor mij, ook als het nieuws slecht is" supposes, it judges nothing. "Ook als u zo
    /// onbeschoft blijft, …" still labels a person.
    func hasEvaluativeLabel(_ s: Sentence) -> Bool {
        var from = 0
        while let m = evaluativeLabels.firstMatch(in: s, from: from) {
            if !isConcessiveSupposition(s, at: m.index) { return true }
            from = m.index + 1
        }
        return false
    }

    func isConcessiveSupposition(_ s: Sentence, at i: Int) -> Bool {
        let c = s.clauseStart(of: i)
        guard s[c].equals("ook") || s[c].equals("zelfs"), s[c + 1].equals("als") || s[c + 1].equals("wanneer"), c + 2 < i else { return false }
        return !(c + 2..<i).contains { Closed.personPronouns.contains(s[$0]) || addressees.contains(s, at: $0) || subjectPronouns.contains(s, at: $0) }
    }

    func isInflectedLabel(_ w: String) -> Bool {
        guard w.endsWith("e") && w.count > 4 else { return false }
        let labels = evaluativeLabels
        if Inflection.anyAdjectiveBase(of: w, where: { labels.contains($0) }) { return true }
        // Superlatives judge hardest: "de slechtste wijk", "het stomste idee".
        return w.endsWith("ste") && w.count > 5
            && Inflection.anyAdjectiveBase(of: String(w.dropLast(3)) + "e", where: { labels.contains($0) })
    }

    // MARK: feelings

    /// (feeling, pseudo-feeling) for the sentence.
    func feelingTags(_ s: Sentence) -> (Bool, Bool) {
        var feeling = false
        var pseudo = pseudoOpeners.matches(s)
        if feelingPhrases.matches(s) { feeling = true }
        var i = 0
        while i < s.count {
            // "ik voel me …", "voel ik me …", "wij voelen ons …"
            if voelVerbs.contains(s, at: i) {
                var k = i + 1
                if s[k].equals("ik") || s[k].equals("we") || s[k].equals("wij") { k += 1 }
                if s[k].equals("me") || s[k].equals("mij") || s[k].equals("ons") {
                    k += 1
                    switch feltWord(s, from: k) {
                    case .feeling: feeling = true
                    case .pseudo: pseudo = true
                    case .unknown: break
                    }
                }
            }
            i += 1
        }
        if !feeling {
            // "Ik ben teleurgesteld", "werd ik ongerust", "Dat maakt me verdrietig": own feeling in a clause.
            var c = 0
            while c < s.count {
                let end = s.clauseEnd(of: c)
                if clauseHasOwnFeeling(s, from: c, to: end) { feeling = true; break }
                c = end
            }
        }
        return (feeling, pseudo)
    }

    enum Felt { case feeling, pseudo, unknown }

    /// What follows "voel me" in its clause: a pseudo-feeling (listed, or a participle such as "genegeerd"),
    /// a feeling word, or neither. "Ik voel me door jullie aan de kant gezet" is found past "door jullie".
    func feltWord(_ s: Sentence, from: Int) -> Felt {
        let end = s.clauseEnd(of: max(from - 1, 0))
        var k = from
        while k < end {
            if pseudoFeelings.matchLength(in: s, at: k) > 0 { return .pseudo }
            if isFeelingWord(s, at: k) { return .feeling }
            let w = s[k]
            // "Ik voel me geroepen om…", "genoodzaakt om…": a participle leading to a purpose is a
            // disposition, not what others did to one (listed pseudo-feelings are found above).
            if Participle.isLikely(w) { return s[k + 1].equals("om") ? .unknown : .pseudo }
            if w.equals("alsof") || w.equals("als") { return .pseudo }
            k += 1
        }
        return .unknown
    }

    /// A feeling word, also as comparative or inflected ("rustiger", "bange").
    func isFeelingWord(_ s: Sentence, at k: Int) -> Bool {
        if feelings.matchLength(in: s, at: k) > 0 { return true }
        let w = s[k]
        let length = w.utf8.count
        if length > 5 && w.endsWith("er") && feelings.words.contains(String(w.dropLast(2))) { return true }
        if length > 4 && w.endsWith("e") {
            let feelingWords = feelings.words
            if Inflection.anyAdjectiveBase(of: w, where: { feelingWords.contains($0) }) { return true }
        }
        return false
    }

    func clauseHasOwnFeeling(_ s: Sentence, from: Int, to: Int) -> Bool {
        var own = false
        var verb = false
        for k in from..<max(from, to) {
            let w = s[k]
            // "tegen mij", "met mij": a first person after a preposition is not who feels
            // ("Mevrouw Jansen zei tegen mij dat ze teleurgesteld was").
            if w.equals("ik") || w.equals("we") || w.equals("wij") || ((w.equals("me") || w.equals("mij")) && !Self.prepositions.contains(s[k - 1])) { own = true }
            if !verb && feelingVerbs.contains(s, at: k) { verb = true }
        }
        // Feeling words are the costly test (inflections), so only in clauses that could own one.
        guard own && verb else { return false }
        for k in from..<to where isFeelingWord(s, at: k) { return true }
        return false
    }

    /// Prepositions that make "me/mij" an object of talk rather than the one who feels.
    static let prepositions: Set<String> = ["tegen", "met", "bij", "aan", "naar", "over", "van", "voor", "zonder", "achter", "om"]

    // MARK: needs

    /// "Ik heb behoefte aan …", "… is (heel) belangrijk voor mij/ons": a need named as one's own.
    func isNeed(_ s: Sentence) -> Bool {
        guard firstPerson.matches(s) else { return false }
        // "Wat heeft u van ons nodig om weer vertrouwen te krijgen?" asks for their need; it names none of one's own.
        if s.endsWithQuestionMark && questionWords.contains(s, at: 0) { return false }
        if let b = s.firstIndex(of: "behoefte"), s[b + 1].equals("aan") || s.firstIndex(of: "aan", from: b) != nil {
            return true
        }
        // "Ik wil duidelijkheid", "ik wil gewoon rust": a need noun wanted outright, not a thing or an act.
        if let w = s.firstIndex(of: "wil"), s[w - 1].equals("ik") || s[w + 1].equals("ik") {
            let n = s[w + 1].equals("ik") ? w + 2 : w + 1
            let need = needs.contains(s, at: n) ? n : (needFillers.contains(s, at: n) && needs.contains(s, at: n + 1) ? n + 1 : -1)
            // "Ik wil respect tonen" gives it rather than needs it.
            if need >= 0 && !givingVerbs.contains(s, at: need + 1) { return true }
        }
        guard needMarkers.matches(s) else { return false }
        if needs.matches(s) { return true }
        // Values are mostly "-heid" nouns (leefbaarheid, bereikbaarheid): "… is belangrijk voor mij".
        for w in s.words where w.endsWith("heid") && w.count > 6 { return true }
        return false
    }

    // MARK: requests and demands

    func isRequest(_ s: Sentence) -> Bool {
        var i = requestPhrases.mayMatch(s) ? 0 : s.count
        while i < s.count {
            let n = requestPhrases.matchLength(in: s, at: i)
            if n > 0 {
                let first = s[i]
                // "zou dat voor u werken?" asks for consent wherever it stands; "zou u…" must open the sentence.
                let modalOpening = (first.equals("wilt") || first.equals("wil") || first.equals("kunt") || first.equals("kun") || first.equals("kan")
                    || first.equals("kunnen") || first.equals("willen") || first.equals("zou") || first.equals("zouden") || first.equals("zullen"))
                    && !s[i + 1].equals("dat")
                    // "Omdat…, wil ik u vragen…": the speaker's own ask inverted after a fronted clause.
                    && !firstPerson.contains(s, at: i + 1)
                // "De wethouder vroeg of wij bereid zijn…" reports someone else's ask: the addressee must be
                // the one asked to be willing ("Zou u bereid zijn", "Bent u bereid", "of jullie bereid zijn").
                if first.equals("bereid") && !addresseeBefore(s, at: i) { i += 1; continue }
                // "Mag ik u vragen hoe dat ging?" asks for a story (an open question), not for an act.
                if s[i + n - 1].equals("vragen") && questionWords.contains(s, at: i + n) { i += 1; continue }
                // "Wil je koffie of thee?" offers a thing; a request asks them to do something (an infinitive).
                // Only for wanting: "Kunt u volgende week dinsdag?" leaves the verb out but still asks.
                if modalOpening && n <= 2 && (first.equals("wil") || first.equals("wilt") || first.equals("willen")) && !hasInfinitive(s, from: i + n) {
                    i += 1; continue
                }
                // "Wilt u…" asks only as an opening; "Wat wilt u?" and "Als ik u goed begrijp, wilt u…" do not.
                if !modalOpening || opensSentence(s, at: i) || asksInLaterClause(s, at: i) { return true }
            }
            i += 1
        }
        // "Zou u uw buren willen vragen…", "Zou je het kunnen sturen?", also opening a later clause after a
        // need or a reason: "Duidelijkheid is belangrijk voor mij, dus zou je…", "…, en zou u dan…".
        var c = 0
        while c < s.count {
            var start = skipConnectors(s, from: c)
            if c > 0 && (s[start].equals("dus") || s[start].equals("dan")) { start += 1 }
            if s[start].equals("zou") || s[start].equals("zoudt") || s[start].equals("zouden"),
               subjectPronouns.contains(s, at: start + 1),
               s.firstIndex(in: Closed.infinitiveModals, from: start + 2) != nil {
                return true
            }
            // "Zou je dinsdag tijd hebben om…", "Zouden jullie zin hebben om…": asking whether they can spare it.
            if s[start].equals("zou") || s[start].equals("zoudt") || s[start].equals("zouden"), subjectPronouns.contains(s, at: start + 1),
               let h = s.firstIndex(of: "hebben", from: start + 2), h < s.clauseEnd(of: start), s[h + 1].equals("om") {
                return true
            }
            c = s.clauseEnd(of: c)
        }
        // An imperative softened to leave room for no: "Kom gerust langs", "Bel me als het u uitkomt".
        if let v = imperativeStart(s), !invitationVerbs.contains(s, at: v), softeners.matches(s) { return true }
        return false
    }

    /// An addressee among the few words before `i` ("Zou u … bereid", "Bent u echt bereid").
    func addresseeBefore(_ s: Sentence, at i: Int) -> Bool {
        for k in max(0, i - 4)..<i where addressees.contains(s, at: k) || s[k].equals("jij") { return true }
        return false
    }

    /// An infinitive after the modal and its subject in the same clause ("Wilt u mij terugbellen",
    /// "Kunt u het formulier opsturen"); "Wil je koffie of thee" has none.
    /// "Wilt u dat ik de wijkagent inschakel?" asks consent for an act, like "Vindt u het goed als ik…".
    func hasInfinitive(_ s: Sentence, from: Int) -> Bool {
        if s[from].equals("dat") { return true }
        let end = s.clauseEnd(of: from)
        var k = from
        while k < end {
            if (s[k].endsWith("en") && s[k].utf8.count > 3) || Self.shortInfinitives.contains(s[k]) { return true }
            k += 1
        }
        return false
    }

    /// Infinitives that do not end in -en.
    static let shortInfinitives: Set<String> = ["zijn", "gaan", "staan", "slaan", "doen", "zien"]

    /// "Ik maak me zorgen en heb behoefte aan duidelijkheid: kunt u mij … laten weten…?": a modal
    /// question opening the last clause of a question sentence asks the addressee, as at the start.
    func asksInLaterClause(_ s: Sentence, at i: Int) -> Bool {
        s.endsWithQuestionMark && i > 0 && s.clauseStarts(at: i) && s.clauseEnd(of: i) == s.count
            && (addressees.contains(s, at: i + 1) || s[i + 1].equals("jij"))
    }

    /// Whether `i` opens the sentence: the first word after connectors, or the first word after
    /// verb-less address words ("Mevrouw Jansen, wilt u…").
    func opensSentence(_ s: Sentence, at i: Int) -> Bool {
        if i == skipConnectors(s, from: 0) { return true }
        // "Misschien kunt u de buren even aanspreken?": a hedge before the modal leaves more room, not less.
        if i == 1 && s.endsWithQuestionMark && (s[0].equals("misschien") || s[0].equals("eventueel") || s[0].equals("anders")) { return true }
        guard s.clauseStarts(at: i) else { return false }
        var k = 0
        while k < i {
            if subjectPronouns.contains(s, at: k) { return false }
            // Only a subordinator that opens its clause makes the modal an inverted main verb ("Als ik…, wilt
            // u…"); "De lamp is sinds maandag kapot, wilt u…" has "sinds" as a preposition inside a clause.
            if subordinators.contains(s, at: k), k == skipConnectors(s, from: s.clauseStart(of: k)) { return false }
            k += 1
        }
        return true
    }

    func isDemand(_ s: Sentence, question: QuestionTag) -> Bool {
        var d = demandPhrases.mayMatch(s) ? 0 : s.count
        while d < s.count {
            let n = demandPhrases.matchLength(in: s, at: d)
            // "Ik wil dat u weet dat…" only informs; nothing is asked of the other.
            if n > 0 && (s[d + n].equals("weet") || s[d + n].equals("weten")) { d += 1; continue }
            if n > 0 {
                // "Zorg dat…" commands; "Ik zorg dat…" promises.
                if !(s[d].startsWith("zorg") && subjectPronouns.contains(s, at: d - 1)) { return true }
            }
            d += 1
        }
        if s.endsWithQuestionMark || question != .none { return false }
        if isFutureOrder(s) || isLeftToYouOrder(s) { return true }
        // "…, punt.": a closing word that leaves nothing to discuss.
        if s.count > 2 && s.words[s.count - 1].equals("punt") && s.commaBefore[s.count - 1] { return true }
        // "Ik wil dat het hek morgen dicht is": one's will put on others with a deadline ("Ik wil dat we
        // morgen samen kijken" proposes, so not with ik/we as the subject of the wish).
        if let w = s.firstIndex(of: "wil"), s[w - 1].equals("ik"), s[w + 1].equals("dat"),
           !s[w + 2].equals("ik") && !s[w + 2].equals("we") && !s[w + 2].equals("wij"), deadlineWords.firstMatch(in: s, from: w) != nil {
            return true
        }
        // Imperative: a bare stem opening without a subject ("Haal die bakken weg", "Zorg dat…").
        if let v = imperativeStart(s), !invitationVerbs.contains(s, at: v), !softeners.matches(s) { return true }
        if hasLaterImperative(s) { return true }
        // "Je moet…", "Jullie moeten…", "Nu moet u…": obligation put on the other side.
        var i = 0
        while i < s.count {
            if obligationModals.contains(s, at: i) && !isHearingNotOught(s, at: i) && !isMustKnow(s, at: i) {
                let before = s[i - 1], after = s[i + 1]
                let subjectBefore = addressees.contains(before) && s.clauseStarts(at: i - 1)
                    || (addressees.contains(before) && !s.contains("als") && !s.contains("dat"))
                let subjectAfter = addressees.contains(after) && i > 0 && !s.clauseStarts(at: i)
                if (subjectBefore || subjectAfter) && !isConditional(s, at: i) && !isGenericYou(s, at: i) { return true }
                // "Dat formulier moet morgen binnen zijn": a thing that must be done by a deadline,
                // with nobody left to say no. Not about oneself ("Ik moet morgen…").
                // Only the modal's own clause counts: "Ik ben kwaad, en die bankjes moeten morgen terug".
                let clause = s.clauseStart(of: i)..<s.clauseEnd(of: i)
                if i > 0, !s.words[clause].contains(where: { $0.equals("ik") || $0.equals("we") || $0.equals("wij") }), !isConditional(s, at: i),
                   deadlineWords.firstMatch(in: s, from: i) != nil {
                    return true
                }
            }
            i += 1
        }
        return false
    }

    /// "U gaat die drempel nu gewoon terugleggen", "Jullie gaan meteen die rommel opruimen": the addressee's
    /// future with "right now" (`immediate_words.txt`) and an infinitive closing the clause orders it.
    /// "U gaat morgen een brief ontvangen" announces; "Ik ga nu de aannemer bellen" is one's own plan.
    func isFutureOrder(_ s: Sentence) -> Bool {
        let j = skipConnectors(s, from: 0)
        guard s[j + 1].equals("gaat") || s[j + 1].equals("gaan"), addressees.contains(s, at: j) || s[j].equals("jij") else { return false }
        let end = s.clauseEnd(of: j)
        guard immediateWords.firstIndex(in: s, from: j + 2, to: end) != nil else { return false }
        let last = s[end - 1]
        return end - 1 > j + 2 && last.endsWith("en") && last.utf8.count > 4 && !immediateWords.contains(s, at: end - 1)
    }

    /// "Regel jij maar dat die vergunning er vrijdag ligt", "Bel jullie maar meteen de aannemer": an
    /// imperative with "jij/jullie maar" that names the outcome ("dat …") or a deadline. "Ga jij maar
    /// eerst" and "Zeg jij het maar" give way.
    func isLeftToYouOrder(_ s: Sentence) -> Bool {
        let j = skipConnectors(s, from: 0)
        guard s[j + 2].equals("maar"), s[j + 1].equals("jij") || s[j + 1].equals("jullie"), imperatives.contains(s, at: j) else { return false }
        return s[j + 3].equals("dat") || deadlineWords.firstMatch(in: s, from: j + 3, to: s.clauseEnd(of: j)) != nil
    }

    /// "Bij de milieustraat moet je je pas laten scannen": after a fronted place ("bij/in/op …"), "moet je"
    /// states how things go there for anyone. "Je moet die pas laten scannen" and "Bij de balie moet u…"
    /// still put it on the addressee; a deadline makes it an order again.
    func isGenericYou(_ s: Sentence, at i: Int) -> Bool {
        guard s[i + 1].equals("je"), s[0].equals("bij") || s[0].equals("in") || s[0].equals("op"), s.clauseStart(of: i) == 0 else { return false }
        return deadlineWords.firstMatch(in: s, from: 0) == nil
    }

    /// "U moet weten dat ik hier zelf ook niet blij mee ben", "Je moet weten dat…": a lead-in that tells
    /// the other something (like "Ik wil dat u weet dat…"); nothing is asked of them.
    func isMustKnow(_ s: Sentence, at i: Int) -> Bool {
        let k = addressees.contains(s, at: i + 1) ? i + 2 : i + 1
        return s[k].equals("weten") && s[k + 1].equals("dat")
    }

    /// "U hoort uiterlijk dinsdag van mij": "horen" obliges only with a te-infinitive ("u hoort dat te
    /// melden"); without "te" in its clause it is hearing.
    func isHearingNotOught(_ s: Sentence, at i: Int) -> Bool {
        guard s[i].equals("hoort") || s[i].equals("horen") else { return false }
        return s.firstIndex(of: "te", from: i + 1).map { $0 < s.clauseEnd(of: i) } != true
    }

    /// A listed imperative opening a later clause: "Jullie zijn lui, doe gewoon je werk". Only listed verbs,
    /// not followed by a subject ("…, doe je dat?" asks) or an exception ("…, ga je gang"), and not "kijk,".
    func hasLaterImperative(_ s: Sentence) -> Bool {
        guard imperatives.mayMatch(s) else { return false }
        var k = 1
        while k < s.count {
            if s.commaBefore[k] {
                var j = k
                while j < s.count - 1 && (s[j].equals("en") || s[j].equals("maar") || s[j].equals("dus") || s[j].equals("dan")) { j += 1 }
                // "…, dan pas een brief": "pas" after "dan" means "only then".
                if s[j].equals("pas") && s[j - 1].equals("dan") { k += 1; continue }
                if imperatives.matchLength(in: s, at: j) > 0, imperativeExceptions.matchLength(in: s, at: j) == 0,
                   j + 1 < s.count, !subjectPronouns.contains(s, at: j + 1), !s.commaBefore[j + 1],
                   !invitationVerbs.contains(s, at: j), !softeners.matches(s) {
                    return true
                }
            }
            k += 1
        }
        return false
    }

    func isConditional(_ s: Sentence, at i: Int) -> Bool {
        let start = s.clauseStart(of: i)
        return s[start].equals("als") || s[start].equals("wanneer") || s[start].equals("indien")
    }

    /// Index of an imperative verb opening the sentence, if any.
    func imperativeStart(_ s: Sentence) -> Int? {
        let j = skipConnectors(s, from: 0)
        guard j < s.count else { return nil }
        guard imperativeExceptions.matchLength(in: s, at: j) == 0 else { return nil }
        var n = imperatives.matchLength(in: s, at: j)
        if n == 0 {
            // An unlisted stem followed by an object ("Snoei die bomen", "Stuur me de stukken"): Dutch puts
            // a verb first here, and without a subject it commands. "-t" forms are statements or questions.
            let w = s[j]
            guard w.count > 2, !w.endsWith("t"), !nonVerbOpeners.contains(s, at: j), !connectors.contains(s, at: j),
                  !subordinators.contains(s, at: j), !questionWords.contains(s, at: j), !greetings.contains(s, at: j),
                  !finiteVerbs.contains(s, at: j), !firstPerson.contains(s, at: j), !addressees.contains(s, at: j),
                  objectOpeners.contains(s, at: j + 1), !hasInversion(s, after: j), !generalisers.contains(s, at: j),
                  !isRelativeAntecedent(s, at: j) else { return nil }
            n = 1
        }
        if j + n < s.count && s.commaBefore[j + n] { return nil } // "Kijk, het zit zo"
        // "Kom je morgen?" is a question; "Haal ze vandaag weg" commands: a bare stem (no -t, no -en)
        // never takes "ze" as its subject, so "ze" is the object there.
        if subjectPronouns.contains(s, at: j + n) && !(n == 1 && s[j + n].equals("ze") && isBareStem(s[j]) && imperatives.contains(s, at: j) && !s.endsWithQuestionMark) { return nil }
        return j
    }

    func isBareStem(_ w: String) -> Bool {
        w.utf8.count > 2 && !w.endsWith("t") && !w.endsWith("en")
    }

    /// "Iedereen die zich heeft aangemeld…", "Bewoners die u spreekt…": "die" + a pronoun starts a relative
    /// clause, so the word before it is a noun, not an imperative with an object ("Haal die bakken weg").
    func isRelativeAntecedent(_ s: Sentence, at j: Int) -> Bool {
        (s[j + 1].equals("die") || s[j + 1].equals("dat")) && (subjectPronouns.contains(s, at: j + 2) || s[j + 2].equals("zich"))
    }

    /// A finite verb followed by its subject pronoun in the opening clause ("Tijdens de avond heeft u…",
    /// "Volgens de buren zijn jullie…"): the first words were a fronted phrase, so no imperative.
    func hasInversion(_ s: Sentence, after j: Int) -> Bool {
        let end = s.clauseEnd(of: j)
        var k = j + 1
        while k + 1 < end {
            if finiteVerbs.contains(s, at: k) && subjectPronouns.contains(s, at: k + 1) { return true }
            k += 1
        }
        return false
    }

    func skipConnectors(_ s: Sentence, from: Int) -> Int {
        var j = from
        while j < s.count - 1 {
            let w = s[j]
            if w.equals("en") || w.equals("maar") { j += 1; continue }
            if connectors.contains(s, at: j) && s.commaBefore[j + 1] { j += 1; continue }
            break
        }
        return j
    }

    // MARK: observations

    /// A concrete, checkable description of what happened: a perception opener ("Als ik zie dat…"), or
    /// a when/how-many marker together with a past or perfect tense.
    /// Only words before `end` count (the clauses before a verdict).
    func isObservation(_ s: Sentence, upTo end: Int) -> Bool {
        if perception.firstMatch(in: s, to: end) != nil { return true }
        if isSeenWhen(s, upTo: end) { return true }
        if isSinceEventReport(s, upTo: end) { return true }
        var concrete = false
        var past = false
        var perfectAux = false
        for k in 0..<min(end, s.count) {
            let w = s.words[k]
            if timeWords.contains(s, at: k) {
                // "…toen ik het hoorde": "toen" as a conjunction before a pronoun subject dates one's own
                // feeling, not a checkable event ("Toen stonden er drie zakken" or "zaterdag" do).
                if w.equals("toen") && subjectPronouns.contains(s, at: k + 1) { continue }
                concrete = true
                // "Sinds juli ligt er een matras": a state since a checkable moment is as concrete as a past event.
                if w.equals("sinds") && (isMoment(s, at: k + 1) || isMoment(s, at: k + 2)) { past = true }
            } else if numbers.contains(s, at: k) || isDigits(w) {
                concrete = true
            }
            if pastVerbs.contains(s, at: k) || isWeakPast(s, at: k) { past = true }
            if w.equals("heeft") || w.equals("hebben") || w.equals("heb") || w.equals("hebt") || w.equals("is") || w.equals("zijn") || w.equals("ben") || w.equals("bent") {
                perfectAux = true
            } else if perfectAux && Participle.isLikely(w) && !ippModals.contains(s, at: k - 1) && !s[k - 1].equals("te") {
                // "moeten bespreken": an infinitive after a modal only looks like a be-…-en participle.
                past = true
            } else if perfectAux && !past && ippModals.contains(s, at: k) && isDoubleInfinitivePerfect(s, at: k) {
                past = true
            }
        }
        return concrete && past
    }

    /// "Als ik 's ochtends de flessen bij de bushalte zie liggen": the perception verb at the end of an
    /// "als/wanneer/toen ik…" clause, with what was seen in between (the list holds "als ik zie" only).
    func isSeenWhen(_ s: Sentence, upTo end: Int) -> Bool {
        let w = s[0]
        guard w.equals("als") || w.equals("wanneer") || w.equals("toen"), s[1].equals("ik") || s[1].equals("we") || s[1].equals("wij") else { return false }
        let clauseEnd = min(end, s.clauseEnd(of: 0))
        // Something seen must stand between, led by a determiner: "Als ik niets hoor, bel ik" plans.
        var seen = false
        var k = 2
        while k < clauseEnd {
            // "Als ik het goed hoor, …" checks one's understanding (reflect); "het" sees nothing there.
            if determiners.contains(s, at: k) && !(s[k].equals("het") && (s[k + 1].equals("goed") || seeingVerbs.contains(s, at: k + 1))) { seen = true }
            if seen && seeingVerbs.contains(s, at: k) { return true }
            k += 1
        }
        return false
    }

    /// "Sinds de afsluiting van de Molenweg rijden er vrachtwagens langs de school": since a named event,
    /// a presentative "er" reports what can be seen there. Feelings ("Sinds de verhuizing voel ik me…")
    /// have no "er"; judgements are excluded before this is asked.
    func isSinceEventReport(_ s: Sentence, upTo end: Int) -> Bool {
        guard s[0].equals("sinds"), s[1].equals("de") || s[1].equals("het") else { return false }
        let clauseEnd = min(end, s.clauseEnd(of: 0))
        guard let e = s.firstIndex(of: "er", from: 3), e < clauseEnd else { return false }
        return s[e - 1].count > 2 && !determiners.contains(s, at: e - 1) && !firstPerson.containsAny(s)
    }

    /// "U heeft drie weken niets laten horen", "Ik heb twee uur moeten wachten": Dutch puts an infinitive
    /// where the participle would be (laten, moeten…) when another infinitive follows. Counted when a
    /// form of "hebben" opens the clause's verbs, the pair ends the clause, and no "te", "om" or
    /// relative word stands between ("We hebben twee punten die we moeten bespreken" is present).
    func isDoubleInfinitivePerfect(_ s: Sentence, at k: Int) -> Bool {
        guard s[k + 1].endsWith("en"), s.clauseEnd(of: k) == k + 2 else { return false }
        var j = k - 1
        let start = s.clauseStart(of: k)
        while j >= start {
            let w = s[j]
            if Closed.haveVerbs.contains(w) { return true }
            if w.equals("te") || w.equals("om") || w.equals("die") || w.equals("dat") || w.equals("wat") || w.equals("waar") { return false }
            j -= 1
        }
        return false
    }

    /// "blokkeerde", "belden": a weak past (-de/-te) not used as an adjective after an article, and not
    /// a superlative or ordinal ("laatste", "volgende" after "de").
    func isWeakPast(_ s: Sentence, at k: Int) -> Bool {
        guard k > 0 else { return false }
        let w = s[k]
        // Short forms ("telde", "hoorde") only as the inverted verb before a subject: "Vrijdag telde ik…".
        let n = w.utf8.count
        guard n >= 7 || (n >= 5 && subjectPronouns.contains(s, at: k + 1) && !s.clauseStarts(at: k)) else { return false }
        guard w.endsWith("de") || w.endsWith("te") || w.endsWith("den") || w.endsWith("ten") else { return false }
        if w.endsWith("ste") || w.endsWith("sten") || w.endsWith("ende") || numbers.contains(s, at: k) { return false }
        if pastLookalikes.contains(s, at: k) { return false } // "behoefte", "gedachte"
        // Plurals of "lid" ("bestuursleden", "raadsleden"): -den without a past ("geleden" is 7 letters).
        if n > 7 && w.endsWith("leden") { return false }
        return !determiners.contains(s, at: k - 1)
    }

    /// A time word, number or digits at `k` ("sinds juli", "sinds de vorige vergadering", "sinds 3 mei").
    func isMoment(_ s: Sentence, at k: Int) -> Bool {
        timeWords.contains(s, at: k) || numbers.contains(s, at: k) || isDigits(s[k])
    }

    @inline(__always)
    func isDigits(_ w: String) -> Bool {
        guard let f = w.utf8.first else { return false }
        return f >= 0x30 && f <= 0x39
    }
}
