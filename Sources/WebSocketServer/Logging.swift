import CLibwebsockets
import Logging

/// The module's logger; lws's own lines are routed into it too.
let wsLogger = Logger(label: "rehearse.websocket")

/// Routes libwebsockets' log (errors and warnings only) into swift-log. Process-wide, idempotent.
func installLWSLogRouting() {
    lws_set_log_level(Int32(CLWS_LLL_ERR | CLWS_LLL_WARN)) { level, line in
        guard let line else { return }
        var text = String(cString: line)
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        // Our own filter already logged why it refused the handshake.
        if text.hasSuffix("User code denied connection") { return }
        if level & Int32(CLWS_LLL_ERR) != 0 {
            wsLogger.error("lws: \(text)")
        } else {
            wsLogger.warning("lws: \(text)")
        }
    }
}
