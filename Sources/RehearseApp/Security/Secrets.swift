/// Session ids, resume tokens and join codes from the system's cryptographic random source
/// (`SystemRandomNumberGenerator` reads getrandom(2) on Linux).
public enum Secrets {
    private static let lowerAlphanumerics = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
    /// No 0/O, 1/I/L: a code is read aloud and typed by a colleague.
    private static let readableAlphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ".utf8)

    /// A session id: 20 characters of [a-z0-9] (~103 bits), safe in file names. With an
    /// instance name the id starts with `NAME-`, so a proxy in front of several servers can send
    /// a resume to the one that holds the session (see docs/deployment.md).
    public static func sessionID(instance: String? = nil) -> String {
        let random = randomString(length: 20, alphabet: lowerAlphanumerics)
        guard let instance, !instance.isEmpty else { return random }
        return instance + "-" + random
    }

    /// An instance name for `sessionID(instance:)`: 1 to 16 characters of [a-z0-9], so that the
    /// id stays a valid file name and a proxy can match its prefix up to the first dash.
    public static func isValidInstanceName(_ name: String) -> Bool {
        (1...16).contains(name.utf8.count) && name.utf8.allSatisfy { lowerAlphanumerics.contains($0) }
    }

    /// A resume token: 256 bits as hex.
    public static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        var hex = ""
        hex.reserveCapacity(64)
        for _ in 0..<4 {
            let word = generator.next() as UInt64
            let part = String(word, radix: 16)
            hex += String(repeating: "0", count: 16 - part.count) + part
        }
        return hex
    }

    /// A join code such as `K7QF-M2XD`: 8 characters from 31 (~40 bits), easy to read aloud;
    /// guessing is rate-limited. With an instance whose name starts with a letter or digit of the
    /// code alphabet, the code starts with it (`--instance a` gives `A…`), so a proxy in front of
    /// several servers can send an observer to the one that holds the session; the other seven
    /// characters (~35 bits) stay random.
    public static func joinCode(instance: String? = nil) -> String {
        var body = randomString(length: 8, alphabet: readableAlphabet)
        if let mark = joinCodeMark(instance: instance) {
            body = String(UnicodeScalar(mark)) + body.dropFirst()
        }
        return String(body.prefix(4)) + "-" + String(body.suffix(4))
    }

    /// The first character of an instance's join codes, or nil when its name does not start with
    /// one of the code alphabet (0, 1, i, l and o are left out of codes, as they are misread).
    public static func joinCodeMark(instance: String?) -> UInt8? {
        guard let first = instance?.uppercased().utf8.first, readableAlphabet.contains(first) else { return nil }
        return first
    }

    /// Normalises what a person typed: upper case, no spaces, the dash optional.
    public static func normalizeJoinCode(_ typed: String) -> String {
        let letters = typed.uppercased().filter { $0.isLetter || $0.isNumber }
        guard letters.count == 8 else { return typed }
        return String(letters.prefix(4)) + "-" + String(letters.suffix(4))
    }

    /// Compares secrets in time that depends only on their lengths.
    public static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8), b = Array(rhs.utf8)
        var difference = UInt8(a.count == b.count ? 0 : 1)
        let count = max(a.count, b.count)
        for index in 0..<count {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0
    }

    private static func randomString(length: Int, alphabet: [UInt8]) -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(length)
        for _ in 0..<length {
            bytes.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

import Crypto

extension Secrets {
    /// SHA-256 hex of a secret: what a transcript keeps so a token can be checked after a restart
    /// without storing the token itself.
    public static func hash(_ secret: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        for byte in SHA256.hash(data: Array(secret.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
