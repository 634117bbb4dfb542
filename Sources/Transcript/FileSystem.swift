#if canImport(Glibc)
import Glibc
#endif

/// The few POSIX calls transcripts need, with owner-only permissions whatever the umask.
enum FileSystem {
    /// Creates `path` and its missing parents as 0700 folders.
    static func makeFolder(_ path: String) throws(TranscriptError) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o700) == 0 {
                chmod(current, 0o700)
            } else if errno != EEXIST {
                throw .from(errno: errno)
            }
        }
    }

    /// Writes every byte, retrying short writes and EINTR; returns how many bytes were written
    /// before an error, with the error.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> (written: Int, error: Int32?) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return (offset, errno)
            }
            offset += count
        }
        return (offset, nil)
    }

    static func readFile(_ path: String) throws(TranscriptError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw errno == ENOENT ? .notFound(path) : .from(errno: errno) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = read(fd, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw .from(errno: errno)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    static func listFolder(_ path: String) -> [String] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
