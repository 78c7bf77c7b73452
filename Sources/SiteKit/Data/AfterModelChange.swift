import Fluent

/// Runs `action` after every create, update or delete of an `M` through Fluent, once the
/// change is made: how a process cache (bearer tokens, reference lists) learns that what
/// it holds is out of date.
package struct AfterModelChange<M: Model>: AsyncModelMiddleware {
    package let action: @Sendable () -> Void

    package init(_ action: @escaping @Sendable () -> Void) {
        self.action = action
    }

    package func create(model: M, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.create(model, on: db)
        action()
    }

    package func update(model: M, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.update(model, on: db)
        action()
    }

    package func delete(model: M, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.delete(model, force: force, on: db)
        action()
    }
}
