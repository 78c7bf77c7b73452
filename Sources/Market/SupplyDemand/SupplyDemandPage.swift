import Foundation
import SiteKit
import TalentDomain
import Training

/// `/market/map`: the supply–demand map of a year for officers — suggestions, the
/// heat-map, the sortable table of occupations, downloads, and one occupation's detail
/// with the catalogue lines, posts, talents and programmes behind its numbers.
struct SupplyDemandPageModel {
    struct Detail: Sendable {
        var row: SupplyDemand.Row
        var posts: [JobPost]
        var programs: [(id: UUID, title: String, status: ProgramStatus?, endsOn: String)]
    }

    var map: SupplyDemandQuery.Map
    var order: SupplyDemand.Order
    var names: SupplyDemandNames
    var years: [Int]
    var detail: Detail?
    var notice: String?
    var csrf: String

    func render(layout: Layout) -> String {
        let m = layout.messages
        let rows = SupplyDemand.sorted(map.rows, by: order)
        return layout.render(
            title: m(.mapTitle(year: map.year)),
            body: .group(
                .h1(.text(m(.mapTitle(year: map.year)))),
                .p(.class("lead"), .text(m(.mapIntro))),
                FormParts.notice(notice),
                controls(m),
                .unwrap(detail) { detailSection($0, m) },
                suggestions(m),
                .h2(.text(m(.mapHeatTitle))),
                .p(.class("field__hint"), .text(m(.mapHeatHint))),
                SupplyDemandHeatMap.render(rows, chains: map.chains, names: names, year: map.year, m),
                .h2(.id("map-table-heading"), .text(m(.mapTableTitle))),
                rows.isEmpty ? .p(.class("empty-state"), .id("map-empty"), .text(m(.mapEmpty))) : table(rows, m),
                .p(
                    .class("link-list"),
                    .a(.id("map-xlsx"), .href(download("xlsx")), .text(m(.catalogueDownloadXLSX))),
                    .a(.id("map-csv"), .href(download("csv")), .text(m(.catalogueDownloadCSV))))))
    }

    private func download(_ format: String) -> String {
        SiteURL.supplyDemandDownload.path + "?year=\(map.year)&format=\(format)"
    }

    private func controls(_ m: Messages) -> Node<HTML.BodyContext> {
        .group(
            .form(
                .class("filters"), .id("map-filter"), .method(.get), .action(SiteURL.supplyDemand.path),
                FormParts.select(
                    id: "map-year", name: "year", label: m(.catalogueYear),
                    options: years.map { (String($0), String($0)) }, selected: String(map.year)),
                FormParts.select(
                    id: "map-sort", name: "sort", label: m(.mapSort),
                    options: SupplyDemand.Order.allCases.map { ($0.rawValue, m(.mapOrder($0.rawValue))) },
                    selected: order.rawValue),
                .button(.type(.submit), .class("button"), .text(m(.catalogueFilterButton)))),
            .form(
                .class("inline-form"), .id("map-recount"), .method(.post), .action(SiteURL.supplyDemandRecount.path),
                FormParts.csrf(csrf),
                .p(
                    .class("muted"),
                    .text(
                        map.countedAt.map { m(.mapCountedAt(time: ZiboTime.timestamp($0))) } ?? m(.mapNotCounted)
                            + " "),
                    .button(.type(.submit), .class("button button--small button--secondary"), .text(m(.mapRecount))))))
    }

    private func suggestions(_ m: Messages) -> Node<HTML.BodyContext> {
        let found = Array(SupplyDemand.suggestions(map.rows).prefix(8))
        return .if(
            !found.isEmpty,
            .section(
                .class("card"), .id("map-suggestions"),
                .h2(.text(m(.mapSuggestions))),
                .ul(
                    .class("plain-list"),
                    .forEach(found) { suggestion in
                        switch suggestion {
                        case let .openProgram(code, demand, supply, inTraining):
                            return .li(
                                .data(named: "suggestion", value: "open-program"),
                                .text(
                                    m(
                                        .mapSuggestOpen(
                                            occupation: names.occupation(code), demand: demand, supply: supply,
                                            inTraining: inTraining)) + " "),
                                .a(
                                    .href(SiteURL.newProgram.path + "?occupation=\(code)"),
                                    .text(m(.mapOpenProgram) + " →")))
                        case let .trainMore(code, gap, inTraining):
                            return .li(
                                .data(named: "suggestion", value: "train-more"),
                                .text(
                                    m(
                                        .mapSuggestTrain(
                                            occupation: names.occupation(code), gap: gap, inTraining: inTraining)) + " "
                                ),
                                .a(
                                    .href(SiteURL.newProgram.path + "?occupation=\(code)"),
                                    .text(m(.mapOpenProgram) + " →")))
                        case let .certify(code, supply, qualified):
                            return .li(
                                .data(named: "suggestion", value: "certify"),
                                .text(
                                    m(
                                        .mapSuggestCertify(
                                            occupation: names.occupation(code), supply: supply, qualified: qualified))))
                        }
                    })))
    }

