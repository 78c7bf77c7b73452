import Vapor

func routes(_ app: Application, config: AppConfig) throws {
    try app.register(collection: OpsController(engine: config.database.engineName))
    try app.register(collection: StaticResourceController())
    try app.register(collection: MeasureController())
    try app.register(collection: ReferenceController())
    try app.register(collection: AccountsController())
    try app.register(collection: TokensController())
    try app.register(collection: UsersController())
    try app.register(collection: OrganizationsController())
    try app.register(collection: WorkspaceController())
    try app.register(collection: AuditController())
    try app.register(collection: DepartmentsAdminController())
    try app.register(collection: TalentsController())
    try app.register(collection: TalentSearchController())
    try app.register(collection: TalentImportController())
    try app.register(collection: TalentEditController())
    try app.register(collection: ErasureController())
    try app.register(collection: RegistrationController())
    try app.register(collection: ProgramsController())
    try app.register(collection: EnrollmentsController())
    try app.register(collection: CertificatesController())
}
