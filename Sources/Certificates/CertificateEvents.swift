import SiteKit
import TalentPool

/// A certificate written — issued for a course or recorded from elsewhere.
package struct CertificateIssued: DomainEvent {
    package let certificate: Certificate
    package let holder: Talent
}

/// A certificate revoked; it is already marked so when the event runs.
package struct CertificateRevoked: DomainEvent {
    package let certificate: Certificate
}
