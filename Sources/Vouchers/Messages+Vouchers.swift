import SiteKit
import TalentDomain

/// The names of this capability's terms and refusals in the user's language.
extension Messages {
    package func voucherStatus(_ status: VoucherStatus) -> String {
        switch status {
        case .issued: self(.voucherStatusIssued)
        case .redeemed: self(.voucherStatusRedeemed)
        case .cancelled: self(.voucherStatusCancelled)
        }
    }

    package func voucherProblem(_ problem: VoucherRules.RedeemProblem) -> String {
        switch problem {
        case .notTheHolders: self(.voucherNotHolders)
        case .alreadyUsed: self(.voucherAlreadyUsed)
        case .cancelled: self(.voucherCancelled)
        case let .expired(date): self(.voucherExpired(date: date))
        case .programTakesNoVouchers: self(.voucherProgramTakesNone)
        case let .wrongOccupation(voucher, program):
            self(.voucherWrongOccupation(voucher: voucher, program: program ?? "—"))
        }
    }
}
