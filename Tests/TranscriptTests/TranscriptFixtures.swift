import Foundation
import Transcript

/// A short session with every kind of entry, as the server writes it.
enum TranscriptFixtures {
    static let start = Date(timeIntervalSince1970: 1_795_420_800.5) // 2026-11-23 08:00:00.500 UTC
    static let hash = String(repeating: "ab", count: 32)

    static func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    static func header(session: String = "sessie_01", learner: String? = "Sanne", seed: UInt64 = 17_211_862_620_507_759_280) -> TranscriptEntry {
        .header(session: session, dialogue: "dorpsplein", hash: hash, title: "Het idee voor het dorpsplein",
                persona: "Marieke", learner: learner, seed: seed, at: start, preview: false,
                tokenHash: String(repeating: "0f", count: 32))
    }

    static func tags(question: String, nvc: [String] = [], trust: [String] = [], habits: [String] = []) -> [String: [String]] {
        ["question": [question], "nvc": nvc, "trust": trust, "habits": habits]
    }

    static func session(session: String = "sessie_01", learnerText: String = "Bent u tevreden?", ended: Bool = true) -> [TranscriptEntry] {
        var entries: [TranscriptEntry] = [
            header(session: session),
            .line(turn: 0, at: at(0), speaker: "Marieke", text: "Goedemiddag. Ik kom over ons idee voor het dorpsplein.", by: .script),
            .learner(turn: 1, at: at(10), text: learnerText, tags: tags(question: "closed"), from: "begin", to: "begin"),
            .coach(turn: 1, at: at(10), skill: "question", tags: ["closed"], text: "Met een open vraag hoort u meer.", by: nil),
            .line(turn: 1, at: at(10), speaker: "Marieke", text: "Ja hoor.", by: .script),
            .player(at: at(15), event: "joined", by: "Jan"),
            .coach(turn: 1, at: at(16), skill: "observer", tags: [], text: "Vraag door naar haar idee.", by: "Jan"),
            .learner(turn: 2, at: at(20), text: "Ik voel me niet serieus genomen, ja, maar wat is uw idee?",
                     tags: tags(question: "open", nvc: ["pseudo_feeling"], habits: ["yes_but"]), from: "begin", to: "idee"),
            .line(turn: 2, at: at(21), speaker: "Marieke", text: "Een moestuin midden op het plein!", by: .player),
            .player(at: at(25), event: "left", by: "Jan"),
            .choice(turn: 3, at: at(30), option: "bedank", text: "Dank u wel voor uw tijd.", from: "idee", to: "einde"),
        ]
        if ended {
            entries.append(.ended(at: at(31), state: "einde", summary: TranscriptSummary(
                turns: 3,
                skills: ["question": ["open": 1, "closed": 1, "none": 0],
                         "nvc": ["observation": 0, "pseudo_feeling": 1, "feeling": 0],
                         "trust": ["acknowledge": 0], "habits": ["yes_but": 1]],
                nvcOrder: [])))
            entries.append(.reflection(at: at(60), answers: ["goed": "Ik bleef rustig.", "anders": "Eerder een open vraag stellen."]))
        }
        return entries
    }

    /// Writes a session into `root` and returns the transcript's path.
    static func write(_ entries: [TranscriptEntry], root: String, session: String = "sessie_01") throws -> String {
        let writer = try TranscriptWriter(root: root, session: session, date: start)
        defer { writer.close() }
        try writer.append(entries)
        return writer.path
    }
}
