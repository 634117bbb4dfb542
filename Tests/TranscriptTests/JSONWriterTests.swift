import Foundation
import XCTest
@testable import Transcript

final class JSONWriterTests: XCTestCase {
    /// Strings with something to escape at every offset around the eight-byte scan, read back
    /// by Foundation's parser: what the writer escapes must come back unchanged.
    func testStringsRoundTripWithEscapesAtEveryOffset() throws {
        let specials = ["\"", "\\", "\n", "\t", "\u{01}", "\u{1F}", "é", "€", "🙂", "\u{7F}", "/"]
        for special in specials {
            for offset in 0..<20 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 19 - offset % 7)
                try assertRoundTrip(text)
            }
        }
        try assertRoundTrip("")
        try assertRoundTrip("Wat vindt u belangrijk aan dit plein, mevrouw de Vries?")
        try assertRoundTrip(String(repeating: "\"\\\n", count: 12))
    }

    func testLiteralAndDataKeysAndNesting() throws {
        var json = JSONWriter()
        json.beginObject()
        json.field("type", "line")
        json.field(named: "sleutel \"1\"", 2)
        json.key("tags")
        json.beginArray()
        json.beginObject()
        json.field("ok", true)
        json.endObject()
        json.string("x")
        json.endArray()
        json.field("leeg", optional: nil)
        json.endObject()
        XCTAssertEqual(String(decoding: json.bytes, as: UTF8.self),
                       #"{"type":"line","sleutel \"1\"":2,"tags":[{"ok":true},"x"],"leeg":null}"#)
    }

    func testDigits() {
        for value in [0, 7, 10, 99, 100, 12345, -1, -250, Int.max, Int.min] {
            var bytes: [UInt8] = []
            JSONWriter.appendDigits(value, to: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), String(value))
        }
    }

    private func assertRoundTrip(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        var json = JSONWriter()
        json.beginObject()
        json.field("text", text)
        json.endObject()
        let object = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: String]
        XCTAssertEqual(object?["text"], text, "\(text.debugDescription)", file: file, line: line)
    }
}
