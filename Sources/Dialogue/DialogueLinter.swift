/// `rehearse lint`: every finding in a set of files, in one run.
public enum DialogueLinter {
    /// Loads each source and adds what only shows across files (duplicate ids).
    /// Sorted by file, then line.
    public static func lint(_ sources: [DialogueSource]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var firstByID: [String: String] = [:]
        for source in sources.sorted(by: { $0.path < $1.path }) {
            let result = DialogueLoader.load(source)
            found.append(contentsOf: result.diagnostics)
            guard let id = result.id, let location = result.idLocation else { continue }
            if let first = firstByID[id] {
                found.append(Diagnostic(.error, source.path, location,
                    "id '\(id)' wordt ook al gebruikt door \(first); elke dialoog heeft een eigen id"))
            } else {
                firstByID[id] = source.path
            }
        }
        return Diagnostic.sortedByPosition(found)
    }
}
