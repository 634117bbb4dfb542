import Foundation

extension TranscriptEntry {
    /// The entry as one compact JSON object (no newline). Hand-written: it runs on every turn.
    public func encoded() -> [UInt8] {
        var json = JSONWriter(capacity: 384)
        json.beginObject()
        json.field("type", typeName)
        switch self {
        case .header(let header):
            json.field("v", 1)
            json.field("session", header.session)
            json.field("dialogue", header.dialogue)
            json.field("hash", header.hash)
            json.field("title", header.title)
            json.field("persona", header.persona)
            json.field("learner", optional: header.learner)
            json.key("seed")
            json.raw(Array(String(header.seed).utf8))
            json.field("at", date: header.at)
            json.field("preview", header.preview)
            if let tokenHash = header.tokenHash { json.field("tokenHash", tokenHash) }
        case .learner(let turn, let at, let text, let tags, let from, let to):
            Self.writeLearnerFields(turn: turn, at: at, text: text, from: from, to: to, into: &json) { json in
                json.beginObject()
                var written = 0
                for skill in DutchNames.skillOrder {
                    guard let values = tags[skill] else { continue }
                    json.stringArray(named: skill, values)
                    written += 1
                }
                if written < tags.count {
                    for skill in tags.keys.sorted() where !DutchNames.skillOrder.contains(skill) {
                        json.stringArray(named: skill, tags[skill] ?? [])
                    }
                }
                json.endObject()
            }
        case .choice(let turn, let at, let option, let text, let from, let to):
            json.field("turn", turn)
            json.field("at", date: at)
            json.field("option", option)
            json.field("text", text)
            json.field("from", from)
            json.field("to", to)
        case .line(let turn, let at, let speaker, let text, let by):
            json.field("turn", turn)
            json.field("at", date: at)
            json.field("speaker", speaker)
            json.field("text", text)
            json.field("by", by.rawValue)
        case .coach(let turn, let at, let skill, let tags, let text, let by):
            json.field("turn", turn)
            json.field("at", date: at)
            json.field("skill", skill)
            json.stringArray("tags", tags)
            json.field("text", text)
            if let by { json.field("by", by) }
        case .player(let at, let event, let by):
            json.field("at", date: at)
            json.field("event", event)
            json.field("by", by)
        case .reflection(let at, let answers):
            json.field("at", date: at)
            json.key("answers")
            json.beginObject()
            for key in answers.keys.sorted() { json.field(named: key, answers[key] ?? "") }
            json.endObject()
        case .ended(let at, let state, let summary):
            json.field("at", date: at)
            json.field("state", state)
            json.key("summary")
            json.beginObject()
            json.field("turns", summary.turns)
            json.key("skills")
            json.beginObject()
            for skill in summary.skills.keys.sorted(by: TranscriptEntry.skillOrder) {
                json.key(named: skill)
                json.beginObject()
                for (tag, count) in (summary.skills[skill] ?? [:]).sorted(by: { $0.key < $1.key }) { json.field(named: tag, count) }
                json.endObject()
            }
            json.endObject()
            json.stringArray("nvcOrder", summary.nvcOrder)
            json.endObject()
        case .note(let turn, let at, let text, let by):
            json.field("turn", turn)
            json.field("at", date: at)
            json.field("text", text)
            json.field("by", by)
        }
        json.endObject()
        return json.finish()
    }

    /// A learner entry as `encoded()` writes it, with the `tags` object written by `writeTags`
    /// (in `DutchNames.skillOrder`): the live session writes it straight from the coach's
    /// analysis instead of building a dictionary of strings and looking each skill up again.
    public static func encodedLearner(
        turn: Int, at: Date, text: String, from: String, to: String, writeTags: (inout JSONWriter) -> Void
    ) -> [UInt8] {
        var json = JSONWriter(capacity: 384)
        json.beginObject()
        json.field("type", "learner")
        writeLearnerFields(turn: turn, at: at, text: text, from: from, to: to, into: &json, writeTags: writeTags)
        json.endObject()
        return json.finish()
    }

    private static func writeLearnerFields(
        turn: Int, at: Date, text: String, from: String, to: String, into json: inout JSONWriter,
        writeTags: (inout JSONWriter) -> Void
    ) {
        json.field("turn", turn)
        json.field("at", date: at)
        json.field("text", text)
        json.key("tags")
        writeTags(&json)
        json.field("from", from)
        json.field("to", to)
    }

    static func skillOrder(_ lhs: String, _ rhs: String) -> Bool {
        let order = DutchNames.skillOrder
        return (order.firstIndex(of: lhs) ?? 99, lhs) < (order.firstIndex(of: rhs) ?? 99, rhs)
    }
}

extension JSONWriter {
    mutating func field(_ name: StaticString, date: Date) {
        key(name)
        plainString { TranscriptDate.append(date, to: &$0) }
    }
}
