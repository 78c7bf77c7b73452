import SiteKit
import Vapor

/// Training (M1, M2, M7): programs, cohorts, the roster, the enrolment import and its
/// job, and training vouchers.
struct TrainingCapability: Capability {
    var routes: [any RouteCollection] {
        [
            ProgramsController(), EnrollmentsController(), EnrollmentImportController(), CohortEditController(),
            VouchersController(),
        ]
    }

    func register(on jobs: JobRunner) {
        jobs.register(EnrollmentImportHandler())
    }
}
