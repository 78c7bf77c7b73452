/// The size of the PostgreSQL connection pool.
package enum DatabasePool {
    package static let postgresConnectionsPerEventLoop = 4
}
