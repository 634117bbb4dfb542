#if canImport(Glibc)
import Glibc
#endif

/// A value behind a pthread mutex. Used instead of `Synchronization.Mutex` because on Linux that
/// one locks with raw futexes, which ThreadSanitizer cannot see (it reports false races).
final class Locked<Value>: @unchecked Sendable {
    // Heap-allocated: a pthread mutex must not move, and `&property` gives no stable address.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var value: Value

    init(_ value: Value) {
        self.value = value
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    @inline(__always)
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
