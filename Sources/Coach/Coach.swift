/// Reads a Dutch learner line and tags it for every skill (labels.md).
///
/// Rule-based on word classes from the lexicon (question words, verb-first shapes, feeling words,
/// pseudo-feeling participles, needs, generalisers, imperatives, apology words, blame targets…), so
/// it generalises to sentences it has never seen. One line costs microseconds: it is tokenized once
/// into folded words and every rule is a set lookup.
public struct Coach: Sendable {
    public let lexicon: Lexicon
    let index: FeatureIndex
    let question: QuestionAnalyzer
    let nvc: NVCAnalyzer
    let trust: TrustAnalyzer
    let habits: HabitAnalyzer

    /// Uses the lexicon shipped in the module's resources (loaded and indexed once per process).
    public init() {
        self = Self.shared
    }

    public init(lexicon: Lexicon) {
        let (prepared, index) = FeatureIndex.prepare(lexicon)
        self.lexicon = prepared
        self.index = index
        question = QuestionAnalyzer(lexicon: prepared)
        nvc = NVCAnalyzer(lexicon: prepared)
        trust = TrustAnalyzer(lexicon: prepared)
        habits = HabitAnalyzer(lexicon: prepared)
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
            index.annotate(&sentences[k])
        }
        var result = Analysis()
        var anyClosed = false
        var anyOpen = false
        // Habits first: a yes-but ("Dat begrijp ik. Maar…") voids the acknowledgement before it.
        var habitTags: [Set<HabitTag>] = []
        habitTags.reserveCapacity(sentences.count)  // not Array(repeating:): see FeatureIndex.annotate
        for _ in sentences { habitTags.append([]) }
        for (k, s) in sentences.enumerated() {
            habits.analyze(s, previous: k > 0 ? sentences[k - 1] : nil, into: &habitTags[k])
        }
        for (k, s) in sentences.enumerated() {
            let q = question.classify(s)
            if q == .open { anyOpen = true } else if q == .closed { anyClosed = true }
            var nvcTags: Set<NVCTag> = []
            nvc.analyze(s, question: q, into: &nvcTags)
            // "In mijn vorige wijk hadden we…" tells one's own story, not an observation of theirs.
            if habitTags[k].contains(.compareExperience) { nvcTags.remove(.observation) }
            result.nvc.formUnion(nvcTags)
            let nextIsYesBut = k + 1 < sentences.count && sentences[k + 1][0].equals("maar") && habitTags[k + 1].contains(.yesBut)
            trust.analyze(s, question: q, ownFeeling: nvcTags.contains(.feeling),
                          yesBut: habitTags[k].contains(.yesBut) || nextIsYesBut, previous: k > 0 ? sentences[k - 1] : nil,
                          into: &result.trust)
            result.habits.formUnion(habitTags[k])
        }
        result.question = anyOpen ? .open : (anyClosed ? .closed : .none)
        return result
    }
}
