import Foundation
import SiteKit

/// A talent's personal data erased (PIPL art. 47), in the erasure's transaction. The
/// capabilities that keep something naming the person — import reports of refused rows
/// — remove it when they follow this event.
package struct TalentErased: DomainEvent {
    package let talentID: UUID
    /// The keys under which stored import reports name the person (`ImportReports`).
    package let reportSubjects: Set<String>
    /// When the erasure was approved (the write's clock).
    package let at: Date
}
