import SiteKit
import Spreadsheet
import TalentDomain

/// A simulation's report as one flat sheet (the page's tables, with every occupation):
/// a row per rule, then its districts and occupations, then the masked sample — so that a
/// spreadsheet's filter on 范围 gives any of the page's tables.
enum PolicySimulationWorkbook {
    static func bytes(
        _ report: PolicySimulation.Report, districtNames: [String: String], occupationNames: [String: String],
        _ m: Messages
    ) -> [UInt8] {
        var rows: [[String]] = [
            [
                m(.simulationRule), m(.simulationMeasure), m(.simulationDimension),
                m(.simulationDistrict) + "/"
                    + m(.simulationOccupation),
                "\(m(.simulationActive)) \(m(.outcomeEligible))", "\(m(.simulationActive)) \(m(.outcomeNeedsReview))",
                "\(m(.simulationDraft)) \(m(.outcomeEligible))", "\(m(.simulationDraft)) \(m(.outcomeNeedsReview))",
                m(.simulationGained), m(.simulationLost), m(.simulationMoneyActive), m(.simulationMoneyDraft),
                m(.simulationMoneyDelta),
            ]
        ]
        for rule in report.rules {
            rows.append(
                [
                    rule.ruleID, rule.measure, m(.simulationTotal), rule.text.text(m.language),
                    String(rule.before.eligible), String(rule.before.needsReview), String(rule.after.eligible),
                    String(rule.after.needsReview), String(rule.shift.gained), String(rule.shift.lost),
                    rule.moneyBefore.yuanText, rule.moneyAfter.yuanText, rule.shift.money.yuanText,
                ])
            for (code, shift) in rule.byDistrict.sorted(by: { $0.key < $1.key }) {
                rows.append(group(rule, m(.simulationDistrict), districtNames[code] ?? code, shift))
            }
            for (code, shift) in rule.byOccupation.sorted(by: { $0.key < $1.key }) {
                let name =
                    code.isEmpty ? m(.simulationNoOccupation) : occupationNames[code].map { "\($0)（\(code)）" } ?? code
                rows.append(group(rule, m(.simulationOccupation), name, shift))
            }
        }
        rows.append([])
        rows.append([m(.simulationPerson), m(.simulationDistrict), m(.simulationOccupation), m(.simulationChanges)])
        for sample in report.samples {
            rows.append(
                [
                    sample.maskedName, districtNames[sample.district] ?? sample.district, sample.occupation ?? "",
                    sample.changes.map { PolicySimulationPageModel.change($0, m) }.joined(separator: "; "),
                ])
        }
        return XLSXWriter.workbook(sheetName: m(.simulationsTitle), rows: rows)
    }

    private static func group(
        _ rule: PolicySimulation.RuleTally, _ dimension: String, _ name: String, _ shift: PolicySimulation.Shift
    )
        -> [String]
    {
        [
            rule.ruleID, rule.measure, dimension, name, "", "", "", "", String(shift.gained), String(shift.lost), "",
            "",
            shift.money.yuanText,
        ]
    }
}
