/// How many frames clients may send: generous for a person typing, tight for a script.
public struct RateLimits: Sendable {
    /// Frames a connection may send at once, and per second after that.
    public var connectionBurst: Int = 20
    public var connectionPerSecond: Double = 5
    /// The same for all connections from one address together.
    public var addressBurst: Int = 200
    public var addressPerSecond: Double = 50
    /// Wrong join codes or tokens an address may try per minute before it must wait.
    public var guessesPerMinute: Int = 10
    /// Off for load tests from one machine (`--unlimited`): lifts the frame rates above, never
    /// `guessesPerMinute`.
    public var enabled: Bool = true

    public init() {}
}
