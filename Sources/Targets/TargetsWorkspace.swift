import Reference
import SiteKit
import TalentDomain
import Vapor

/// An officer's department on their workspace: its full name, and its targets against
/// the figures of the year and district the officer chooses (`?year=&district=`), with
/// the measures it is responsible for.
package struct TargetsWorkspace: WorkspaceSource {
    package func load(for actor: Actor, _ req: Request) async throws -> WorkspacePart {
        let policy = try req.policy
        guard actor.role == .officer, let code = actor.departmentCode, let department = policy.department(code) else {
            return WorkspacePart()
        }
        let thisYear = req.clock.year
        let firstYear = min(Int(policy.effectiveDate.prefix(4)) ?? thisYear, thisYear)
        // A year or district that is not one of the choices is not an error here: the
        // page falls back to this year and the whole city, as the form then shows.
        let year =
            req.query[Int.self, at: "year"].flatMap { (firstYear...thisYear).contains($0) ? $0 : nil }
            ?? thisYear
        let districts = try await District.query(on: req.db).sort(\.$id).all()
        let district = req.query[String.self, at: "district"].trimmedText.flatMap { code in
            districts.contains { $0.id == code } ? code : nil
        }
        let section = TargetsWorkspaceSection(
            policy: policy, department: department, year: year, years: Array((firstYear...thisYear).reversed()),
            district: district, districts: districts.map { ($0.id ?? "", $0.nameZh, $0.nameEn) },
            actuals: try await TargetQuery.figures(year: year, district: district, on: req.db))
        return WorkspacePart(
            lead: Message(zh: department.fullName.zh, en: department.fullName.en), sections: [section])
    }
}
