import Accounts
import Certificates
import Foundation
import SiteKit
import TalentDomain

/// `/training/cohorts/{id}`: the provider's roster — seats and waiting list, sessions,
/// a session's attendance for everyone in one form, results, completion (one by one or
/// of everyone who qualifies) and certificates, enrolment by search.
package struct CohortPageModel {
    package var cohort: Cohort
    package var program: Program
    package var sessions: [CohortSession]
    package var roster: [Enrollment]
    /// Minutes by enrolment and session.
    package var attendance: [UUID: [UUID: Int]]
    package var certificates: [UUID: Certificate]
    /// How many enrolments have each status; the roster lists only the first waiting.
    package var counts: [EnrollmentStatus: Int]
    package var canManage: Bool
    package var imports: [EnrollmentImport]
    package var errors: FieldErrors
    package var notice: String?
    /// A notice with figures (`?notice=…&present=…`), in place of `notice`'s fixed text.
    package var noticeMessage: Message?
    /// Why nobody can complete yet (the last session is to come); nil once they can.
    package var completionNotYet: Message?
    /// The 考勤 table and the enrolment search, for those who manage the cohort.
    var attendanceSection: CohortAttendanceSection?
    var enrolSection: CohortEnrolSection?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let errors = self.errors.shown(in: m)
        let cohortID = cohort.id ?? UUID()
        let scheduled = sessions.reduce(StudyHours.zero) { $0 + $1.hours }
        let title = "\(program.title) · \(cohort.name)"
        return layout.render(
            title: title,
            body: .group(
                .p(.a(.href(SiteURL.program(program.id ?? UUID()).path), .text("← " + program.title))),
                .h1(.text(title)),
                FormParts.notice(noticeMessage.map { m($0) } ?? notice.flatMap { m.trainingNotice($0) }),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                .p(
                    .id("cohort-seats"),
                    .text(
                        "\(cohort.startsOn) – \(cohort.endsOn) · "
                            + m(.cohortDeadlineShort(date: cohort.enrolDeadline)) + " · "
                            + m(
                                .cohortSeats(taken: String(cohort.seatsTaken), capacity: String(cohort.capacity)))
                            + " · "
                            + m(.cohortHours(hours: scheduled.description)))),
                sessionSection(m, cohortID: cohortID),
                .unwrap(attendanceSection) { $0.render(m) },
                rosterSection(m, scheduled: scheduled),
                .if(canManage, completionSection(m, cohortID: cohortID, scheduled: scheduled)),
                .unwrap(enrolSection) { $0.render(m) },
                .if(canManage, editSection(m, cohortID: cohortID)),
                .if(
                    canManage,
                    EnrollmentImportSection(cohortID: cohortID, imports: imports, error: errors["file"], csrf: csrf)
                        .render(m))
            ))
    }

    /// Name and dates; deleting while nobody has enrolled.
    private func editSection(_ m: Messages, cohortID: UUID) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "edit-heading"),
            .h2(.id("edit-heading"), .text(m(.cohortEditTitle))),
            .form(
                .id("cohort-edit-form"), .method(.post), .action(SiteURL.cohortEdit(cohortID).path),
                FormParts.csrf(csrf),
                FormParts.field(
                    .init(
                        id: "ce-name", name: "name", label: m(.cohortName), value: cohort.name,
                        error: errors.shown(in: m)["name"])),
                FormParts.field(
                    .init(
                        id: "ce-deadline", name: "enrolDeadline", label: m(.cohortDeadline), type: .date,
                        value: cohort.enrolDeadline, error: errors.shown(in: m)["enrolDeadline"])),
                FormParts.field(
                    .init(
                        id: "ce-starts", name: "startsOn", label: m(.programStartsOn), type: .date,
                        value: cohort.startsOn, error: errors.shown(in: m)["startsOn"])),
                FormParts.field(
                    .init(
                        id: "ce-ends", name: "endsOn", label: m(.programEndsOn), type: .date,
                        value: cohort.endsOn, error: errors.shown(in: m)["endsOn"])),
                .button(.type(.submit), .class("button"), .text(m(.cohortSave)))),
            .form(
                .id("capacity-form"), .method(.post), .action(SiteURL.cohortCapacity(cohortID).path),
                FormParts.csrf(csrf),
                FormParts.field(
                    .init(
                        id: "c-capacity", name: "capacity", label: m(.programCapacity), type: .number,
                        value: String(cohort.capacity), error: errors.shown(in: m)["capacity"])),
                .button(.type(.submit), .class("button button--secondary"), .text(m(.cohortCapacityChange)))),
            .if(
                counts.values.reduce(0, +) == 0,
                .form(
                    .id("cohort-delete-form"), .method(.post), .action(SiteURL.cohortDelete(cohortID).path),
                    FormParts.csrf(csrf),
                    .button(.type(.submit), .class("button button--secondary"), .text(m(.cohortDelete)))))
        )
    }

    /// 为符合条件者结业: how many meet the rule now, and one confirmed button for them all.
    private func completionSection(_ m: Messages, cohortID: UUID, scheduled: StudyHours) -> Node<HTML.BodyContext> {
        let inProgress = roster.filter { $0.status == .enrolled }
        guard !inProgress.isEmpty else { return .empty }
        let eligible = inProgress.filter { enrollment in
            let attended = StudyHours(minutes: (attendance[enrollment.id ?? UUID()] ?? [:]).values.reduce(0, +))
            return program.completionRule.completion(
                attended: attended, scheduled: scheduled, passed: enrollment.passed, measure: program.measure
            ).isEligible
        }.count
        let action: Node<HTML.BodyContext> =
            if let completionNotYet {
                .p(.class("muted"), .id("completion-not-yet"), .text(m(completionNotYet)))
            } else {
                .form(
                    .id("complete-eligible-form"), .method(.post),
                    .action(SiteURL.cohortCompleteEligible(cohortID).path),
                    .data(named: "confirm", value: m(.completeEligibleConfirm(eligible: String(eligible)))),
                    FormParts.csrf(csrf),
                    .button(.type(.submit), .class("button"), .text(m(.completeEligible))))
            }
        return .section(
            .id("completion"), .attribute(named: "aria-labelledby", value: "completion-heading"),
            .h2(.id("completion-heading"), .text(m(.completionTitle))),
            .p(
                .id("completion-count"), .data(named: "eligible", value: String(eligible)),
                .text(m(.completeEligibleCount(eligible: String(eligible), inProgress: String(inProgress.count))))),
            action)
    }

    /// Named for its session, so a screen reader tells the buttons apart.
    private func deleteSessionForm(_ m: Messages, _ session: CohortSession) -> Node<HTML.BodyContext> {
        .form(
            .class("inline-form"), .method(.post), .action(SiteURL.sessionDelete(session.id ?? UUID()).path),
            FormParts.csrf(csrf),
            .button(
                .type(.submit), .class("button button--small button--secondary"),
                .attribute(named: "aria-label", value: "\(m(.sessionDelete)) \(session.date) \(session.topic)"),
                .text(m(.sessionDelete))))
    }

    private func sessionSection(_ m: Messages, cohortID: UUID) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "sessions-heading"),
            .h2(.id("sessions-heading"), .text(m(.sessionsTitle))),
            sessions.isEmpty
                ? .p(.class("muted"), .text(m(.sessionsEmpty)))
                : .ul(
                    .class("sessions"),
                    .forEach(sessions) { session in
                        .li(
                            .text("\(session.date) · \(session.hours) h · \(session.topic)"),
                            .if(canManage, deleteSessionForm(m, session)))
                    }),
            .if(
                canManage,
                .form(
                    .id("session-form"), .class("inline-form"), .method(.post),
                    .action(SiteURL.cohortSessions(cohortID).path),
                    FormParts.csrf(csrf),
                    FormParts.field(
                        .init(
                            id: "s-date", name: "date", label: m(.sessionDate), type: .date,
                            value: cohort.startsOn, error: errors.shown(in: m)["date"])),
                    FormParts.field(
                        .init(
                            id: "s-hours", name: "hours", label: m(.sessionHours), error: errors.shown(in: m)["hours"])),
                    FormParts.field(
                        .init(
                            id: "s-topic", name: "topic", label: m(.sessionTopic), error: errors.shown(in: m)["topic"])),
                    .button(.type(.submit), .class("button"), .text(m(.sessionAdd)))
                ))
        )
    }

    private func rosterSection(_ m: Messages, scheduled: StudyHours) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "roster-heading"),
            .h2(.id("roster-heading"), .text(m(.rosterTitle))),
            roster.isEmpty
                ? .p(.class("muted"), .text(m(.rosterEmpty)))
                : .scrollableTable(
                    label: m(.rosterTitle),
                    .table(
                        .class("data-table"), .id("roster"),
                        .thead(
                            .tr(
                                .th(.text(m(.columnName))), .th(.text(m(.talentStatus))),
                                .th(.text(m(.rosterAttended))),
                                .th(.text(m(.rosterResult))), .if(canManage, .th(.text(m(.columnActions)))))),
                        .tbody(.forEach(roster) { enrollment in row(m, enrollment, scheduled: scheduled) })
                    )),
            .if(
                roster.count < counts.values.reduce(0, +),
                .p(
                    .id("roster-more"), .class("muted"),
                    .text(
                        m(
                            .rosterListsTruncated(
                                waitlisted: (counts[.waitlisted] ?? 0).formatted(),
                                withdrawn: (counts[.withdrawn] ?? 0).formatted(),
                                shown: String(ProgramQuery.rosterListLimit))))))
        )
    }

    private func row(_ m: Messages, _ enrollment: Enrollment, scheduled: StudyHours) -> Node<HTML.TableContext> {
        let id = enrollment.id ?? UUID()
        let attended = StudyHours(minutes: (attendance[id] ?? [:]).values.reduce(0, +))
        let result: String =
            switch enrollment.passed {
            case nil: "—"
            case true?: m(.resultPass) + (enrollment.score.map { " (\($0))" } ?? "")
            case false?: m(.resultFail) + (enrollment.score.map { " (\($0))" } ?? "")
            }
        let certificate = certificates[id]
        return .tr(
            .data(named: "talent", value: enrollment.talent.name),
            .th(.attribute(named: "scope", value: "row"), .text(enrollment.talent.name)),
            .td(.text(m.enrollmentStatus(enrollment.status))),
            .td(.text("\(attended) / \(scheduled) h")),
            .td(.text(result)),
            .if(canManage, .td(actions(m, enrollment, certificate: certificate)))
        )
    }

    private func actions(_ m: Messages, _ enrollment: Enrollment, certificate: Certificate?) -> Node<HTML.BodyContext> {
        let id = enrollment.id ?? UUID()
        let short = String(id.uuidString.prefix(8))
        let name = enrollment.talent.name
        func post(
            _ action: EnrollmentAction, _ label: String, _ fields: Node<HTML.FormContext> = .empty,
            confirm: Message? = nil
        ) -> Node<HTML.BodyContext> {
            .form(
                .class("inline-form"), .method(.post), .action(SiteURL.enrollmentAction(id, action).path),
                .data(named: "action", value: action.rawValue),
                .attribute(named: "data-confirm", value: confirm.map { m($0) }), FormParts.csrf(csrf), fields,
                .button(
                    .type(.submit),
                    .class(confirm == nil ? "button button--small" : "button button--small button--danger"),
                    .text(label)))
        }
        if let certificate {
            return .a(.href(SiteURL.certificate(certificate.id ?? UUID()).path), .text(m(.certificateView)))
        }
        switch enrollment.status {
        case .enrolled:
            return .group(
                post(
                    .result, m(.resultRecord),
                    .group(
                        FormParts.field(
                            .init(
                                id: "r-score-\(short)", name: "score", label: m(.resultScore), type: .number,
                                value: enrollment.score.map(String.init) ?? "", required: false)),
                        FormParts.select(
                            id: "r-passed-\(short)", name: "passed", label: m(.resultPassed),
                            options: [("pass", m(.resultPass)), ("fail", m(.resultFail))],
                            selected: enrollment.passed == false ? "fail" : "pass"))),
                post(.complete, m(.enrolComplete)),
                post(.notCompleted, m(.enrolNotComplete), confirm: .enrolNotCompleteConfirm(name: name)),
                post(.withdraw, m(.enrolRemove), confirm: .enrolRemoveConfirm(name: name))
            )
        case .waitlisted:
            return post(.withdraw, m(.enrolRemove), confirm: .enrolRemoveConfirm(name: name))
        case .completed:
            let kinds: [CertificateKind] =
                program.skillLevel != nil ? [.trainingCompletion, .skillLevel] : [.trainingCompletion]
            return post(
                .certificate, m(.certificateIssue),
                .group(
                    .if(
                        kinds.count > 1,
                        FormParts.select(
                            id: "i-kind-\(short)", name: "kind", label: m(.certificateKind),
                            options: kinds.map { ($0.rawValue, m.certificateKind($0)) }, selected: nil)),
                    FormParts.field(.init(id: "i-number-\(short)", name: "number", label: m(.certificateNumber))),
                    FormParts.field(
                        .init(
                            id: "i-date-\(short)", name: "issuedOn", label: m(.certificateIssuedOn), type: .date,
                            value: enrollment.completedOn ?? "", required: false))))
        case .withdrawn, .notCompleted:
            return .empty
        }
    }
}
