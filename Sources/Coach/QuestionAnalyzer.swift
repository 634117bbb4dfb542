/// Reads the question form of a sentence: open, closed or none (labels.md, "question").
///
/// Rules, in order: a 'hoe … hoe' comparison is no question; an invitation to tell is open; a clause
/// led by a question word is open unless it is a false friend ("wie weet", "waar mogelijk"), an
/// exclamation ("Wat fijn dat…") or a relative clause ("Wat u zegt…"); otherwise a question mark,
/// a verb-first opening ("Heb je…") or a tag question (", toch") makes it closed.
struct QuestionAnalyzer: Sendable {
    let questionWords: WordList
    let questionPhrases: WordList
    let invitationVerbs: WordList
    let invitationPhrases: WordList
    let falseFriends: WordList
    let comparatives: WordList
    let finiteVerbs: WordList
    let auxiliaries: WordList
    let subjectPronouns: WordList
    let subjectWords: WordList
    let tagQuestions: WordList
    let connectors: WordList
    let subordinators: WordList
    let imperatives: WordList
    let nonVerbOpeners: WordList
    let determiners: WordList
    let measureWords: WordList

    init(lexicon: Lexicon) {
        measureWords = lexicon.list("measure_words")
        nonVerbOpeners = lexicon.list("non_verb_openers")
        determiners = lexicon.list("determiners")
        questionWords = lexicon.list("question_words")
        questionPhrases = lexicon.list("question_phrases")
        invitationVerbs = lexicon.list("invitation_verbs")
        invitationPhrases = lexicon.list("invitation_phrases")
        falseFriends = lexicon.list("question_false_friends")
        comparatives = lexicon.list("comparatives")
        finiteVerbs = lexicon.list("finite_verbs")
        auxiliaries = lexicon.list("auxiliary_verbs")
        subjectPronouns = lexicon.list("subject_pronouns")
        subjectWords = lexicon.list("subject_words")
        tagQuestions = lexicon.list("tag_questions")
        connectors = lexicon.list("connectors")
        subordinators = lexicon.list("subordinators")
        imperatives = lexicon.list("imperative_verbs")
    }

    /// The line's form: open if any sentence is open, else closed if any is closed, else none.
    func classify(_ sentences: [Sentence]) -> QuestionTag {
        var closed = false
        for s in sentences {
            switch classify(s) {
            case .open: return .open
            case .closed: closed = true
            case .none: break
            }
        }
        return closed ? .closed : .none
    }

    func classify(_ s: Sentence) -> QuestionTag {
        guard !s.isEmpty else { return .none }
        let start = skipConnectors(s, from: 0)

        // "Hoe meer bewoners meedoen, hoe beter": a comparison, not a question.
        if let first = s.firstIndex(of: "hoe"),
           comparatives.contains(s, at: first + 1) || (s[first + 1].endsWith("er") && s[first + 1].count > 3),
           s.firstIndex(of: "hoe", from: first + 2) != nil {
            return .none
        }

        if let invitation = invitationTag(s, start: start) { return invitation }

        // A question word leading any clause (after connectors and address words).
        var i = 0
        while i < s.count {
            if s.clauseStarts(at: i) {
                let j = skipConnectors(s, from: i)
                if isOpenQuestion(s, at: j) { return .open }
            }
            i += 1
        }

        if s.endsWithQuestionMark { return .closed }
        if isVerbFirstQuestion(s) { return .closed }
        if endsWithTagQuestion(s) { return .closed }
        if isLeadingToch(s, start: start) { return .closed }
        return .none
    }

    static let addresseePronouns: Set<String> = ["u", "je", "jij", "jullie"]

    /// "jij zat toch ook bij dat overleg", "u heeft de brief toch gekregen": the addressee's own doing with
    /// "toch" after the verb asks them to confirm it, typed without "?". "Dat is toch belachelijk" judges a
    /// thing; "U weet toch dat het niet mag!" exclaims; "Je kunt het toch proberen" suggests.
    func isLeadingToch(_ s: Sentence, start: Int) -> Bool {
        guard !s.endsWithExclamation, Self.addresseePronouns.contains(s[start]), !Self.modals.contains(s[start + 1]) else { return false }
        // "Je kunt het toch proberen" suggests: a modal's "toch" means "still", it asks nothing.
        let end = min(s.clauseEnd(of: start), start + 5)
        guard let t = s.firstIndex(of: "toch", from: start + 2), t < end else { return false }
        return !s.commaBefore[t]
    }

    static let modals: Set<String> = ["kunt", "kan", "kun", "kunnen", "moet", "moeten", "mag", "mogen", "wilt", "wil", "willen", "zou", "zouden", "zult", "zal", "hoeft", "hoeven"]

