/// Bytes under construction, written through a raw pointer. Every outgoing frame and transcript
/// line is built byte by byte on each turn; an `[UInt8]` checks uniqueness and capacity on every
/// append (about a dozen instructions a byte, some 150 for each short run copied in), this
/// stores and compares. `finish()` hands the bytes over as an array, in one copy.
///
/// Not copyable: it owns its memory, and a copy would have to duplicate it.
public struct ByteBuilder: ~Copyable {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    @usableFromInline var written: Int

    /// Bytes written so far.
    public var count: Int { written }

    public init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
        written = 0
    }

    deinit { base.deallocate() }

    @inlinable @inline(__always)
    public mutating func append(_ byte: UInt8) {
        if written == capacity { grow(toHold: written + 1) }
        base[written] = byte
        written &+= 1
    }

    @inlinable @inline(__always)
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if written + bytes.count > capacity { grow(toHold: written + bytes.count) }
        (base + written).update(from: source, count: bytes.count)
        written &+= bytes.count
    }

    @inlinable
    public mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    @inlinable
    public mutating func append(contentsOf bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// A literal's bytes (JSON keys, fixed pieces), without looking at them.
    @inlinable @inline(__always)
    public mutating func append(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// `count` zero bytes (room a transport fills in later).
    public mutating func appendZeros(_ zeros: Int) {
        guard zeros > 0 else { return }
        if written + zeros > capacity { grow(toHold: written + zeros) }
        (base + written).initialize(repeating: 0, count: zeros)
        written += zeros
    }

    /// A byte already written, to patch it (digits in a prepared template).
    public subscript(index: Int) -> UInt8 {
        get {
            precondition(index >= 0 && index < count, "ByteBuilder index out of range")
            return base[index]
        }
        set {
            precondition(index >= 0 && index < count, "ByteBuilder index out of range")
            base[index] = newValue
        }
    }

    /// The bytes written so far, as an array.
    public consuming func finish() -> [UInt8] {
        // Array(unsafeUninitializedCapacity:) goes through an unspecialized stdlib entry point
        // that looks up type metadata (~800 instructions); copying from a buffer does not.
        Array(UnsafeBufferPointer(start: base, count: written))
    }

    @usableFromInline
    mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: written)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
