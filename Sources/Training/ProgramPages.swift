import Foundation
import Organizations
import Reference
import SiteKit
import TalentDomain

/// `/training`: the public catalogue of programs.
package struct ProgramCataloguePageModel {
    package var programs: [Program]
    package var filter: ProgramQuery.Filter
    package var canManage: Bool

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let any = [("", m(.filterAny))]
        return layout.render(
            title: m(.trainingTitle), description: m(.trainingIntro),
            body: .group(
                .h1(.text(m(.trainingTitle))),
                .p(.class("lead"), .text(m(.trainingIntro))),
                .if(canManage, .p(.a(.class("button"), .href(SiteURL.trainingManage.path), .text(m(.trainingManage))))),
                .form(
                    .method(.get), .action(SiteURL.trainingCatalogue.path), .class("filters"),
                    .attribute(named: "aria-label", value: m(.talentsFilters)),
                    FormParts.select(
                        id: "f-kind", name: "kind", label: m(.programKind),
                        options: any + ProgramKind.allCases.map { ($0.rawValue, m.programKind($0)) },
                        selected: filter.kind?.rawValue),
                    FormParts.field(
                        .init(
                            id: "f-year", name: "year", label: m(.programYear), type: .number,
                            value: filter.year.map(String.init) ?? "", required: false)),
                    .button(.type(.submit), .class("button"), .text(m(.talentsSearch)))),
                programs.isEmpty
                    ? .p(.class("muted"), .text(m(.trainingEmpty)))
                    : .ul(
                        .class("card-list"),
                        .forEach(programs) { program in
                            .li(
                                .class("card"), .data(named: "program", value: program.id?.uuidString ?? ""),
                                .h2(.a(.href(SiteURL.program(program.id ?? UUID()).path), .text(program.title))),
                                .p(
                                    .span(.class("badge"), .text(m.programKind(program.kind))), .text(" "),
                                    .span(.class("badge"), .text(m.programStatus(program.status)))),
                                .p(
                                    .text(
                                        "\(program.provider.name) · \(program.startsOn) – \(program.endsOn) · "
                                            + m.delivery(program.delivery) + (program.place.map { " · \($0)" } ?? ""))),
                                .p(
                                    .text(
                                        m(.programFee) + m.colon + Money(fen: program.feeFen).formatted
                                            + (program.vouchersApply ? " · " + m(.programVouchersApply) : ""))))
                        })
            ))
    }
}

/// `/training/manage`: the programs a provider runs (or, for staff, all), drafts included.
package struct ProgramManagePageModel {
    package var programs: [Program]
    package var canCreate: Bool

    package func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.trainingManage),
            body: .group(
                .h1(.text(m(.trainingManage))),
                .if(canCreate, .p(.a(.class("button"), .href(SiteURL.newProgram.path), .text(m(.programNew))))),
                programs.isEmpty
                    ? .p(.class("muted"), .text(m(.trainingEmpty)))
                    : .scrollableTable(
                        label: m(.trainingManage),
                        .table(
                            .class("data-table"),
                            .thead(
                                .tr(
                                    .th(.text(m(.programTitle))), .th(.text(m(.programKind))),
                                    .th(.text(m(.talentStatus))),
                                    .th(.text(m(.programStartsOn))), .th(.text(m(.programProvider))))),
                            .tbody(
                                .forEach(programs) { program in
                                    .tr(
                                        .td(
                                            .a(.href(SiteURL.program(program.id ?? UUID()).path), .text(program.title))),
                                        .td(.text(m.programKind(program.kind))),
                                        .td(.text(m.programStatus(program.status))),
                                        .td(.text(program.startsOn)), .td(.text(program.provider.name)))
                                })))
            ))
    }
}

