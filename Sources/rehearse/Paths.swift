import ArgumentParser
import Foundation

/// Resolves paths given on the command line against the current folder, with clear errors.
enum Paths {
    static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
        return url.standardizedFileURL.path
    }

    /// An existing folder, absolute and with symlinks resolved (the static file root must be).
    static func existingFolder(_ path: String, purpose: String) throws -> String {
        let absolute = absolute(path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("De map voor \(purpose) bestaat niet: \(absolute)")
        }
        return URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
    }

    static func existingFile(_ path: String, purpose: String) throws -> String {
        let absolute = absolute(path)
        guard FileManager.default.isReadableFile(atPath: absolute) else {
            throw ValidationError("Het bestand voor \(purpose) bestaat niet of is niet leesbaar: \(absolute)")
        }
        return absolute
    }

    /// A folder that is created (owner-only) when missing.
    static func creatingFolder(_ path: String, purpose: String) throws -> String {
        let absolute = absolute(path)
        do {
            try FileManager.default.createDirectory(atPath: absolute, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ValidationError("De map voor \(purpose) kan niet worden gemaakt: \(absolute) (\(error.localizedDescription))")
        }
        return URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
    }
}
