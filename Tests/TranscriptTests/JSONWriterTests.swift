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
        let bytes = json.finish()
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self),
                       #"{"type":"line","sleutel \"1\"":2,"tags":[{"ok":true},"x"],"leeg":null}"#)
    }

    func testDigits() {
        for value in [0, 7, 10, 99, 100, 12345, -1, -250, Int.max, Int.min] {
            var bytes = ByteBuilder(capacity: 4)
            JSONWriter.appendDigits(value, to: &bytes)
            let digits = bytes.finish()
            XCTAssertEqual(String(decoding: digits, as: UTF8.self), String(value))
        }
    }

    /// A writer started small grows as it goes: nothing written before a growth is lost, and the
    /// headroom stays in front.
    func testGrowsPastItsCapacityAndKeepsTheHeadroom() throws {
        var json = JSONWriter(capacity: 1, headroom: 16)
        json.beginObject()
        let long = String(repeating: "lang \"citaat\" en\n", count: 600)
        json.field("text", long)
        json.key("counts")
        json.beginArray()
        for value in 0..<500 { json.int(value * 37) }
        json.endArray()
        json.endObject()
        let bytes = json.finish()
        XCTAssertEqual(Array(bytes.prefix(16)), [UInt8](repeating: 0, count: 16))
        let object = try JSONSerialization.jsonObject(with: Data(bytes.dropFirst(16))) as? [String: Any]
        XCTAssertEqual(object?["text"] as? String, long)
        XCTAssertEqual(object?["counts"] as? [Int], (0..<500).map { $0 * 37 })
    }

    func testByteBuilderAppendsPatchesAndHandsOver() {
        var builder = ByteBuilder(capacity: 2)
        builder.append(UInt8(ascii: "a"))
        builder.append("bcd")
        builder.appendZeros(3)
        builder.append(contentsOf: Array("efghijklmnopqrstuvwxyz".utf8))
        builder.append(contentsOf: Array("0123".utf8)[1...2])
        builder[4] = UInt8(ascii: "X")
        let count = builder.count
        let patched = builder[4]
        let bytes = builder.finish()
        XCTAssertEqual(count, 31)
        XCTAssertEqual(patched, UInt8(ascii: "X"))
        XCTAssertEqual(bytes, Array("abcd".utf8) + [UInt8(ascii: "X"), 0, 0] + Array("efghijklmnopqrstuvwxyz12".utf8))
    }

    private func assertRoundTrip(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        var json = JSONWriter()
        json.beginObject()
        json.field("text", text)
        json.endObject()
        let bytes = json.finish()
        let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: String]
        XCTAssertEqual(object?["text"], text, "\(text.debugDescription)", file: file, line: line)
    }
}
