#if canImport(Glibc)
import Glibc
#endif

/// Why a transcript could not be written or read: a stable `code` for programs and logs, a
/// Dutch `description` for people.
public enum TranscriptError: Error, Sendable, Equatable, CustomStringConvertible {
    case diskFull
    case readOnly
    case permissionDenied
    case invalidSessionID(String)
    case notFound(String)
    case io(errno: Int32)

    public static func from(errno code: Int32) -> TranscriptError {
        switch code {
        case ENOSPC, EDQUOT: return .diskFull
        case EROFS: return .readOnly
        case EACCES, EPERM: return .permissionDenied
        default: return .io(errno: code)
        }
    }

    public var code: String {
        switch self {
        case .diskFull: return "disk-full"
        case .readOnly: return "read-only"
        case .permissionDenied: return "permission-denied"
        case .invalidSessionID: return "invalid-session-id"
        case .notFound: return "not-found"
        case .io: return "io-error"
        }
    }

    public var description: String {
        switch self {
        case .diskFull: return "De schijf voor de verslagen is vol."
        case .readOnly: return "De map voor de verslagen is alleen-lezen."
        case .permissionDenied: return "Geen toestemming om in de map voor de verslagen te schrijven."
        case .invalidSessionID(let id): return "'\(id.prefix(80))' is geen geldige sessiecode."
        case .notFound(let path): return "Het verslag bestaat niet: \(path)"
        case .io(let code): return "Schrijffout bij het verslag: \(String(cString: strerror(code)))"
        }
    }
}
