import Dialogue
import Foundation
import Logging

/// The live dialogues of a folder, reloaded when files change.
///
/// A file whose new version has errors keeps its previous version live (a trainer's typo
/// never takes a dialogue away mid-course); sessions hold their own `Dialogue` value, so a
/// reload never changes a conversation under way. Every version seen since start stays
/// available by its content hash, for transcripts and replays.
public final class DialogueRegistry: @unchecked Sendable {
    public let folder: String
    let logger: Logger

    /// Guards everything below; held only for short reads and swaps, never during file I/O.
    let lock = NSLock()
    /// Serialises whole reloads (manual and from the watcher).
    private let reloadLock = NSLock()
    private var live: [String: Dialogue] = [:]          // by file path
    private var versions: [String: Dialogue] = [:]      // by content hash
    var watching = false
    var watcherGeneration = 0

    public init(folder: String, logger: Logger) {
        self.folder = folder
        self.logger = logger
    }

    // MARK: Lookup

    public func dialogue(id: String) -> Dialogue? {
        lock.withLock { live.values.first { $0.id == id } }
    }

    /// The live dialogues, sorted by title (then id).
    public func all() -> [Dialogue] {
        lock.withLock { Array(live.values) }.sorted { ($0.title, $0.id) < ($1.title, $1.id) }
    }

    /// Any version loaded since start, by `Dialogue.contentHash`.
    public func version(hash: String) -> Dialogue? {
        lock.withLock { versions[hash] }
    }

    // MARK: Reloading

    /// Scans the folder for `*.yaml`/`*.yml`, lints them together and swaps in every file
    /// without errors. Returns all findings (also warnings).
    @discardableResult
    public func reload() -> [Diagnostic] {
        reloadLock.withLock {
            let sources: [DialogueSource]
            do {
                sources = try Self.sources(at: [folder])
            } catch {
                logger.error("dialogues: cannot read folder", metadata: ["folder": "\(folder)", "error": "\(error)"])
                return []
            }
            let diagnostics = DialogueLinter.lint(sources)
            let failing = Set(diagnostics.filter(\.isError).map(\.path))
            var loaded: [String: Dialogue] = [:]
            for source in sources where !failing.contains(source.path) {
                if let dialogue = DialogueLoader.load(source).dialogue {
                    loaded[source.path] = dialogue
                }
            }
            let previous = lock.withLock { live }
            var next: [String: Dialogue] = loaded
            for source in sources where loaded[source.path] == nil {
                let errors = diagnostics.filter { $0.path == source.path && $0.isError }
                if let old = previous[source.path] {
                    next[source.path] = old
                    logger.warning("dialogue has errors; keeping the previous version live",
                                   metadata: ["file": "\(source.path)", "hash": "\(old.contentHash)", "errors": "\(errors.count)"])
                } else {
                    logger.warning("dialogue has errors; skipped", metadata: ["file": "\(source.path)", "errors": "\(errors.count)"])
                }
                for diagnostic in errors {
                    logger.warning("\(diagnostic.description)")
                }
            }
            // Two files with one id: the lint error marks one of them, but it may still have an
            // older version live. Keep the dialogue that was live before; drop the other.
            var owner: [String: String] = [:]
            for path in next.keys.sorted(by: { (previous[$0] != nil ? 0 : 1, $0) < (previous[$1] != nil ? 0 : 1, $1) }) {
                guard let id = next[path]?.id else { continue }
                if let first = owner[id] {
                    logger.warning("dialogue id used twice; ignoring this file", metadata: ["file": "\(path)", "id": "\(id)", "kept": "\(first)"])
                    next[path] = nil
                } else {
                    owner[id] = path
                }
            }
            for path in previous.keys where next[path] == nil {
                logger.info("dialogue removed", metadata: ["file": "\(path)", "id": "\(previous[path]!.id)"])
            }
            for (path, dialogue) in loaded where next[path] != nil && previous[path]?.contentHash != dialogue.contentHash {
                logger.info("dialogue loaded", metadata: ["file": "\(path)", "id": "\(dialogue.id)", "hash": "\(dialogue.contentHash)"])
            }
            lock.withLock {
                live = next
                for dialogue in loaded.values { versions[dialogue.contentHash] = dialogue }
            }
            return diagnostics
        }
    }

    // MARK: Files (also used by `rehearse lint/test/graph`)

    /// The dialogue sources at the given files and folders (folders: their `*.yaml`/`*.yml`,
    /// recursively, sorted by path). Throws when a path does not exist or cannot be read.
    public static func sources(at paths: [String]) throws -> [DialogueSource] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw DialogueFileError.notFound(path)
            }
            if isFolder.boolValue {
                files += dialogueFiles(in: path)
            } else {
                files.append(path)
            }
        }
        return try files.map { path in
            guard let data = manager.contents(atPath: path) else { throw DialogueFileError.unreadable(path) }
            guard let text = String(data: data, encoding: .utf8) else { throw DialogueFileError.notUTF8(path) }
            return DialogueSource(path: path, text: text)
        }
    }

    static func dialogueFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            files.append(folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
        }
        return files.sorted()
    }
}

/// Why dialogue files could not be read.
public enum DialogueFileError: Error, CustomStringConvertible, Sendable {
    case notFound(String)
    case unreadable(String)
    case notUTF8(String)

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): bestand of map bestaat niet"
        case .unreadable(let path): return "\(path): kan niet gelezen worden"
        case .notUTF8(let path): return "\(path): is geen UTF-8-tekst"
        }
    }
}
