import Foundation

extension TranscriptEntry {
    /// Reads one line; nil when it is not a transcript entry this version understands.
    /// Unknown fields are ignored, so newer writers stay readable.
    public static func decode(_ line: some Collection<UInt8>) -> TranscriptEntry? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
              let type = object["type"] as? String else { return nil }
        let at = (object["at"] as? String).flatMap(TranscriptDate.parse) ?? Date(timeIntervalSince1970: 0)
        let turn = object["turn"] as? Int ?? 0
        let text = object["text"] as? String ?? ""
        switch type {
        case "header":
            guard let session = object["session"] as? String, let dialogue = object["dialogue"] as? String else { return nil }
            let seed = (object["seed"] as? NSNumber)?.uint64Value ?? 0
            return .header(TranscriptHeader(
                session: session, dialogue: dialogue, hash: object["hash"] as? String ?? "",
                title: object["title"] as? String ?? dialogue, persona: object["persona"] as? String ?? "",
                learner: object["learner"] as? String, seed: seed, at: at,
                preview: object["preview"] as? Bool ?? false, tokenHash: object["tokenHash"] as? String))
        case "learner":
            let tags = (object["tags"] as? [String: Any] ?? [:]).compactMapValues { $0 as? [String] }
            return .learner(turn: turn, at: at, text: text, tags: tags,
                            from: object["from"] as? String ?? "", to: object["to"] as? String ?? "")
        case "choice":
            return .choice(turn: turn, at: at, option: object["option"] as? String ?? "", text: text,
                           from: object["from"] as? String ?? "", to: object["to"] as? String ?? "")
        case "line":
            return .line(turn: turn, at: at, speaker: object["speaker"] as? String ?? "", text: text,
                         by: Voice(rawValue: object["by"] as? String ?? "") ?? .script)
        case "coach":
            return .coach(turn: turn, at: at, skill: object["skill"] as? String ?? "", tags: object["tags"] as? [String] ?? [],
                          text: text, by: object["by"] as? String)
        case "player":
            return .player(at: at, event: object["event"] as? String ?? "", by: object["by"] as? String ?? "")
        case "reflection":
            return .reflection(at: at, answers: (object["answers"] as? [String: Any] ?? [:]).compactMapValues { $0 as? String })
        case "ended":
            let summary = object["summary"] as? [String: Any] ?? [:]
            let skills = (summary["skills"] as? [String: Any] ?? [:]).compactMapValues { ($0 as? [String: Any])?.compactMapValues { $0 as? Int } }
            return .ended(at: at, state: object["state"] as? String ?? "",
                          summary: TranscriptSummary(turns: summary["turns"] as? Int ?? 0, skills: skills,
                                                     nvcOrder: summary["nvcOrder"] as? [String] ?? []))
        case "note":
            return .note(turn: turn, at: at, text: text, by: object["by"] as? String ?? "trainer")
        default:
            return nil
        }
    }
}
