import Vapor

// `hello serve --hostname 127.0.0.1 --port P`: GET /hello answers "Hello, world!" with
// Vapor's default middleware (its error middleware only), as a new Vapor project does.
var env = try Environment.detect()
try LoggingSystem.bootstrap(from: &env)
let app = try await Application.make(env)
app.get("hello") { _ in "Hello, world!" }
do {
    try await app.execute()
} catch {
    app.logger.report(error: error)
    try? await app.asyncShutdown()
    throw error
}
try await app.asyncShutdown()
