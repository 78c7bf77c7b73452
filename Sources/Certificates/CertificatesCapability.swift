import SiteKit
import TalentDomain
import Vapor

/// Signed certificates: recording, issuing, revoking and the public verification.
package struct CertificatesCapability: Capability {
    /// Where the training behind a certificate is found (the training capability's
    /// answer); nil names none.
    let training: (any CertificateTrainingSource)?

    package init(training: (any CertificateTrainingSource)?) { self.training = training }

    package func configure(_ app: Application) {
        app.certificateTraining = training
    }

    package var routes: [any RouteCollection] { [CertificatesController()] }

    package var workspace: [any WorkspaceSource] { [CertificatesWorkspace()] }

    /// Its links in the header.
    package var navigation: [NavigationEntry] {
        [NavigationEntry(.verifyForm, .navVerify, .site(section: "/verify"), order: 70)]
    }
}
