/// The eight data masks of ISO/IEC 18004 Table 10, by number: whether the module at column x, row y is inverted.
let maskConditions: [@Sendable (Int, Int) -> Bool] = [
    { x, y in (x + y) % 2 == 0 },
    { _, y in y % 2 == 0 },
    { x, _ in x % 3 == 0 },
    { x, y in (x + y) % 3 == 0 },
    { x, y in (x / 3 + y / 2) % 2 == 0 },
    { x, y in x * y % 2 + x * y % 3 == 0 },
    { x, y in (x * y % 2 + x * y % 3) % 2 == 0 },
    { x, y in ((x + y) % 2 + x * y % 3) % 2 == 0 },
]

extension ModuleGrid {
    /// ISO/IEC 18004 section 7.8.3.1 with N1 = 3, N2 = 3, N3 = 40, N4 = 10, read as segno reads it so that
    /// the same mask wins: runs of five or more, 2×2 blocks, finder-like lines, and the dark proportion.
    var penalty: Int {
        var score = 0
        for index in 0..<size {
            let row = Array(modules[(index * size)..<((index + 1) * size)])
            let column = (0..<size).map { modules[$0 * size + index] }
            score += runPenalty(row) + runPenalty(column) + finderLikePenalty(row) + finderLikePenalty(column)
        }
        for y in 1..<size {
            for x in 1..<size {
                let module = modules[y * size + x]
                if module == modules[y * size + x - 1] && module == modules[(y - 1) * size + x]
                    && module == modules[(y - 1) * size + x - 1]
                {
                    score += 3
                }
            }
        }
        // 10 points for each full 5 % step away from half dark; whole numbers give segno's floating-point result
        // for every symbol size and dark count.
        let total = size * size
        let dark = modules.count { $0 }
        return score + 10 * (abs(dark * 20 - total * 10) / total)
    }
}

/// 3 points for a run of five modules of one colour, and one more for each further module.
private func runPenalty(_ line: [Bool]) -> Int {
    var score = 0
    var run = 0
    var colour: Bool?
    for module in line {
        if module == colour {
            run += 1
        } else {
            score += run >= 5 ? run - 2 : 0
            run = 1
            colour = module
        }
    }
    return score + (run >= 5 ? run - 2 : 0)
}

/// 40 points for each dark-light-dark-dark-dark-light-dark with four light modules (or the edge) before or
/// after it; a counted one hides any that overlaps its end, as in segno.
private func finderLikePenalty(_ line: [Bool]) -> Int {
    var score = 0
    var start = 0
    while start + 7 <= line.count {
        guard isFinderLike(line, at: start) else {
            start += 1
            continue
        }
        let before = line[max(start - 4, 0)..<start]
        let after = line[(start + 7)..<min(start + 11, line.count)]
        if !before.contains(true) || !after.contains(true) {
            score += 40
            start += 7
        } else {
            start += 4
        }
    }
    return score
}

/// Spelled out rather than compared with an array, which unoptimised builds (the tests') do several times slower.
private func isFinderLike(_ line: [Bool], at start: Int) -> Bool {
    line[start] && !line[start + 1] && line[start + 2] && line[start + 3] && line[start + 4]
        && !line[start + 5] && line[start + 6]
}
