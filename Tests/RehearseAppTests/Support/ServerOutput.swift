import Foundation

/// Reads the URL line a spawned `rehearse serve` prints and takes its port from it.
enum ServerOutput {
    struct NoURL: Error, CustomStringConvertible {
        let description: String
    }

    /// Fails (it does not skip): a server that does not come up is a broken server.
    static func port(from output: Pipe, context: @autoclosure () -> String = "") throws -> Int {
        let handle = output.fileHandleForReading
        var text = ""
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            let data = handle.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
            if let range = text.range(of: #":(\d+)/"#, options: .regularExpression) {
                return Int(text[range].dropFirst().dropLast())!
            }
        }
        throw NoURL(description: "server did not print its URL: \(text) \(context())")
    }
}
