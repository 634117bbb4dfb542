import Foundation

/// A frame a client sent, decoded and checked (protocol version 1, `shared/protocol.md`).
public enum IncomingFrame: Sendable, Equatable {
    case list
    case start(dialogue: String, learner: String?, preview: Bool, seed: UInt64?)
    case say(text: String)
    case choose(option: String)
    case reflect(answers: [String: String])
    case resume(session: String, token: String)
    case end
    case observe(session: String?, join: String?, token: String?, name: String?)
    case tip(text: String)
    case play(join: String)
    case transcripts(token: String, dialogue: String?, since: String?)
    case transcript(token: String, id: String)
    case annotate(token: String, id: String, turn: Int, text: String)

    /// The frame's `type` as sent, for logs and rate limits.
    public var typeName: String {
        switch self {
        case .list: return "list"
        case .start: return "start"
        case .say: return "say"
        case .choose: return "choose"
        case .reflect: return "reflect"
        case .resume: return "resume"
        case .end: return "end"
        case .observe: return "observe"
        case .tip: return "tip"
        case .play: return "play"
        case .transcripts: return "transcripts"
        case .transcript: return "transcript"
        case .annotate: return "annotate"
        }
    }
}

extension IncomingFrame {
    /// Every field any frame may carry; all optional so that a missing field is reported by name.
    private struct RawFrame: Decodable {
        var type: String?
        var dialogue: String?
        var learner: String?
        var preview: Bool?
        var text: String?
        var option: String?
        var answers: [String: String]?
        var session: String?
        var token: String?
        var join: String?
        var name: String?
        var id: String?
        var since: String?
        var turn: WholeNumber<Int>?
        var seed: WholeNumber<UInt64>?

        /// The frame read without Foundation, or nil when it carries a field that is not a
        /// string (`preview`, `answers`, `turn`, `seed`): those take JSONDecoder's path.
        init?(_ flat: FlatJSONObject) {
            // In order, so the last duplicate wins, as with JSONDecoder; unknown keys are ignored.
            for (key, value) in flat.fields {
                switch key {
                case "type": type = value
                case "text": text = value
                case "dialogue": dialogue = value
                case "learner": learner = value
                case "option": option = value
                case "session": session = value
                case "token": token = value
                case "join": join = value
                case "name": name = value
                case "id": id = value
                case "since": since = value
                case "preview", "answers", "turn", "seed": return nil
                default: break
                }
            }
        }
    }

    /// A whole-number field. Foundation reports a number that does not fit its type
    /// ("seed": -1, "turn": 1.5) as invalid JSON without naming the field; this names it.
    private struct WholeNumber<Value: FixedWidthInteger & Decodable>: Decodable {
        var value: Value

        init(from decoder: any Decoder) throws {
            do {
                value = try decoder.singleValueContainer().decode(Value.self)
            } catch {
                throw DecodingError.typeMismatch(Value.self, .init(codingPath: decoder.codingPath, debugDescription: "not a whole number in range"))
            }
        }
    }

    private static let decoder = JSONDecoder()

    /// Decodes one text message; throws a `ProtocolError` a client can act on.
    public static func decode(_ bytes: [UInt8]) throws(ProtocolError) -> IncomingFrame {
        let raw: RawFrame
        do {
            if let flat = FlatJSONObject(bytes), let fromFlat = RawFrame(flat) {
                raw = fromFlat
            } else {
                raw = try decoder.decode(RawFrame.self, from: Data(bytes))
            }
        } catch let DecodingError.typeMismatch(_, context) {
            guard let field = context.codingPath.first?.stringValue else { throw .notAnObject }
            throw .badField(field, expected: expectedKind(of: field))
        } catch {
            throw .badJSON
        }
        guard let type = raw.type else { throw .missingType }

        func required(_ value: String?, _ name: String) throws(ProtocolError) -> String {
            guard let value else { throw .badField(name, expected: "tekst") }
            return value
        }

        switch type {
        case "list":
            return .list
        case "start":
            // A fixed seed makes a preview replayable (trainers and tests); learners always get a random one.
            let preview = raw.preview ?? false
            return .start(dialogue: try required(raw.dialogue, "dialogue"), learner: raw.learner, preview: preview, seed: preview ? raw.seed?.value : nil)
        case "say":
            return .say(text: try required(raw.text, "text"))
        case "choose":
            return .choose(option: try required(raw.option, "option"))
        case "reflect":
            guard let answers = raw.answers else { throw .badField("answers", expected: "object met antwoorden") }
            return .reflect(answers: answers)
        case "resume":
            return .resume(session: try required(raw.session, "session"), token: try required(raw.token, "token"))
        case "end":
            return .end
        case "observe":
            if raw.session == nil && raw.join == nil { throw .badField("join", expected: "tekst") }
            return .observe(session: raw.session, join: raw.join, token: raw.token, name: raw.name)
        case "tip":
            return .tip(text: try required(raw.text, "text"))
        case "play":
            return .play(join: try required(raw.join ?? raw.token, "join"))
        case "transcripts":
            return .transcripts(token: try required(raw.token, "token"), dialogue: raw.dialogue, since: raw.since)
        case "transcript":
            return .transcript(token: try required(raw.token, "token"), id: try required(raw.id, "id"))
        case "annotate":
            guard let turn = raw.turn?.value else { throw .badField("turn", expected: "getal") }
            return .annotate(token: try required(raw.token, "token"), id: try required(raw.id, "id"), turn: turn, text: try required(raw.text, "text"))
        default:
            throw .unknownType(type)
        }
    }

    private static func expectedKind(of field: String) -> String {
        switch field {
        case "preview": return "waar/onwaar (true/false)"
        case "turn", "seed": return "getal"
        case "answers": return "object met antwoorden"
        default: return "tekst"
        }
    }
}
