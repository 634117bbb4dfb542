/// Why a server could not start. Descriptions are Dutch: they reach the person running `rehearse serve`.
public enum WebSocketServerError: Error, Sendable, Equatable, CustomStringConvertible {
    case alreadyStarted
    case portInUse(Int)
    case cannotBind(host: String, port: Int, errno: Int32)
    case unknownHost(String)
    case webRootMissing(String)
    case tlsFilesUnreadable(String)
    case contextCreationFailed
    case eventLibraryMissing(String)

    public var description: String {
        switch self {
        case .alreadyStarted:
            return "De server is al gestart"
        case .portInUse(let port):
            return "Poort \(port) is al in gebruik"
        case .cannotBind(let host, let port, let code):
            return "Kan niet luisteren op \(host):\(port) (fout \(code))"
        case .unknownHost(let host):
            return "Onbekend adres om op te luisteren: \(host)"
        case .webRootMissing(let path):
            return "Map met webbestanden bestaat niet: \(path)"
        case .tlsFilesUnreadable(let path):
            return "TLS-bestand niet leesbaar: \(path)"
        case .contextCreationFailed:
            return "libwebsockets kon de server niet starten (zie de log)"
        case .eventLibraryMissing(let path):
            return "De libev-plugin van libwebsockets ontbreekt (\(path)): installeer libwebsockets-evlib-ev"
        }
    }
}
