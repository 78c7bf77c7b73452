import Reference
import SiteKit
import TalentDomain
import Targets
import Vapor

/// JSON shapes of the policy API. The API never returns domain or Fluent types directly,
/// so the file format can change without breaking clients.
package struct MeasureDTO: Content {
    package var code: String
    package var number: Int
    package var title: LocalizedText
    package var summary: LocalizedText
    package var departments: [String]
    package var tasks: [TaskDTO]?
    package var targets: [TargetDTO]?

    package struct TaskDTO: Content {
        package var text: LocalizedText
        package var departments: [String]
    }

    package init(_ measure: Measure, policy: PolicyDocument, detailed: Bool) {
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

package struct DepartmentDTO: Content {
    package var code: String
    package var shortName: LocalizedText
    package var fullName: LocalizedText
    package var lead: Bool
    package var measures: [String]

    package init(_ department: Department, policy: PolicyDocument) {
        code = department.code
        shortName = department.shortName
        fullName = department.fullName
        lead = department.lead
        measures = policy.measures(of: department.code).map(\.code)
    }
}

package struct ActivePolicyDTO: Content {
    package var id: String
    package var version: Int
    package var effectiveDate: String
    package var title: LocalizedText
    package var checksum: String
    package var activatedAt: Date
    package var measures: Int
    package var departments: Int
    package var targets: [TargetDTO]

    package init(_ active: ActivePolicy) {
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
