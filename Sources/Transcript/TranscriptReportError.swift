#if canImport(Glibc)
import Glibc
#endif

/// Why a report could not be made, in Dutch for the person who asked for it.
public enum TranscriptReportError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case isFolder(String)
    case permissionDenied(String)
    case unreadable(String)
    /// The file has no transcript header on its first line (another file, or a notes file).
    case notATranscript(String)

    public var description: String {
        switch self {
        case .notFound(let path): return "Het bestand bestaat niet: \(path)"
        case .isFolder(let path): return "Dit is een map, geen verslag: \(path)"
        case .permissionDenied(let path): return "Geen toestemming om het bestand te lezen: \(path)"
        case .unreadable(let path): return "Het bestand kan niet worden gelezen: \(path)"
        case .notATranscript(let path):
            return "Dit is geen verslag van een oefengesprek (de eerste regel is geen kopregel van een verslag): \(path)"
        }
    }

    static func reading(_ path: String, _ error: TranscriptError) -> TranscriptReportError {
        switch error {
        case .notFound: return .notFound(path)
        case .permissionDenied: return .permissionDenied(path)
        case .io(let code) where code == EISDIR: return .isFolder(path)
        default: return .unreadable(path)
        }
    }
}
