import Foundation

/// A transcript arranged for reading: the conversation turn by turn with the trainer's notes
/// beside their turn, the summary per skill and the reflection answers. Rendered as Markdown
/// (`markdown()`) or a standalone HTML page (`html()`); everything a reader sees is Dutch.
public struct TranscriptReport: Sendable {
    /// One reflection question with the learner's answer (`question` is nil when the dialogue
    /// version is not at hand; the id is shown instead).
    public struct Answer: Sendable, Equatable {
        public var id: String
        public var question: String?
        public var answer: String
    }

    /// Everything that happened in one turn (0: the opening), in file order, and its notes.
    public struct Turn: Sendable {
        public var number: Int
        public var entries: [TranscriptEntry]
        public var notes: [TranscriptEntry]
    }

    public var header: TranscriptHeader
    public var turns: [Turn]
    public var answers: [Answer]
    /// The closing line's summary, or one counted from the learner's lines when the session did not end.
    public var summary: TranscriptSummary
    public var isEnded: Bool
    public var endedAt: Date?
    /// Notes for a turn the transcript does not have (shown at the end, never lost).
    public var strayNotes: [TranscriptEntry]
    public var tornTail: Bool
    public var skippedLines: Int
    /// Dates are shown in this zone (Dutch readers: Europe/Amsterdam by default).
    public var timeZone: TimeZone

    /// - Parameters:
    ///   - questions: the dialogue's reflection questions (id, question), in order, when known.
    public init(file: TranscriptFile, notes: [TranscriptEntry] = [], questions: [(id: String, ask: String)] = [],
                timeZone: TimeZone = TranscriptReport.dutchTime) throws(TranscriptReportError) {
        guard let header = file.header else { throw .notATranscript(file.path) }
        self.header = header
        tornTail = file.tornTail
        skippedLines = file.skippedLines
        self.timeZone = timeZone

        var turns: [Turn] = []
        var answersByID: [String: String] = [:]
        var ended: TranscriptSummary?
        for entry in file.entries.dropFirst() {
            switch entry {
            case .header, .note:
                continue
            case .reflection(_, let answers):
                answersByID.merge(answers) { _, newer in newer }
            case .ended(let at, _, let summary):
                ended = summary
                endedAt = at
            default:
                let number = entry.turn ?? turns.last?.number ?? 0
                if let index = turns.firstIndex(where: { $0.number == number }) {
                    turns[index].entries.append(entry)
                } else {
                    turns.append(Turn(number: number, entries: [entry], notes: []))
                    turns.sort { $0.number < $1.number }
                }
            }
        }
        var stray: [TranscriptEntry] = []
        for note in notes {
            guard case .note(let turn, _, _, _) = note else { continue }
            if let index = turns.firstIndex(where: { $0.number == turn }) {
                turns[index].notes.append(note)
            } else {
                stray.append(note)
            }
        }
        self.turns = turns
        strayNotes = stray
        isEnded = ended != nil
        summary = ended ?? Self.countSummary(file.entries)
        answers = Self.orderAnswers(answersByID, questions: questions)
    }

    public static let dutchTime = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(identifier: "UTC")!

    /// Learner turns: typed lines and chosen options.
    public var turnCount: Int {
        turns.reduce(0) { count, turn in
            count + turn.entries.filter(Self.isLearnerTurn).count
        }
    }

    /// The learner's typed lines in order, for the course of questions over the session.
    public var learnerLines: [(turn: Int, tags: [String: [String]])] {
        turns.flatMap { turn in
            turn.entries.compactMap { entry -> (turn: Int, tags: [String: [String]])? in
                if case .learner(let number, _, _, let tags, _, _) = entry { return (number, tags) }
                return nil
            }
        }
    }

    static func isLearnerTurn(_ entry: TranscriptEntry) -> Bool {
        switch entry {
        case .learner, .choice: return true
        default: return false
        }
    }

    private static func orderAnswers(_ answers: [String: String], questions: [(id: String, ask: String)]) -> [Answer] {
        var ordered: [Answer] = []
        for question in questions {
            if let answer = answers[question.id] { ordered.append(Answer(id: question.id, question: question.ask, answer: answer)) }
        }
        let known = Set(questions.map(\.id))
        for id in answers.keys.sorted() where !known.contains(id) {
            ordered.append(Answer(id: id, question: nil, answer: answers[id] ?? ""))
        }
        return ordered
    }

    /// Counts as the server's tally does, for a session that stopped before its closing line.
    static func countSummary(_ entries: [TranscriptEntry]) -> TranscriptSummary {
        var skills: [String: [String: Int]] = [:]
        for skill in DutchNames.skillOrder {
            skills[skill] = Dictionary(uniqueKeysWithValues: (DutchNames.tagOrder[skill] ?? []).map { ($0, 0) })
        }
        var turns = 0
        var order: [String] = []
        for entry in entries {
            switch entry {
            case .learner(_, _, _, let tags, _, _):
                turns += 1
                for (skill, names) in tags {
                    for name in names {
                        skills[skill, default: [:]][name, default: 0] += 1
                        if skill == "nvc", DutchNames.nvcSteps.contains(name), !order.contains(name) { order.append(name) }
                    }
                }
            case .choice:
                turns += 1
            default:
                break
            }
        }
        return TranscriptSummary(turns: turns, skills: skills, nvcOrder: order)
    }
}
