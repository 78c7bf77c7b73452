/// 学历: the education levels a talent profile records, lowest first.
public enum EducationLevel: String, CaseIterable, Codable, Sendable, Comparable {
    /// 初中及以下
    case juniorSecondaryOrBelow = "junior_secondary_or_below"
    /// 高中
    case highSchool = "high_school"
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
