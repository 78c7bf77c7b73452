import Fluent
import SiteKit

/// Every schema change, in the order it shipped. Append only: never edit or reorder a
/// migration that has shipped; a change is a new migration at the end.
enum Migrations {
    static let all: [any Migration] = [
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
    ]
}
