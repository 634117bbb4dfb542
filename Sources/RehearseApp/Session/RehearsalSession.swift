import Coach
import Dialogue
import Foundation
import Transcript

/// One rehearsal as a value: the dialogue's runtime, the coach's policy and the running tally.
/// Its `mutating` methods take one learner input and return a `SessionStep`; the caller writes
/// the step's entries to the transcript and only then commits the new value and sends frames,
/// so a turn that cannot be written leaves the session as it was.
struct RehearsalSession {
    let id: String
    let seed: UInt64
    let learner: String?
    let preview: Bool
    /// The dialogue's skills, kept apart: every turn reads them, and reading them through
    /// `dialogue` copied the whole `Dialogue` value each time.
    let practised: [Skill]
    private(set) var runtime: DialogueRuntime
    private(set) var tally = SkillTally()
    private var policy = CoachPolicy()
    /// Learner turns so far; turn 0 is the opening.
    private(set) var turn = 0
    private(set) var reflected = false
    /// The learner ended the rehearsal before the script did.
    private var endedEarly = false

    init(id: String, dialogue: Dialogue, seed: UInt64, learner: String?, preview: Bool) {
        self.id = id
        self.seed = seed
        self.learner = learner
        self.preview = preview
        self.practised = dialogue.skills
        self.runtime = DialogueRuntime(dialogue: dialogue, seed: seed)
    }

    var isEnded: Bool { runtime.isEnded || endedEarly }

    /// The whole dialogue, for the start and the end of a session; turns read `practised`.
    var dialogue: Dialogue { runtime.dialogue }

    /// Lines and tags are spoken by a person playing the persona instead of the script.
    typealias Voice = TranscriptEntry.Voice

    // MARK: - Inputs

    mutating func open(at now: Date) -> SessionStep {
        var step = SessionStep()
        let actions = runtime.start()
        apply(actions, voice: .script, at: now, into: &step)
        close(&step, analysis: nil, at: now)
        return step
    }

    mutating func say(_ text: String, analysis: Analysis, scriptSpeaks: Bool, coach: Coach, at now: Date) -> SessionStep {
        var step = SessionStep()
        turn += 1
        let from = runtime.state
        let actions = runtime.respond(to: text, analysis: analysis)
        tally.record(analysis)
        let learnerEntry = TranscriptEntry.encodedLearner(turn: turn, at: now, text: text, from: from, to: runtime.state) {
            OutgoingFrame.write(analysis, into: &$0)
        }
        step.mirrored.append(step.record(encoded: learnerEntry, isConversation: true))

        let scriptTips = actions.compactMap { action -> CoachPolicy.ScriptTip? in
            if case .coach(let text, let skill, let tags) = action { return .init(text: text, skill: skill, tags: tags) }
            return nil
        }
        let tips = policy.tips(for: text, analysis: analysis, practised: practised, scriptTips: scriptTips, coach: coach)
        for tip in tips {
            emitCoach(skill: tip.skill, tags: tip.tags, text: tip.text, by: nil, at: now, into: &step)
        }
        apply(actions, voice: scriptSpeaks ? .script : nil, at: now, into: &step)
        close(&step, analysis: analysis, at: now)
        return step
    }

    mutating func choose(_ option: String, at now: Date) throws(ProtocolError) -> SessionStep {
        guard let chosen = runtime.options.first(where: { $0.id == option }) else { throw .unknownOption(option) }
        var step = SessionStep()
        turn += 1
        let from = runtime.state
        let actions: [DialogueAction]
        do {
            actions = try runtime.choose(option: option)
        } catch {
            throw .unknownOption(option)
        }
        tally.recordChoice()
        record(.choice(turn: turn, at: now, option: option, text: chosen.text, from: from, to: runtime.state), into: &step)
        for action in actions {
            if case .coach(let text, let skill, let tags) = action {
                emitCoach(skill: (skill ?? practised.first ?? .question).rawValue, tags: tags, text: text, by: nil, at: now, into: &step)
            }
        }
        apply(actions, voice: .script, at: now, into: &step)
        close(&step, analysis: nil, at: now)
        return step
    }

    /// The learner ends the rehearsal (or it ended by itself).
    mutating func end(at now: Date) -> SessionStep {
        var step = SessionStep()
        finish(&step, at: now)
        return step
    }

    /// A line from a colleague playing the persona.
    mutating func playerLine(_ text: String, by name: String, at now: Date) -> SessionStep {
        var step = SessionStep()
        emitLine(speaker: dialogue.persona.name, text: text, voice: .player, at: now, into: &step)
        return step
    }

    /// A tip from an observer: it reaches the learner as a coach frame and is kept with its author.
    mutating func observerTip(_ text: String, by name: String, at now: Date) -> SessionStep {
        var step = SessionStep()
        emitCoach(skill: "observer", tags: [], text: text, by: name, at: now, into: &step)
        return step
    }

