import Foundation
import Reference
import SiteKit
import TalentDomain

/// `/vouchers/batches/{id}`: one batch and its vouchers, each unused one with a form that
/// cancels it (the reason is what its holder reads), and the batch's own cancel form.
package struct VoucherBatchPageModel {
    /// How many vouchers the page lists; a batch holds up to 10,000.
    package static let listed = 1_000

    package var batch: VoucherBatch
    package var vouchers: [Voucher]
    package var errors: FieldErrors
    package var cancelled: Int?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let errors = self.errors.shown(in: m)
        let lang = m.language
        let group = layout.policy.keyGroups.first { $0.code == batch.keyGroup }?.name.text(lang) ?? batch.keyGroup
        return layout.render(
            title: batch.name,
            body: .group(
                .p(.a(.href(SiteURL.vouchers.path), .text("← " + m(.voucherTitle)))),
                .h1(.text(batch.name)),
                FormParts.notice(cancelled.map { m(.voucherCancelledCount(count: String($0))) }),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                .p(
                    .id("batch-summary"),
                    .text(
                        [
                            group, batch.occupationCode, Money(fen: batch.valueFen).formatted,
                            "\(m(.voucherExpiresOn)) \(batch.expiresOn)",
                            "\(m(.voucherCount)) \(batch.issuedCount)",
                        ].joined(separator: " · "))),
                VouchersPageModel.batchCancelForm(batch, csrf: csrf, m),
                .h2(.id("vouchers-heading"), .text(m(.voucherBatchVouchers))),
                .if(
                    batch.issuedCount > vouchers.count,
                    .p(
                        .class("muted"),
                        .text(
                            m(
                                .voucherBatchMore(
                                    count: batch.issuedCount.formatted(), shown: vouchers.count.formatted()))))),
                .scrollableTable(
                    label: m(.voucherBatchVouchers),
                    .table(
                        .class("data-table"), .id("batch-vouchers"),
                        .thead(
                            .tr(
                                .th(.text(m(.voucherHolder))), .th(.text(m(.talentStatus))),
                                .th(.text(m(.columnActions))))),
                        .tbody(.forEach(vouchers) { voucher in row(voucher, m) })
                    ))
            ))
    }

    private func row(_ voucher: Voucher, _ m: Messages) -> Node<HTML.TableContext> {
        let id = voucher.id ?? UUID()
        let short = String(id.uuidString.prefix(8))
        let status =
            m.voucherStatus(voucher.status)
            + (voucher.cancelReason.map { " · " + m(.voucherCancelledBecause(reason: $0)) } ?? "")
        return .tr(
            .data(named: "voucher", value: voucher.status.rawValue),
            .th(.attribute(named: "scope", value: "row"), .text(voucher.talent.name)),
            .td(.text(status)),
            .td(
                .if(
                    voucher.status == .issued,
                    .form(
                        .class("inline-form"), .method(.post), .action(SiteURL.voucherCancel(id).path),
                        FormParts.csrf(csrf),
                        FormParts.field(
                            .init(
                                id: "vc-\(short)", name: "reason",
                                label: "\(m(.voucherCancelReason)) · \(voucher.talent.name)")),
                        .button(
                            .type(.submit), .class("button button--small button--secondary"), .text(m(.voucherCancel))))
                ))
        )
    }
}
