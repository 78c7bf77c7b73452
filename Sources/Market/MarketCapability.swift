import SiteKit
import TalentDomain
import Vapor

/// The digital talent market (issue 18): the urgent-need digital engineer catalogue of
/// M3 — employers declare their needs for a year, the catalogue's departments compile
/// and publish editions, and anyone reads the published catalogue — and the wage price
/// information of M9 — employers report pay, the HR bureau publishes the year's
/// percentiles.
package struct MarketCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] {
        [
            CataloguePagesController(), CatalogueWorkPagesController(), CatalogueController(),
            ShortageImportController(), WagesController(), WagesAPIController(),
        ]
    }

    /// Its links in the header: the public catalogue for everyone, declaring for
    /// employers, the editions for the departments' staff.
    package var navigation: [NavigationEntry] {
        [
            NavigationEntry(.catalogue, .catalogueTitleShort, .site(section: "/catalogue"), order: 55),
            NavigationEntry(.wages, .wagesNav, .site(section: "/wages"), order: 57),
            NavigationEntry(.wageReports, .wageReportsTitle, .account(roles: [.employer]), order: 95),
            NavigationEntry(.wageYears, .wageYearsTitle, .account(roles: [.admin, .officer]), order: 18),
            NavigationEntry(
                .catalogueDeclarations, .catalogueDeclarationsTitle, .account(roles: [.employer]), order: 94),
            NavigationEntry(
                .catalogueEditions, .catalogueEditionsTitle, .account(roles: [.admin, .officer]), order: 17),
        ]
    }

    package var workspace: [any WorkspaceSource] { [CatalogueWorkspace(), WageWorkspace()] }
}
