/// Caps YAML aliases (`*name`) before Yams composes a file.
///
/// Yams checks every mapping for duplicate keys by hashing the keys, and an alias is hashed as the
/// whole node it names. A few lines of nested anchors used as keys ("billion laughs") then cost
/// 10^n steps: the loader hung for seconds to forever (found by the dialogue fuzz target,
/// `Fuzz/Regressions/dialogue/alias-bomb-key.yaml`). Dialogue files need aliases rarely if ever,
/// so more than `maximum` is refused before parsing.
enum YAMLAliasLimit {
    /// With n aliases, nested anchors can make a file name about 3^(n/3) times its own size in
    /// nodes; 16 keeps that below a few hundred times.
    static let maximum = 16

    /// Where the first alias past `maximum` starts, or nil when the file stays within it.
    /// Counts every `*` that could start an alias (at the start of a line, after whitespace or
    /// `[`, `{`, `,`, `:` as in `{"k":*v}`, `?`), also ones in quoted text or comments: an upper bound, never too low.
    static func firstExcess(in text: String) -> SourceLocation? {
        var count = 0
        var line = 1
        var column = 0
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "*" && (previous.properties.isWhitespace || "[{,:?".unicodeScalars.contains(previous)) {
                count += 1
                if count > maximum { return SourceLocation(line: line, column: column) }
            }
            if scalar == "\n" {
                line += 1
                column = 0
            }
            previous = scalar
        }
        return nil
    }
}
