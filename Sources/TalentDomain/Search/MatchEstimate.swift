/// How many records match a search, estimated from a stratified sample of the key range
/// when counting every match would cost more than the search itself.
///
/// The key range is cut into equal slices. In each slice the matches are taken newest
/// first up to `sample`: a slice that runs out first was counted whole; one that did not
/// is scaled, its matches per key in the part walked times its width. Slices keep a pool
/// loaded district by district (one office's file after another's) from being judged by
/// its newest district alone. With `sample` matches a slice the relative error is about
/// 1 / √(sample × slices): 5 % for 4 × 100.
package struct MatchEstimate: Sendable, Equatable {
    /// One slice's keys: `(above, through]`.
    package struct Slice: Sendable, Equatable {
        package var above: Int64
        package var through: Int64

        package init(above: Int64, through: Int64) { (self.above, self.through) = (above, through) }

        package var width: Int64 { through - above }
    }

    package var total: Int
    /// Every slice ran out of matches before its sample was full: `total` is a count.
    package var isExact: Bool

    package init(total: Int, isExact: Bool) { (self.total, self.isExact) = (total, isExact) }

    /// `count` slices of `lowest...highest` (keys of the first and last records), newest
    /// first; fewer when there are fewer keys than slices.
    package static func slices(lowest: Int64, highest: Int64, count: Int) -> [Slice] {
        guard highest >= lowest, count > 0 else { return [] }
        let keys = highest - lowest + 1
        let width = (keys + Int64(count) - 1) / Int64(count)
        return stride(from: highest, through: lowest, by: -Int(width)).map { through in
            Slice(above: max(lowest - 1, through - width), through: through)
        }
    }

    /// The estimate from each slice's matching keys, newest first, at most `sample` each.
    /// `walked`: the newest part of the slice that was searched, when a search stops
    /// short of the slice's end (the whole slice when nil); its matches are scaled to the
    /// slice even when they did not fill the sample.
    package static func combine(_ found: [(slice: Slice, walked: Slice?, keys: [Int64])], sample: Int)
        -> MatchEstimate
    {
        var total = 0.0
        var isExact = true
        for (slice, walked, keys) in found {
            if keys.count >= sample, let last = keys.last {
                isExact = false
                total += Double(keys.count) * Double(slice.width) / Double(slice.through - last + 1)
            } else if let walked, walked != slice {
                isExact = false
                total += Double(keys.count) * Double(slice.width) / Double(walked.width)
            } else {
                total += Double(keys.count)
            }
        }
        return MatchEstimate(total: Int(total.rounded()), isExact: isExact)
    }

    /// An estimate as people say one: two significant figures (123,456 → 120,000).
    package static func rounded(_ value: Int) -> Int {
        guard value >= 100 else { return value }
        var unit = 1
        while value / unit >= 100 { unit *= 10 }
        return (value + unit / 2) / unit * unit
    }

    /// The rounded estimate in Chinese: in 万 from 10,000 ("20 万", "1.2 万"), in digits
    /// below ("3,500").
    package static func chinese(_ value: Int) -> String {
        let shown = rounded(value)
        guard shown >= 10_000 else { return grouped(shown) }
        let tenths = shown / 1_000
        let whole = tenths / 10
        return tenths % 10 == 0 ? "\(grouped(whole)) 万" : "\(grouped(whole)).\(tenths % 10) 万"
    }

    /// Digits in groups of three: 1234567 → "1,234,567".
    package static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }
}
