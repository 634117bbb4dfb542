#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps request paths to files under a web root, refusing anything that could leave it.
///
/// We serve files ourselves (from LWS_CALLBACK_HTTP) instead of an lws mount because a mount
/// follows symlinks out of its root and serves dotfiles. Here every path component starting with
/// "." is refused, and the file's real path (symlinks resolved) must lie inside the real root.
struct StaticFiles: Sendable {
    enum Resolution: Equatable {
        case file(path: String, mimeType: String)
        case notFound
        case forbidden
    }

    /// The root with symlinks resolved, without a trailing slash.
    let root: String

    init?(root: String) {
        guard let real = StaticFiles.realPath(root) else { return nil }
        var isDirectory = stat()
        guard stat(real, &isDirectory) == 0, (isDirectory.st_mode & S_IFMT) == S_IFDIR else { return nil }
        self.root = real == "/" ? "" : real
    }

    func resolve(_ uri: String) -> Resolution {
        guard uri.hasPrefix("/") else { return .forbidden }
        if uri.contains("\\") || uri.utf8.contains(0) || uri.contains("%") { return .forbidden }
        var components = uri.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if components.contains(where: { $0.hasPrefix(".") }) { return .forbidden }
        if uri.hasSuffix("/") || components.isEmpty { components.append("index.html") }
        let candidate = root + "/" + components.joined(separator: "/")
        guard candidate.utf8.count < 250 else { return .notFound }  // lws truncates long paths
        guard let real = StaticFiles.realPath(candidate) else { return .notFound }
        guard real.hasPrefix(root + "/") else { return .forbidden }
        let inside = real.dropFirst(root.count + 1)
        if inside.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { return .forbidden }
        var info = stat()
        guard stat(real, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .notFound }
        return .file(path: real, mimeType: StaticFiles.mimeType(for: real))
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static let mimeTypes: [String: String] = [
        "html": "text/html; charset=utf-8",
        "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json",
        "webmanifest": "application/manifest+json",
        "map": "application/json",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "ico": "image/x-icon",
        "txt": "text/plain; charset=utf-8",
        "md": "text/plain; charset=utf-8",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "wasm": "application/wasm",
        "xml": "application/xml",
        "pdf": "application/pdf",
    ]

    static func mimeType(for path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else {
            return "application/octet-stream"
        }
        let ext = path[path.index(after: dot)...].lowercased()
        return mimeTypes[ext] ?? "application/octet-stream"
    }
}
