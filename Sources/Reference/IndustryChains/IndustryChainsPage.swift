import Foundation
import SiteKit
import TalentDomain

/// `/admin/industry-chains`: the key industry chains with where each comes from, how
/// many of the policy's chains are listed, a rename form folded under each, and the
/// form that adds one.
package struct IndustryChainsPageModel {
    package var chains: [IndustryChain]
    /// How many chains the policy says the catalogue covers (20 in the Zibo text).
    package var required: Int
    /// The chain whose rename was refused (its form opens again with the reasons).
    package var renaming: String?
    package var input: IndustryChainInput
    package var errors: FieldErrors.Shown?
    package var notice: String?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let adding = renaming == nil
        var parts: [Node<HTML.BodyContext>] = [
            .h1(.text(m(.industryChainsTitle))),
            .p(.class("lead"), .text(m(.industryChainsIntro(listed: chains.count, required: required)))),
            FormParts.notice(notice),
            FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []),
        ]
        let columns: [Message] = [
            .columnCode, .industryChainNameZh, .industryChainNameEn, .industryChainSource, .industryChainActions,
        ]
        parts.append(
            .scrollableTable(
                label: m(.industryChainsTitle),
                .table(
                    .class("data-table"), .id("industry-chains"),
                    .thead(.tr(.forEach(columns) { .th(.attribute(named: "scope", value: "col"), .text(m($0))) })),
                    .tbody(.forEach(chains) { row($0, m) }))))
        parts.append(
            .form(
                .id("industry-chain-form"), .method(.post), .action(SiteURL.adminIndustryChains.path),
                FormParts.csrf(csrf),
                .h2(.text(m(.industryChainAdd))),
                .div(
                    .class("filter-grid"),
                    FormParts.field(
                        .init(
                            id: "chain-code", name: "code", label: m(.industryChainCode),
                            value: adding ? input.code ?? "" : "", error: adding ? errors?["code"] : nil,
                            hint: m(.industryChainCodeFormat))),
                    FormParts.field(
                        .init(
                            id: "chain-zh", name: "nameZh", label: m(.industryChainNameZh),
                            value: adding ? input.nameZh ?? "" : "", error: adding ? errors?["nameZh"] : nil)),
                    FormParts.field(
                        .init(
                            id: "chain-en", name: "nameEn", label: m(.industryChainNameEn),
                            value: adding ? input.nameEn ?? "" : "", error: adding ? errors?["nameEn"] : nil))),
                .button(.type(.submit), .class("button"), .text(m(.industryChainAddButton)))))
        return layout.render(title: m(.industryChainsTitle), body: .group(parts))
    }

    private func row(_ chain: IndustryChain, _ m: Messages) -> Node<HTML.TableContext> {
        let code = chain.id ?? ""
        let open = renaming == code
        let form: Node<HTML.BodyContext> = .details(
            .class("row-details"), .attribute(named: "open", value: open ? "open" : nil),
            .summary(.text(m(.industryChainRename))),
            .form(
                .method(.post), .action(SiteURL.adminIndustryChain(code).path), FormParts.csrf(csrf),
                FormParts.field(
                    .init(
                        id: "rename-zh-\(code)", name: "nameZh", label: m(.industryChainNameZh),
                        value: open ? input.nameZh ?? "" : chain.nameZh, error: open ? errors?["nameZh"] : nil)),
                FormParts.field(
                    .init(
                        id: "rename-en-\(code)", name: "nameEn", label: m(.industryChainNameEn),
                        value: open ? input.nameEn ?? "" : chain.nameEn, error: open ? errors?["nameEn"] : nil)),
                .button(.type(.submit), .class("button button--small"), .text(m(.industryChainSave)))))
        return .tr(
            .data(named: "chain", value: code),
            .td(.code(.text(code))),
            .th(.attribute(named: "scope", value: "row"), .text(chain.nameZh)),
            .td(.text(chain.nameEn)),
            .td(.text(m(chain.source == "admin" ? .industryChainByAdmin : .industryChainFromText))),
            .td(form))
    }
}
