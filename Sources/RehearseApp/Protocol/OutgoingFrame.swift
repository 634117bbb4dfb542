import Coach
import Transcript

/// A frame the server sends, encoded by hand into compact JSON (see `shared/protocol.md`).
public enum OutgoingFrame: Sendable {
    case dialogues([DialogueListing])
    case started(StartedInfo)
    case line(speaker: String, text: String)
    case coach(skill: String, tags: [String], text: String, by: String?)
    case yourTurn(YourTurnInfo)
    case ended(summary: SummaryInfo)
    case reflected
    case error(ProtocolError)
    case observing(session: String, dialogue: DialogueHeader, role: String, history: [UInt8])
    case playing(session: String, dialogue: DialogueHeader)
    case mirror(frame: [UInt8])
    case player(event: String, name: String?)
    /// Already-encoded JSON (trainer answers built from transcript files).
    case raw([UInt8])

    /// One entry of the `dialogues` list.
    public struct DialogueListing: Sendable {
        public var id: String
        public var title: String
        public var summary: String
        public var skills: [String]
    }

    /// What `started` says about the dialogue; `observing` and `playing` reuse it.
    public struct DialogueHeader: Sendable {
        public var id: String
        public var title: String
        public var personaName: String
        public var personaRole: String
        public var situation: String?
        public var skills: [String]
    }

    /// The fields of `started`.
    public struct StartedInfo: Sendable {
        public var session: String
        public var token: String
        public var join: String?
        public var dialogue: DialogueHeader
        public var resumed: Bool
        public var preview: Bool
        /// Encoded transcript entries so far (resume only).
        public var turns: [UInt8]?
    }

    /// The fields of `your-turn`.
    public struct YourTurnInfo: Sendable {
        public var options: [(id: String, text: String)]
        /// State name and variables, only for trainer preview clients.
        public var previewState: (name: String, variables: [(String, Int)])?
        /// The coach's tags for the learner's last line, per skill.
        public var analysis: Analysis?
        public var progress: SkillTally?
        public var skills: [Skill]
    }

    /// The fields of `ended.summary`.
    public struct SummaryInfo: Sendable {
        public var tally: SkillTally
        public var skills: [Skill]
        public var reflection: [(id: String, ask: String)]
        public var state: String
    }

