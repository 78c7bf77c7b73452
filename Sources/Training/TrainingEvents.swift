import Foundation
import SiteKit

/// An enrolment closed as completed (结业), in the transaction that completed it.
package struct EnrollmentCompleted: DomainEvent {
    package let enrollment: Enrollment
    package let program: Program
}

/// An enrolment withdrawn (退出), in the transaction that withdrew it: what paid for it
/// goes back to the holder.
package struct EnrollmentWithdrawn: DomainEvent {
    package let enrollmentID: UUID

    package init(enrollmentID: UUID) { self.enrollmentID = enrollmentID }
}