    /// Skips interjections and address words followed by a comma, and "en"/"maar".
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

    /// "Vertel eens…", "Kunt u vertellen hoe…", "Ik ben benieuwd…": open; "…benieuwd of…": closed.
    func invitationTag(_ s: Sentence, start: Int) -> QuestionTag? {
        if let m = invitationPhrases.firstMatch(in: s) {
            let next = m.index + m.length
            // "Mag ik u vragen hoe…" invites; "Mag ik u vragen de muziek zachter te zetten?" asks a favour:
            // after "vragen" only a question word makes it an invitation to tell.
            if s[next - 1].equals("vragen") && !questionWords.contains(s, at: next) && questionPhrases.matchLength(in: s, at: next) == 0 {
                return nil
            }
            // "Ik wil weten wat u ervan vindt" asks; "Dat wil ik weten voordat ik teken" states a condition:
            // after "weten" the question (a question word, "of", or a pause before it) must follow. So after
            // "horen": "Ik zou graag van u horen wat er gebeurde" invites; "Ik zou graag van u horen." only hopes.
            // ("Ik hoor graag van u" ends on its pronoun and stays as it was.)
            if (s[next - 1].equals("weten") || s[next - 1].equals("horen")) && !questionWords.contains(s, at: next) && !s[next].equals("of") && !s.commaBefore[min(next, s.count - 1)]
                && questionPhrases.matchLength(in: s, at: next) == 0 {
                return nil
            }
            return s[next].equals("of") ? .closed : .open
        }
        let first = s[start]
        // Imperative invitations: "Vertel over…", "Beschrijf…", "Leg eens uit…", "Licht dat toe".
        if first.equals("vertel") || first.equals("beschrijf") || first.equals("schets") || first.equals("omschrijf")
            || (first.equals("leg") && s.contains("uit")) || (first.equals("licht") && s.contains("toe")) {
            return .open
        }
        // A modal question carrying a telling verb: "Kunt u vertellen…", "Zou u willen beschrijven…".
        if finiteVerbs.contains(s, at: start), subjectPronouns.contains(s, at: start + 1) || auxiliaries.contains(s, at: start),
           let v = invitationVerbs.firstIndex(in: s, from: start + 2) {
            var k = v + 1
            while k < s.count && (s[k].equals("eens") || s[k].equals("even") || s[k].equals("uit") || s[k].equals("toe")) { k += 1 }
            return s[k].equals("of") ? .closed : .open
        }
        return nil
    }

    func isOpenQuestion(_ s: Sentence, at j: Int) -> Bool {
        guard j < s.count else { return false }
        if falseFriends.matchLength(in: s, at: j) > 0 { return false }
        var length = questionPhrases.matchLength(in: s, at: j)
        if length == 0 {
            guard questionWords.contains(s, at: j) else { return false }
            length = 1
        }
        let w = s[j]
        let next = j + length
        if s.endsWithExclamation { return false }
        if isConcession(s, at: j) { return false }
        if s.endsWithQuestionMark { return true }
        // "Waar vroeger het speeltuintje lag, komen nu parkeerplaatsen": a clause whose verb is not right
        // after the question word, followed by a main clause opening on its finite verb, was a fronted
        // subordinate clause ("Wat doet u, gaat u verhuizen" still asks).
        let clauseEnd = s.clauseEnd(of: j)
        if clauseEnd < s.count - 1, !isFiniteVerb(s, at: next), finiteVerbs.contains(s, at: clauseEnd) || auxiliaries.contains(s, at: clauseEnd),
           !hasInvertedSubject(s, from: next, to: clauseEnd) {
            return false
        }
        // Typed chat without "?": tell a question from a relative clause, an exclamation or a subordinate clause.
        if next >= s.count { return w.equals("waarom") || w.equals("hoezo") || w.equals("hoe") || w.equals("wat") }
        // "waarom niet", "hoezo dan": a bare why is a question.
        // "Waarom ik bel: …" announces a topic: a subject pronoun after "waarom" makes it a subordinate clause.
        if (w.equals("waarom") || w.equals("hoezo")) && s.clauseEnd(of: next) - next <= 2 && !subjectPronouns.contains(s, at: next) { return true }
        let n = s[next]
        if subjectPronouns.contains(s, at: next) || (subjectWords.contains(s, at: next) && !isNounTaking(w)) {
            return false // "Wat u zegt…", "Wanneer het kan, …", "Waarom het zo lang duurde…"
        }
        if w.equals("wat") && length == 1 {
            // "wat" + verb asks; "wat" + adjective exclaims ("Wat fantastisch dat…").
            return isFiniteVerb(s, at: next) || n.equals("voor") || n.equals("precies") || n.equals("eigenlijk")
                || n.equals("nu") || n.equals("nou") || n.equals("dan") || n.equals("er")
        }
        if w.equals("hoe") && length == 1 {
            // "Hoe lang het ook duurt, …", "hoe vervelend het ook is": a concession, not a question.
            if subjectPronouns.contains(s, at: next + 1) || s[next + 1].equals("het") || s[next + 1].equals("dat"), let o = s.firstIndex(of: "ook", from: next + 2), o < s.clauseEnd(of: next) {
                return false
            }
            // "hoe lang hangen die jongeren daar al": a measure word, then a plural verb before its subject.
            if measureWords.contains(s, at: next) && isInvertedVerb(s, at: next + 1, plural: true) { return true }
        }
        // A finite verb must follow within a few words ("Hoe lang duurt het", "Welke bewoners doen…").
        // After welk(e)/hoeveel the noun may carry a phrase of its own ("Op welk moment van de dag is…").
        let window = isNounTaking(s[next - 1]) ? 6 : 4
        var k = next
        while k < min(next + window, s.count) {
            if s[k].equals("dat") || s.commaBefore[k] && k > next { break }
            if isFiniteVerb(s, at: k) { return true }
            // "Welke plannen bestaan er al": after the noun, an unlisted verb form before "er".
            if isNounTaking(w) && k > next && s[k + 1].equals("er") && (s[k].endsWith("n") || s[k].endsWith("t")) { return true }
            k += 1
        }
        return length == 1 && isInvertedVerb(s, at: next)
    }

