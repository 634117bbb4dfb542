/// Scores the coach against a labelled file in the `utterances.tsv` format (`task<TAB>labels<TAB>text`).
///
/// A row of task T only scores skill T (task "habit" and "habits" both mean habits); `-` means no tags.
/// Question is scored as accuracy, the other skills as micro-F1 over their tags.
public struct Evaluation: Sendable {
    /// One labelled row.
    public struct Row: Sendable, Hashable {
        public var skill: Skill
        public var labels: [String]
        public var text: String
    }

    /// A row the coach got wrong.
    public struct Miss: Sendable, Hashable {
        public var skill: Skill
        public var expected: [String]
        public var got: [String]
        public var text: String
    }

    public private(set) var rows: Int = 0
    public private(set) var questionRows = 0
    public private(set) var questionCorrect = 0
    /// Per skill: true positives, false positives, false negatives.
    public private(set) var counts: [Skill: (tp: Int, fp: Int, fn: Int)] = [:]
    public private(set) var misses: [Miss] = []

    public var questionAccuracy: Double {
        questionRows == 0 ? 1 : Double(questionCorrect) / Double(questionRows)
    }

    /// Micro-F1 for a tag-set skill (1 when there is nothing to score).
    public func microF1(_ skill: Skill) -> Double {
        guard let c = counts[skill] else { return 1 }
        let denominator = 2 * c.tp + c.fp + c.fn
        return denominator == 0 ? 1 : Double(2 * c.tp) / Double(denominator)
    }

    public init() {}

    /// Parses the TSV rows; the header line and blank or malformed lines are skipped.
    public static func parse(_ tsv: String) -> [Row] {
        var rows: [Row] = []
        for line in tsv.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let task = fields[0].trimmingWhitespace()
            let skill: Skill
            switch task {
            case "question": skill = .question
            case "nvc": skill = .nvc
            case "trust": skill = .trust
            case "habit", "habits": skill = .habits
            default: continue // header or unknown task
            }
            let labelField = fields[1].trimmingWhitespace()
            let labels = labelField == "-" || labelField.isEmpty
                ? [] : labelField.split(separator: ",").map { String($0.trimmingWhitespace()) }
            rows.append(Row(skill: skill, labels: labels, text: String(fields[2])))
        }
        return rows
    }

    /// Runs `coach` over every row of `tsv`.
    public static func run(_ tsv: String, coach: Coach) -> Evaluation {
        var evaluation = Evaluation()
        for row in parse(tsv) { evaluation.add(row, analysis: coach.analyze(row.text)) }
        return evaluation
    }

    public mutating func add(_ row: Row, analysis: Analysis) {
        rows += 1
        let got = analysis.tags(for: row.skill)
        if row.skill == .question {
            questionRows += 1
            if got == row.labels { questionCorrect += 1 } else {
                misses.append(Miss(skill: row.skill, expected: row.labels, got: got, text: row.text))
            }
            return
        }
        let expected = Set(row.labels), predicted = Set(got)
        var c = counts[row.skill] ?? (0, 0, 0)
        c.tp += expected.intersection(predicted).count
        c.fp += predicted.subtracting(expected).count
        c.fn += expected.subtracting(predicted).count
        counts[row.skill] = c
        if expected != predicted {
            let order = TagVocabulary.tags(for: row.skill)
            misses.append(Miss(skill: row.skill, expected: order.filter(expected.contains), got: got, text: row.text))
        }
    }

    /// The figures and every miss, as printed by `rehearse analyze --eval`.
    public func report() -> String {
        func f(_ x: Double) -> String {
            let r = (x * 1000).rounded() / 1000
            return String(r)
        }
        var out = "rows: \(rows)\n"
        out += "question accuracy: \(f(questionAccuracy)) (\(questionCorrect)/\(questionRows))\n"
        for skill in [Skill.nvc, .trust, .habits] {
            let c = counts[skill] ?? (0, 0, 0)
            out += "\(skill.rawValue) micro-F1: \(f(microF1(skill))) (tp \(c.tp), fp \(c.fp), fn \(c.fn))\n"
        }
        out += "misses: \(misses.count)\n"
        for m in misses {
            let e = m.expected.isEmpty ? "-" : m.expected.joined(separator: ",")
            let g = m.got.isEmpty ? "-" : m.got.joined(separator: ",")
            out += "\(m.skill.rawValue): expected \(e) got \(g) : \(m.text)\n"
        }
        return out
    }
}
