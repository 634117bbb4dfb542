import ArgumentParser
import Dialogue
import Foundation
import RehearseApp
import Transcript

/// `rehearse report FILE`: a readable report of one transcript (Markdown or a standalone HTML page),
/// with the trainer's notes from the notes file beside it.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Make a readable report of a transcript (Markdown or HTML).",
        discussion: """
        FILE is a transcript, transcripts/YYYY-MM-DD/<session>.jsonl. Trainer notes are read from \
        <session>.notes.jsonl beside it; the reflection questions from the dialogue snapshot under \
        transcripts/dialogues/ when it is there. Errors are printed in Dutch and exit with status 1.
        """
    )

    @Argument(help: "The transcript file (.jsonl).")
    var file: String

    @Option(name: .long, help: "md or html.")
    var format: String = "md"

    @Option(name: .long, help: "Write the report to this file (owner-only) instead of standard output.")
    var output: String?

    func run() throws {
        guard format == "md" || format == "html" else {
            fail("Onbekend formaat '\(format)'; kies md of html.")
        }
        let path = Paths.absolute(file)
        let report: TranscriptReport
        do throws(TranscriptReportError) {
            report = try TranscriptReport.load(path: path, questions: ReflectionQuestions.forTranscript(at: path))
        } catch {
            fail(error.description)
        }
        var text = format == "html" ? report.html() : report.markdown()
        if !text.hasSuffix("\n") { text += "\n" }
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let target = Paths.absolute(output)
        // Reports hold learners' practice talk: owner-only, like the transcripts.
        guard FileManager.default.createFile(atPath: target, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            fail("Het verslag kan niet worden geschreven naar \(target).")
        }
        _ = chmod(target, 0o600)
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data(("rehearse report: " + message + "\n").utf8))
        Foundation.exit(1)
    }
}
