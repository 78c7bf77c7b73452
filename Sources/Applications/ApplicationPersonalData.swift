import Fluent
import SiteKit
import TalentDomain
import TalentPool

/// A talent's own applications (subsidies, titles, vouchers …) for their own data
/// download: what was applied for, where it stands, its dates and amounts.
package struct ApplicationPersonalData: PersonalDataSource {
    package init() {}

    package func records(of talent: Talent, on db: any Database, messages m: Messages, policy: PolicyDocument)
        async throws -> PersonalDataSheet
    {
        let applications = try await PolicyApplication.query(on: db).filter(\.$talent.$id == talent.requireID())
            .sort(\.$createdAt).all()
        let money = { (fen: Int64?) in fen.map { Money(fen: $0).formatted } ?? "" }
        let rows = applications.map { application -> [String] in
            [
                policy.applicationKind(application.kind)?.label.text(m.language) ?? application.kind,
                application.measure, m.applicationState(application.state),
                application.createdAt.map(ZiboTime.timestamp) ?? "",
                application.submittedAt.map(ZiboTime.timestamp) ?? "", application.dueOn ?? "",
                application.decidedAt.map(ZiboTime.timestamp) ?? "", money(application.amountAskedFen),
                money(application.amountGrantedFen),
            ]
        }
        return PersonalDataSheet(
            key: "applications", title: .personalDataApplicationsSheet,
            columns: [
                ("kind", .personalDataApplicationKind), ("measure", .personalDataApplicationMeasure),
                ("state", .personalDataApplicationState), ("createdAt", .personalDataApplicationCreatedAt),
                ("submittedAt", .personalDataApplicationSubmittedAt), ("dueOn", .personalDataApplicationDueOn),
                ("decidedAt", .personalDataApplicationDecidedAt), ("amountAsked", .personalDataApplicationAsked),
                ("amountGranted", .personalDataApplicationGranted),
            ],
            rows: rows, messages: m)
    }
}