    /// The frame's JSON, after `headroom` free bytes (`WebSocketServer.frameHeadroom` to send it
    /// with `send(framed:to:)`).
    public func encoded(headroom: Int = 0) -> [UInt8] {
        // `your-turn` carries the progress (about 600 bytes): one buffer, not three growing ones.
        var json: JSONWriter
        if case .yourTurn = self {
            json = JSONWriter(capacity: 1024, headroom: headroom)
        } else {
            json = JSONWriter(headroom: headroom)
        }
        json.beginObject()
        switch self {
        case .dialogues(let listings):
            json.field("type", "dialogues")
            json.key("dialogues")
            json.beginArray()
            for listing in listings {
                json.beginObject()
                json.field("id", listing.id)
                json.field("title", listing.title)
                json.field("summary", listing.summary)
                json.stringArray("skills", listing.skills)
                json.endObject()
            }
            json.endArray()
        case .started(let info):
            json.field("type", "started")
            json.field("session", info.session)
            json.field("token", info.token)
            if let join = info.join { json.field("join", join) }
            json.key("dialogue")
            Self.write(info.dialogue, into: &json)
            if info.resumed { json.field("resumed", true) }
            if info.preview { json.field("preview", true) }
            if let turns = info.turns {
                json.key("turns")
                json.raw(turns)
            }
        case .line(let speaker, let text):
            json.field("type", "line")
            json.field("speaker", speaker)
            json.field("text", text)
        case .coach(let skill, let tags, let text, let by):
            json.field("type", "coach")
            json.field("skill", skill)
            json.stringArray("tags", tags)
            json.field("text", text)
            if let by { json.field("by", by) }
        case .yourTurn(let info):
            json.field("type", "your-turn")
            if !info.options.isEmpty {
                json.key("options")
                json.beginArray()
                for option in info.options {
                    json.beginObject()
                    json.field("id", option.id)
                    json.field("text", option.text)
                    json.endObject()
                }
                json.endArray()
            }
            if let state = info.previewState {
                json.key("state")
                json.beginObject()
                json.field("name", state.name)
                json.key("variables")
                json.beginObject()
                for (name, value) in state.variables { json.field(named: name, value) }
                json.endObject()
                json.endObject()
            }
            if let analysis = info.analysis {
                json.key("analysis")
                Self.write(analysis, into: &json)
            }
            if let progress = info.progress {
                json.key("progress")
                Self.write(progress, skills: info.skills, into: &json)
            }
        case .ended(let summary):
            json.field("type", "ended")
            json.key("summary")
            Self.write(summary.tally, skills: summary.skills, into: &json, final: true)
            json.field("state", summary.state)
            json.reflectionQuestions("reflection", summary.reflection)
            json.endObject()
        case .reflected:
            json.field("type", "reflected")
        case .error(let error):
            json.field("type", "error")
            json.field("code", error.code)
            json.field("message", error.message)
        case .observing(let session, let dialogue, let role, let history):
            json.field("type", "observing")
            json.field("session", session)
            json.field("role", role)
            json.key("dialogue")
            Self.write(dialogue, into: &json)
            json.key("turns")
            json.raw(history)
        case .playing(let session, let dialogue):
            json.field("type", "playing")
            json.field("session", session)
            json.key("dialogue")
            Self.write(dialogue, into: &json)
        case .mirror(let frame):
            json.field("type", "mirror")
            json.key("frame")
            json.raw(frame)
        case .player(let event, let name):
            json.field("type", "player")
            json.field("event", event)
            if let name { json.field("name", name) }
        case .raw(let bytes):
            return headroom == 0 ? bytes : [UInt8](repeating: 0, count: headroom) + bytes
        }
        json.endObject()
        return json.finish()
    }

    private static func write(_ dialogue: DialogueHeader, into json: inout JSONWriter) {
        json.beginObject()
        json.field("id", dialogue.id)
        json.field("title", dialogue.title)
        json.key("persona")
        json.beginObject()
        json.field("name", dialogue.personaName)
        json.field("role", dialogue.personaRole)
        json.endObject()
        if let situation = dialogue.situation { json.field("situation", situation) }
        json.stringArray("skills", dialogue.skills)
        json.endObject()
    }

    /// `{"question":[…],"nvc":[…],"trust":[…],"habits":[…]}`: the analysis in `your-turn` and the
    /// `tags` of a learner's transcript line.
    static func write(_ analysis: Analysis, into json: inout JSONWriter) {
        json.beginObject()
        for skill in Skill.allCases {
            json.key(encoded: skillKeys[skill.position])
            json.beginArray()
            for tag in analysis.tags(for: skill) { json.string(tag) }
            json.endArray()
        }
        json.endObject()
    }

    /// `"question":` and the like, per skill: every `your-turn` names all four.
    private static let skillKeys = Skill.allCases.map { JSONWriter.encodedKey($0.rawValue) }

    /// The running summary; `progress` frames carry only the practised skills (they go out on
    /// every turn), the `final` summary carries all four and is left open for more fields.
    static func write(_ tally: SkillTally, skills: [Skill], into json: inout JSONWriter, final: Bool = false) {
        json.beginObject()
        json.field("turns", tally.turns)
        json.key("practised")
        json.rawValue { ProgressPieces.appendNames(of: skills, to: &$0) }
        json.key("skills")
        json.rawValue { ProgressPieces.appendCounts(of: tally, skills: final ? Skill.allCases : skills, to: &$0) }
        json.stringArray("nvcOrder", tally.nvcOrder)
        if !final { json.endObject() }
    }
}
