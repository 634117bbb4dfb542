import Foundation

/// Turns per second, latency percentiles and a histogram of one load run.
struct BenchReport {
    let latencies: [UInt64]
    let elapsed: Double
    let connections: Int
    let failed: Int

    func print() {
        let sorted = latencies.sorted()
        guard !sorted.isEmpty else {
            Swift.print("no turn completed (is the server running, with --unlimited, and does the dialogue exist?)")
            return
        }
        func percentile(_ p: Double) -> Double {
            Double(sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]) / 1e6
        }
        Swift.print(String(format: "%d turns over %d connections in %.2f s: %.0f turns/s", sorted.count, connections, elapsed, Double(sorted.count) / elapsed))
        Swift.print(String(format: "latency ms: p50 %.3f  p90 %.3f  p99 %.3f  max %.3f", percentile(0.5), percentile(0.9), percentile(0.99), Double(sorted.last!) / 1e6))
        if failed > 0 { Swift.print("\(failed) turns not completed (connections closed by the server)") }
        histogram(sorted)
    }

    private func histogram(_ sorted: [UInt64]) {
        let bounds: [Double] = [0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, .infinity]
        var counts = [Int](repeating: 0, count: bounds.count)
        for value in sorted {
            let ms = Double(value) / 1e6
            counts[bounds.firstIndex { ms <= $0 }!] += 1
        }
        let largest = counts.max() ?? 1
        var lower = 0.0
        for (index, bound) in bounds.enumerated() {
            defer { lower = bound }
            guard counts[index] > 0 else { continue }
            let label = bound.isInfinite ? String(format: "> %g ms", lower) : String(format: "<= %g ms", bound)
            let bar = String(repeating: "#", count: max(1, counts[index] * 50 / largest))
            Swift.print(label.padding(toLength: 11, withPad: " ", startingAt: 0) + String(format: "%7d ", counts[index]) + bar)
        }
    }
}
