import Reference
import SiteKit
import TalentDomain

/// What the home page shows, taken straight from the running policy.
package struct HomePageModel {
    package struct MeasureItem {
        package var code: String
        package var number: Int
        package var title: LocalizedText
        package var summary: LocalizedText
        package var departments: [String]
    }

    package struct TargetRow {
        package var target: Target
        package var measureTitle: LocalizedText
        package var departments: [LocalizedText]
    }

    package var policy: PolicyDocument
    package var year: Int
    package var measures: [MeasureItem]
    package var targets: [TargetRow]
    package var lead: Department?
    /// The year's figures computed from records, by metric.
    package var actuals: [TargetMetric: Int]

    package init(policy: PolicyDocument, year: Int, actuals: [TargetMetric: Int]) {
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
