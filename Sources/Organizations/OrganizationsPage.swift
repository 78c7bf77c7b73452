import Reference
import SiteKit
import TalentDomain

/// The organisation register page: the organisations the actor may see, and for
/// administrators the form that adds one.
package struct OrganizationsPageModel {
    package var organizations: [Organization]
    package var districts: [District]
    package var chains: [IndustryChain] = []
    package var form: OrganizationInput
    package var errors: FieldErrors
    package var canCreate: Bool
    package var created: Bool
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let errors = self.errors.shown(in: m)
        let lang = layout.language
        let districtNames = Dictionary(
            uniqueKeysWithValues: districts.map { ($0.id ?? "", lang == .zh ? $0.nameZh : $0.nameEn) })
        let chainNames = Dictionary(
            uniqueKeysWithValues: chains.map { ($0.id ?? "", lang == .zh ? $0.nameZh : $0.nameEn) })
        return layout.render(
            title: m(.organizationsTitle),
            body: .group(
                .h1(.text(m(.organizationsTitle))),
                FormParts.notice(created ? m(.organizationCreated) : nil),
                organizations.isEmpty
                    ? .p(.class("empty-state"), .text(m(.organizationsEmpty)))
                    : .scrollableTable(
                        label: m(.organizationsTitle),
                        .table(
                            .id("organizations"), .class("data-table"),
                            .thead(
                                .tr(
                                    .th(.attribute(named: "scope", value: "col"), .text(m(.organizationName))),
                                    .th(.attribute(named: "scope", value: "col"), .text(m(.organizationKind))),
                                    .th(.attribute(named: "scope", value: "col"), .text(m(.organizationCreditCode))),
                                    .th(.attribute(named: "scope", value: "col"), .text(m(.organizationDistrict))),
                                    .th(.attribute(named: "scope", value: "col"), .text(m(.organizationChain)))
                                )),
                            .tbody(
                                .forEach(organizations) { row in
                                    .tr(
                                        .data(named: "organization", value: row.id?.uuidString ?? ""),
                                        // The name leads to its figures and what it can apply for (M4).
                                        .th(
                                            .attribute(named: "scope", value: "row"),
                                            .unwrap(
                                                row.id,
                                                {
                                                    .a(.href(SiteURL.organizationEligibility($0).path), .text(row.name))
                                                },
                                                else: .text(row.name))),
                                        .td(.text(m.organizationKind(row.kind))),
                                        .td(.code(.text(row.creditCode))),
                                        .td(.text(districtNames[row.districtCode] ?? row.districtCode)),
                                        .td(.text(row.chainCode.map { chainNames[$0] ?? $0 } ?? "—")))
                                })
                        )),
                .if(
                    canCreate,
                    .section(
                        .attribute(named: "aria-labelledby", value: "new-organization"),
                        .h2(.id("new-organization"), .text(m(.organizationNew))),
                        FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                        .form(
                            .id("organization-form"), .action(SiteURL.adminOrganizations.path), .method(.post),
                            FormParts.csrf(csrf),
                            FormParts.field(
                                .init(
                                    id: "org-name", name: "name", label: m(.organizationName),
                                    value: form.name ?? "", error: errors["name"])),
                            FormParts.select(
                                id: "org-kind", name: "kind", label: m(.organizationKind),
                                options: Organization.Kind.allCases.map { ($0.rawValue, m.organizationKind($0)) },
                                selected: form.kind, error: errors["kind"]),
                            FormParts.field(
                                .init(
                                    id: "org-credit-code", name: "creditCode", label: m(.organizationCreditCode),
                                    value: form.creditCode ?? "", error: errors["creditCode"],
                                    hint: m(.organizationCreditCodeHint))),
                            FormParts.select(
                                id: "org-district", name: "districtCode", label: m(.organizationDistrict),
                                options: [("", m(.selectPlaceholder))]
                                    + districts.map { ($0.id ?? "", lang == .zh ? $0.nameZh : $0.nameEn) },
                                selected: form.districtCode, error: errors["districtCode"]),
                            .button(.type(.submit), .class("button"), .text(m(.organizationCreate)))
                        )
                    ))
            ))
    }
}
