import Foundation
import Reference
import SiteKit
import TalentDomain

/// `/vouchers/batches/{id}`: one batch — how many of its vouchers are usable, used and
/// cancelled (each a link to those), a search by holder, 50 vouchers a page, each
/// unused one with a folded form that cancels it (the reason is what its holder reads),
/// and the batch's own cancel form.
package struct VoucherBatchPageModel {
    package var batch: VoucherBatch
    /// The batch's occupation, named.
    package var occupation: Occupation?
    package var query: VoucherBatchQuery
    package var result: VoucherBatchQuery.Result
    package var errors: FieldErrors
    package var cancelled: Int?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let errors = self.errors.shown(in: m)
        let lang = m.language
        let group = layout.policy.keyGroups.first { $0.code == batch.keyGroup }?.name.text(lang) ?? batch.keyGroup
        let pages = max(1, (result.matching + VoucherBatchQuery.pageSize - 1) / VoucherBatchQuery.pageSize)
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
                            group, occupation?.codedName(lang) ?? batch.occupationCode,
                            Money(fen: batch.valueFen).formatted,
                            "\(m(.voucherExpiresOn)) \(batch.expiresOn)",
                        ].joined(separator: " · "))),
                counts(m),
                VouchersPageModel.batchCancelForm(batch, csrf: csrf, m),
                .h2(.id("vouchers-heading"), .text(m(.voucherBatchVouchers))),
                search(m),
                .p(
                    .id("batch-matching"), .attribute(named: "role", value: "status"),
                    .text(m(.voucherBatchMatching(count: result.matching.formatted())))),
                .if(
                    !result.vouchers.isEmpty,
                    .scrollableTable(
                        label: m(.voucherBatchVouchers),
                        .table(
                            .class("data-table"), .id("batch-vouchers"),
                            .thead(
                                .tr(
                                    .th(.text(m(.voucherHolder))), .th(.text(m(.talentStatus))),
                                    .th(.text(m(.columnActions))))),
                            .tbody(.forEach(result.vouchers) { voucher in row(voucher, m) })
                        ))),
                PageNumbers(current: query.page, count: pages, messages: m) { link(page: $0) }.pager
            ))
    }

    /// The batch's vouchers by state: the total, then each state, each a link to them.
    private func counts(_ m: Messages) -> Node<HTML.BodyContext> {
        let total = result.counts.values.reduce(0, +)
        let tiles: [(String, Int, VoucherStatus?)] =
            [(m(.voucherCount), total, nil)]
            + VoucherStatus.allCases.map { (m.voucherStatus($0), result.counts[$0] ?? 0, $0) }
        return .ul(
            .class("figure-grid figure-grid--compact"), .id("batch-counts"),
            .forEach(tiles) { label, count, status in
                .li(
                    .class("figure"), .data(named: "status", value: status?.rawValue ?? "all"),
                    .a(
                        .class("figure__value"),
                        .href(link(page: 1, status: status, keepStatus: false)), .text(count.formatted())),
                    .span(.class("figure__label"), .text(label)))
            })
    }

    private func search(_ m: Messages) -> Node<HTML.BodyContext> {
        .form(
            .class("search-form"), .id("batch-search-form"), .method(.get),
            .action(SiteURL.voucherBatch(batch.id ?? UUID()).path),
            FormParts.field(
                .init(
                    id: "batch-q", name: "q", label: m(.voucherHolderSearch), value: query.holder ?? "",
                    required: false)),
            FormParts.select(
                id: "batch-status", name: "status", label: m(.talentStatus),
                options: [("", m(.filterAnyStatus))]
                    + VoucherStatus.allCases.map { ($0.rawValue, m.voucherStatus($0)) },
                selected: query.status?.rawValue),
            .button(.type(.submit), .class("button"), .text(m(.voucherSearch))))
    }

    private func link(page: Int, status: VoucherStatus? = nil, keepStatus: Bool = true) -> String {
        var parameters = query.parameters.filter { keepStatus || $0.0 != "status" }
        if !keepStatus, let status { parameters.append(("status", status.rawValue)) }
        if page > 1 { parameters.append(("page", String(page))) }
        let path = SiteURL.voucherBatch(batch.id ?? UUID()).path
        return parameters.isEmpty
            ? path
            : path + "?" + parameters.map { "\(percentEncode($0.0))=\(percentEncode($0.1))" }.joined(separator: "&")
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
                    // Folded: a reason box on every row made a 69-voucher page 11,000 px tall.
                    .details(
                        .class("row-details"),
                        .summary(.text(m(.voucherCancel))),
                        .form(
                            .class("inline-form"), .method(.post), .action(SiteURL.voucherCancel(id).path),
                            FormParts.csrf(csrf),
                            FormParts.field(
                                .init(
                                    id: "vc-\(short)", name: "reason",
                                    label: "\(m(.voucherCancelReason)) · \(voucher.talent.name)")),
                            .button(
                                .type(.submit), .class("button button--small button--danger"), .text(m(.voucherCancel)))
                        ))
                ))
        )
    }
}
