import Fluent
import Vapor

/// Registers the database, middleware, routes, migrations and commands. Loading the
/// policy and reference data is separate (`Bootstrap`), so commands like `policy check`
/// work without a database.
public func configure(_ app: Application, config: AppConfig) throws {
    app.logger.logLevel = max(app.logger.logLevel, PersonalDataSafeLogging.minimumLevel)
    try config.database.register(on: app)
    app.migrations.add(Migrations.all)

    // The whole stack is ours: request id outermost so every line of a request carries it.
    app.middleware = Middlewares()
    app.middleware.use(RequestIDMiddleware())
    app.middleware.use(RequestObserverMiddleware(metrics: app.metrics))
    app.middleware.use(LanguageMiddleware())
    app.middleware.use(SiteErrorMiddleware())

    try routes(app, config: config)

    app.asyncCommands.use(TalentServeCommand(config: config), as: "serve", isDefault: true)
    app.asyncCommands.use(PolicyCommand(), as: "policy")
}
