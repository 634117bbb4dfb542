extension TranscriptReport {
    /// The report as one standalone HTML page (inline CSS, no scripts). Every piece of text is
    /// escaped, and a Content-Security-Policy forbids scripts should anything slip through.
    public func html() -> String {
        var out = """
        <!doctype html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Verslag: \(Self.html(header.title))</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        <main>
        <h1>Verslag: \(Self.html(header.title))</h1>
        <dl class="meta">

        """
        let meta: [(String, String)] = [
            ("Dialoog", "\(header.dialogue) (versie \(header.hash.prefix(12)))"),
            ("Persona", header.persona),
            ("Deelnemer", learnerName),
            ("Datum", "\(dutchDate(header.at)) (\(timeZoneName))"),
            ("Sessie", header.session),
            ("Beurten", String(turnCount)),
        ]
        for (name, value) in meta { out += "<dt>\(name)</dt><dd>\(Self.html(value))</dd>\n" }
        out += "</dl>\n"
        if header.preview { out += "<p class=\"small\">Proefsessie van de schrijver van het script.</p>\n" }
        for warning in warnings { out += "<p class=\"warning\" role=\"note\"><strong>Let op:</strong> \(Self.html(warning))</p>\n" }

        out += "<section>\n<h2>Gesprek</h2>\n"
        for turn in turns {
            out += "<section class=\"turn\" data-turn=\"\(turn.number)\">\n<h3>\(Self.turnTitle(turn.number))</h3>\n"
            for entry in turn.entries { out += html(entry) }
            for note in turn.notes { out += htmlNote(note) }
            out += "</section>\n"
        }
        if turns.isEmpty { out += "<p class=\"small\">Er is nog niets gezegd.</p>\n" }
        if let endedLine { out += "<p class=\"system\">\(Self.html(endedLine))</p>\n" }
        out += "</section>\n"

        out += "<section>\n<h2>Samenvatting</h2>\n<p>Beurten: \(summary.turns)</p>\n<dl class=\"summary\">\n"
        for skill in skillSummaries {
            out += "<dt>\(Self.html(skill.name))</dt><dd data-skill=\"\(Self.html(skill.skill))\">"
            var parts = skill.shown.map { "<span class=\"good\">\(Self.html($0))</span>" }
            if !skill.watch.isEmpty {
                parts.append("<span class=\"mistake\">let op: \(Self.html(skill.watch.joined(separator: ", ")))</span>")
            }
            parts.append(contentsOf: skill.notes.map(Self.html))
            out += parts.joined(separator: "; ") + "</dd>\n"
        }
        out += "</dl>\n</section>\n"

        out += "<section>\n<h2>Terugblik</h2>\n"
        if answers.isEmpty { out += "<p class=\"small\">De deelnemer heeft (nog) geen terugblik ingevuld.</p>\n" }
        for answer in answers {
            out += "<h3 class=\"question\">\(Self.html(answer.question ?? answer.id))</h3>\n"
            out += "<p class=\"text answer\">\(answer.answer.isEmpty ? "—" : Self.html(answer.answer))</p>\n"
        }
        out += "</section>\n"

        if !strayNotes.isEmpty {
            out += "<section>\n<h2>Overige notities</h2>\n"
            for note in strayNotes { out += htmlNote(note) }
            out += "</section>\n"
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private func html(_ entry: TranscriptEntry) -> String {
        switch entry {
        case .learner(_, _, let text, let tags, _, _):
            let chips = Self.visibleTags(tags).map { tag in
                "<span class=\"tag \(tag.mistake ? "tag--mistake" : "tag--good")\" data-tag=\"\(Self.html(tag.id))\">\(Self.html(tag.name))</span>"
            }
            let tagLine = chips.isEmpty ? "" : "<p class=\"tags\"><span class=\"visually-hidden\">Labels van de coach: </span>\(chips.joined(separator: " "))</p>"
            return message("learner", speaker: "Deelnemer", text: text, extra: tagLine)
        case .choice(_, _, _, let text, _, _):
            return message("learner", speaker: "Deelnemer (keuze)", text: text)
        case .line(_, _, let speaker, let text, let by):
            return message("persona", speaker: by == .player ? "\(speaker) (gespeeld door een collega)" : speaker, text: text)
        case .coach(_, _, let skill, _, let text, let by):
            return message(skill == "observer" ? "observer" : "coach", speaker: Self.coachTitle(skill: skill, by: by), text: text)
        case .player(_, let event, let by):
            return "<p class=\"system\">\(Self.html(Self.playerEvent(event, by: by)))</p>\n"
        default:
            return ""
        }
    }

    private func htmlNote(_ note: TranscriptEntry) -> String {
        guard case .note(_, let at, let text, let by) = note else { return "" }
        return message("note", speaker: noteTitle(by: by, at: at), text: text)
    }

    private func message(_ kind: String, speaker: String, text: String, extra: String = "") -> String {
        "<div class=\"message message--\(kind)\"><p class=\"speaker\">\(Self.html(speaker))</p>"
            + "<p class=\"text\">\(Self.html(text))</p>\(extra)</div>\n"
    }

    /// Escapes text for element content and quoted attribute values.
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\0": out += "\u{FFFD}"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    private static let style = """
    body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1c1c1c;background:#fafaf7;margin:0}
    main{max-width:46rem;margin:0 auto;padding:1.5rem}
    h1{font-size:1.6rem;margin:0 0 1rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1rem;color:#555;margin:1.5rem 0 .5rem}
    .meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}.meta dt{font-weight:600}.meta dd{margin:0}
    .summary dt{font-weight:600;margin-top:.6rem}.summary dd{margin:0 0 0 1rem}
    .message{border-radius:.5rem;padding:.5rem .8rem;margin:.5rem 0;background:#fff;border:1px solid #ddd}
    .message--learner{background:#e9f2ff;border-color:#b5d0f5;margin-left:2rem}
    .message--persona{background:#fff}
    .message--coach{background:#f1f8ec;border-color:#bcdcaa}
    .message--observer{background:#fdf6e3;border-color:#e8d49a}
    .message--note{background:#fff4f8;border-color:#e6b3c7;border-left:4px solid #b03a6b}
    .speaker{font-weight:600;font-size:.85rem;margin:0;color:#444}
    .text{margin:.2rem 0 0;white-space:pre-wrap;overflow-wrap:anywhere}
    .tags{margin:.3rem 0 0}.tag{display:inline-block;font-size:.8rem;border-radius:1rem;padding:0 .5rem;margin:0 .2rem .2rem 0}
    .tag--good{background:#d7eccb;color:#1f4d12}.tag--mistake{background:#fbe0c8;color:#7a3500}
    .good{color:#1f4d12}.mistake{color:#7a3500}
    .system,.small{color:#555;font-size:.9rem;font-style:italic}
    .warning{background:#fff3cd;border:1px solid #e0c36b;padding:.5rem .8rem;border-radius:.5rem}
    .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    @media print{body{background:#fff}.message{break-inside:avoid}}
    """
}
