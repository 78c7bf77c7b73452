import Foundation
import Organizations
import Reference
import SiteKit
import TalentDomain
import Training

/// `/vouchers`: an officer issues a batch and sees the batches issued.
package struct VouchersPageModel {
    package var input: VoucherBatchInput
    package var errors: FieldErrors
    package var batches: [VoucherBatch]
    package var occupations: [Occupation]
    package var districts: [District]
    package var issued: Int?
    /// What the filled-in batch would issue, before it is confirmed.
    package var preview: VoucherBatchPreview?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let occupationNames = Dictionary(
            occupations.compactMap { occupation in occupation.id.map { ($0, occupation.codedName(m.language)) } },
            uniquingKeysWith: { first, _ in first })
        let errors = self.errors.shown(in: m)
        let lang = m.language
        let policy = layout.policy
        let any = [("", m(.filterAny))]
        return layout.render(
            title: m(.voucherTitle),
            body: .group(
                .h1(.text(m(.voucherTitle))),
                .p(.class("lead"), .text(m(.voucherIntro))),
                FormParts.notice(issued.map { m(.voucherIssued(count: String($0))) }),
                FormParts.errorSummary(title: m(.formErrorsTitle), errors.messages),
                .form(
                    .id("voucher-batch-form"), .method(.post), .action(SiteURL.vouchers.path), FormParts.csrf(csrf),
                    FormParts.field(
                        .init(
                            id: "v-name", name: "name", label: m(.voucherBatchName), value: input.name ?? "",
                            error: errors["name"])),
                    FormParts.select(
                        id: "v-group", name: "keyGroup", label: m(.talentKeyGroups),
                        options: policy.keyGroups.map { ($0.code, $0.name.text(lang)) }, selected: input.keyGroup,
                        error: errors["keyGroup"]),
                    FormParts.select(
                        id: "v-district", name: "districtCode", label: m(.organizationDistrict),
                        options: any + districts.map { ($0.id ?? "", lang == .zh ? $0.nameZh : $0.nameEn) },
                        selected: input.districtCode, error: errors["districtCode"]),
                    FormParts.select(
                        id: "v-occupation", name: "occupationCode", label: m(.programOccupation),
                        options: occupations.map { ($0.id ?? "", $0.codedName(lang)) },
                        selected: input.occupationCode, error: errors["occupationCode"]),
                    FormParts.field(
                        .init(
                            id: "v-value", name: "value", label: m(.voucherValue), value: input.value ?? "",
                            error: errors["value"], hint: m(.programFeeHint))),
                    FormParts.field(
                        .init(
                            id: "v-expires", name: "expiresOn", label: m(.voucherExpiresOn), type: .date,
                            value: input.expiresOn ?? "", error: errors["expiresOn"])),
                    FormParts.field(
                        .init(
                            id: "v-max", name: "maxCount", label: m(.voucherMaxCount), type: .number,
                            value: input.maxCount ?? "", error: errors["maxCount"], required: false)),
                    FormParts.textarea(
                        id: "v-talents", name: "talentIDs", label: m(.voucherTalents), value: input.talentIDs,
                        hint: m(.voucherTalentIDsHint), error: errors["talentIDs"], rows: 3),
                    .button(
                        .type(.submit), .class(preview == nil ? "button" : "button button--secondary"),
                        .text(m(.voucherPreviewButton)))
                ),
                .unwrap(preview) { $0.render(m, input: input, csrf: csrf) },
                .h2(.text(m(.voucherBatches))),
                batches.isEmpty
                    ? .p(.class("muted"), .text(m(.voucherBatchesEmpty)))
                    : .scrollableTable(
                        label: m(.voucherBatches),
                        .table(
                            .class("data-table"), .id("voucher-batches"),
                            .thead(
                                .tr(
                                    .th(.text(m(.voucherBatchName))), .th(.text(m(.talentKeyGroups))),
                                    .th(.text(m(.programOccupation))),
                                    .th(.text(m(.voucherValue))), .th(.text(m(.voucherExpiresOn))),
                                    .th(.text(m(.voucherCount))),
                                    .th(.text(m(.columnActions))))),
                            .tbody(
                                .forEach(batches) { batch in
                                    .tr(
                                        .td(
                                            .a(.href(SiteURL.voucherBatch(batch.id ?? UUID()).path), .text(batch.name))),
                                        .td(
                                            .text(
                                                policy.keyGroups.first { $0.code == batch.keyGroup }?.name.text(lang)
                                                    ?? batch.keyGroup)),
                                        .td(.text(occupationNames[batch.occupationCode] ?? batch.occupationCode)),
                                        .td(.class("number"), .text(Money(fen: batch.valueFen).formatted)),
                                        .td(.text(batch.expiresOn)),
                                        .td(.class("number"), .text(String(batch.issuedCount))),
                                        .td(Self.batchCancelForm(batch, csrf: csrf, m)))
                                })
                        ))
            ))
    }
}

