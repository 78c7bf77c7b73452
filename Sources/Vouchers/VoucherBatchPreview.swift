import SiteKit
import TalentDomain

/// What a batch would issue, shown before it is issued: how many people, the total, who
/// is passed over, and the 确认发放 form that sends the same fields again with `confirm`.
package struct VoucherBatchPreview {
    package var count: Int
    /// Eligible people passed over because they already hold a live voucher.
    package var skipped: Int
    package var value: Money
    package var expiresOn: String

    package var total: Money { Money(fen: value.fen * Int64(count)) }

    func render(_ m: Messages, input: VoucherBatchInput, csrf: String) -> Node<HTML.BodyContext> {
        .section(
            .id("voucher-preview"), .class("card"), .attribute(named: "aria-labelledby", value: "preview-heading"),
            .h2(.id("preview-heading"), .text(m(.voucherPreviewTitle))),
            .p(
                .id("voucher-preview-summary"), .attribute(named: "role", value: "status"),
                .text(
                    count == 0
                        ? m(.voucherPreviewNobody)
                        : m(
                            .voucherPreviewSummary(
                                count: count.formatted(), total: total.formatted, value: value.formatted,
                                expires: expiresOn)))),
            .if(skipped > 0, .p(.class("muted"), .text(m(.voucherPreviewSkipped(count: skipped.formatted()))))),
            .if(
                count > 0,
                .form(
                    .id("voucher-confirm-form"), .method(.post), .action(SiteURL.vouchers.path),
                    FormParts.csrf(csrf),
                    .forEach(hiddenFields(input)) { field in
                        .input(.type(.hidden), .name(field.name), .value(field.value))
                    },
                    .input(.type(.hidden), .name("confirm"), .value("yes")),
                    .button(
                        .type(.submit), .class("button"),
                        .text(m(.voucherConfirmIssue(count: count.formatted(), total: total.formatted)))))),
            .p(.class("muted"), .text(m(.voucherPreviewChange))))
    }

    /// The batch's fields as the officer filled them in, to be sent once more.
    private func hiddenFields(_ input: VoucherBatchInput) -> [(name: String, value: String)] {
        [
            ("name", input.name), ("keyGroup", input.keyGroup), ("districtCode", input.districtCode),
            ("occupationCode", input.occupationCode), ("value", input.value), ("expiresOn", input.expiresOn),
            ("maxCount", input.maxCount), ("talentIDs", input.talentIDs),
        ].compactMap { name, value in value.map { (name, $0) } }
    }
}