    mutating func reflect(_ answers: [String: String], at now: Date) -> SessionStep {
        var step = SessionStep()
        reflected = true
        step.record(.reflection(at: now, answers: answers))
        step.frames.append(.reflected)
        return step
    }

    // MARK: - Views

    /// The frame that closes a turn now, for a learner who resumes.
    func closingFrame() -> OutgoingFrame {
        if isEnded { return .ended(summary: summaryInfo) }
        return .yourTurn(yourTurn(analysis: nil))
    }

    var summaryInfo: OutgoingFrame.SummaryInfo {
        .init(tally: tally, skills: practised, reflection: dialogue.reflection.map { ($0.id, $0.ask) }, state: runtime.state)
    }

    var summary: TranscriptSummary {
        var skills: [String: [String: Int]] = [:]
        for (skill, counts) in tally.counts { skills[skill.rawValue] = counts }
        return TranscriptSummary(turns: tally.turns, skills: skills, nvcOrder: tally.nvcOrder)
    }

    var header: OutgoingFrame.DialogueHeader {
        .init(id: dialogue.id, title: dialogue.title, personaName: dialogue.persona.name,
              personaRole: dialogue.persona.role, situation: dialogue.situation, skills: dialogue.skills.map(\.rawValue))
    }

    // MARK: - Replay after a restart

    /// Feeds one recorded entry back through the runtime, exactly as it happened.
    mutating func replay(_ entry: TranscriptEntry) {
        switch entry {
        case .learner(let turn, _, let text, let tags, _, _):
            let analysis = Analysis(wireTags: Self.skillTags(tags))
            self.turn = turn
            _ = runtime.respond(to: text, analysis: analysis)
            tally.record(analysis)
            _ = policy.tips(for: text, analysis: analysis, practised: practised, scriptTips: [], coach: Coach())
        case .choice(let turn, _, let option, _, _, _):
            self.turn = turn
            _ = try? runtime.choose(option: option)
            tally.recordChoice()
        case .ended:
            endedEarly = !runtime.isEnded
        case .reflection:
            reflected = true
        default:
            break
        }
    }

    /// Replays the opening without producing frames.
    mutating func replayOpening() {
        _ = runtime.start()
    }

    // MARK: - Helpers

    private mutating func apply(_ actions: [DialogueAction], voice: Voice?, at now: Date, into step: inout SessionStep) {
        for action in actions {
            switch action {
            case .line(let speaker, let text):
                if let voice { emitLine(speaker: speaker, text: text, voice: voice, at: now, into: &step) }
            case .end:
                finish(&step, at: now)
            case .coach, .setVariable, .enterState:
                break
            }
        }
    }

    private mutating func finish(_ step: inout SessionStep, at now: Date) {
        guard !step.ended else { return }
        endedEarly = !runtime.isEnded
        step.ended = true
        let entry = TranscriptEntry.ended(at: now, state: runtime.state, summary: summary)
        step.record(entry)
    }

    private mutating func close(_ step: inout SessionStep, analysis: Analysis?, at now: Date) {
        if runtime.isEnded && !step.ended { finish(&step, at: now) }
        let frame: OutgoingFrame = step.ended ? .ended(summary: summaryInfo) : .yourTurn(yourTurn(analysis: analysis))
        send(frame, into: &step)
    }

    private func yourTurn(analysis: Analysis?) -> OutgoingFrame.YourTurnInfo {
        let options = runtime.options.map { (id: $0.id, text: $0.text) }
        let state = preview ? (name: runtime.state, variables: runtime.variables.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) : nil
        return .init(options: options, previewState: state, analysis: analysis, progress: tally, skills: practised)
    }

    private mutating func emitLine(speaker: String, text: String, voice: Voice, at now: Date, into step: inout SessionStep) {
        record(.line(turn: turn, at: now, speaker: speaker, text: text, by: voice), into: &step)
        send(.line(speaker: speaker, text: text), into: &step)
    }

    private mutating func emitCoach(skill: String, tags: [String], text: String, by: String?, at now: Date, into step: inout SessionStep) {
        record(.coach(turn: turn, at: now, skill: skill, tags: tags, text: text, by: by), into: &step)
        send(.coach(skill: skill, tags: tags, text: text, by: by), into: &step)
    }

    private mutating func record(_ entry: TranscriptEntry, into step: inout SessionStep) {
        let encoded = step.record(entry)
        if case .learner = entry { step.mirrored.append(encoded) }
    }

    private func send(_ frame: OutgoingFrame, into step: inout SessionStep) {
        step.frames.append(frame)
    }

    static func skillTags(_ tags: [String: [String]]) -> [Skill: [String]] {
        var result: [Skill: [String]] = [:]
        for (name, values) in tags { if let skill = Skill(rawValue: name) { result[skill] = values } }
        return result
    }
}
