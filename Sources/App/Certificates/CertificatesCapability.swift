import SiteKit
import Vapor

/// Signed certificates: recording, issuing, revoking and the public verification.
struct CertificatesCapability: Capability {
    var routes: [any RouteCollection] { [CertificatesController()] }
}
