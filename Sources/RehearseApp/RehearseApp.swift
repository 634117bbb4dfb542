import WebSocketServer
import Coach
import Dialogue
import Transcript

/// Wires the server, the coach, the dialogues and the transcripts (placeholder).
public enum RehearseApp {}
