import Reference
import SiteKit
import TalentDomain
import Vapor

/// The policy in public: home, measure and department pages and their API, and the
/// reference data (occupations, districts, industry chains).
package struct PublicPagesCapability: Capability {
    package init() {}

    package func configure(_ app: Application) {
        app.useReferenceChoices()
    }

    package var routes: [any RouteCollection] {
        [MeasureController(), ReferenceController(), IndustryChainsController()]
    }

    /// Administrators keep the key industry chains.
    package var auditActions: [AuditAction] { [.industryChainAdd, .industryChainRename] }

    /// Its links in the header.
    package var navigation: [NavigationEntry] {
        [
            NavigationEntry(.home, .navHome, .site(section: nil), order: 10),
            NavigationEntry(.measure("M1"), .navMeasures, .site(section: "/measures/"), order: 20),
            NavigationEntry(.departments, .navDepartments, .site(section: nil), order: 30),
            NavigationEntry(.occupations, .navOccupations, .site(section: nil), order: 40),
            NavigationEntry(.adminIndustryChains, .industryChainsTitle, .account(roles: [.admin]), order: 72),
        ]
    }
}
