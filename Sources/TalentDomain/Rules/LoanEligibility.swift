/// M4 (创新创业): which start-up loans a digital talent or a small or micro enterprise may
/// ask for, and how much — "小微企业可申请最高400万元的创业担保贷款或最高1000万元的
/// “创业提振贷”；符合条件的数字人才可申请最高30万元的个人创业担保贷款或最高50万元的
/// “创业提振贷”". One ruling per loan product of the borrower's kind. The caps are the
/// policy file's `loan_products`; who counts as 符合条件 is its `loan_borrowers` (national
/// defaults, configurable). Pure: the caller gathers the facts, including the loans held.
public enum LoanEligibility {
    /// The borrower and what is known of it; nil where the platform does not know, which
    /// a reviewer then checks.
    public enum Borrower: Hashable, Sendable {
        case individual(Individual)
        case enterprise(Enterprise)
    }

    public struct Individual: Hashable, Sendable {
        /// An occupation of the digital occupations list on the profile.
        public var hasDigitalOccupation: Bool
        public var keyGroups: [String]

        public init(hasDigitalOccupation: Bool, keyGroups: [String]) {
            (self.hasDigitalOccupation, self.keyGroups) = (hasDigitalOccupation, keyGroups)
        }
    }

    public struct Enterprise: Hashable, Sendable {
        /// A company (企业): a school or an agency is not a small or micro enterprise.
        public var isEnterprise: Bool
        public var staff: Int?
        public var revenue: Money?
        /// Of this year's new hires, the percentage from key groups.
        public var newHireKeyGroupPercent: Int?

        public init(staff: Int?, revenue: Money?, newHireKeyGroupPercent: Int?, isEnterprise: Bool = true) {
            (self.staff, self.revenue, self.newHireKeyGroupPercent) = (staff, revenue, newHireKeyGroupPercent)
            self.isEnterprise = isEnterprise
        }
    }

    public enum Reason: Hashable, Sendable {
        case notDigitalTalent
        case notInKeyGroup
        /// The borrower is an organisation, but not a company.
        case notAnEnterprise
        case staffOver(have: Int, max: Int)
        case revenueOver(have: Money, max: Money)
        case newHireShareShort(have: Int, need: Int)
        /// A fact the platform does not hold; a reviewer checks it.
        case unverified(LoanFact)
        /// Held already up to the cap: nothing left to ask.
        case capReached(cap: Money)
        /// More asked than the cap less what is held.
        case amountOverAvailable(asked: Money, available: Money)
    }

    public enum LoanFact: String, Hashable, Sendable {
        case staff, revenue, newHireShare
    }

    public struct Ruling: Hashable, Sendable {
        /// `loan-<product id>`.
        public var ruleID: String
        public var product: LoanProduct
        public var decision: Decision<Reason>
        /// The cap less what the borrower holds of the product.
        public var available: Money
        /// The measure's sentence with the caps (its first task in the policy file).
        public var policyText: LocalizedText
    }

    /// Every product for the borrower's kind, in the file's order. `held`: the amounts of
    /// each product (by id) the borrower owes already; `asked`: an amount to check
    /// against what is available, when there is one.
    public static func evaluate(
        _ borrower: Borrower, held: [String: Money] = [:], asked: Money? = nil, policy: PolicyDocument
    ) -> [Ruling] {
        let rules = policy.loanBorrowers
        return policy.loanProducts.compactMap { product -> Ruling? in
            var reasons: [Reason] = []
            var review: [Reason] = []
            switch (borrower, product.borrower) {
            case let (.individual(person), .individual):
                let rule = rules?.individual
                if rule?.digitalOccupation == true, !person.hasDigitalOccupation { reasons.append(.notDigitalTalent) }
                if let groups = rule?.keyGroups, rule?.keyGroupProducts?.contains(product.product) ?? true,
                    !person.keyGroups.contains(where: groups.contains)
                {
                    reasons.append(.notInKeyGroup)
                }
            case let (.enterprise(company), .enterprise):
                let rule = rules?.enterprise
                if !company.isEnterprise { reasons.append(.notAnEnterprise) }
                if let max = rule?.maxStaff {
                    switch company.staff {
                    case nil: review.append(.unverified(.staff))
                    case let have? where have > max: reasons.append(.staffOver(have: have, max: max))
                    default: break
                    }
                }
                if let max = rule?.maxRevenueYuan.map({ Money(yuan: Int64($0)) }) {
                    switch company.revenue {
                    case nil: review.append(.unverified(.revenue))
                    case let have? where have > max: reasons.append(.revenueOver(have: have, max: max))
                    default: break
                    }
                }
                if let need = rule?.minNewHireSharePercent,
                    rule?.newHireShareProducts?.contains(product.product) ?? true
                {
                    switch company.newHireKeyGroupPercent {
                    case nil: review.append(.unverified(.newHireShare))
                    case let have? where have < need: reasons.append(.newHireShareShort(have: have, need: need))
                    default: break
                    }
                }
            default:
                return nil
            }
            let available = Money(fen: max(0, product.cap.fen - (held[product.id]?.fen ?? 0)))
            if available.fen == 0 {
                reasons.append(.capReached(cap: product.cap))
            } else if let asked, asked > available {
                reasons.append(.amountOverAvailable(asked: asked, available: available))
            }
            let decision =
                reasons.isEmpty && !review.isEmpty
                ? Decision(.needsReview, under: product.measure, reasons: review)
                : Decision(under: product.measure, refusing: reasons.isEmpty ? [] : reasons + review)
            return Ruling(
                ruleID: product.ruleID, product: product, decision: decision, available: available,
                policyText: policy.measure(product.measure)?.tasks.first?.text ?? product.label)
        }
    }
}

/// M4: who counts as 符合条件 for the start-up loans (`loan_borrowers` in the policy file).
/// The Zibo text only says 符合条件; the defaults follow the national 创业担保贷款 rules.
public struct LoanBorrowers: Codable, Hashable, Sendable {
    public var individual: IndividualRule?
    public var enterprise: EnterpriseRule?
    /// Where the conditions come from.
    public var source: LocalizedText

    public struct IndividualRule: Codable, Hashable, Sendable {
        /// A digital occupation on the profile (数字人才).
        public var digitalOccupation: Bool?
        /// Any one of these key groups…
        public var keyGroups: [String]?
        /// …for these products only (all when absent).
        public var keyGroupProducts: [LoanProduct.Kind]?

        enum CodingKeys: String, CodingKey {
            case digitalOccupation = "digital_occupation"
            case keyGroups = "key_groups"
            case keyGroupProducts = "key_group_products"
        }
    }

    public struct EnterpriseRule: Codable, Hashable, Sendable {
        public var maxStaff: Int?
        public var maxRevenueYuan: Int?
        /// Of the year's new hires, at least this percentage from key groups…
        public var minNewHireSharePercent: Int?
        /// …for these products only (all when absent).
        public var newHireShareProducts: [LoanProduct.Kind]?

        enum CodingKeys: String, CodingKey {
            case maxStaff = "max_staff"
            case maxRevenueYuan = "max_revenue_yuan"
            case minNewHireSharePercent = "min_new_hire_share_percent"
            case newHireShareProducts = "new_hire_share_products"
        }
    }
}
