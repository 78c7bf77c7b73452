/// 学历: the education levels a talent profile records, lowest first.
public enum EducationLevel: String, CaseIterable, Codable, Sendable, Comparable {
    /// 中专
    case secondaryVocational = "secondary_vocational"
    /// 大专
    case associate
    /// 本科
    case bachelor
    /// 硕士
    case master
    /// 博士
    case doctorate

    public static func < (lhs: EducationLevel, rhs: EducationLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
