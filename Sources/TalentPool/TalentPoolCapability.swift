import SiteKit
import TalentDomain
import Vapor

/// The digital talent pool (M12): profiles, self-registration, search and export, the
/// bulk import and its job, erasure.
package struct TalentPoolCapability: Capability {
    /// What capabilities above the pool show on a profile page, in order.
    package let profileSections: [any ProfileSection]
    /// What capabilities above the pool hold of a talent, for the person's own download.
    package let personalData: [any PersonalDataSource]

    package init(profileSections: [any ProfileSection], personalData: [any PersonalDataSource]) {
        (self.profileSections, self.personalData) = (profileSections, personalData)
    }

    package var routes: [any RouteCollection] {
        [
            TalentsController(sections: profileSections), TalentSearchController(), TalentExportController(),
            TalentImportController(),
            TalentEditController(),
            ErasureController(), RegistrationController(), PersonalDataController(sources: personalData),
        ]
    }

    /// Its links in the header.
    package var navigation: [NavigationEntry] {
        [
            NavigationEntry(
                .talents, .navTalents, .account(roles: [.admin, .officer, .provider, .employer]), order: 20),
            NavigationEntry(.adminErasures, .erasuresTitle, .account(roles: [.admin]), order: 75),
            NavigationEntry(.myProfile, .myProfileLink, .account(roles: [.talent]), order: 90),
        ]
    }

    package var workspace: [any WorkspaceSource] { [TalentPoolWorkspace()] }

    package var commands: [String: any AsyncCommand] { ["search": SearchCountCommand()] }

    package var sealedColumns: [SealedColumns] {
        [
            SealedColumns(
                table: Talent.schema, columns: [.init("resident_id_cipher"), .init("mobile_cipher")],
                blindIndex: .init(column: "resident_id_index", of: "resident_id_cipher", reindexed: ImportReports.rekey)
            ),
            SealedColumns(table: TalentImport.schema, columns: [.init("report")]),
            SealedColumns(table: TalentImportUndo.schema, columns: [.init("snapshot")]),
            SealedColumns(table: TalentExportRun.schema, columns: [.init("sealed", binary: true)]),
        ]
    }

    package func follow(_ events: inout EventSubscribers) {
        events.subscribe(to: TalentErased.self) { erased, db in
            try await ImportReports.forget(TalentImport.self, mentioning: erased.reportSubjects, on: db)
            // An export file may hold the erased person: none is kept (they are made again
            // in minutes).
            try await TalentExportRun.query(on: db).delete()
        }
    }

    package func register(on jobs: JobRunner) {
        jobs.register(TalentImportHandler())
        jobs.register(TalentExportHandler())
        jobs.register(sweep: { app, now in
            _ = try await app.db.writeTransaction { db in
                try await ImportReports.expire(TalentImport.self, before: ImportReports.cutoff(app, now: now), on: db)
            }
            // A finished export's file waits a day for its download.
            try await TalentExportRun.expire(before: now.addingTimeInterval(-TalentExportRun.kept), on: app.db)
        })
    }
}
