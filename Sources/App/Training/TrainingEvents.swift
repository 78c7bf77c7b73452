import SiteKit

/// An enrolment closed as completed (结业), in the transaction that completed it.
struct EnrollmentCompleted: DomainEvent {
    let enrollment: Enrollment
    let program: Program
}
