import Fluent
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// Training on a workspace. A provider: cohorts past their end with students still
/// enrolled and certificates to issue (待办), students in training and completions this
/// year, the cohorts in progress. A talent: their next sessions and how many courses
/// they are in or have completed.
package struct TrainingWorkspace: WorkspaceSource {
    package func load(for actor: Actor, _ req: Request) async throws -> WorkspacePart {
        let today = req.clock.today
        switch actor.role {
        case .provider:
            guard let provider = actor.organizationID else { return WorkspacePart() }
            return try await providerPart(provider, today: today, req)
        case .talent:
            let upcoming = try await TrainingWorkspaceQuery.upcoming(
                user: actor.userID, today: today, limit: 3, on: req.db)
            let mine = Enrollment.query(on: req.db).join(Talent.self, on: \Enrollment.$talent.$id == \Talent.$id)
                .filter(Talent.self, \.$user.$id == actor.userID)
            let enrolled = try await mine.copy().filter(\.$status == .enrolled).count()
            let completed = try await mine.copy().filter(\.$status == .completed).count()
            return WorkspacePart(
                figures: [
                    WorkspaceFigure(.workspaceInTraining, value: enrolled.formatted(), path: SiteURL.myTraining.path),
                    WorkspaceFigure(.workspaceCompleted, value: completed.formatted(), path: SiteURL.myTraining.path),
                ],
                sections: [UpcomingSessionsSection(sessions: upcoming)])
        case .admin, .officer, .employer:
            return WorkspacePart()
        }
    }

    private func providerPart(_ provider: UUID, today: CalendarDate, _ req: Request) async throws -> WorkspacePart {
        let toClose = try await TrainingWorkspaceQuery.toClose(provider: provider, today: today, on: req.db)
        let certificates = try await TrainingWorkspaceQuery.certificatesToIssue(provider: provider, on: req.db)
        let running = try await TrainingWorkspaceQuery.running(provider: provider, today: today, limit: 10, on: req.db)
        let ours = Enrollment.query(on: req.db).filter(\.$providerID == provider)
        let inTraining = try await ours.copy().filter(\.$status == .enrolled).count()
        let year = String(today.year)
        let completedThisYear = try await ours.copy().filter(\.$status == .completed)
            .filter(\.$completedOn >= "\(year)-01-01").filter(\.$completedOn <= "\(year)-12-31").count()
        let manage = SiteURL.trainingManage.path
        return WorkspacePart(
            tasks: [
                WorkspaceTask(
                    .workspaceCohortsToClose, count: toClose.count,
                    path: toClose.count == 1 ? SiteURL.cohort(toClose.first ?? UUID()).path : manage, urgent: true),
                WorkspaceTask(.workspaceCertificatesToIssue, count: certificates, path: manage),
            ],
            figures: [
                WorkspaceFigure(.workspaceStudentsInTraining, value: inTraining.formatted(), path: manage),
                WorkspaceFigure(.workspaceCompletedThisYear(year: year), value: completedThisYear.formatted()),
            ],
            sections: [RunningCohortsSection(cohorts: running)])
    }
}

/// The provider's cohorts running today, with their seats, each linked to its roster.
struct RunningCohortsSection: PageSection {
    var cohorts: [TrainingWorkspaceQuery.RunningCohort]

    func render(_ m: Messages) -> Node<HTML.BodyContext> {
        .section(
            .id("workspace-cohorts"), .attribute(named: "aria-labelledby", value: "cohorts-heading"),
            .h2(.id("cohorts-heading"), .text(m(.workspaceRunningCohorts))),
            cohorts.isEmpty
                ? .p(.class("muted"), .text(m(.workspaceNoRunningCohorts)))
                : .ul(
                    .class("card-list"),
                    .forEach(cohorts) { cohort in
                        .li(
                            .class("card"),
                            .a(.href(SiteURL.cohort(cohort.id).path), .text("\(cohort.programTitle) · \(cohort.name)")),
                            .p(
                                .class("muted"),
                                .text(
                                    "\(cohort.startsOn) – \(cohort.endsOn) · "
                                        + m(
                                            .cohortSeats(
                                                taken: String(cohort.seatsTaken), capacity: String(cohort.capacity))))))
                    }))
    }
}

/// A talent's next sessions: when, what, in which course.
struct UpcomingSessionsSection: PageSection {
    var sessions: [TrainingWorkspaceQuery.UpcomingSession]

    func render(_ m: Messages) -> Node<HTML.BodyContext> {
        .section(
            .id("workspace-sessions"), .attribute(named: "aria-labelledby", value: "sessions-heading"),
            .h2(.id("sessions-heading"), .text(m(.workspaceNextSessions))),
            sessions.isEmpty
                ? .p(
                    .class("muted"), .text(m(.workspaceNoSessions) + " "),
                    .a(.href(SiteURL.trainingCatalogue.path), .text(m(.workspaceBrowseTraining))))
                : .ul(
                    .class("card-list"),
                    .forEach(sessions) { session in
                        .li(
                            .class("card"),
                            .p(
                                .strong(.text(session.date)),
                                .text(" · \(StudyHours(minutes: session.minutes)) h · \(session.topic)")),
                            .p(.class("muted"), .text("\(session.programTitle) · \(session.cohortName)")))
                    }))
    }
}
