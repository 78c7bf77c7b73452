import Foundation
import Organizations
import Reference
import SiteKit
import TalentDomain

/// `/training/programs/{id}`: what the program is, its entry requirement and cohorts —
/// with an application form for a signed-in talent, and the provider's controls.
package struct ProgramPageModel {
    package var program: Program
    package var occupation: Occupation?
    package var cohorts: [(cohort: Cohort, sessions: [CohortSession])]
    package var canManage: Bool
    package var isTalent: Bool
    package var signedIn: Bool
    /// The viewing talent's enrolments, by cohort id.
    package var own: [UUID: Enrollment]
    /// What the viewing talent could pay for this program with (their vouchers).
    package var paymentOptions: [PaymentOption]
    package var errors: FieldErrors
    package var notice: String?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let errors = self.errors.shown(in: m)
        let id = program.id ?? UUID()
        return layout.render(
            title: program.title, description: program.description,
            body: .group(
                .article(
                    .h1(.text(program.title)),
                    .p(
                        .span(.class("badge"), .text(m.programKind(program.kind))), .text(" "),
                        .span(.class("badge"), .id("program-status"), .text(m.programStatus(program.status)))),
                    FormParts.notice(notice.flatMap { m.trainingNotice($0) }),
                    FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                    facts(m),
                    .if(!program.description.isEmpty, .p(.text(program.description))),
                    requirement(m),
                    cohortSection(m, programID: id),
                    .if(canManage, manageSection(m, programID: id))
                )
            ))
    }

    private func facts(_ m: Messages) -> Node<HTML.BodyContext> {
        let lang = m.language
        var rows: [(String, String)] = [
            (m(.programProvider), program.provider.name),
            (m(.columnMeasure), program.measure),
            (m(.programDates), "\(program.startsOn) – \(program.endsOn)"),
            (m(.programDelivery), m.delivery(program.delivery) + (program.place.map { " · \($0)" } ?? "")),
            (m(.programFee), Money(fen: program.feeFen).formatted),
        ]
        if let occupation {
            rows.append((m(.programOccupation), occupation.codedName(lang)))
        }
        if let direction = program.direction { rows.append((m(.programDirection), direction)) }
        if let level = program.engineerLevel { rows.append((m(.programEngineerLevel), m.level(level))) }
        if let level = program.skillLevel { rows.append((m(.talentSkillLevel), m.skillLevel(level))) }
        if let theme = program.theme { rows.append((m(.programTheme), theme)) }
        if !program.expertList.isEmpty {
            rows.append((m(.programExperts), program.expertList.joined(separator: lang == .zh ? "、" : ", ")))
        }
        if let format = program.format { rows.append((m(.programFormat), format)) }
        var support: [String] = []
        if program.vouchersApply { support.append(m(.programVouchersApply)) }
        if program.subsidiesApply { support.append(m(.programSubsidiesApply)) }
        if !support.isEmpty { rows.append((m(.programSupport), support.joined(separator: lang == .zh ? "；" : "; "))) }
        rows.append((m(.programMinAttendance), "\(program.minAttendancePercent)%"))
        return .dl(.class("facts"), .forEach(rows) { row in .group(.dt(.text(row.0)), .dd(.text(row.1))) })
    }

    private func requirement(_ m: Messages) -> Node<HTML.BodyContext> {
        let clauses = program.entryRequirement.anyOf
        return .section(
            .attribute(named: "aria-labelledby", value: "requirement-heading"),
            .h2(.id("requirement-heading"), .text(m(.programRequirementLegend))),
            clauses.isEmpty
                ? .p(.text(m(.programNoRequirement)))
                : .group(.p(.text(m(.programRequirementAny))), .ul(.forEach(clauses) { .li(.text(m.clause($0))) }))
        )
    }

    private func cohortSection(_ m: Messages, programID: UUID) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "cohorts-heading"),
            .h2(.id("cohorts-heading"), .text(m(.cohortsTitle))),
            cohorts.isEmpty
                ? .p(.class("muted"), .text(m(.cohortsEmpty)))
                : .forEach(cohorts) { entry in
                    let cohort = entry.cohort
                    let hours = entry.sessions.reduce(StudyHours.zero) { $0 + $1.hours }
                    return .div(
                        .class("card"), .data(named: "cohort", value: cohort.name),
                        .h3(
                            canManage
                                ? .a(.href(SiteURL.cohort(cohort.id ?? UUID()).path), .text(cohort.name))
                                : .text(cohort.name)),
                        .p(
                            .text(
                                "\(cohort.startsOn) – \(cohort.endsOn) · "
                                    + m(.cohortDeadlineShort(date: cohort.enrolDeadline)) + " · "
                                    + m(
                                        .cohortSeats(
                                            taken: String(cohort.seatsTaken), capacity: String(cohort.capacity)))
                                    + " · " + m(.cohortHours(hours: hours.description)))),
                        .if(
                            !entry.sessions.isEmpty,
                            .ul(
                                .class("sessions"),
                                .forEach(entry.sessions) { session in
                                    .li(.text("\(session.date) · \(session.hours) h · \(session.topic)"))
                                })),
                        applyArea(m, cohort: cohort, programID: programID)
                    )
                }
        )
    }

    /// A talent sees where they stand in the cohort, or a form to apply.
    private func applyArea(_ m: Messages, cohort: Cohort, programID: UUID) -> Node<HTML.BodyContext> {
        let cohortID = cohort.id ?? UUID()
        if let enrollment = own[cohortID], enrollment.status != .withdrawn {
            return .div(
                .class("own-enrollment"),
                .p(.text(m(.enrolYourStatus) + m.colon + m.enrollmentStatus(enrollment.status))),
                .if(
                    enrollment.status.canWithdraw,
                    .form(
                        .method(.post), .action(SiteURL.enrollmentAction(enrollment.id ?? UUID(), .withdraw).path),
                        .data(named: "confirm", value: m(.enrolWithdrawConfirm)), FormParts.csrf(csrf),
                        .button(.type(.submit), .class("button button--danger"), .text(m(.enrolWithdraw))))))
        }
        guard program.status.takesApplications else { return .empty }
        guard signedIn else {
            return .p(
                .a(
                    .href(SiteURL.login.path + "?next=" + percentEncode(SiteURL.program(programID).path)),
                    .text(m(.enrolSignInToApply))))
        }
        guard isTalent else { return .empty }
        let fieldID = "years-\(cohortID.uuidString.prefix(8))"
        return .form(
            .class("apply-form"), .method(.post), .action(SiteURL.cohortEnrollments(cohortID).path),
            FormParts.csrf(csrf),
            FormParts.field(
                .init(
                    id: fieldID, name: "yearsInField", label: m(.enrolYearsInField), type: .number,
                    error: errors.shown(in: m)["yearsInField"], required: false, hint: m(.enrolYearsHint))),
            .if(
                !paymentOptions.isEmpty,
                FormParts.select(
                    id: "voucher-\(cohortID.uuidString.prefix(8))", name: "voucherID", label: m(.voucherUse),
                    options: [("", m(.voucherNone))]
                        + paymentOptions.map { option in
                            (
                                option.id.uuidString,
                                "\(option.value.formatted) · \(m(.voucherExpiresOn)) \(option.expiresOn)"
                            )
                        }, selected: paymentOptions.first?.id.uuidString, error: errors.shown(in: m)["voucherID"])),
            .button(.type(.submit), .class("button"), .text(m(.enrolApply)))
        )
    }

    private func manageSection(_ m: Messages, programID: UUID) -> Node<HTML.BodyContext> {
        .section(
            .class("manage"), .attribute(named: "aria-labelledby", value: "manage-heading"),
            .h2(.id("manage-heading"), .text(m(.programManageHeading))),
            .if(
                program.status == .draft || program.status == .open,
                .p(.a(.href(SiteURL.editProgram(programID).path), .text(m(.programEdit))))),
            .div(
                .class("button-row"),
                .forEach(program.status.next) { next in
                    .form(
                        .method(.post), .action(SiteURL.programStatus(programID).path), FormParts.csrf(csrf),
                        .input(.type(.hidden), .name("to"), .value(next.rawValue)),
                        .button(
                            .type(.submit), .class("button button--secondary"),
                            .data(named: "to", value: next.rawValue),
                            .text(m.programMove(next))))
                }),
            .if(
                program.status != .finished && program.status != .archived,
                .form(
                    .id("cohort-form"), .method(.post), .action(SiteURL.programCohorts(programID).path),
                    FormParts.csrf(csrf),
                    .h3(.text(m(.cohortNew))),
                    FormParts.field(
                        .init(
                            id: "c-name", name: "name", label: m(.cohortName), error: errors.shown(in: m)["name"],
                            hint: m(.cohortNameHint))),
                    FormParts.field(
                        .init(
                            id: "c-capacity", name: "capacity", label: m(.programCapacity), type: .number,
                            value: String(program.capacity), error: errors.shown(in: m)["capacity"])),
                    FormParts.field(
                        .init(
                            id: "c-deadline", name: "enrolDeadline", label: m(.cohortDeadline), type: .date,
                            value: program.startsOn, error: errors.shown(in: m)["enrolDeadline"])),
                    FormParts.field(
                        .init(
                            id: "c-starts", name: "startsOn", label: m(.programStartsOn), type: .date,
                            value: program.startsOn, error: errors.shown(in: m)["startsOn"])),
                    FormParts.field(
                        .init(
                            id: "c-ends", name: "endsOn", label: m(.programEndsOn), type: .date,
                            value: program.endsOn, error: errors.shown(in: m)["endsOn"])),
                    .button(.type(.submit), .class("button"), .text(m(.cohortCreate)))
                ))
        )
    }
}