extension VouchersPageModel {
    /// Cancels the batch's unused vouchers, with the reason the holders will read.
    package static func batchCancelForm(_ batch: VoucherBatch, csrf: String, _ m: Messages) -> Node<HTML.BodyContext> {
        let id = batch.id ?? UUID()
        let short = String(id.uuidString.prefix(8))
        return .form(
            .class("inline-form"), .method(.post), .action(SiteURL.voucherBatchCancel(id).path), FormParts.csrf(csrf),
            .data(named: "batch", value: batch.name),
            // A refusal (no reason) shows in the summary at the top of the page.
            FormParts.field(.init(id: "cancel-\(short)", name: "reason", label: m(.voucherCancelReason))),
            .button(.type(.submit), .class("button button--small button--secondary"), .text(m(.voucherCancelUnused))))
    }
}

/// `/vouchers/settlement`: the vouchers redeemed in a provider's programs in a period.
package struct SettlementPageModel {
    package struct Row {
        package var voucher: Voucher
        package var program: Program?
    }

    package var from: CalendarDate
    package var to: CalendarDate
    package var rows: [Row]

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let total = Money(fen: rows.reduce(0) { $0 + $1.voucher.valueFen })
        return layout.render(
            title: m(.voucherSettlement),
            body: .group(
                .h1(.text(m(.voucherSettlement))),
                .form(
                    .method(.get), .action(SiteURL.voucherSettlement.path), .class("filters"),
                    FormParts.field(
                        .init(id: "s-from", name: "from", label: m(.periodFrom), type: .date, value: from.description)),
                    FormParts.field(
                        .init(id: "s-to", name: "to", label: m(.periodTo), type: .date, value: to.description)),
                    .button(.type(.submit), .class("button"), .text(m(.talentsSearch)))),
                .p(
                    .id("settlement-total"),
                    .text(m(.voucherSettlementTotal(count: String(rows.count), total: total.formatted)))),
                rows.isEmpty
                    ? .p(.class("muted"), .text(m(.voucherSettlementEmpty)))
                    : .scrollableTable(
                        label: m(.voucherSettlement),
                        .table(
                            .class("data-table"), .id("settlement"),
                            .thead(
                                .tr(
                                    .th(.text(m(.voucherRedeemedAt))), .th(.text(m(.certificateHolder))),
                                    .th(.text(m(.programTitle))),
                                    .th(.text(m(.programProvider))), .th(.text(m(.voucherValue))))),
                            .tbody(
                                .forEach(rows) { row in
                                    .tr(
                                        .td(.text(row.voucher.redeemedAt.map(ZiboTime.timestamp) ?? "")),
                                        .td(.text(MaskedName.of(row.voucher.talent.name))),
                                        .td(.text(row.program?.title ?? "")),
                                        .td(.text(row.program?.provider.name ?? "")),
                                        .td(.class("number"), .text(row.voucher.value.formatted)))
                                })
                        ))
            ))
    }
}
