import Reference
import SiteKit
import TalentDomain

/// One measure with everything the policy attaches to it.
package struct MeasurePageModel {
    package var policy: PolicyDocument
    package var measure: Measure
    package var departments: [Department]
    package var targets: [Target]
    package var loans: [LoanProduct]
    package var subsidies: [Subsidy]
    /// The M8 title-pathway rules, on the measure the nomination rule belongs to.
    package var showsEvaluationRules: Bool
    /// The voucher key groups, on the measure that issues vouchers (M2).
    package var showsKeyGroups: Bool
    package var previous: Measure?
    package var next: Measure?
    package var year: Int
    /// The year's figures computed from records, by metric.
    package var actuals: [TargetMetric: Int]

    /// Nil when the policy has no measure with that code.
    package init?(policy: PolicyDocument, code: String, year: Int, actuals: [TargetMetric: Int]) {
        guard let index = policy.measures.firstIndex(where: { $0.code == code.uppercased() }) else { return nil }
        let measure = policy.measures[index]
        self.policy = policy
        self.measure = measure
        self.year = year
        self.actuals = actuals
        departments = measure.departmentCodes.compactMap(policy.department)
        targets = policy.targets(of: measure.code)
        loans = policy.loanProducts(of: measure.code)
        subsidies = policy.subsidies(of: measure.code)
        showsEvaluationRules = policy.nominationRule.measure == measure.code
        showsKeyGroups = measure.code == PolicyDocument.voucherMeasure && !policy.keyGroups.isEmpty
        previous = index > 0 ? policy.measures[index - 1] : nil
        next = index + 1 < policy.measures.count ? policy.measures[index + 1] : nil
    }
}
