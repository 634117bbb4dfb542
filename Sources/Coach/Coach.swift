/// Reads a Dutch learner line and tags it for every skill (labels.md).
///
/// Rule-based on word classes from the lexicon (question words, verb-first shapes, feeling words,
/// pseudo-feeling participles, needs, generalisers, imperatives, apology words, blame targets…), so
/// it generalises to sentences it has never seen. One line costs microseconds: it is tokenized once
/// into folded words and every rule is a set lookup.
public struct Coach: Sendable {
    /// The analyzers hold a few hundred word lists inline (kilobytes); kept behind one reference so
    /// that passing or reading a `Coach` (a server property, an argument) copies a pointer, not them.
    final class Engine: Sendable {
        let lexicon: Lexicon
        let index: FeatureIndex
        let question: QuestionAnalyzer
        let nvc: NVCAnalyzer
        let trust: TrustAnalyzer
        let habits: HabitAnalyzer

        init(lexicon: Lexicon) {
            let (prepared, index) = FeatureIndex.prepare(lexicon)
            self.lexicon = prepared
            self.index = index
            question = QuestionAnalyzer(lexicon: prepared)
            nvc = NVCAnalyzer(lexicon: prepared)
            trust = TrustAnalyzer(lexicon: prepared)
            habits = HabitAnalyzer(lexicon: prepared)
        }
    }

    let engine: Engine

    public var lexicon: Lexicon { engine.lexicon }
    var index: FeatureIndex { engine.index }
    var question: QuestionAnalyzer { engine.question }
    var nvc: NVCAnalyzer { engine.nvc }
    var trust: TrustAnalyzer { engine.trust }
    var habits: HabitAnalyzer { engine.habits }

    /// Uses the lexicon shipped in the module's resources (loaded and indexed once per process).
    public init() {
        self = Self.shared
    }

    public init(lexicon: Lexicon) {
        engine = Engine(lexicon: lexicon)
    }

    static let shared = Coach(lexicon: Lexicon.shared)

    public func analyze(_ text: String) -> Analysis {
        analyze(sentences: Tokenizer.sentences(text))
    }

    /// Multi-sentence lines: the question form is open if any sentence is open, else closed if any is
    /// closed; the tags of the other skills are the union over the sentences.
    public func analyze(sentences unindexed: [Sentence]) -> Analysis {
        var sentences = unindexed
        for k in sentences.indices where !sentences[k].isIndexed {
            engine.index.annotate(&sentences[k])
        }
        var result = Analysis()
        var anyClosed = false
        var anyOpen = false
        // Habits first: a yes-but ("Dat begrijp ik. Maar…") voids the acknowledgement before it.
        var habitTags: [Set<HabitTag>] = []
        habitTags.reserveCapacity(sentences.count)  // not Array(repeating:): see FeatureIndex.annotate
        for _ in sentences { habitTags.append([]) }
        for (k, s) in sentences.enumerated() {
            engine.habits.analyze(s, previous: k > 0 ? sentences[k - 1] : nil, into: &habitTags[k])
        }
        for (k, s) in sentences.enumerated() {
            let q = engine.question.classify(s)
            if q == .open { anyOpen = true } else if q == .closed { anyClosed = true }
            var nvcTags: Set<NVCTag> = []
            engine.nvc.analyze(s, question: q, into: &nvcTags)
            // "In mijn vorige wijk hadden we…" tells one's own story, not an observation of theirs.
            if habitTags[k].contains(.compareExperience) { nvcTags.remove(.observation) }
            result.nvc.formUnion(nvcTags)
            let nextIsYesBut = k + 1 < sentences.count && sentences[k + 1][0].equals("maar") && habitTags[k + 1].contains(.yesBut)
            engine.trust.analyze(s, question: q, ownFeeling: nvcTags.contains(.feeling),
                          yesBut: habitTags[k].contains(.yesBut) || nextIsYesBut, previous: k > 0 ? sentences[k - 1] : nil,
                          into: &result.trust)
            result.habits.formUnion(habitTags[k])
        }
        result.question = anyOpen ? .open : (anyClosed ? .closed : .none)
        return result
    }
}
