import Vapor

/// A JSON list: `{"items": [...]}`, so that fields can be added beside the list later.
package struct ItemsDTO<Item: Content>: Content {
    package var items: [Item]

    package init(items: [Item]) {
        self.items = items
    }
}
