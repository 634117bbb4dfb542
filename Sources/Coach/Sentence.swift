/// One sentence of a learner line, tokenized into folded lowercase words.
///
/// Folding (lowercase, é→e, ï→i …) happens once so that every analyzer compares plain ASCII-ish
/// words against the lexicon sets and typed chat without capitals or accents reads the same.
public struct Sentence: Sendable, Hashable {
    /// Lowercase, diacritic-folded words; apostrophes inside words are kept ("zo'n").
    public var words: [String]
    /// `commaBefore[i]` is true when a comma, colon, dash or similar pause precedes `words[i]`.
    public var commaBefore: [Bool]
    /// The sentence ended with a question mark.
    public var endsWithQuestionMark: Bool
    /// The sentence ended with an exclamation mark.
    public var endsWithExclamation: Bool
    /// Per word, `ListBits.words` integers of bits: the lexicon lists it is an entry of (filled by the
    /// coach; empty = unindexed). Word `k`'s integer `w` is at `k * ListBits.words + w`.
    var singleBits: [UInt64] = []
    /// Per word, the lexicon lists with a phrase starting with it, laid out as `singleBits`.
    var phraseBits: [UInt64] = []
    /// Union of the single and of the phrase bits over the sentence: lets a list skip a sentence at once.
    var anySingle = ListBits()
    var anyPhrase = ListBits()
    /// Per word, its entry in `table` (-1: in no list).
    var entryIDs: [Int32] = []
    var table: FeatureTable?

    public init(words: [String], commaBefore: [Bool]? = nil, endsWithQuestionMark: Bool = false, endsWithExclamation: Bool = false) {
        self.words = words
        self.commaBefore = commaBefore ?? Array(repeating: false, count: words.count)
        self.endsWithQuestionMark = endsWithQuestionMark
        self.endsWithExclamation = endsWithExclamation
    }

    public var count: Int { words.count }

    /// Whether the coach has filled the list bits (an empty sentence counts as indexed).
    var isIndexed: Bool { singleBits.count == words.count &* ListBits.words }
    public var isEmpty: Bool { words.isEmpty }

    /// The word at `i`, or "" outside the sentence (saves bounds checks in the rules).
    @inline(__always)
    public subscript(i: Int) -> String {
        i >= 0 && i < words.count ? words[i] : ""
    }

    /// Whether a clause starts at `i` (sentence start or right after a comma).
    @inline(__always)
    public func clauseStarts(at i: Int) -> Bool {
        i == 0 || (i < commaBefore.count && commaBefore[i])
    }

    /// Index of the first word of the clause containing `i`.
    public func clauseStart(of i: Int) -> Int {
        var j = min(i, words.count - 1)
        while j > 0 && !commaBefore[j] { j -= 1 }
        return max(j, 0)
    }

    /// Index one past the last word of the clause containing `i`.
    public func clauseEnd(of i: Int) -> Int {
        var j = i + 1
        while j < words.count && !commaBefore[j] { j += 1 }
        return j
    }

    public func contains(_ word: String) -> Bool { words.contains(word) }

    /// First index of any word of `set` at or after `from` (and before `to`).
    public func firstIndex(in set: [String], from: Int = 0, to: Int? = nil) -> Int? {
        let end = min(to ?? words.count, words.count)
        var i = max(from, 0)
        while i < end {
            let w = words[i]
            for candidate in set where candidate == w { return i }
            i += 1
        }
        return nil
    }

    public func firstIndex(of word: String, from: Int = 0) -> Int? {
        var i = max(from, 0)
        while i < words.count {
            if words[i] == word { return i }
            i += 1
        }
        return nil
    }
}

extension Set where Element == String {
    @inline(__always)
    func contains(_ s: Sentence, at k: Int) -> Bool { contains(s[k]) }
}

/// Small closed word groups used inside the rules (grammar, not vocabulary a trainer would extend).
enum Closed {
    static let negations = ["niet", "geen", "niks", "niets"]
    static let shouldModals = ["zou", "zoudt", "zouden"]
    static let infinitiveModals = ["willen", "kunnen"]
    static let hadForms = ["hadden", "had"]
    static let mustHaves = ["moeten", "mogen"]
    static let offerModals = ["kan", "kunnen", "zou", "zouden", "mag"]
    static let offerVerbs = ["doen", "betekenen", "regelen", "bijdragen"]
    static let lieForms = ["ligt", "lag"]
    static let haveVerbs = ["heeft", "hebt", "hebben", "heb"]
    static let copulas = ["is", "zijn", "was", "waren", "ben", "bent", "wordt", "werd", "werden"]
    /// Verbs whose subject is the causer: a person there is blamed, not an explanation.
    static let causerVerbs = ["veroorzaakt", "veroorzaakte", "veroorzaakten"]
    /// Pronouns that stand for a person as subject (not "het"/"dat", which name things).
    static let personPronouns = ["u", "je", "jij", "jullie", "hij", "zij", "ze", "die"]
    /// "(Dat) is goed", "(Dat) klopt helemaal": an auxiliary before these is a statement with a dropped subject.
    static let topicDropPredicates: Set<String> = ["goed", "prima", "helemaal", "waar", "mooi", "fijn", "duidelijk",
        "genoteerd", "gelukt", "geregeld", "afgesproken", "klaar", "jammer", "zo", "wel", "niet", "hoor", "precies", "top"]
}

extension Sentence {
    /// Equal when the text reads the same; the lexicon annotations do not count.
    public static func == (a: Sentence, b: Sentence) -> Bool {
        a.words == b.words && a.commaBefore == b.commaBefore
            && a.endsWithQuestionMark == b.endsWithQuestionMark && a.endsWithExclamation == b.endsWithExclamation
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words)
        hasher.combine(commaBefore)
        hasher.combine(endsWithQuestionMark)
        hasher.combine(endsWithExclamation)
    }
}
