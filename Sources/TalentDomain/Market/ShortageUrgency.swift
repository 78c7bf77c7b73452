/// 紧缺程度: how pressing an employer says a need is, on a line of its urgent-need
/// declaration (M3). Ordered most pressing first, in the order the catalogue lists them
/// (紧缺 / 急需 / 一般), so a merged entry keeps the most pressing of its lines.
public enum ShortageUrgency: String, CaseIterable, Codable, Sendable, Comparable {
    /// 紧缺: the market has too few people with this occupation at all.
    case shortage
    /// 急需: the employer needs people soon.
    case urgent
    /// 一般: a regular need.
    case general

    /// Whether `lhs` is more pressing than `rhs`.
    public static func < (lhs: ShortageUrgency, rhs: ShortageUrgency) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
