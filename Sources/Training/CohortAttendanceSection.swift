import Foundation
import SiteKit
import TalentDomain

/// The cohort page's 考勤 (issue 17): one session at a time, every student in progress in
/// one table, one submit. A session with nothing recorded yet has everyone ticked present
/// at the session's hours, so a full class takes one click.
package struct CohortAttendanceSection {
    /// What a refused submission sent, shown again as it was.
    package struct Draft {
        var sessionID: UUID
        var present: Set<UUID>
        var hours: [UUID: String]
    }

    var cohortID: UUID
    var sessions: [CohortSession]
    /// The enrolments in progress, in roster order.
    var students: [Enrollment]
    /// Minutes by enrolment and session, of every enrolment on the roster.
    var attendance: [UUID: [UUID: Int]]
    /// The session asked for (`?session=`); the latest held by `today` otherwise.
    var requested: UUID?
    var draft: Draft?
    var today: CalendarDate
    var errors: FieldErrors.Shown
    var csrf: String

    /// The session shown: the one asked for, else the latest whose day has come, else the first.
    var session: CohortSession? {
        let wanted = draft?.sessionID ?? requested
        if let wanted, let asked = sessions.first(where: { $0.id == wanted }) { return asked }
        return sessions.last { CalendarDate($0.date).map { $0 <= today } ?? false } ?? sessions.first
    }

    func render(_ m: Messages) -> Node<HTML.BodyContext> {
        .section(
            .id("attendance"), .attribute(named: "aria-labelledby", value: "attendance-heading"),
            .h2(.id("attendance-heading"), .text(m(.attendanceTitle))),
            body(m))
    }

    private func body(_ m: Messages) -> Node<HTML.BodyContext> {
        guard let session, let sessionID = session.id else {
            return .p(.class("muted"), .text(m(.attendanceNoSessions)))
        }
        let notYet = EnrollmentStore.attendanceNotYet(session, today: today)
        return .group(
            chooser(m, selected: sessionID),
            .unwrap(errors["sessionID"]) { .p(.class("field__error"), .text($0)) },
            notYet.map { .p(.class("muted"), .id("attendance-not-yet"), .text(m($0))) }
                ?? (students.isEmpty
                    ? .p(.class("muted"), .text(m(.attendanceNoStudents))) : grid(m, session, id: sessionID)))
    }

    /// A GET form: which session the table is of. Works without a script.
    private func chooser(_ m: Messages, selected: UUID) -> Node<HTML.BodyContext> {
        .form(
            .id("attendance-session-form"), .class("search-form"), .method(.get),
            .action(SiteURL.cohort(cohortID).path + "#attendance"),
            FormParts.select(
                id: "attendance-session", name: "session", label: m(.attendanceSession),
                options: sessions.map { ($0.id?.uuidString ?? "", "\($0.date) · \($0.topic) · \($0.hours) h") },
                selected: selected.uuidString),
            .button(.type(.submit), .class("button button--secondary"), .text(m(.attendanceShow))))
    }

    private func grid(_ m: Messages, _ session: CohortSession, id sessionID: UUID) -> Node<HTML.BodyContext> {
        let recorded = attendance.values.contains { $0[sessionID] != nil }
        return .form(
            .id("attendance-form"), .method(.post), .action(SiteURL.sessionAttendance(sessionID).path),
            .data(named: "session", value: sessionID.uuidString),
            FormParts.csrf(csrf),
            .p(.class("field__hint"), .text(m(.attendanceHint) + (recorded ? "" : " " + m(.attendanceNotRecordedYet)))),
            .div(
                .class("table-wrap"),
                .table(
                    .class("data-table roster-grid"), .id("attendance-grid"),
                    .thead(
                        .tr(
                            .th(.text(m(.columnName))), .th(.text(m(.attendancePresent))),
                            .th(.text(m(.attendanceHours))))),
                    .tbody(
                        .group(students.map { row(m, $0, session: session, recorded: recorded) })))),
            .button(.type(.submit), .class("button"), .text(m(.attendanceSave))))
    }

    private func row(_ m: Messages, _ student: Enrollment, session: CohortSession, recorded: Bool)
        -> Node<HTML.TableContext>
    {
        let id = student.id ?? UUID()
        let sessionID = session.id ?? UUID()
        let minutes = attendance[id]?[sessionID]
        let present = draft.map { $0.present.contains(id) } ?? (recorded ? minutes != nil : true)
        let hours = draft?.hours[id] ?? minutes.map { StudyHours(minutes: $0).description } ?? session.hours.description
        let name = student.talent.name
        let error = errors["hours-\(id.uuidString)"]
        return .tr(
            .data(named: "student", value: name),
            .th(.attribute(named: "scope", value: "row"), .text(name)),
            .td(
                .input(
                    .type(.checkbox), .name("present-\(id.uuidString)"), .value("on"),
                    .id("present-\(id.uuidString)"),
                    .attribute(named: "aria-label", value: m(.attendancePresentOf(name: name))),
                    .attribute(named: "checked", value: present ? "checked" : nil))),
            .td(
                .attribute(named: "class", value: error == nil ? nil : "field--error"),
                .unwrap(error) { .p(.id("hours-\(id.uuidString)-error"), .class("field__error"), .text($0)) },
                .input(
                    .type(.text), .name("hours-\(id.uuidString)"), .value(hours), .id("hours-\(id.uuidString)"),
                    .class("roster-grid__hours"), .attribute(named: "inputmode", value: "decimal"),
                    .attribute(named: "aria-label", value: m(.attendanceHoursOf(name: name))),
                    .attribute(named: "aria-describedby", value: error == nil ? nil : "hours-\(id.uuidString)-error"),
                    .attribute(named: "aria-invalid", value: error == nil ? nil : "true"))))
    }
}