    /// A finite verb followed by its subject inside the clause ("Hoe laat begint het, …", "Welke straat
    /// bedoelt u, …"): main-clause order, so the clause asks.
    func hasInvertedSubject(_ s: Sentence, from: Int, to end: Int) -> Bool {
        var k = from
        while k + 1 < end {
            if isFiniteVerb(s, at: k) && (subjectPronouns.contains(s, at: k + 1) || subjectWords.contains(s, at: k + 1)) { return true }
            k += 1
        }
        return false
    }

    /// "Welke keuze de raad ook maakt, wij blijven…", "Wat er ook gebeurt, …", "Waar u ook woont, …":
    /// a question word with "ook" just before the clause-final verb, and a main clause after it, concedes.
    /// ("Hoe lang het ook duurt" is caught earlier.) With a question mark the main clause may still ask.
    func isConcession(_ s: Sentence, at j: Int) -> Bool {
        let end = s.clauseEnd(of: j)
        // "Hoe heet u ook alweer, meneer?" asks: the concession ends on its verb, not on "alweer".
        return end < s.count && end - 2 > j && s[end - 2].equals("ook") && !s[end - 1].equals("alweer") && !s[end - 1].equals("weer")
    }

    /// A verb the word list does not know, put before a noun subject: "Hoe kijkt de buurt ertegenaan",
    /// "Waar loopt het project op vast". Present-tense singular verbs end in -t; a relative or
    /// subordinate clause would put the subject first and the verb last ("Hoe groot de schade is").
    func isInvertedVerb(_ s: Sentence, at k: Int, plural: Bool = false) -> Bool {
        let w = s[k]
        guard w.utf8.count >= 4, w.endsWith("t") || (plural && w.endsWith("en")), !nonVerbOpeners.contains(s, at: k), !questionWords.contains(s, at: k),
              !subordinators.contains(s, at: k), !comparatives.contains(s, at: k) else { return false }
        let subject = s[k + 1]
        guard determiners.contains(s, at: k + 1), !subject.equals("te"), !subject.equals("erg"), !subject.equals("heel"), !subject.equals("zeer") else { return false }
        let end = s.clauseEnd(of: k)
        return end - 1 > k + 1 && !finiteVerbs.contains(s, at: end - 1)
    }


    /// "welke/hoeveel/wat voor" take a noun; a determiner after them does not make a relative clause.
    func isNounTaking(_ w: String) -> Bool {
        w.equals("welke") || w.equals("welk") || w.equals("hoeveel") || w.equals("wiens")
    }

    /// A known finite verb, or any word directly followed by a subject pronoun (inversion: "Hoe ervaren jullie…").
    func isFiniteVerb(_ s: Sentence, at k: Int) -> Bool {
        let w = s[k]
        if w.isEmpty { return false }
        if finiteVerbs.contains(s, at: k) { return true }
        return subjectPronouns.contains(s, at: k + 1) && !questionWords.contains(s, at: k) && !subordinators.contains(s, at: k)
            && !connectors.contains(s, at: k) && w.count > 2
    }

