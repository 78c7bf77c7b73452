/// The numbered links of a paged list: the first and last page, those next to the
/// current one, gaps shown as "…", the current page marked for screen readers too.
package struct PageNumbers {
    package var current: Int
    package var count: Int
    package var messages: Messages
    /// The address of page `n`.
    package var link: (Int) -> String

    package init(current: Int, count: Int, messages: Messages, link: @escaping (Int) -> String) {
        (self.current, self.count, self.messages, self.link) = (current, count, messages, link)
    }

    /// The pages shown: 1, the two either side of `current`, and `count`, in order.
    package var shown: [Int] {
        Set([1, count] + Array(max(1, current - 2)...min(count, current + 2))).filter { $0 <= count }.sorted()
    }

    package var node: Node<HTML.BodyContext> {
        let m = messages
        let shown = self.shown
        return .ol(
            .class("pager__numbers"),
            .forEach(Array(shown.enumerated())) { index, number in
                .group(
                    .if(index > 0 && shown[index - 1] != number - 1, .li(.class("pager__gap"), .text("…"))),
                    .li(
                        number == current
                            ? .span(
                                .attribute(named: "aria-current", value: "page"),
                                .ariaLabel(m(.pagerPageNumber(page: String(number)))), .text(String(number)))
                            : .a(
                                .href(link(number)), .ariaLabel(m(.pagerPageNumber(page: String(number)))),
                                .text(String(number)))))
            })
    }

    /// A whole pager: previous, the numbers, "page n of m", next. Nothing for one page.
    package var pager: Node<HTML.BodyContext> {
        let m = messages
        return .if(
            count > 1,
            .nav(
                .class("pager"), .ariaLabel(m(.pagerLabel)),
                .if(current > 1, .a(.rel(.prev), .href(link(current - 1)), .text(m(.pagerPrevious)))),
                node,
                .span(
                    .class("pager__where"), .text(m(.pagerPageOf(page: current.formatted(), pages: count.formatted())))),
                .if(current < count, .a(.rel(.next), .href(link(current + 1)), .text(m(.pagerNext))))))
    }
}
