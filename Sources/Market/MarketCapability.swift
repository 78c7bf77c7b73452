import Certificates
import SiteKit
import TalentDomain
import TalentPool
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
            ShortageImportController(), WagesController(), WagesAPIController(), JobsAPIController(),
            JobPagesController(), JobWorkPagesController(), SupplyDemandController(),
        ]
    }

    /// Its links in the header: the public catalogue for everyone, declaring for
    /// employers, the editions for the departments' staff.
    package var navigation: [NavigationEntry] {
        [
            NavigationEntry(.catalogue, .catalogueTitleShort, .site(section: "/catalogue"), order: 55),
            NavigationEntry(.wages, .wagesNav, .site(section: "/wages"), order: 57),
            NavigationEntry(.jobs, .jobBoardTitle, .site(section: "/jobs"), order: 58),
            NavigationEntry(.myJobs, .myJobsTitle, .account(roles: [.talent]), order: 96),
            NavigationEntry(.jobPosts, .jobPostsTitle, .account(roles: [.employer]), order: 97),
            NavigationEntry(.jobPosts, .jobPostsTitle, .account(roles: [.admin, .officer]), order: 19),
            NavigationEntry(.supplyDemand, .mapNav, .account(roles: [.admin, .officer]), order: 20),
            NavigationEntry(.wageReports, .wageReportsTitle, .account(roles: [.employer]), order: 95),
            NavigationEntry(.wageYears, .wageYearsTitle, .account(roles: [.admin, .officer]), order: 18),
            NavigationEntry(
                .catalogueDeclarations, .catalogueDeclarationsTitle, .account(roles: [.employer]), order: 94),
            NavigationEntry(
                .catalogueEditions, .catalogueEditionsTitle, .account(roles: [.admin, .officer]), order: 17),
        ]
    }

    package var workspace: [any WorkspaceSource] { [CatalogueWorkspace(), WageWorkspace(), JobWorkspace()] }

    /// The supply–demand map's counts of the pool are renewed once they are stale.
    package func register(on jobs: JobRunner) {
        jobs.register(sweep: { app, now in try await SupplyTallies.refreshIfStale(app, now: now) })
    }

    /// The job zone's matching cards follow what they copy: the profile, certificates
    /// (an occupation certified, a level) and erasure.
    package func follow(_ events: inout EventSubscribers) {
        events.subscribe(to: TalentProfileChanged.self) { changed, db in
            try await JobSeekerCards.refresh(changed.talentID, on: db)
        }
        events.subscribe(to: CertificateIssued.self) { issued, db in
            try await JobSeekerCards.refresh(try issued.holder.requireID(), on: db)
        }
        events.subscribe(to: CertificateRevoked.self) { revoked, db in
            try await JobSeekerCards.refresh(revoked.certificate.$talent.id, on: db)
        }
        events.subscribe(to: TalentErased.self) { erased, db in
            try await JobSeekerStore.forget(erased.talentID, on: db)
        }
    }
}
