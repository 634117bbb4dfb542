import Transcript

extension JSONWriter {
    /// Reflection questions as the protocol sends them, in `ended` and in `transcript`:
    /// `"key": [{"id": …, "ask": …}, …]`.
    mutating func reflectionQuestions(_ key: StaticString, _ questions: [(id: String, ask: String)]) {
        self.key(key)
        beginArray()
        for question in questions {
            beginObject()
            field("id", question.id)
            field("ask", question.ask)
            endObject()
        }
        endArray()
    }
}
