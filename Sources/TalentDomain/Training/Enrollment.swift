/// Where an enrolment stands. A place is `enrolled` while the cohort has seats and
/// `waitlisted` after; a withdrawal frees the seat for the first on the waiting list.
public enum EnrollmentStatus: String, Codable, Hashable, Sendable, CaseIterable {
    case enrolled
    case waitlisted
    case withdrawn
    /// 结业: attended enough and passed the assessment.
    case completed
    /// 未结业: the cohort ended without the conditions being met.
    case notCompleted = "not_completed"

    /// Whether the enrolment holds one of the cohort's seats.
    public var holdsSeat: Bool { self == .enrolled || self == .completed || self == .notCompleted }
    /// Whether the talent may still withdraw.
    public var canWithdraw: Bool { self == .enrolled || self == .waitlisted }
    /// Whether attendance and results may still be recorded.
    public var isInProgress: Bool { self == .enrolled }
}

/// 结业条件: what completing a cohort takes — the assessment passed and at least a share
/// of the scheduled hours attended. The share is the program's, 80 % unless it says.
public struct CompletionRule: Hashable, Sendable {
    public var minAttendancePercent: Int

    public init(minAttendancePercent: Int = CompletionRule.defaultAttendancePercent) {
        self.minAttendancePercent = minAttendancePercent
    }

    public static let defaultAttendancePercent = 80

    public enum Shortfall: Hashable, Sendable {
        /// Attended fewer hours than required: `attended` of `required`.
        case attendance(attended: StudyHours, required: StudyHours)
        case assessmentMissing
        case assessmentFailed
    }

    /// Whether the enrolment may complete (结业), with every shortfall that stands in the
    /// way; `measure`: the program's.
    public func completion(attended: StudyHours, scheduled: StudyHours, passed: Bool?, measure: String)
        -> Decision<Shortfall>
    {
        Decision(under: measure, refusing: shortfalls(attended: attended, scheduled: scheduled, passed: passed))
    }

    private func shortfalls(attended: StudyHours, scheduled: StudyHours, passed: Bool?) -> [Shortfall] {
        var found: [Shortfall] = []
        // Rounded up to the minute: 80 % of 7 h is 5 h 36 min, and 5 h 35 min is short.
        let required = StudyHours(minutes: (scheduled.minutes * minAttendancePercent + 99) / 100)
        if attended < required { found.append(.attendance(attended: attended, required: required)) }
        switch passed {
        case nil: found.append(.assessmentMissing)
        case false?: found.append(.assessmentFailed)
        case true?: break
        }
        return found
    }
}
