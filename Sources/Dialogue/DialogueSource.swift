/// The text of a dialogue file and where it came from; the module never reads files itself.
public struct DialogueSource: Sendable, Equatable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The file name without folders and without `.yaml`/`.yml`: the default dialogue id.
    public var defaultID: String {
        var name = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
            break
        }
        return name
    }
}

/// The outcome of loading one file: the dialogue (only when it has no errors) and every finding.
public struct DialogueLoadResult: Sendable {
    public var dialogue: Dialogue?
    public var diagnostics: [Diagnostic]
    /// The dialogue's id and where it stands, also when the file has other errors.
    public var id: String?
    public var idLocation: SourceLocation?

    public init(dialogue: Dialogue?, diagnostics: [Diagnostic], id: String? = nil, idLocation: SourceLocation? = nil) {
        self.dialogue = dialogue
        self.diagnostics = diagnostics
        self.id = id ?? dialogue?.id
        self.idLocation = idLocation ?? dialogue?.idLocation
    }

    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
}
