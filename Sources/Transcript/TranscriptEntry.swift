import Foundation

/// One line of a session transcript (JSON Lines; see docs/transcripts.md for every field).
public enum TranscriptEntry: Sendable, Equatable {
    /// Who spoke a persona line: the script, or a colleague playing the persona.
    public enum Voice: String, Sendable {
        case script
        case player
    }

    case header(TranscriptHeader)
    case learner(turn: Int, at: Date, text: String, tags: [String: [String]], from: String, to: String)
    case choice(turn: Int, at: Date, option: String, text: String, from: String, to: String)
    case line(turn: Int, at: Date, speaker: String, text: String, by: Voice)
    case coach(turn: Int, at: Date, skill: String, tags: [String], text: String, by: String?)
    case player(at: Date, event: String, by: String)
    case reflection(at: Date, answers: [String: String])
    case ended(at: Date, state: String, summary: TranscriptSummary)
    /// A trainer's note; stored in the notes file beside the transcript, never in it.
    case note(turn: Int, at: Date, text: String, by: String)

    public static func header(
        session: String, dialogue: String, hash: String, title: String, persona: String,
        learner: String?, seed: UInt64, at: Date, preview: Bool, tokenHash: String?
    ) -> TranscriptEntry {
        .header(TranscriptHeader(session: session, dialogue: dialogue, hash: hash, title: title, persona: persona,
                                 learner: learner, seed: seed, at: at, preview: preview, tokenHash: tokenHash))
    }

    public var typeName: String {
        switch self {
        case .header: return "header"
        case .learner: return "learner"
        case .choice: return "choice"
        case .line: return "line"
        case .coach: return "coach"
        case .player: return "player"
        case .reflection: return "reflection"
        case .ended: return "ended"
        case .note: return "note"
        }
    }

    /// The turn this entry belongs to (0: the opening), if it belongs to one.
    public var turn: Int? {
        switch self {
        case .learner(let turn, _, _, _, _, _), .choice(let turn, _, _, _, _, _), .line(let turn, _, _, _, _),
             .coach(let turn, _, _, _, _, _), .note(let turn, _, _, _):
            return turn
        default:
            return nil
        }
    }

    /// Part of the conversation a learner or observer sees again on resume.
    public var isConversation: Bool {
        switch self {
        case .learner, .choice, .line, .coach, .player, .ended: return true
        case .header, .reflection, .note: return false
        }
    }
}
