import Dialogue
import Transcript

/// The reflection questions of the exact dialogue version a session ran, read from the snapshot
/// kept beside the transcripts, so a report shows the questions and not just their ids.
public enum ReflectionQuestions {
    public static func of(_ header: TranscriptHeader, in store: TranscriptStore) -> [(id: String, ask: String)] {
        guard let text = store.dialogueSource(hash: header.hash),
              let dialogue = DialogueLoader.load(DialogueSource(path: header.dialogue + ".yaml", text: text)).dialogue else { return [] }
        return dialogue.reflection.map { ($0.id, $0.ask) }
    }

    /// For a transcript file given by path (the `rehearse report` command).
    public static func forTranscript(at path: String) -> [(id: String, ask: String)] {
        guard let file = try? TranscriptReader.read(path: path), let header = file.header else { return [] }
        return of(header, in: TranscriptStore(root: TranscriptStore.root(ofTranscript: path)))
    }
}
