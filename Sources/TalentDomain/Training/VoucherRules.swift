/// 培训券 (M2): vouchers go to talents of a key group (重点群体) for an occupation of the
/// training demand catalogue (M10), carry a value in fen and an expiry date, and are
/// spent once, on enrolling in a program that accepts vouchers for that occupation.
public enum VoucherStatus: String, Codable, Hashable, Sendable, CaseIterable {
    case issued
    case redeemed
    case cancelled
}

public enum VoucherRules {
    public enum RedeemProblem: Hashable, Sendable {
        case notTheHolders
        case alreadyUsed
        case cancelled
        case expired(on: String)
        case programTakesNoVouchers
        case wrongOccupation(voucher: String, program: String?)
    }

    /// Whether a voucher can pay for enrolling in a program today (M2). The final word is
    /// the conditional UPDATE that spends it (see the App's `VoucherStore`); this names the
    /// reasons when it cannot.
    public static func redeem(
        status: VoucherStatus, holderMatches: Bool, occupationCode: String,
        expiresOn: CalendarDate, programAcceptsVouchers: Bool,
        programOccupation: String?, today: CalendarDate
    ) -> Decision<RedeemProblem> {
        Decision(
            under: "M2",
            refusing: problems(
                status: status, holderMatches: holderMatches, occupationCode: occupationCode, expiresOn: expiresOn,
                programAcceptsVouchers: programAcceptsVouchers, programOccupation: programOccupation, today: today))
    }

    private static func problems(
        status: VoucherStatus, holderMatches: Bool, occupationCode: String,
        expiresOn: CalendarDate, programAcceptsVouchers: Bool,
        programOccupation: String?, today: CalendarDate
    ) -> [RedeemProblem] {
        var problems: [RedeemProblem] = []
        if !holderMatches { return [.notTheHolders] }
        switch status {
        case .issued: break
        case .redeemed: problems.append(.alreadyUsed)
        case .cancelled: problems.append(.cancelled)
        }
        if expiresOn < today { problems.append(.expired(on: expiresOn.description)) }
        if !programAcceptsVouchers { problems.append(.programTakesNoVouchers) }
        if programOccupation != occupationCode {
            problems.append(.wrongOccupation(voucher: occupationCode, program: programOccupation))
        }
        return problems
    }
}
