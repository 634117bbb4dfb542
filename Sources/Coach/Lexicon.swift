import Foundation

/// The coach's word lists and coaching texts, loaded from plain-text data files.
///
/// Each `*.txt` file in the lexicon directory is one concept (file name without extension = list name).
/// `tips.tsv` and `praise.tsv` hold the Dutch coaching texts (`skill<TAB>tag<TAB>text`).
/// A trainer can extend a list without touching code.
public struct Lexicon: Sendable {
    public var lists: [String: WordList]
    /// `skill/tag` → tip text.
    public var tips: [String: String]
    /// `skill/tag` → short praise for a strength.
    public var praise: [String: String]

    public init(lists: [String: WordList] = [:], tips: [String: String] = [:], praise: [String: String] = [:]) {
        self.lists = lists
        self.tips = tips
        self.praise = praise
        applyFillers()
    }

    /// The named list, or an empty one (a missing file must not crash a running session).
    public func list(_ name: String) -> WordList { lists[name] ?? WordList() }

    /// Loads every `*.txt`, `tips.tsv` and `praise.tsv` in `directory`.
    public init(directory: URL) throws {
        self.init()
        let fm = FileManager.default
        let names = try fm.contentsOfDirectory(atPath: directory.path)
        for name in names.sorted() {
            let url = directory.appendingPathComponent(name)
            if name.hasSuffix(".txt") {
                let text = try String(contentsOf: url, encoding: .utf8)
                lists[String(name.dropLast(4))] = WordList(fileText: text)
            } else if name == "tips.tsv" {
                tips = Self.parseTSV(try String(contentsOf: url, encoding: .utf8))
            } else if name == "praise.tsv" {
                praise = Self.parseTSV(try String(contentsOf: url, encoding: .utf8))
            }
        }
        applyFillers()
    }

    /// Gives every list the filler words of `fillers.txt`, so phrases tolerate "echt", "eigenlijk", "wel"….
    mutating func applyFillers() {
        guard let fillers = lists["fillers"]?.words, !fillers.isEmpty else { return }
        for key in lists.keys where key != "fillers" { lists[key]?.fillers = fillers }
    }

    static func parseTSV(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            result["\(fields[0])/\(fields[1])"] = String(fields[2])
        }
        return result
    }

    /// The lexicon shipped with the module, loaded once per process.
    public static let shared: Lexicon = {
        for dir in candidateDirectories() {
            if let lexicon = try? Lexicon(directory: dir), !lexicon.lists.isEmpty { return lexicon }
        }
        return Lexicon()
    }()

    /// Where the shipped lexicon may live, most specific first.
    /// `Bundle.module` traps on Linux when the resource bundle is missing, so the safe places are
    /// tried first: an override, the bundle beside the executable, the source tree, then `Bundle.module`.
    static func candidateDirectories() -> [URL] {
        var dirs: [URL] = []
        if let env = ProcessInfo.processInfo.environment["REHEARSE_LEXICON"], !env.isEmpty {
            dirs.append(URL(fileURLWithPath: env))
        }
        let fm = FileManager.default
        var exeDirs = [Bundle.main.bundleURL]
        if let exe = Bundle.main.executableURL { exeDirs.append(exe.deletingLastPathComponent()) }
        for base in exeDirs {
            for bundleName in ["rehearse_Coach.resources", "rehearse_Coach.bundle"] {
                let bundleDir = base.appendingPathComponent(bundleName)
                for sub in ["Lexicon", "Contents/Resources/Lexicon"] {
                    let dir = bundleDir.appendingPathComponent(sub)
                    if fm.fileExists(atPath: dir.path) { dirs.append(dir) }
                }
            }
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Resources/Lexicon")
        if fm.fileExists(atPath: source.path) { dirs.append(source) }
        if dirs.isEmpty, let url = Bundle.module.url(forResource: "Lexicon", withExtension: nil) {
            dirs.append(url)
        }
        return dirs
    }
}
