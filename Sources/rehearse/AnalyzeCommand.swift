import ArgumentParser
import Coach
import Foundation

/// `rehearse analyze`: tags stdin lines as JSON Lines, or scores a labelled TSV file (`--eval`).
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Tag learner lines with the coach (stdin → JSON Lines), or score a labelled TSV file.",
        discussion: """
        Without options: reads one utterance per line on stdin and writes one JSON object per line:
        {"text": …, "question": "open|closed|none", "nvc": [...], "trust": [...], "habits": [...]}.
        --eval FILE.tsv: scores a file in the utterances.tsv format (task<TAB>labels<TAB>text) and prints
        question accuracy, micro-F1 for nvc/trust/habits and every miss.
        --bench FILE: analyses the file's texts repeatedly and prints lines per second.
        """
    )

    @Option(name: .long, help: "Score a labelled TSV file (task<TAB>labels<TAB>text).")
    var eval: String?

    @Option(name: .long, help: "Measure lines/second on the texts of this file (TSV or plain lines).")
    var bench: String?

    @Option(name: .long, help: "Seconds to run --bench for.")
    var seconds: Double = 2

    func run() throws {
        let coach = Coach()
        if let path = eval {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            print(Evaluation.run(text, coach: coach).report(), terminator: "")
            return
        }
        if let path = bench {
            try runBench(path: path, coach: coach)
            return
        }
        while let line = readLine(strippingNewline: true) {
            print(Self.json(text: line, analysis: coach.analyze(line)))
        }
    }

    func runBench(path: String, coach: Coach) throws {
        let content = try String(contentsOfFile: path, encoding: .utf8)
        let rows = Evaluation.parse(content)
        let texts = rows.isEmpty
            ? content.split(whereSeparator: \.isNewline).map(String.init)
            : rows.map(\.text)
        guard !texts.isEmpty else { throw ValidationError("no lines in \(path)") }
        var lines = 0
        var sink = 0
        let clock = ContinuousClock()
        let start = clock.now
        let limit = Duration.milliseconds(Int(seconds * 1000))
        while clock.now - start < limit {
            for t in texts {
                let a = coach.analyze(t)
                sink &+= a.nvc.count &+ a.trust.count &+ a.habits.count
            }
            lines += texts.count
        }
        let elapsed = clock.now - start
        let secs = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(lines) / secs
        print("analysed \(lines) lines in \(String(format: "%.3f", secs)) s: \(Int(rate)) lines/s (\(String(format: "%.2f", 1e6 / rate)) µs/line) [\(sink % 7)]")
    }

    /// Compact JSON with the keys in the documented order (JSONSerialization would sort them).
    static func json(text: String, analysis: Analysis) -> String {
        var out = "{\"text\":"
        appendString(text, to: &out)
        out += ",\"question\":\"" + analysis.question.rawValue + "\""
        for (key, skill) in [("nvc", Skill.nvc), ("trust", .trust), ("habits", .habits)] {
            out += ",\"" + key + "\":["
            out += analysis.tags(for: skill).map { "\"" + $0 + "\"" }.joined(separator: ",")
            out += "]"
        }
        out += "}"
        return out
    }

    static func appendString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
