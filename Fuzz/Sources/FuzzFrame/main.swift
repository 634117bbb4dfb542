import CLibFuzzer
import Foundation
@_spi(Fuzzing) import RehearseApp

// Any bytes as one WebSocket text message: a frame or a ProtocolError, never a crash.
// Differential: whenever the fast reader (FlatJSONObject) accepts the bytes, Foundation's parser
// must read the same object of strings, or the two decoding paths would disagree on a frame.
exit(FuzzMain(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? IncomingFrame.decode(bytes)
    if let flat = FlatJSONObject(bytes) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            fatalError("FlatJSONObject accepted what Foundation rejects")
        }
        for (key, _) in flat.fields {
            guard let value = object[key] as? String, value == flat[key] else {
                fatalError("FlatJSONObject and Foundation disagree on \(key.debugDescription)")
            }
        }
        for key in object.keys where flat[key] == nil {
            fatalError("Foundation read a key FlatJSONObject did not: \(key.debugDescription)")
        }
    }
    return 0
})
