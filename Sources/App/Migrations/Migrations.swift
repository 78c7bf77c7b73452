import Accounts
import Applications
import Certificates
import Courses
import Fluent
import Market
import Nominations
import Organizations
import Reference
import SiteKit
import TalentPool
import Targets
import Training
import Vouchers

/// Every schema change, in the order it shipped. Append only: never edit or reorder a
/// migration that has shipped; a change is a new migration at the end. Each lives in the
/// module of the capability whose tables it makes.
enum Migrations {
    static let all: [any Migration] =
        shippedFromTheAppModule.map { ShippedMigration($0, module: "App") } + sinceTheCapabilityModules

    /// Those made since: named after their own module (`TalentPool.AddFieldWorkStart`).
    private static let sinceTheCapabilityModules: [any Migration] = [
        AddFieldWorkStart(),
        CreateApplications(),
        CreateNotifications(),
        CreatePolicySimulations(),
        AddApplicationQueueOrder(),
        CreateTitleRecognitions(),
        CreateLoanLedger(),
        AddOrganizationFacts(),
        CreateNominations(),
        AddOrganizationApplicants(),
        AddCourseCompletionReview(),
        CreateTalentExports(),
        CreateShortageCatalogue(),
        CreateWageGuide(),
        CreateJobZone(),
        CreateSupplyTallies(),
        CreateRetiredKeys(),
    ]

    /// Those that shipped while every migration was in the app module: they keep the
    /// names they were run under (`ShippedMigration`).
    private static let shippedFromTheAppModule: [any Migration] = [
        CreatePolicyVersion(),
        CreateOccupation(),
        CreateDistrict(),
        CreateIndustryChain(),
        CreateReferenceDataset(),
        CreateOrganization(),
        CreateUser(),
        CreateUserSession(),
        CreateLoginAttempt(),
        CreateAPIToken(),
        CreateAuditEvent(),
        CreateTalent(),
        AddOrganizationChain(),
        AddTalentSearch(),
        CreateTalentImport(),
        CreateErasureRequest(),
        ReindexTalentSearch(),
        CreatePrograms(),
        CreateEnrollments(),
        CreateCertificates(),
        CreateVouchers(),
        CreateTargetTallies(),
        CreateCourses(),
        CreateEnrollmentImports(),
        AddVoucherCancellation(),
        KeepTalentRowsWhole(),
        CreateJobs(),
        RunImportsInBatches(),
        SealImportReports(),
        CreateRateLimitEvents(),
        RunEnrollmentImportsAsJobs(),
        KeepIgnoredTalentImportColumns(),
        KeepIgnoredEnrollmentImportColumns(),
    ]
}
