/// A job post's life (M3 job zone): the employer writes a draft, publishes it into an
/// open campaign, and closes it; an officer may take a published one down with a reason.
public enum JobPostState: String, Codable, CaseIterable, Sendable {
    case draft
    case published
    case closed
    case takenDown = "taken_down"

    /// Whether talents see it and may apply.
    public var isOpen: Bool { self == .published }

    /// The states the employer may move it to from this one.
    public var employerMoves: [JobPostState] {
        switch self {
        case .draft: [.published]
        case .published: [.closed]
        case .closed, .takenDown: []
        }
    }
}

/// An application's life: the talent applies (or accepts the employer's invitation) and
/// the employer moves it along received → interview → offer → hired, or to not
/// selected at any step before hired. The talent may withdraw it until it is decided.
public enum JobApplicationState: String, Codable, CaseIterable, Sendable {
    /// The employer invited a matched talent; the talent has not answered.
    case invited
    /// The talent turned the invitation down.
    case declined
    case received
    case interview
    case offer
    case hired
    case notSelected = "not_selected"
    case withdrawn

    /// Where the employer may move an application from here.
    public var employerMoves: [JobApplicationState] {
        switch self {
        case .received: [.interview, .offer, .notSelected]
        case .interview: [.offer, .notSelected]
        case .offer: [.hired, .notSelected]
        case .invited, .declined, .hired, .notSelected, .withdrawn: []
        }
    }

    /// Whether the talent may still withdraw.
    public var isWithdrawable: Bool { [.received, .interview, .offer].contains(self) }

    /// Whether the employer sees who the talent is: once they applied or accepted.
    public var revealsApplicant: Bool { self != .invited && self != .declined }

    /// Still in the employer's pipeline.
    public var isActive: Bool { [.received, .interview, .offer].contains(self) }
}
