import Reference
import SiteKit
import TalentDomain

/// The self-registration form: account, profile and consent on one page.
package struct RegistrationPageModel {
    package var form: TalentInput
    package var errors: FieldErrors
    package var districts: [District]
    /// What the occupation picker offers.
    package var occupations: [Occupation]
    package var csrf: String

    /// The departments whose officers read full numbers, by name in the reader's language.
    private func readers(_ layout: Layout) -> [String] {
        PersonalData.readerDepartments(layout.policy).map { code in
            layout.policy.department(code)?.shortName.text(layout.messages.language) ?? code
        }
    }

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let errors = self.errors.shown(in: m)
        let lang = layout.language
        return layout.render(
            title: m(.registerTitle),
            body: .div(
                .class("narrow"),
                .h1(.text(m(.registerTitle))),
                .p(.class("lead"), .text(m(.registerIntro))),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                .form(
                    .id("register-form"), .action(SiteURL.register.path), .method(.post),
                    FormParts.csrf(csrf),
                    FormParts.field(
                        .init(
                            id: "register-name", name: "name", label: m(.talentName),
                            value: form.name ?? "", error: errors["name"], autocomplete: "name")),
                    FormParts.field(
                        .init(
                            id: "register-resident-id", name: "residentID", label: m(.talentResidentID),
                            value: form.residentID ?? "", error: errors["residentID"], autocomplete: "off",
                            hint: m(.talentResidentIDHint))),
                    FormParts.field(
                        .init(
                            id: "register-email", name: "email", label: m(.userEmail), type: .email,
                            value: form.email ?? "", error: errors["email"], autocomplete: "email",
                            required: false, hint: m(.registerContactHint))),
                    FormParts.field(
                        .init(
                            id: "register-mobile", name: "mobile", label: m(.userMobile), type: .tel,
                            value: form.mobile ?? "", error: errors["mobile"], autocomplete: "tel",
                            required: false)),
                    FormParts.field(
                        .init(
                            id: "register-password", name: "password", label: m(.loginPassword),
                            type: .password, error: errors["password"], autocomplete: "new-password",
                            hint: m(.passwordRuleHint))),
                    FormParts.field(
                        .init(
                            id: "register-confirm", name: "confirm", label: m(.passwordConfirm),
                            type: .password, error: errors["confirm"], autocomplete: "new-password")),
                    FormParts.select(
                        id: "register-district", name: "districtCode", label: m(.organizationDistrict),
                        options: [("", m(.selectPlaceholder))]
                            + districts.map { ($0.id ?? "", lang == .zh ? $0.nameZh : $0.nameEn) },
                        selected: form.districtCode, error: errors["districtCode"]),
                    FormParts.select(
                        id: "register-education", name: "educationLevel", label: m(.talentEducation),
                        options: [("", "—")] + EducationLevel.allCases.map { ($0.rawValue, m.education($0)) },
                        selected: form.educationLevel, error: errors["educationLevel"]),
                    FormParts.field(
                        .init(
                            id: "register-school", name: "school", label: m(.talentSchool),
                            value: form.school ?? "", error: errors["school"], required: false)),
                    FormParts.field(
                        .init(
                            id: "register-major", name: "major", label: m(.talentMajor),
                            value: form.major ?? "", error: errors["major"], required: false)),
                    FormParts.field(
                        .init(
                            id: "register-graduation", name: "graduationYear", label: m(.talentGraduationYear),
                            type: .number, value: form.graduationYear ?? "", error: errors["graduationYear"],
                            required: false)),
                    OccupationPicker(
                        id: "register-occupations", chosen: OccupationPicker.codes(form.occupations),
                        catalogue: occupations, error: errors["occupations"]
                    ).render(m),
                    FormParts.field(
                        .init(
                            id: "register-skills", name: "skills", label: m(.talentSkills),
                            value: form.skills ?? "", error: errors["skills"], required: false,
                            hint: m(.talentSkillsHint))),
                    .fieldset(
                        .class(errors["consent"] == nil ? "field" : "field field--error"),
                        .element(named: "legend", text: m(.talentConsentLegend)),
                        .p(.class("field__hint"), .text(m(.registerConsentExplained(readers: readers(layout))))),
                        .unwrap(errors["consent"]) { .p(.class("field__error"), .text($0)) },
                        .div(
                            .class("field--inline"),
                            .input(
                                .id("register-consent"), .type(.checkbox), .name("consent"), .value("yes"),
                                .attribute(named: "checked", value: form.consent == "yes" ? "checked" : nil)),
                            .label(.for("register-consent"), .text(m(.registerConsentText))))
                    ),
                    .button(.type(.submit), .class("button"), .text(m(.registerSubmit)))
                ),
                .p(.a(.href(SiteURL.login.path), .text(m(.registerHaveAccount))))
            ))
    }
}
