import Foundation
import Organizations
import Reference
import SiteKit
import TalentDomain

/// The form staff use to enter a profile into the talent pool.
package struct TalentFormPageModel {
    package var input: TalentInput
    package var errors: FieldErrors
    package var districts: [District]
    package var organizations: [Organization]
    /// The chosen employer's name, shown for its id.
    package var employerName: String?
    /// What the occupation picker offers.
    package var occupations: [Occupation]
    package var csrf: String
    /// Editing an existing profile rather than entering a new one.
    package var editing: Editing? = nil
    /// The viewer records categories and key groups (`ResourceKind.talentClassification`).
    package var classifies: Bool

    package struct Editing {
        package var id: UUID
        package var residentIDMasked: String
        /// A talent editing their own profile: employer, categories and key groups, which
        /// decide eligibility, stay with staff.
        package var own: Bool
    }

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let errors = self.errors.shown(in: m)
        let lang = layout.language
        let policy = layout.policy
        let staffFields = !(editing?.own ?? false)
        let title = editing == nil ? m(.talentNewTitle) : m(.talentEditTitle)
        return layout.render(
            title: title,
            body: .group(
                .h1(.text(title)),
                .p(.class("lead"), .text(editing == nil ? m(.talentNewIntro) : m(.talentEditIntro))),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                .form(
                    .id("talent-form"), .action(editing.map { SiteURL.editTalent($0.id).path } ?? SiteURL.talents.path),
                    .method(.post),
                    FormParts.csrf(csrf),
                    FormParts.field(
                        .init(
                            id: "talent-name", name: "name", label: m(.talentName),
                            value: input.name ?? "", error: errors["name"])),
                    .unwrap(
                        editing,
                        { editing in
                            .div(
                                .class("field"), .p(.class("field__label"), .text(m(.talentResidentID))),
                                .p(.id("talent-resident-id"), .text(editing.residentIDMasked)))
                        },
                        else: FormParts.field(
                            .init(
                                id: "talent-resident-id", name: "residentID", label: m(.talentResidentID),
                                value: input.residentID ?? "", error: errors["residentID"],
                                autocomplete: "off", hint: m(.talentResidentIDHint)))),
                    FormParts.field(
                        .init(
                            id: "talent-mobile", name: "mobile", label: m(.userMobile), type: .tel,
                            value: input.mobile ?? "", error: errors["mobile"], required: false)),
                    FormParts.field(
                        .init(
                            id: "talent-email", name: "email", label: m(.userEmail), type: .email,
                            value: input.email ?? "", error: errors["email"], required: false)),
                    FormParts.select(
                        id: "talent-district", name: "districtCode", label: m(.organizationDistrict),
                        options: [("", m(.selectPlaceholder))]
                            + districts.map { ($0.id ?? "", lang == .zh ? $0.nameZh : $0.nameEn) },
                        selected: input.districtCode, error: errors["districtCode"]),
                    FormParts.select(
                        id: "talent-education", name: "educationLevel", label: m(.talentEducation),
                        options: [("", "—")] + EducationLevel.allCases.map { ($0.rawValue, m.education($0)) },
                        selected: input.educationLevel, error: errors["educationLevel"]),
                    FormParts.field(
                        .init(
                            id: "talent-school", name: "school", label: m(.talentSchool),
                            value: input.school ?? "", error: errors["school"], required: false)),
                    FormParts.field(
                        .init(
                            id: "talent-major", name: "major", label: m(.talentMajor),
                            value: input.major ?? "", error: errors["major"], required: false)),
                    FormParts.field(
                        .init(
                            id: "talent-graduation", name: "graduationYear", label: m(.talentGraduationYear),
                            type: .number, value: input.graduationYear ?? "", error: errors["graduationYear"],
                            required: false)),
                    FormParts.field(
                        .init(
                            id: "talent-field-work", name: "fieldWorkSince", label: m(.talentFieldWorkSince),
                            type: .month, value: input.fieldWorkSince ?? "", error: errors["fieldWorkSince"],
                            required: false, hint: m(.talentFieldWorkSinceHint))),
                    .if(
                        staffFields,
                        // Typed, with the organisations as suggestions: a list of 500 left out the
                        // rest, and saving a profile whose employer was not among them cleared it.
                        FormParts.field(
                            .init(
                                id: "talent-employer", name: "employerID", label: m(.talentEmployer),
                                value: employerName ?? input.employerID ?? "", error: errors["employerID"],
                                required: false, hint: m(.talentEmployerHint),
                                suggestions: organizations.map(\.name)))),
                    OccupationPicker(
                        id: "talent-occupations", chosen: OccupationPicker.codes(input.occupations),
                        catalogue: occupations, error: errors["occupations"]
                    ).render(m),
                    FormParts.field(
                        .init(
                            id: "talent-skills", name: "skills", label: m(.talentSkills),
                            value: input.skills ?? "", error: errors["skills"], required: false,
                            hint: m(.talentSkillsHint))),
                    .if(
                        staffFields && classifies,
                        checkboxes(
                            legend: m(.talentCategories), name: "categories[]", idPrefix: "category",
                            options: policy.talentCategories.map { ($0.code, $0.name.text(lang)) },
                            checked: Set(input.categories ?? []), error: errors["categories"])),
                    .if(
                        staffFields && classifies,
                        checkboxes(
                            legend: m(.talentKeyGroups), name: "keyGroups[]", idPrefix: "keygroup",
                            options: policy.keyGroups.map { ($0.code, $0.name.text(lang)) },
                            checked: Set(input.keyGroups ?? []), error: errors["keyGroups"])),
                    .if(
                        editing == nil,
                        checkboxes(
                            legend: m(.talentConsentLegend), name: "consent", idPrefix: "consent",
                            options: [("yes", m(.talentConsentText))],
                            checked: input.consent == "yes" ? ["yes"] : [], error: errors["consent"])),
                    .button(.type(.submit), .class("button"), .text(editing == nil ? m(.talentCreate) : m(.talentSave)))
                )
            ))
    }

    private func checkboxes(
        legend: String, name: String, idPrefix: String, options: [(String, String)],
        checked: Set<String>, error: String?
    ) -> Node<HTML.FormContext> {
        .fieldset(
            .class(error == nil ? "field" : "field field--error"),
            .element(named: "legend", text: legend),
            .unwrap(error) { .p(.class("field__error"), .text($0)) },
            .forEach(options) { code, label in
                .div(
                    .class("field--inline"),
                    .input(
                        .id("\(idPrefix)-\(code)"), .type(.checkbox), .name(name), .value(code),
                        .attribute(named: "checked", value: checked.contains(code) ? "checked" : nil)),
                    .label(.for("\(idPrefix)-\(code)"), .text(label)))
            }
        )
    }
}

