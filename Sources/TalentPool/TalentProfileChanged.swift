import Foundation
import SiteKit

/// A profile changed by its owner or the staff (`TalentStore.update`), in the write's
/// transaction: what other capabilities keep of it (the job zone's matching cards) is
/// rewritten from the new values.
package struct TalentProfileChanged: DomainEvent {
    package let talentID: UUID
}
