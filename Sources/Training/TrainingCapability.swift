import SiteKit
import TalentPool
import Vapor

/// Training (M1, M2, M7): programs, cohorts, the roster, the enrolment import and its
/// job, and training vouchers.
package struct TrainingCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] {
        [
            ProgramsController(), EnrollmentsController(), EnrollmentImportController(), CohortEditController(),
            VouchersController(),
        ]
    }

    package func follow(_ events: inout EventSubscribers) {
        events.subscribe(to: TalentErased.self) { erased, db in
            try await ImportReports.forget(EnrollmentImport.self, mentioning: erased.reportSubjects, on: db)
        }
    }

    package func register(on jobs: JobRunner) {
        jobs.register(EnrollmentImportHandler())
        jobs.register(sweep: { app, now in
            _ = try await app.db.writeTransaction { db in
                try await ImportReports.expire(
                    EnrollmentImport.self, before: ImportReports.cutoff(app, now: now), on: db)
            }
        })
    }
}