    private func table(_ rows: [SupplyDemand.Row], _ m: Messages) -> Node<HTML.BodyContext> {
        .scrollableTable(
            label: m(.mapTableTitle),
            .table(
                .class("data-table data-table--wide"), .id("map-table"),
                .thead(
                    .tr(
                        .th(.text(m(.catalogueOccupation))), .th(.text(m(.mapCatalogue))), .th(.text(m(.mapPosts))),
                        .th(.text(m(.mapDemand))), .th(.text(m(.mapSupply))), .th(.text(m(.mapQualified))),
                        .th(.text(m(.mapInTraining))), .th(.text(m(.mapTrained))), .th(.text(m(.mapOpenPrograms))),
                        .th(.text(m(.mapGap))))),
                .tbody(
                    .forEach(rows) { row in
                        .tr(
                            .data(named: "occupation", value: row.occupationCode),
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .a(
                                    .href(
                                        SiteURL.supplyDemand.path + "?year=\(map.year)&occupation=\(row.occupationCode)"
                                    ),
                                    .text(names.occupation(row.occupationCode)))),
                            number(row.catalogue), number(row.posts), number(row.demand), number(row.supply),
                            number(row.qualified), number(row.inTraining), number(row.trained),
                            number(row.openPrograms),
                            .td(.class(row.gap > 0 ? "number gap" : "number"), .text(row.gap.formatted())))
                    })))
    }

    private func number(_ value: Int) -> Node<HTML.TableRowContext> {
        .td(.class("number"), .text(value.formatted()))
    }

    private func detailSection(_ detail: Detail, _ m: Messages) -> Node<HTML.BodyContext> {
        let row = detail.row
        let code = row.occupationCode
        return .section(
            .class("card"), .id("map-detail"),
            .h2(.text(names.occupation(code))),
            .p(
                .text(
                    m(
                        .mapDetailSummary(
                            demand: row.demand, supply: row.supply, qualified: row.qualified,
                            inTraining: row.inTraining,
                            gap: row.gap)))),
            .scrollableTable(
                label: names.occupation(code),
                .table(
                    .class("data-table"), .id("map-detail-chains"),
                    .thead(
                        .tr(
                            .th(.text(m(.catalogueChain))), .th(.text(m(.mapCatalogue))), .th(.text(m(.mapPosts))),
                            .th(.text(m(.mapChainTalents))), .th(.text(m(.mapQualified))), .th(.text(m(.mapGap))))),
                    .tbody(
                        .forEach(row.cells) { cell in
                            .tr(
                                .th(
                                    .attribute(named: "scope", value: "row"),
                                    .a(
                                        .href(
                                            SiteURL.talents.path + "?occupation=\(code)"
                                                + (cell.chainCode.isEmpty ? "" : "&chain=\(cell.chainCode)")),
                                        .text(names.chain(cell.chainCode, m)))),
                                number(cell.catalogue), number(cell.posts), number(cell.talents),
                                number(cell.qualified),
                                number(cell.gap))
                        },
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(m(.mapUnattached))),
                            .td(.class("number"), .text("—")), .td(.class("number"), .text("—")),
                            number(row.unattached), number(row.unattachedQualified),
                            .td(.class("number"), .text("—")))))),
            .p(
                .class("link-list"),
                .a(
                    .href(SiteURL.catalogueYear(map.year).path + "?occupation=\(code)"),
                    .text(m(.mapCatalogueLines) + " →")),
                .a(.href(SiteURL.jobs.path + "?occupation=\(code)"), .text(m(.mapOpenPostsLink) + " →")),
                .a(.href(SiteURL.talents.path + "?occupation=\(code)"), .text(m(.mapTalentsLink) + " →"))),
            .h3(.text(m(.mapPrograms))),
            detail.programs.isEmpty
                ? .p(
                    .id("map-no-programs"), .text(m(.mapNoPrograms) + " "),
                    .a(.href(SiteURL.newProgram.path + "?occupation=\(code)"), .text(m(.mapOpenProgram) + " →")))
                : .ul(
                    .class("plain-list"), .id("map-programs"),
                    .forEach(detail.programs) { program in
                        .li(
                            .a(.href(SiteURL.program(program.id).path), .text(program.title)),
                            .span(
                                .class("muted"),
                                .text(" · \(program.status.map(m.programStatus) ?? "") · \(program.endsOn)")))
                    }),
            .h3(.text(m(.mapOpenPostsLink))),
            detail.posts.isEmpty
                ? .p(.text(m(.jobNoPosts)))
                : .ul(
                    .class("plain-list"), .id("map-posts"),
                    .forEach(detail.posts) { post in
                        .li(
                            .a(.href(SiteURL.jobPost(post.id ?? UUID()).path), .text(post.title)),
                            .span(.class("muted"), .text(" · " + m(.jobHeadcountShort(count: post.headcount)))))
                    }))
    }
}
