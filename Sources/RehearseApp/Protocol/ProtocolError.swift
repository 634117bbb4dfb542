/// An error answered to a client as `{"type":"error","code":…,"message":…}`: a stable code for
/// programs and a Dutch message for people.
public struct ProtocolError: Error, Sendable, Equatable {
    public let code: String
    public let message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    static let badJSON = ProtocolError(code: "bad-json", message: "Dit bericht is geen geldige JSON. Elk bericht is één JSON-object met een veld \"type\".")
    static let notAnObject = ProtocolError(code: "bad-json", message: "Een bericht moet één JSON-object zijn, met een veld \"type\".")
    static let missingType = ProtocolError(code: "bad-json", message: "Het bericht heeft geen veld \"type\".")
    static func unknownType(_ type: String) -> ProtocolError {
        ProtocolError(code: "unknown-type", message: "Het berichttype '\(quoted(type, 40))' ken ik niet.")
    }
    static func badField(_ name: String, expected: String) -> ProtocolError {
        ProtocolError(code: "bad-field", message: "Het veld '\(name)' ontbreekt of is geen \(expected).")
    }
    static func unknownDialogue(_ id: String) -> ProtocolError {
        ProtocolError(code: "unknown-dialogue", message: "Het oefengesprek '\(quoted(id, 64))' bestaat niet (meer). Kies een gesprek uit de lijst.")
    }
    /// What a client sent, quoted back short and without control characters (a NUL or a newline
    /// from a hostile frame must not reach a log line or the page).
    static func quoted(_ text: String, _ limit: Int) -> String {
        String(text.prefix(limit).map { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? "?" : $0 })
    }
    static let noSession = ProtocolError(code: "no-session", message: "Er loopt geen oefengesprek. Begin eerst een gesprek.")
    static let unknownSession = ProtocolError(code: "no-session", message: "Dit oefengesprek bestaat niet (meer).")
    static let sessionEnded = ProtocolError(code: "ended", message: "Dit oefengesprek is al afgerond.")
    static func tooLong(limit: Int) -> ProtocolError {
        ProtocolError(code: "too-long", message: "Je bericht is te lang. Houd het kort: hooguit \(limit) tekens.")
    }
    static let empty = ProtocolError(code: "empty", message: "Je bericht is leeg. Typ eerst wat je wilt zeggen.")
    static let rateLimited = ProtocolError(code: "rate-limited", message: "Je stuurt te veel berichten kort na elkaar. Wacht even en probeer het dan opnieuw.")
    static let badToken = ProtocolError(code: "bad-token", message: "Deze code klopt niet of het gesprek is al afgelopen.")
    static let trainerOnly = ProtocolError(code: "bad-token", message: "Hiervoor is de trainerscode nodig.")
    static func unknownOption(_ id: String) -> ProtocolError {
        ProtocolError(code: "unknown-option", message: "De keuze '\(quoted(id, 40))' hoort niet bij deze beurt.")
    }
    static let notObserving = ProtocolError(code: "not-observing", message: "Je kijkt niet mee met een gesprek. Voer eerst de code in.")
    static let notPlaying = ProtocolError(code: "not-playing", message: "Je speelt de persona niet. Kies eerst 'Speel zelf de persona'.")
    static let transcriptFailed = ProtocolError(code: "transcript-failed", message: "Je beurt kon niet worden opgeslagen, dus het gesprek gaat nog niet verder. Probeer het zo opnieuw; de trainer is gewaarschuwd.")
    static let unknownTranscript = ProtocolError(code: "unknown-transcript", message: "Dit verslag bestaat niet.")
    static let alreadyStarted = ProtocolError(code: "already-started", message: "Er loopt al een oefengesprek op deze verbinding. Rond het eerst af.")
}
