import SiteKit

/// An enrolment closed as completed (结业), in the transaction that completed it.
package struct EnrollmentCompleted: DomainEvent {
    package let enrollment: Enrollment
    package let program: Program
}
