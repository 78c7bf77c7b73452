import Foundation

/// A progress bar on stderr: `[#####-----] 52% 520,000/1,000,000 rows · 86,000 rows/s · 6 s left`.
/// Redrawn in place on a terminal; a line every tenth of the way when stderr is a file.
package final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let start = ContinuousClock.now
    private let lock = NSLock()
    private var lastTenth = -1
    private var done = 0
    private let interactive = isatty(STDERR_FILENO) == 1

    package init(total: Int) { self.total = total }

    package func update(_ rows: Int) {
        lock.withLock {
            done = rows
            let fraction = min(1, Double(rows) / Double(total))
            let tenth = Int(fraction * 10)
            guard interactive || tenth != lastTenth else { return }
            lastTenth = tenth
            let filled = Int(fraction * 30)
            let left = rate > 0 ? Double(max(0, total - rows)) / rate : 0
            let line =
                "[\(String(repeating: "#", count: filled))\(String(repeating: "-", count: 30 - filled))] "
                + "\(Int(fraction * 100))% \(rows.formatted())/\(total.formatted()) rows · \(rateText) · \(Int(left.rounded())) s left"
            FileHandle.standardError.write(Data(((interactive ? "\r" : "") + line + (interactive ? "" : "\n")).utf8))
        }
    }

    package func finish() {
        if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private var rate: Double { Double(done) / max(0.001, start.secondsElapsed) }
    package var rateText: String { "\(Int(rate).formatted()) rows/s" }
    package var elapsedText: String { String(format: "%.1f s", start.secondsElapsed) }
}
