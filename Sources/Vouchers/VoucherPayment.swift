import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Training

/// Training vouchers as the way to pay for an enrolment (`EnrolmentPayment`, declared by
/// training): the program page offers the talent's usable vouchers, enrolling spends the
/// chosen one, and their training page lists them all.
package struct VoucherPayment: EnrolmentPayment {
    package init() {}

    package func options(for talentID: UUID, program: Program, today: CalendarDate, on db: any Database)
        async throws -> [PaymentOption]
    {
        try await VoucherStore.usable(by: talentID, for: program, today: today, on: db).compactMap { voucher in
            voucher.id.map { PaymentOption(id: $0, value: voucher.value, expiresOn: voucher.expiresOn) }
        }
    }

    package func pay(
        _ optionID: UUID, talentID: UUID, for enrollment: Enrollment, of program: Program, context: WriteContext,
        on db: any Database
    ) async throws {
        try await VoucherStore.spend(
            optionID, talentID: talentID, on: enrollment, program: program, today: context.today, now: context.now,
            on: db)
    }

    package func holdings(of talentID: UUID, on db: any Database) async throws -> any PageSection {
        Holdings(
            vouchers: try await Voucher.query(on: db).filter(\.$talent.$id == talentID)
                .sort(\.$expiresOn, .descending).all())
    }

    /// A talent's vouchers, newest expiry first, with what became of each.
    struct Holdings: PageSection {
        var vouchers: [Voucher]

        func render(_ m: Messages) -> Node<HTML.BodyContext> {
            .section(
                .attribute(named: "aria-labelledby", value: "my-vouchers"),
                .h2(.id("my-vouchers"), .text(m(.myVouchers))),
                vouchers.isEmpty
                    ? .p(.class("muted"), .text(m(.myVouchersEmpty)))
                    : .ul(
                        .id("vouchers"),
                        .forEach(vouchers) { voucher in
                            .li(
                                .data(named: "voucher", value: voucher.status.rawValue),
                                .text(
                                    "\(voucher.occupationCode) · \(voucher.value.formatted) · \(m(.voucherExpiresOn)) \(voucher.expiresOn) · "
                                        + m.voucherStatus(voucher.status)
                                        + (voucher.cancelReason.map {
                                            " · " + m(.voucherCancelledBecause(reason: $0))
                                        } ?? "")))
                        })
            )
        }
    }
}