    /// "Heb je het bericht gelezen", "Is het overleg goed gegaan", "Gaat u akkoord": verb-first without "?".
    /// A verb-first main clause after a subordinate clause ("Als ik zie…, voel ik me…") is a statement,
    /// so only the sentence start and clauses after verb-less address words ("Mevrouw Jansen, …") count.
    func isVerbFirstQuestion(_ s: Sentence) -> Bool {
        var clause = skipConnectors(s, from: 0)
        while clause < s.count {
            if verbFirst(s, at: clause) {
                // "Had u het ingevuld, dan…" is a condition, not a question.
                if let d = s.firstIndex(of: "dan", from: clause + 1), s.commaBefore[d] { return false }
                return true
            }
            // Move on only past a clause without a finite verb (greeting, name, interjection); a clause led by
            // a question word or subordinator is a fronted clause ("Wie zich opgeeft, krijgt een…").
            if questionWords.contains(s, at: clause) || subordinators.contains(s, at: clause) { return false }
            let end = s.clauseEnd(of: clause)
            var k = clause
            while k < end {
                if finiteVerbs.contains(s, at: k) || subordinators.contains(s, at: k) { return false }
                k += 1
            }
            clause = end < s.count ? skipConnectors(s, from: end) : end
        }
        return false
    }

    func verbFirst(_ s: Sentence, at i: Int) -> Bool {
        let v = s[i]
        guard i + 1 < s.count, !s.commaBefore[i + 1] else { return false } // "Klopt, maar…"
        let n = s[i + 1]
        // "Haal ze vandaag nog weg": a listed imperative stem (no -t, no -en) never has "ze" as its subject.
        if n.equals("ze") && !s.endsWithQuestionMark && imperatives.contains(s, at: i) && v.utf8.count > 2 && !v.endsWith("t") && !v.endsWith("en") { return false }
        guard finiteVerbs.contains(s, at: i) else {
            // An unlisted verb: Dutch puts a subject pronoun second only after a fronted finite verb
            // ("Haal je die bakken weg", "Organiseren jullie iets").
            return subjectPronouns.contains(s, at: i + 1) && !n.equals("ik") && v.count > 2 && !nonVerbOpeners.contains(s, at: i)
                && !isYouJustImperative(s, at: i)
                && !questionWords.contains(s, at: i) && !subordinators.contains(s, at: i) && !connectors.contains(s, at: i)
                && !s.commaBefore[i + 1]
        }
        if n.equals("ik") {
            // "Mag ik…", "Kan ik…" ask; "Weet ik niet", "Doe ik morgen" are statements with a dropped "dat".
            return v.equals("mag") || v.equals("kan") || v.equals("zal") || v.equals("moet") || v.equals("kon") || v.equals("mocht") || v.equals("zou")
        }
        if subjectPronouns.contains(s, at: i + 1) { return !isYouJustImperative(s, at: i) }
        if auxiliaries.contains(s, at: i) { return !Closed.topicDropPredicates.contains(n) || s.endsWithQuestionMark }
        // "Klopt het", "Gaat het", "Lukt dat": a -t form is never an imperative; "Doe het" is.
        if subjectWords.contains(s, at: i + 1) && v.endsWith("t") && !imperatives.contains(s, at: i) { return true }
        // "Weten de andere bewoners al van…", "Komen de buren ook": a plural verb before its noun subject.
        if v.endsWith("en") && v.utf8.count > 3 && (n.equals("de") || n.equals("die") || n.equals("deze") || n.equals("alle") || n.equals("uw") || n.equals("onze") || n.equals("jullie"))
            && !imperatives.contains(s, at: i) && !s.endsWithExclamation {
            return true
        }
        return false
    }

    /// "Regel jij maar dat…", "Ga jij maar zitten": an imperative stem with "jij/jullie maar" tells, it
    /// does not ask (with a question mark it still asks: "Doe jij maar de deur dicht?").
    func isYouJustImperative(_ s: Sentence, at i: Int) -> Bool {
        !s.endsWithQuestionMark && s[i + 2].equals("maar") && (s[i + 1].equals("jij") || s[i + 1].equals("jullie")) && imperatives.contains(s, at: i)
    }

    /// ", toch", ", hè", ", of niet" at the end of a statement.
    func endsWithTagQuestion(_ s: Sentence) -> Bool {
        var i = s.count - 1
        while i > 0 && !s.commaBefore[i] { i -= 1 }
        guard i > 0 else { return false }
        return tagQuestions.matchLength(in: s, at: i) == s.count - i
    }
}
