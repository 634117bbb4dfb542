/// A learner's line as `matches` patterns compare it: folded into words only when a rule
/// actually has a `matches`, since most rules test the coach's tags alone.
final class FoldedLine {
    let text: String
    private(set) lazy var words: [Substring] = TextPattern.words(of: text)

    init(_ text: String) { self.text = text }
}
