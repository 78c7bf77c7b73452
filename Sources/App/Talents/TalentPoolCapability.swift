import SiteKit
import Vapor

/// The digital talent pool (M12): profiles, self-registration, search and export, the
/// bulk import and its job, erasure.
struct TalentPoolCapability: Capability {
    var routes: [any RouteCollection] {
        [
            TalentsController(), TalentSearchController(), TalentImportController(), TalentEditController(),
            ErasureController(), RegistrationController(),
        ]
    }

    func register(on jobs: JobRunner) {
        jobs.register(TalentImportHandler())
    }
}