/// One talent's profile. Identifiers appear in full only when the controller decrypted
/// them for a role that may see them; otherwise masked.
package struct TalentProfilePageModel {
    package var talent: Talent
    package var attributes: [TalentAttribute]
    package var employer: Organization?
    package var district: District?
    package var occupations: [Occupation]
    /// The full numbers, when read with the page's button.
    package var residentID: String?
    package var mobile: String?
    /// For a reader the policy names: the token of the button that reads the full numbers.
    package var revealCSRF: String?
    /// The day the years in the field are counted to.
    package var today: CalendarDate
    package var created: Bool
    package var saved = false
    package var canEdit = false
    /// Set when the viewer is the talent themself: their erasure request, if any.
    package var own: Own?
    /// Other capabilities' sections (certificates, education hours), in order.
    package var sections: [any PageSection] = []

    package struct Own {
        package var csrf: String
        package var pendingSince: Date?
        /// `requested` or `unconfirmed`, after the erasure form was sent.
        package var outcome: String?
    }

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let lang = layout.language
        let policy = layout.policy
        let codes = { (kind: TalentAttribute.Kind) in self.attributes.filter { $0.kind == kind }.map(\.code) }
        let categories = codes(.category).compactMap { code in
            policy.talentCategories.first { $0.code == code }?.name.text(lang)
        }
        let keyGroups = codes(.keyGroup).compactMap { code in
            policy.keyGroups.first { $0.code == code }?.name.text(lang)
        }
        let separator = lang == .zh ? "、" : ", "
        func fact(_ label: Message, _ value: String?) -> Node<HTML.DescriptionListContext> {
            .group(.dt(.text(m(label))), .dd(.text(value.flatMap { $0.isEmpty ? nil : $0 } ?? "—")))
        }
        let erased = talent.status == "erased"
        return layout.render(
            title: erased ? m(.statusErased) : talent.name,
            body: .group(
                .h1(.text(erased ? m(.statusErased) : talent.name)),
                FormParts.notice(created ? m(.talentCreated) : saved ? m(.talentSaved) : nil),
                .if(
                    canEdit && !erased,
                    .p(
                        .class("actions"),
                        .a(
                            .class("button button--secondary"), .href(SiteURL.editTalent(talent.id ?? UUID()).path),
                            .text(m(.talentEditLink))))),
                .unwrap(revealCSRF) { csrf in
                    .form(
                        .class("inline-form"), .id("reveal-identifiers"), .method(.post),
                        .action(SiteURL.talentIdentifiers(talent.id ?? UUID()).path), FormParts.csrf(csrf),
                        .button(
                            .type(.submit), .class("button button--secondary button--small"),
                            .text(m(.talentRevealIdentifiers))),
                        .span(.class("field__hint"), .text(m(.talentRevealHint))))
                },
                .dl(
                    .class("facts"), .id("talent-profile"),
                    fact(.talentResidentID, residentID ?? talent.residentIDMasked),
                    fact(.talentGender, talent.gender == "female" ? m(.genderFemale) : m(.genderMale)),
                    fact(.talentBirthDate, talent.birthDate),
                    fact(.userMobile, mobile ?? talent.mobileMasked),
                    fact(.userEmail, talent.email),
                    fact(.organizationDistrict, district.map { lang == .zh ? $0.nameZh : $0.nameEn }),
                    fact(
                        .talentEducation, talent.educationLevel.flatMap(EducationLevel.init(rawValue:)).map(m.education)
                    ),
                    fact(.talentSchool, talent.school),
                    fact(.talentMajor, talent.major),
                    fact(.talentGraduationYear, talent.graduationYear.map(String.init)),
                    fact(.talentEmployer, employer?.name),
                    fact(
                        .talentFieldWorkSince,
                        talent.fieldWorkStart.map { start in
                            m(
                                .talentFieldWorkYears(
                                    since: start.description, years: String(start.fullYears(on: today))))
                        }),
                    fact(
                        .talentOccupations,
                        occupations.map { $0.codedName(lang) }
                            .joined(separator: separator)),
                    fact(.talentSkills, talent.skillList.joined(separator: separator)),
                    fact(.talentCategories, categories.joined(separator: separator)),
                    fact(.talentKeyGroups, keyGroups.joined(separator: separator)),
                    fact(.talentTitleLevel, talent.titleLevel.flatMap(TitleLevel.init(rawValue:)).map(m.titleLevel)),
                    fact(.talentSkillLevel, talent.skillLevel.flatMap(SkillLevel.init(rawValue:)).map(m.skillLevel)),
                    fact(.talentConsent, "\(ZiboTime.day(talent.consentAt)) · \(talent.consentVersion)"),
                    fact(.talentStatus, m.talentStatus(talent.status))
                ),
                .forEach(sections) { $0.render(m) },
                .unwrap(own) { erasureSection($0, m) }
            ))
    }

    /// The talent's own way to ask for erasure, or the state of their request.
    private func erasureSection(_ own: Own, _ m: Messages) -> Node<HTML.BodyContext> {
        .section(
            .id("erasure"), .attribute(named: "aria-labelledby", value: "erasure-heading"),
            .h2(.id("erasure-heading"), .text(m(.erasureHeading))),
            .p(.text(m(.erasureExplain))),
            .unwrap(
                own.pendingSince,
                { since in
                    .p(
                        .class("notice"), .attribute(named: "role", value: "status"),
                        .text(
                            own.outcome == "requested"
                                ? m(.erasureRequested) : m(.erasurePending(date: ZiboTime.day(since)))))
                },
                else: .form(
                    .method(.post), .action(SiteURL.erasureRequest.path),
                    FormParts.csrf(own.csrf),
                    .if(
                        own.outcome == "unconfirmed",
                        .p(
                            .class("field__error"), .attribute(named: "role", value: "alert"),
                            .text(m(.erasureConfirmMissing)))),
                    .div(
                        .class("field--inline"),
                        .input(.id("erasure-confirm"), .type(.checkbox), .name("confirm"), .value("yes")),
                        .label(.for("erasure-confirm"), .text(m(.erasureConfirm)))),
                    .button(.type(.submit), .class("button button--danger"), .text(m(.erasureRequest)))
                ))
        )
    }
}
