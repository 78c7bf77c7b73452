import Accounts
import Certificates
import Fluent
import Reference
import SiteKit
import TalentPool
import Vapor

/// Registers the database, middleware, routes, migrations and commands. Loading the
/// policy and reference data is separate (`Bootstrap`), so commands like `policy check`
/// work without a database.
public func configure(_ app: Application, config: AppConfig) throws {
    app.logger.logLevel = max(app.logger.logLevel, PersonalDataSafeLogging.minimumLevel)
    try config.database.register(on: app)
    app.databaseChoice = config.database
    app.migrations.add(Migrations.all)

    // The whole stack is ours: request id outermost so every line of a request carries it.
    app.middleware = Middlewares()
    app.instanceID = Application.makeInstanceID()
    app.clock = config.clock
    app.importReportDays = config.importReportDays
    app.trustedProxies = config.trustedProxies
    app.drainState = DrainState(seconds: config.drainSeconds)
    app.auditReads = AuditReads()
    app.lifecycle.use(app.jobs)
    app.middleware.use(RequestIDMiddleware())
    app.middleware.use(SecurityHeadersMiddleware(https: config.secureCookies))
    app.middleware.use(RequestObserverMiddleware(metrics: app.metrics))
    app.middleware.use(LanguageMiddleware())
    app.middleware.use(
        SiteErrorMiddleware { request in
            request.application.activePolicy.map { Layout(request: request, policy: $0.document) }
        })
    app.useAccountSignIn()
    app.middleware.use(CSRFMiddleware(maxUpload: TalentImportController.maxUploadMB << 20))
    // After the CSRF check, which has collected form bodies that arrived in pieces.
    app.middleware.use(ControlCharacterGuard())
    // Innermost: turns the router's "no route for this method" into a 405.
    app.middleware.use(MethodNotAllowedMiddleware())
    // JSON bodies are the API's: each value in its documented type (`FormValue`).
    ContentConfiguration.global.use(decoder: JSONDecoder.strictAPI, for: .json)

    app.secrets = Secrets(secretKey: config.secretKey, previous: config.previousSecretKeys)
    app.certificateSigner = CertificateSigner(secrets: app.secrets)
    app.secureCookies = config.secureCookies
    app.publicURL = config.publicURL
    // bcrypt's cost: 12 in service (≈ 0.25 s a hash on one core), the minimum in tests.
    app.passwords.use(.bcrypt(cost: config.mode == .testing ? 4 : 12))
    app.prepareAbsentUserHash()

    app.preparation = { app in try await Bootstrap.prepare(app, config: config) }
    // The job queue's uploaded files are sealed too; each capability adds its own.
    app.sealedColumns = [SealedColumns(table: JobFile.schema, key: "job_id", columns: [.init("sealed", binary: true)])]
    try app.compose(try capabilities(config))

    app.asyncCommands.use(TalentServeCommand(), as: "serve", isDefault: true)
    app.asyncCommands.use(PolicyCommand(), as: "policy")
    app.asyncCommands.use(DemoCommand(), as: "demo")
}