/// `/training/programs/new` and `/training/programs/{id}/edit`.
package struct ProgramFormPageModel {
    package var input: ProgramInput
    package var program: Program?
    package var errors: FieldErrors
    package var providers: [Organization]
    package var occupations: [Occupation]
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let errors = self.errors.shown(in: m)
        let title = program == nil ? m(.programNew) : m(.programEdit)
        let none = [("", m(.filterAny))]
        func field(
            _ id: String, _ name: String, _ label: Message, _ value: String?, type: HTMLInputType = .text,
            required: Bool = false, hint: String? = nil
        ) -> Node<HTML.FormContext> {
            FormParts.field(
                .init(
                    id: id, name: name, label: m(label), type: type, value: value ?? "",
                    error: errors[name], required: required, hint: hint))
        }
        func select(_ name: String, _ label: Message, _ options: [(String, String)], _ value: String?) -> Node<
            HTML.FormContext
        > {
            FormParts.select(
                id: "p-\(name)", name: name, label: m(label), options: options, selected: value, error: errors[name])
        }
        let action = program.map { SiteURL.editProgram($0.id ?? UUID()).path } ?? SiteURL.programs.path
        return layout.render(
            title: title,
            body: .group(
                .h1(.text(title)),
                .p(.class("lead"), .text(m(.programFormIntro))),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                .form(
                    .id("program-form"), .method(.post), .action(action), FormParts.csrf(csrf),
                    .if(
                        !providers.isEmpty,
                        select(
                            "providerID", .programProvider,
                            providers.map { ($0.id?.uuidString ?? "", $0.name) }, input.providerID)),
                    select(
                        "kind", .programKind, ProgramKind.allCases.map { ($0.rawValue, m.programKind($0)) }, input.kind),
                    field("p-title", "title", .programTitle, input.title, required: true),
                    field("p-measure", "measure", .columnMeasure, input.measure, hint: m(.programMeasureHint)),
                    .fieldset(
                        .element(named: "legend", text: m(.programContentLegend)),
                        select(
                            "occupationCode", .programOccupation,
                            none + occupations.map { ($0.id ?? "", $0.codedName(m.language)) },
                            input.occupationCode),
                        field("p-direction", "direction", .programDirection, input.direction),
                        select(
                            "engineerLevel", .programEngineerLevel,
                            none + EngineerLevel.allCases.map { ($0.rawValue, m.level($0)) },
                            input.engineerLevel),
                        select(
                            "skillLevel", .talentSkillLevel,
                            none + SkillLevel.allCases.map { ($0.rawValue, m.skillLevel($0)) },
                            input.skillLevel),
                        field("p-theme", "theme", .programTheme, input.theme),
                        FormParts.textarea(
                            id: "p-experts", name: "experts", label: m(.programExperts), value: input.experts,
                            hint: m(.programExpertsHint), error: errors["experts"]),
                        field("p-format", "format", .programFormat, input.format),
                        FormParts.textarea(
                            id: "p-description", name: "description", label: m(.programDescription),
                            value: input.description, error: errors["description"])
                    ),
                    .fieldset(
                        .element(named: "legend", text: m(.programScheduleLegend)),
                        field(
                            "p-capacity", "capacity", .programCapacity, input.capacity, type: .number, required: true),
                        field("p-starts", "startsOn", .programStartsOn, input.startsOn, type: .date, required: true),
                        field("p-ends", "endsOn", .programEndsOn, input.endsOn, type: .date, required: true),
                        select(
                            "delivery", .programDelivery, DeliveryMode.allCases.map { ($0.rawValue, m.delivery($0)) },
                            input.delivery),
                        field("p-place", "place", .programPlace, input.place),
                        field("p-fee", "fee", .programFee, input.fee, hint: m(.programFeeHint)),
                        checkbox(
                            "p-vouchers", "vouchersApply", m(.programVouchersApply), input.vouchersApply.isChecked),
                        checkbox(
                            "p-subsidies", "subsidiesApply", m(.programSubsidiesApply), input.subsidiesApply.isChecked),
                        field(
                            "p-attendance", "minAttendancePercent", .programMinAttendance, input.minAttendancePercent,
                            type: .number)
                    ),
                    .fieldset(
                        .element(named: "legend", text: m(.programRequirementLegend)),
                        .p(.class("field__hint"), .text(m(.programRequirementHint))),
                        select(
                            "requireCertificateKind", .programRequireCertificate,
                            none
                                + [CertificateKind.trainingCompletion, .technicalGrade].map {
                                    ($0.rawValue, m.certificateKind($0))
                                },
                            input.requireCertificateKind),
                        select(
                            "requireCertificateLevel", .programRequireCertificateLevel,
                            none + EngineerLevel.allCases.map { ($0.rawValue, m.level($0)) },
                            input.requireCertificateLevel),
                        field(
                            "p-years", "requireYearsInField", .programRequireYears, input.requireYearsInField,
                            type: .number),
                        select(
                            "requireEducation", .programRequireEducation,
                            none + EducationLevel.allCases.map { ($0.rawValue, m.education($0)) },
                            input.requireEducation),
                        select(
                            "requireSkillLevel", .programRequireSkillLevel,
                            none + SkillLevel.allCases.map { ($0.rawValue, m.skillLevel($0)) }, input.requireSkillLevel)
                    ),
                    .button(
                        .type(.submit), .class("button"), .text(program == nil ? m(.programCreate) : m(.talentSave)))
                )
            ))
    }

    private func checkbox(_ id: String, _ name: String, _ label: String, _ checked: Bool) -> Node<HTML.FormContext> {
        .div(
            .class("field--inline"),
            .input(
                .id(id), .type(.checkbox), .name(name), .value("on"),
                .attribute(named: "checked", value: checked ? "checked" : nil)),
            .label(.for(id), .text(label)))
    }
}
