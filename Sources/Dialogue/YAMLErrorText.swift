import Yams

/// Turns a Yams/libyaml error into a location and a Dutch message (keeping libyaml's own words).
enum YAMLErrorText {
    static func describe(_ error: Error) -> (SourceLocation, String) {
        guard let error = error as? YamlError else {
            return (SourceLocation(line: 1, column: 1), "YAML kan niet gelezen worden: \(error)")
        }
        switch error {
        case .scanner(_, let problem, let mark, _),
             .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return (SourceLocation(line: max(1, mark.line), column: max(1, mark.column)),
                    "YAML kan niet gelezen worden: \(hint(for: problem)) (\(problem))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let first = SourceLocation(line: context.mark.line, column: context.mark.column)
            let second = duplicates.first.flatMap { secondOccurrence(of: $0, after: first, in: context.text) }
            return (second ?? first,
                    "sleutel \(names) staat twee keer in dezelfde mapping (eerst op regel \(first.line)); laat er één over")
        case .reader(let problem, _, _, _):
            return (SourceLocation(line: 1, column: 1), "het bestand kan niet gelezen worden: \(problem) (is het UTF-8?)")
        default:
            return (SourceLocation(line: 1, column: 1), "YAML kan niet gelezen worden: \(error)")
        }
    }

    /// Yams reports the first of two equal keys; the second is the one to point at. Found by
    /// looking for the key at the same column further down (block style, the usual case).
    static func secondOccurrence(of key: String, after first: SourceLocation, in text: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line < lines.count, first.column >= 1 else { return nil }
        for index in first.line..<lines.count {
            let line = Array(lines[index])
            guard line.count >= first.column - 1 + key.count else { continue }
            let indent = line[0..<(first.column - 1)]
            let rest = String(line[(first.column - 1)...])
            guard indent.allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            if rest.hasPrefix(key + ":") || rest.hasPrefix(key + " :") {
                return SourceLocation(line: index + 1, column: first.column)
            }
        }
        return nil
    }

    private static func hint(for problem: String) -> String {
        switch problem {
        case let p where p.contains("mapping values are not allowed"):
            return "hier mag geen ':' staan; zet een tekst met een dubbele punt tussen aanhalingstekens"
        case let p where p.contains("did not find expected key"):
            return "hier werd een sleutel verwacht; klopt de inspringing?"
        case let p where p.contains("did not find expected '-'"):
            return "hier werd een lijst-item ('- ') verwacht; klopt de inspringing?"
        case let p where p.contains("could not find expected ':'"):
            return "hier mist een ':' (sleutel: waarde)"
        case let p where p.contains("found character that cannot start any token"):
            return "dit teken kan hier niet staan (een tab? gebruik spaties; of zet de tekst tussen aanhalingstekens)"
        case let p where p.contains("found another document"):
            return "een dialoogbestand bevat één document; haal de tweede '---' weg of maak er een apart bestand van"
        case let p where p.contains("did not find expected"):
            return "de structuur klopt hier niet; mist er een haakje, aanhalingsteken of komma?"
        case let p where p.contains("found unexpected end of stream"):
            return "het bestand houdt onverwacht op; mist er een afsluitend aanhalingsteken of haakje?"
        default:
            return "de opmaak klopt hier niet"
        }
    }
}
