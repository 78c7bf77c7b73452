import SiteKit
import TalentDomain
import Vapor

/// JSON shapes of the policy API. The API never returns domain or Fluent types directly,
/// so the file format can change without breaking clients.
struct MeasureDTO: Content {
    var code: String
    var number: Int
    var title: LocalizedText
    var summary: LocalizedText
    var departments: [String]
    var tasks: [TaskDTO]?
    var targets: [TargetDTO]?

    struct TaskDTO: Content {
        var text: LocalizedText
        var departments: [String]
    }

    init(_ measure: Measure, policy: PolicyDocument, detailed: Bool) {
        code = measure.code
        number = measure.number
        title = measure.title
        summary = measure.summary
        departments = measure.departmentCodes
        if detailed {
            tasks = measure.tasks.map { TaskDTO(text: $0.text, departments: $0.departments) }
            targets = policy.targets(of: measure.code).map(TargetDTO.init)
        }
    }
}

struct TargetDTO: Content {
    var id: String
    var measure: String
    var metric: String
    var label: LocalizedText
    var comparison: String
    var value: Int
    var unit: String
    var period: String
    var departments: [String]

    init(_ target: Target) {
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

struct DepartmentDTO: Content {
    var code: String
    var shortName: LocalizedText
    var fullName: LocalizedText
    var lead: Bool
    var measures: [String]

    init(_ department: Department, policy: PolicyDocument) {
        code = department.code
        shortName = department.shortName
        fullName = department.fullName
        lead = department.lead
        measures = policy.measures(of: department.code).map(\.code)
    }
}

struct ActivePolicyDTO: Content {
    var id: String
    var version: Int
    var effectiveDate: String
    var title: LocalizedText
    var checksum: String
    var activatedAt: Date
    var measures: Int
    var departments: Int
    var targets: [TargetDTO]

    init(_ active: ActivePolicy) {
        let document = active.document
        id = document.id
        version = document.version
        effectiveDate = document.effectiveDate
        title = document.title
        checksum = active.checksum
        activatedAt = active.activatedAt
        measures = document.measures.count
        departments = document.departments.count
        targets = document.targets.map(TargetDTO.init)
    }
}
