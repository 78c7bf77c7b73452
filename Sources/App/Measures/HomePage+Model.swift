import SiteKit
import TalentDomain

/// What the home page shows, taken straight from the running policy.
struct HomePageModel {
    struct MeasureItem {
        var code: String
        var number: Int
        var title: LocalizedText
        var summary: LocalizedText
        var departments: [String]
    }

    struct TargetRow {
        var target: Target
        var measureTitle: LocalizedText
        var departments: [LocalizedText]
    }

    var policy: PolicyDocument
    var year: Int
    var measures: [MeasureItem]
    var targets: [TargetRow]
    var lead: Department?
    /// The year's figures computed from records, by metric.
    var actuals: [TargetMetric: Int]

    init(policy: PolicyDocument, year: Int, actuals: [TargetMetric: Int]) {
        self.policy = policy
        self.year = year
        self.actuals = actuals
        measures = policy.measures.map {
            MeasureItem(
                code: $0.code, number: $0.number, title: $0.title, summary: $0.summary,
                departments: $0.departmentCodes)
        }
        targets = policy.targets.map { target in
            TargetRow(
                target: target,
                measureTitle: policy.measure(target.measure)?.title
                    ?? LocalizedText(zh: target.measure, en: target.measure),
                departments: target.departments.compactMap { policy.department($0)?.shortName })
        }
        lead = policy.departments.first(where: \.lead)
    }
}
