import SiteKit
import TalentDomain
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

    /// Its links in the header.
    package var navigation: [NavigationEntry] {
        [
            NavigationEntry(.trainingCatalogue, .navTraining, .site(section: "/training"), order: 50),
            NavigationEntry(
                .trainingManage, .trainingManage, .account(roles: [.admin, .officer, .provider]), order: 30),
            NavigationEntry(.vouchers, .voucherTitle, .account(roles: [.admin, .officer]), order: 40),
            NavigationEntry(.voucherSettlement, .voucherSettlement, .account(roles: [.provider]), order: 45),
            NavigationEntry(.myTraining, .myTrainingTitle, .account(roles: [.talent]), order: 95),
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
