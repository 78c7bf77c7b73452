import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// How a talent pays for an enrolment other than with the provider: the training
/// vouchers of M2 today. Training declares it and the vouchers capability, which sits
/// above training, answers it (`VoucherPayment`); the app wires the two
/// (`TrainingCapability(payment:)`). A returned enrolment gives the payment back through
/// `EnrollmentWithdrawn`.
package protocol EnrolmentPayment: Sendable {
    /// What `talentID` could pay for `program` with today, for the program page's choice.
    func options(for talentID: UUID, program: Program, today: CalendarDate, on db: any Database) async throws
        -> [PaymentOption]

    /// Pays for `enrollment` with the option `optionID`, in the enrolment's transaction;
    /// a refusal is a `FieldErrors` on `voucherID`, which undoes the enrolment.
    func pay(
        _ optionID: UUID, talentID: UUID, for enrollment: Enrollment, of program: Program, context: WriteContext,
        on db: any Database
    ) async throws

    /// What the talent holds to pay with, as a section of their training page.
    func holdings(of talentID: UUID, on db: any Database) async throws -> any PageSection
}

/// One way to pay the program page offers: a voucher's id, value and last day.
package struct PaymentOption: Sendable {
    package var id: UUID
    package var value: Money
    package var expiresOn: String

    package init(id: UUID, value: Money, expiresOn: String) {
        (self.id, self.value, self.expiresOn) = (id, value, expiresOn)
    }
}

extension Application {
    private struct PaymentKey: StorageKey {
        typealias Value = any EnrolmentPayment
    }

    /// The way to pay the training capability was composed with; nil offers none.
    package var enrolmentPayment: (any EnrolmentPayment)? {
        get { storage[PaymentKey.self] }
        set { storage[PaymentKey.self] = newValue }
    }
}
