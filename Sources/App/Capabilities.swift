import SiteKit
import Vapor

/// The platform's capabilities, in the order their routes are registered. A new
/// capability is one line here (and its migrations in `Migrations.all`).
func capabilities(_ config: AppConfig) throws -> [any Capability] {
    [
        try OperationsCapability(engine: config.database.engineName, metricsToken: config.metricsToken),
        PublicPagesCapability(),
        AccountsCapability(),
        OrganizationsCapability(),
        AuditCapability(),
        TalentPoolCapability(),
        TrainingCapability(),
        CertificatesCapability(),
        TargetsCapability(),
        CoursesCapability(),
    ]
}
