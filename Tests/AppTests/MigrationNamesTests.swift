import Fluent
import Testing

@testable import App

@Suite("Migration names")
struct MigrationNamesTests {
    /// Fluent runs each migration name once. The migrations moved out of the app module
    /// into their capabilities; were a name to change, every database made before the move
    /// would run that migration again and fail on a table that exists.
    @Test func everyShippedMigrationKeepsTheNameItWasRunUnder() {
        let shipped = [
            "CreatePolicyVersion", "CreateOccupation", "CreateDistrict", "CreateIndustryChain",
            "CreateReferenceDataset", "CreateOrganization", "CreateUser", "CreateUserSession", "CreateLoginAttempt",
            "CreateAPIToken", "CreateAuditEvent", "CreateTalent", "AddOrganizationChain", "AddTalentSearch",
            "CreateTalentImport", "CreateErasureRequest", "ReindexTalentSearch", "CreatePrograms",
            "CreateEnrollments", "CreateCertificates", "CreateVouchers", "CreateTargetTallies", "CreateCourses",
            "CreateEnrollmentImports", "AddVoucherCancellation", "KeepTalentRowsWhole", "CreateJobs",
            "RunImportsInBatches", "SealImportReports", "CreateRateLimitEvents", "RunEnrollmentImportsAsJobs",
        ].map { "App." + $0 }
        #expect(Array(Migrations.all.map(\.name).prefix(shipped.count)) == shipped)
        #expect(Set(Migrations.all.map(\.name)).count == Migrations.all.count)
    }
}
