import SiteKit
import TalentDomain
import Vapor

package struct TargetDTO: Content {
    package var id: String
    package var measure: String
    package var metric: String
    package var label: LocalizedText
    package var comparison: String
    package var value: Int
    package var unit: String
    package var period: String
    package var departments: [String]

    package init(_ target: Target) {
        id = target.id
        measure = target.measure
        metric = target.metric.rawValue
        label = target.label
        comparison = target.comparison.rawValue
        value = target.value
        unit = target.unit.rawValue
        period = target.period.rawValue
        departments = target.departments
    }
}
