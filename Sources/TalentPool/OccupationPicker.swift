import Fluent
import Reference
import SiteKit
import TalentDomain

/// Occupations chosen from the catalogue by name instead of typed codes (issue 17): the
/// digital occupations as checkboxes in a scrolling list, those already chosen first. The
/// script shows a filter box that narrows the list as one types a name or a code; without
/// it the whole list is there to tick. Sent as `occupations[]`, which the form reads like
/// the codes it read before.
struct OccupationPicker {
    /// The fieldset's id; each box is `\(id)-\(code)`.
    var id: String
    var chosen: [String]
    var catalogue: [Occupation]
    var error: String?

    /// The digital occupations, and any other one already chosen (kept when a profile is
    /// edited).
    static func catalogue(chosen: [String], on db: any Database) async throws -> [Occupation] {
        try await Occupation.query(on: db).group(.or) { or in
            or.filter(\.$isDigital == true).filter(\.$id ~~ chosen)
        }.sort(\.$id).all()
    }

    /// The codes in a form's occupations field, as the form reads them.
    static func codes(_ text: String?) -> [String] {
        TalentText.list(text, separators: TalentText.occupationSeparators)
    }

    func render(_ m: Messages) -> Node<HTML.FormContext> {
        let picked = Set(chosen)
        let ordered =
            catalogue.filter { picked.contains($0.id ?? "") } + catalogue.filter { !picked.contains($0.id ?? "") }
        return .fieldset(
            .id(id), .class(error == nil ? "field occupation-picker" : "field field--error occupation-picker"),
            .element(named: "legend", text: m(.talentOccupationsPick)),
            .p(.class("field__hint"), .text(m(.talentOccupationsPickHint))),
            .unwrap(error) { .p(.class("field__error"), .text($0)) },
            .input(
                .type(.search), .class("occupation-picker__filter"), .attribute(named: "hidden", value: "hidden"),
                .attribute(named: "aria-label", value: m(.talentOccupationsFilter)),
                .attribute(named: "placeholder", value: m(.talentOccupationsFilter)),
                .data(named: "filter-for", value: "\(id)-list")),
            .div(
                .id("\(id)-list"), .class("occupation-picker__list"),
                .forEach(ordered) { occupation in
                    let code = occupation.id ?? ""
                    return .div(
                        .class("field--inline"),
                        .input(
                            .id("\(id)-\(code)"), .type(.checkbox), .name("occupations[]"), .value(code),
                            .attribute(named: "checked", value: picked.contains(code) ? "checked" : nil)),
                        .label(.for("\(id)-\(code)"), .text(occupation.codedName(m.language))))
                }))
    }
}
