import TalentDomain

/// Resident identity numbers and mobile numbers for demo talents, unique by talent index
/// without remembering which were handed out, so a million talents can be streamed.
///
/// Resident ID scheme. A number is area code + birth date + sequence code (+ check).
/// Uniqueness comes from (birth date, sequence) alone, so the area code is free to follow
/// the talent's district and may repeat:
///  1. Each birth date from 1965 to 2004 gets `weight(ofYear:)` *blocks* of 125 sequence
///     slots (1 to 4 blocks: 4 × 125 = 500, all the sequence codes one gender has). The
///     blocks, listed date by date, are `birthBlocks`; a date's weight makes it that many
///     times as likely, which weights birth years toward 1985–2000.
///  2. `IndexPermutation` maps the talent index one-to-one onto
///     `0..<(birthBlocks.count × 125)`; that value `x` splits into block
///     `x mod birthBlocks.count` and slot `x div birthBlocks.count` (0…124).
///  3. The sequence code is `2 × (125 × block number within its date + slot) + gender`
///     (odd for men): distinct (block, slot) pairs give distinct (date, sequence / 2), so
///     distinct indices give distinct numbers whatever the gender and area.
/// Capacity: `residentIDCapacity` (about 4.6 million) talents.
///
/// Mobile scheme: a three-digit prefix (13x/15x/18x/19x, chosen freely) then eight digits
/// that are a permutation of the index over `0..<10^8`, so the last eight digits alone
/// are unique for up to 100 million talents.
struct DemoIdentityNumbers: Sendable {
    private let birthPermutation: IndexPermutation
    private let mobilePermutation: IndexPermutation

    /// A block holds this many sequence slots: 500 (the codes of one gender) divided by
    /// the largest year weight, so the heaviest dates use every code.
    private static let slotsPerBlock = 125

    /// A block of sequence slots: its birth date and its number among that date's blocks
    /// (0 up to the year's weight − 1).
    private struct BirthBlock {
        let date: CalendarDate
        let number: Int
    }

    /// Every block, date by date.
    private static let birthBlocks: [BirthBlock] = {
        var blocks: [BirthBlock] = []
        var date = CalendarDate("1965-01-01")!
        for year in 1965...2004 {
            date.year = year
            for month in 1...12 {
                date.month = month
                for day in 1...CalendarDate.days(inMonth: month, year: year) {
                    date.day = day
                    blocks += (0..<weight(ofYear: year)).map { BirthBlock(date: date, number: $0) }
                }
            }
        }
        return blocks
    }()

    /// Relative likelihood of a birth year: most people on a digital-talent platform were
    /// born 1985–2000, fewer just before or after, fewest aged over 50.
    private static func weight(ofYear year: Int) -> Int {
        switch year {
        case 1985...2000: 4
        case 1975...1984, 2001...2004: 2
        default: 1
        }
    }

    static var residentIDCapacity: Int { birthBlocks.count * slotsPerBlock }
    static let mobileCapacity = 100_000_000

    static let mobilePrefixes = [
        "130", "131", "132", "133", "135", "136", "137", "138", "139",
        "150", "151", "152", "155", "156", "157", "158", "159",
        "180", "181", "182", "183", "186", "187", "188", "189",
        "191", "198", "199",
    ]

    /// Different seeds scatter the indices differently, so two demo databases do not
    /// share numbers. The constants only make the two keys differ.
    init(seed: UInt64) {
        birthPermutation = IndexPermutation(size: Self.residentIDCapacity, key: SeededGenerator.mix(seed ^ 0x1D))
        mobilePermutation = IndexPermutation(size: Self.mobileCapacity, key: SeededGenerator.mix(seed ^ 0x30B))
    }

    func residentID(index: Int, areaCode: String, gender: ResidentID.Gender) -> ResidentID {
        let blocks = Self.birthBlocks
        let value = birthPermutation(index)
        let block = blocks[value % blocks.count]
        let slot = block.number * Self.slotsPerBlock + value / blocks.count
        return ResidentID.fake(areaCode: areaCode, birth: block.date, sequence: 2 * slot + (gender == .male ? 1 : 0))
    }

    func mobile(index: Int, prefix: String) -> String {
        let subscriber = String(mobilePermutation(index))
        return prefix + String(repeating: "0", count: 8 - subscriber.count) + subscriber
    }
}
