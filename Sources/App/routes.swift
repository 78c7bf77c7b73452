import Vapor

func routes(_ app: Application, config: AppConfig) throws {
    try app.register(collection: OpsController(engine: config.database.engineName))
    try app.register(collection: StaticResourceController())
    try app.register(collection: MeasureController())
    try app.register(collection: ReferenceController())
}
