import Accounts
import Applications
import Audit
import Certificates
import Courses
import Market
import Nominations
import Operations
import Organizations
import PublicPages
import SiteKit
import TalentPool
import Targets
import Training
import Vapor
import Vouchers
import Workspaces

/// The platform's capabilities, in the order their routes are registered. A new
/// capability is one line here (and its migrations in `Migrations.all`).
func capabilities(_ config: AppConfig) throws -> [any Capability] {
    [
        try OperationsCapability(engine: config.database.engineName, metricsToken: config.metricsToken),
        PublicPagesCapability(),
        WorkspacesCapability(),
        AccountsCapability(profiles: TalentProfiles()),
        OrganizationsCapability(),
        AuditCapability(),
        TalentPoolCapability(
            profileSections: [
                CertificatesProfileSection(), EducationHoursProfileSection(), EligibilityProfileSection(),
            ],
            personalData: [
                TrainingPersonalData(), VoucherPersonalData(), CertificatePersonalData(), CoursePersonalData(),
                ApplicationPersonalData(),
            ]),
        TrainingCapability(payment: VoucherPayment()),
        VouchersCapability(),
        ApplicationsCapability(),
        NominationsCapability(),
        CertificatesCapability(training: CertificateTrainings()),
        TargetsCapability(),
        CoursesCapability(roster: TrainingRoster()),
        MarketCapability(),
    ]
}
