import Crypto
import Foundation
import Yams

/// Reads one dialogue file into a `Dialogue`, reporting every mistake at its line and column.
public enum DialogueLoader {
    /// Loads and checks one file. `dialogue` is nil when any error was found;
    /// `diagnostics` holds everything found, sorted by line.
    public static func load(_ source: DialogueSource) -> DialogueLoadResult {
        let context = LoadContext(path: source.path, text: source.text)
        let root: Node
        if let excess = YAMLAliasLimit.firstExcess(in: source.text) {
            context.error(excess, "te veel YAML-aliassen (*naam): meer dan \(YAMLAliasLimit.maximum) maakt het inlezen te traag; schrijf de tekst voluit")
            return DialogueLoadResult(dialogue: nil, diagnostics: context.diagnostics)
        }
        do {
            guard let node = try Yams.compose(yaml: source.text) else {
                context.error(SourceLocation(line: 1, column: 1), "het bestand is leeg; een dialoog heeft minstens title, persona, start en states")
                return DialogueLoadResult(dialogue: nil, diagnostics: context.diagnostics)
            }
            root = node
        } catch {
            let (location, message) = YAMLErrorText.describe(error)
            context.error(location, message)
            return DialogueLoadResult(dialogue: nil, diagnostics: context.diagnostics)
        }
        let builder = DialogueBuilder(context: context, source: source)
        let built = builder.build(root)
        if let built {
            context.add(DialogueChecks.structure(of: built))
        }
        let diagnostics = Diagnostic.sortedByPosition(context.diagnostics)
        let ok = !diagnostics.contains(where: \.isError)
        return DialogueLoadResult(dialogue: ok ? built : nil, diagnostics: diagnostics,
                                  id: builder.declaredID?.0, idLocation: builder.declaredID?.1)
    }

    /// SHA-256 of the text, lower-case hex.
    public static func contentHash(of text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
