extension TranscriptReport {
    /// The report as Markdown. Learners' free text is escaped so it cannot become markup (or raw
    /// HTML, which many Markdown viewers pass through).
    public func markdown() -> String {
        var out: [String] = []
        out.append("# Verslag: \(Self.md(header.title))")
        out.append("")
        out.append("- **Dialoog:** \(Self.md(header.dialogue)) (versie `\(Self.code(String(header.hash.prefix(12))))`)")
        out.append("- **Persona:** \(Self.md(header.persona))")
        out.append("- **Deelnemer:** \(Self.md(learnerName))")
        out.append("- **Datum:** \(dutchDate(header.at)) (\(timeZoneName))")
        out.append("- **Sessie:** `\(Self.code(header.session))`")
        out.append("- **Beurten:** \(turnCount)")
        if header.preview { out.append("- Proefsessie van de schrijver van het script.") }
        out.append("")
        for warning in warnings {
            out.append("> **Let op:** \(warning)")
            out.append("")
        }

        out.append("## Gesprek")
        out.append("")
        for turn in turns {
            out.append("### \(Self.turnTitle(turn.number))")
            out.append("")
            for entry in turn.entries { out.append(contentsOf: markdown(entry)) }
            for note in turn.notes { out.append(contentsOf: markdownNote(note)) }
        }
        if turns.isEmpty {
            out.append("_Er is nog niets gezegd._")
            out.append("")
        }
        if let endedLine {
            out.append("_\(endedLine)_")
            out.append("")
        }

        out.append("## Samenvatting")
        out.append("")
        out.append("Beurten: \(summary.turns)")
        out.append("")
        for skill in skillSummaries {
            var parts = skill.shown
            if !skill.watch.isEmpty { parts.append("let op: " + skill.watch.joined(separator: ", ")) }
            parts.append(contentsOf: skill.notes)
            out.append("- **\(skill.name):** \(parts.joined(separator: "; "))")
        }
        out.append("")

        out.append("## Terugblik")
        out.append("")
        if answers.isEmpty {
            out.append("_De deelnemer heeft (nog) geen terugblik ingevuld._")
            out.append("")
        }
        for answer in answers {
            out.append("**\(Self.md(answer.question ?? answer.id))**")
            out.append("")
            out.append(answer.answer.isEmpty ? "—" : Self.md(answer.answer))
            out.append("")
        }

        if !strayNotes.isEmpty {
            out.append("## Overige notities")
            out.append("")
            for note in strayNotes { out.append(contentsOf: markdownNote(note)) }
        }
        return out.joined(separator: "\n")
    }

    private func markdown(_ entry: TranscriptEntry) -> [String] {
        switch entry {
        case .learner(_, _, let text, let tags, _, _):
            var lines = ["**Deelnemer:** \(Self.md(text))"]
            let shown = Self.visibleTags(tags)
            if !shown.isEmpty {
                lines[0] += "  "
                lines.append("_Labels van de coach: " + shown.map { $0.mistake ? "\(Self.md($0.name)) (let op)" : Self.md($0.name) }.joined(separator: " · ") + "_")
            }
            return lines + [""]
        case .choice(_, _, _, let text, _, _):
            return ["**Deelnemer (keuze):** \(Self.md(text))", ""]
        case .line(_, _, let speaker, let text, let by):
            let who = by == .player ? "\(Self.md(speaker)) (gespeeld door een collega)" : Self.md(speaker)
            return ["**\(who):** \(Self.md(text))", ""]
        case .coach(_, _, let skill, _, let text, let by):
            return ["> **\(Self.md(Self.coachTitle(skill: skill, by: by))):** \(Self.md(text, continuation: "> "))", ""]
        case .player(_, let event, let by):
            return ["_\(Self.md(Self.playerEvent(event, by: by)))_", ""]
        default:
            return []
        }
    }

    private func markdownNote(_ note: TranscriptEntry) -> [String] {
        guard case .note(_, let at, let text, let by) = note else { return [] }
        return ["> 📝 **\(Self.md(noteTitle(by: by, at: at))):** \(Self.md(text, continuation: "> "))", ""]
    }

    /// Text for inside a code span (ids: no backticks or line breaks can end it early).
    static func code(_ text: String) -> String {
        String(text.filter { $0 != "`" && !$0.isNewline })
    }

    /// Escapes Markdown and HTML syntax in free text; line breaks stay line breaks.
    static func md(_ text: String, continuation: String = "") -> String {
        let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~"]
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var escaped = ""
            for character in line where character != "\r" {
                if special.contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
            // A line that starts like a list item or a heading would turn into one.
            if let first = escaped.first, first == "-" || first == "+" || first == "=" {
                escaped.insert("\\", at: escaped.startIndex)
            } else if let dot = escaped.firstIndex(where: { !$0.isNumber }), dot != escaped.startIndex,
                      escaped[dot] == "." || escaped[dot] == ")" {
                escaped.insert("\\", at: dot)
            }
            lines.append(escaped)
        }
        return lines.joined(separator: "  \n" + continuation)
    }
}
