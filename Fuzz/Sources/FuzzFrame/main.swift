import CLibFuzzer
import RehearseApp

// Any bytes as one WebSocket text message: a frame or a ProtocolError, never a crash.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? IncomingFrame.decode(bytes)
    return 0
}
