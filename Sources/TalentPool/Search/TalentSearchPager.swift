import SiteKit
import TalentDomain

/// The search's page links: numbers for the first pages (`jumpablePages`, reached
/// without a cursor), the previous page while it is one of them, and the next page by
/// its cursor — so page 37 of 500 is reached by "下一页" and still says which page it is.
struct TalentSearchPager {
    var parameters: [(String, String)]
    var pageNumber: Int
    var pageSize: Int
    var total: Int
    var totalIsExact: Bool
    var next: TalentSearchQuery.Cursor?
    var messages: Messages

    /// How many pages the total fills (at least one); "about 500" when it is an estimate.
    var pageCount: Int { max(1, (total + pageSize - 1) / pageSize) }

    var node: Node<HTML.BodyContext> {
        let m = messages
        let jumpable = min(pageCount, TalentSearchQuery.jumpablePages)
        return .nav(
            .class("pager"), .id("talent-pager"), .ariaLabel(m(.talentsPages)),
            .if(
                pageNumber > 1 && pageNumber - 1 <= TalentSearchQuery.jumpablePages,
                .a(.rel(.prev), .href(link(page: pageNumber - 1)), .text(m(.pagerPrevious)))),
            .if(pageNumber > TalentSearchQuery.jumpablePages + 1, .a(.href(link(page: 1)), .text(m(.talentsFirst)))),
            .if(
                jumpable > 1,
                PageNumbers(current: pageNumber, count: jumpable, messages: m, link: link(page:)).node),
            .span(
                .class("pager__where"),
                .text(
                    totalIsExact
                        ? m(.pagerPageOf(page: pageNumber.formatted(), pages: pageCount.formatted()))
                        : m(.talentsPageOfAbout(page: pageNumber.formatted(), pages: m(.roughly(pageCount)))))),
            .unwrap(next) { cursor in
                .a(
                    .rel(.next),
                    .href(
                        SiteURL.talents.path + "?"
                            + TalentSearchPageModel.encode(
                                parameters + [("cursor", cursor.text), ("page", String(pageNumber + 1))])),
                    .text(m(.talentsNext)))
            })
    }

    private func link(page: Int) -> String {
        SiteURL.talents.path + "?"
            + TalentSearchPageModel.encode(parameters + (page == 1 ? [] : [("page", String(page))]))
    }
}
