import SiteKit
import TalentDomain
import Vapor

/// Signed certificates: recording, issuing, revoking and the public verification.
package struct CertificatesCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] { [CertificatesController()] }

    package var workspace: [any WorkspaceSource] { [CertificatesWorkspace()] }

    /// Its links in the header.
    package var navigation: [NavigationEntry] {
        [NavigationEntry(.verifyForm, .navVerify, .site(section: "/verify"), order: 70)]
    }
}
