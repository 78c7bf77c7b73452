import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

extension AppConfig.DatabaseChoice {
    /// Registers the chosen engine as the application's default database, and again as
    /// `.bulk`: the same database on connections of their own for imports.
    package func register(on app: Application) throws {
        switch self {
        case let .sqlite(path):
            app.databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .sqlite)
            app.databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .bulk, isDefault: false)
        case let .postgres(url, schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            app.databases.use(
                .postgres(
                    configuration: configuration,
                    maxConnectionsPerEventLoop: DatabasePool.postgresConnectionsPerEventLoop,
                    sqlLogLevel: .trace),
                as: .psql)
            app.databases.use(
                .postgres(configuration: configuration, maxConnectionsPerEventLoop: 1, sqlLogLevel: .trace),
                as: .bulk, isDefault: false)
        }
    }

    package var engineName: String {
        switch self {
        case .sqlite: "sqlite"
        case .postgres: "postgresql"
        }
    }
}

extension DatabaseID {
    /// Connections of their own for long work (imports), apart from the ones requests
    /// use, so a running import never leaves a request waiting for a connection.
    package static let bulk = DatabaseID(string: "bulk")
}
