import Coach
import Transcript

/// The JSON of the live progress, from pieces encoded once. `your-turn` carries it on every
/// turn and it is always the same keys with new counts: writing each key and count through
/// `JSONWriter` was a tenth of a turn's instructions.
enum ProgressPieces {
    /// `"question"`, per skill (in `Skill.allCases` order).
    private static let quotedNames: [[UInt8]] = Skill.allCases.map { skill in
        var bytes: [UInt8] = []
        JSONWriter.appendQuoted(skill.rawValue, to: &bytes)
        return bytes
    }

    /// `"question":{`, per skill.
    private static let openings: [[UInt8]] = quotedNames.map { $0 + Array(":{".utf8) }

    /// Per skill, every tag's key in vocabulary order in one buffer: `"open":,"closed":,"none":`
    /// (each key but the first with its comma), and where each key ends.
    private static let tagKeys: [(bytes: [UInt8], ends: [Int])] = Skill.allCases.map { skill in
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for (index, tag) in TagVocabulary.tags(for: skill).enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONWriter.appendQuoted(tag, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            ends.append(bytes.count)
        }
        return (bytes, ends)
    }

    /// Per skill, the whole object with a single-digit count per tag, `"question":{"open":0,…}`,
    /// and where each digit stands: in a rehearsal's first turns, and for the skills a learner
    /// rarely shows, no count is above nine, and a skill is one copy and a few patched bytes.
    private static let smallCountTemplates: [(bytes: [UInt8], digits: [Int])] = Skill.allCases.map { skill in
        var bytes = openings[skill.position]
        var digits: [Int] = []
        let keys = tagKeys[skill.position]
        var start = 0
        for end in keys.ends {
            bytes.append(contentsOf: keys.bytes[start..<end])
            digits.append(bytes.count)
            bytes.append(UInt8(ascii: "0"))
            start = end
        }
        bytes.append(UInt8(ascii: "}"))
        return (bytes, digits)
    }

    /// `["question","nvc"]`
    static func appendNames(of skills: [Skill], to bytes: inout ByteBuilder) {
        bytes.append(UInt8(ascii: "["))
        for (position, skill) in skills.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: quotedNames[skill.position])
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// `{"question":{"open":1,"closed":0,"none":2},…}`. Index loops over buffers: a `zip` of
    /// two arrays here cost more to tear down than the digits cost to write.
    static func appendCounts(of tally: SkillTally, skills: [Skill], to bytes: inout ByteBuilder) {
        bytes.append(UInt8(ascii: "{"))
        for position in skills.indices {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            let skill = skills[position]
            tally.withCounts(of: skill) { counts in
                if counts.allSatisfy({ $0 >= 0 && $0 < 10 }) {
                    let template = smallCountTemplates[skill.position]
                    let start = bytes.count
                    bytes.append(contentsOf: template.bytes)
                    template.digits.withUnsafeBufferPointer { digits in
                        for index in 0..<min(digits.count, counts.count) {
                            bytes[start + digits[index]] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: counts[index])
                        }
                    }
                    return
                }
                bytes.append(contentsOf: openings[skill.position])
                let keys = tagKeys[skill.position]
                keys.bytes.withUnsafeBufferPointer { keyBytes in
                    keys.ends.withUnsafeBufferPointer { ends in
                        var start = 0
                        for index in 0..<min(ends.count, counts.count) {
                            bytes.append(UnsafeBufferPointer(rebasing: keyBytes[start..<ends[index]]))
                            JSONWriter.appendDigits(counts[index], to: &bytes)
                            start = ends[index]
                        }
                    }
                }
                bytes.append(UInt8(ascii: "}"))
            }
        }
        bytes.append(UInt8(ascii: "}"))
    }
}
