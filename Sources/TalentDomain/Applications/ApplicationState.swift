/// Where an application stands (issue 16): draft → submitted → returned for correction
/// (补正) → submitted again … → approved, rejected, or withdrawn by the applicant. The one
/// table of legal moves; a move not in it is refused with the state the application is in.
public enum ApplicationState: String, Codable, Hashable, Sendable, CaseIterable {
    case draft
    case submitted
    /// 补正: the reviewer sent it back with reasons; the applicant corrects and resubmits.
    case returned
    case approved
    case rejected
    case withdrawn

    /// Decided or given up: nothing moves it any more.
    public var isFinal: Bool { self == .approved || self == .rejected || self == .withdrawn }

    /// Waiting for the department.
    public var awaitsReview: Bool { self == .submitted }
}

/// What someone does to an application.
public enum ApplicationAction: String, Codable, Hashable, Sendable, CaseIterable {
    case submit
    case withdraw
    /// 退回补正.
    case `return`
    case approve
    case reject

    /// Who may do it: the applicant (`submit`, `withdraw`) or a reviewer of the department.
    public var byReviewer: Bool {
        switch self {
        case .submit, .withdraw: false
        case .return, .approve, .reject: true
        }
    }

    /// A return or a rejection says why: the applicant must be able to act on it.
    public var needsComment: Bool { self == .return || self == .reject }

    /// The state `action` leads to from `state`; nil when it is not a legal move.
    public func next(from state: ApplicationState) -> ApplicationState? {
        switch (self, state) {
        case (.submit, .draft), (.submit, .returned): .submitted
        case (.withdraw, .draft), (.withdraw, .submitted), (.withdraw, .returned): .withdrawn
        case (.return, .submitted): .returned
        case (.approve, .submitted): .approved
        case (.reject, .submitted): .rejected
        default: nil
        }
    }
}
