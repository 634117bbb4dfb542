/// A token bucket: `burst` frames at once, refilled at `perSecond`. Time comes from the caller.
struct TokenBucket {
    let burst: Double
    let perSecond: Double
    private var tokens: Double
    private var updated: Double

    init(burst: Int, perSecond: Double, now: Double) {
        self.burst = Double(burst)
        self.perSecond = perSecond
        self.tokens = Double(burst)
        self.updated = now
    }

    /// Takes one token if there is one.
    mutating func take(now: Double) -> Bool {
        if now > updated {
            tokens = min(burst, tokens + (now - updated) * perSecond)
            updated = now
        }
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }
}
