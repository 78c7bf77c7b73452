import Foundation
import SiteKit
import TalentDomain

/// `/talents/exports/{id}`: a large export's progress while its job runs (the page reloads
/// itself), then the file to download, how many rows it holds and until when it is kept.
package struct TalentExportPageModel {
    package var run: TalentExportRun
    package var progress: Job?

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let criteria = run.parameterPairs.map { "\($0.0)=\($0.1)" }.joined(separator: " · ")
        return layout.render(
            title: m(.talentExportTitle),
            body: .group(
                .p(.a(.href(SiteURL.talents.path + "?" + run.parameters), .text("← " + m(.talentsTitle)))),
                .h1(.text(m(.talentExportTitle))),
                .p(
                    .class("lead"),
                    .text(
                        m(
                            .talentExportCriteria(
                                criteria: criteria.isEmpty ? m(.talentExportEverything) : criteria,
                                format: run.format.rawValue.uppercased())))),
                status(m)))
    }

    private func status(_ m: Messages) -> Node<HTML.BodyContext> {
        switch run.status {
        case .running:
            let (done, total) = (progress?.done ?? 0, max(progress?.total ?? 0, 1))
            return .div(
                .id("export-status"), .attribute(named: "role", value: "status"),
                .attribute(named: "aria-live", value: "polite"),
                .p(
                    .text(
                        done == 0
                            ? m(.talentExportQueued)
                            : m(.talentExportRunning(done: done.formatted(), total: total.formatted())))),
                .element(
                    named: "progress",
                    nodes: [
                        .attribute(named: "max", value: String(total)),
                        .attribute(named: "value", value: String(min(done, total))),
                        .attribute(named: "aria-label", value: m(.talentExportTitle)),
                    ]),
                .span(.data(named: "refresh-seconds", value: "2")))
        case .failed:
            return .p(
                .id("export-status"), .class("error-summary"),
                .text(m(.talentExportFailed(reason: run.problemText(m.language) ?? ""))))
        case .done:
            let until = run.createdAt.map { ZiboTime.timestamp($0.addingTimeInterval(TalentExportRun.kept)) } ?? ""
            return .div(
                .id("export-status"), .class("notice"),
                .p(
                    .text(m(.talentExportDone(rows: (run.rowCount ?? 0).formatted(), until: until)))
                ),
                .p(
                    .a(
                        .class("button"), .id("export-download"),
                        .href(SiteURL.talentExportFile(run.id ?? UUID()).path),
                        .text(m(.talentExportDownload)))))
        }
    }
}
