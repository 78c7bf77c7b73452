import Fluent

/// A migration under the name it shipped with. Fluent names a migration after its module
/// and type (`App.CreateTalent`) and runs each name once; when the migrations moved from
/// the app module into their capabilities' modules, a new name would have run them again
/// on every database made before the move. So each keeps its first name.
package struct ShippedMigration: Migration {
    package let name: String
    let migration: any Migration

    /// `migration` under the name it had in `module`.
    package init(_ migration: any Migration, module: String) {
        self.migration = migration
        name = module + "." + String(describing: type(of: migration))
    }

    package func prepare(on database: any Database) -> EventLoopFuture<Void> { migration.prepare(on: database) }
    package func revert(on database: any Database) -> EventLoopFuture<Void> { migration.revert(on: database) }
}
