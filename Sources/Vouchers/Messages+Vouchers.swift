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

}

extension Message {
    package static func voucherProblem(_ problem: VoucherRules.RedeemProblem) -> Message {
        switch problem {
        case .notTheHolders: .voucherNotHolders
        case .alreadyUsed: .voucherAlreadyUsed
        case .cancelled: .voucherCancelled
        case let .expired(date): .voucherExpired(date: date)
        case .programTakesNoVouchers: .voucherProgramTakesNone
        case let .wrongOccupation(voucher, program):
            .voucherWrongOccupation(voucher: voucher, program: program ?? "—")
        }
    }
}
