import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// Training (M1, M2, M7): programs, cohorts, the roster, the enrolment import and its
/// job.
package struct TrainingCapability: Capability {
    /// How talents may pay for an enrolment (the vouchers capability's answer); nil offers
    /// no way but the provider's own.
    let payment: (any EnrolmentPayment)?

    package init(payment: (any EnrolmentPayment)?) { self.payment = payment }

    package func configure(_ app: Application) {
        app.enrolmentPayment = payment
    }

    package var routes: [any RouteCollection] {
        [ProgramsController(), EnrollmentsController(), EnrollmentImportController(), CohortEditController()]
    }

    /// Its links in the header.
    package var navigation: [NavigationEntry] {
        [
            NavigationEntry(.trainingCatalogue, .navTraining, .site(section: "/training"), order: 50),
            NavigationEntry(
                .trainingManage, .trainingManage, .account(roles: [.admin, .officer, .provider]), order: 30),
            NavigationEntry(.myTraining, .myTrainingTitle, .account(roles: [.talent]), order: 95),
        ]
    }

    package var workspace: [any WorkspaceSource] { [TrainingWorkspace()] }

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

    package var commands: [String: any AsyncCommand] { ["import": ImportCommand()] }

    package var sealedColumns: [SealedColumns] {
        [SealedColumns(table: EnrollmentImport.schema, columns: [.init("report")])]
    }
}
