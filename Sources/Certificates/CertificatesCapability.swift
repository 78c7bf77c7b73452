import SiteKit
import Vapor

/// Signed certificates: recording, issuing, revoking and the public verification.
package struct CertificatesCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] { [CertificatesController()] }
}
