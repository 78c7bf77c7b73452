import SiteKit

/// A certificate written — issued for a course or recorded from elsewhere.
struct CertificateIssued: DomainEvent {
    let certificate: Certificate
    let holder: Talent
}

/// A certificate revoked; it is already marked so when the event runs.
struct CertificateRevoked: DomainEvent {
    let certificate: Certificate
}
