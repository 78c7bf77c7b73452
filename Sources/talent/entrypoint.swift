import App
import Foundation
import Logging
import SiteKit
import TalentDomain
import Vapor

/// `talent serve | migrate [--revert] | policy check FILE`. Start-up problems (settings,
/// a bad policy file) print one message listing them all and exit 1 — no stack trace.
@main
enum Entrypoint {
    static func main() async {
        var environment: Environment
        do {
            environment = try Environment.detect()
            try LoggingSystem.bootstrap(from: &environment)
        } catch {
            fail("\(error)")
        }
        let app: Application
        do {
            app = try await Application.make(environment)
        } catch {
            fail("\(error)")
        }
        var failure: String?
        do {
            let config = try AppConfig.resolve(ProcessInfo.processInfo.environment)
            try configure(app, config: config)
            // Not `app.execute()`: it logs a failed start-up as a warning before rethrowing,
            // and the operator should read the problem once, as plain text.
            try await app.startup()
            try await app.running?.onStop.get()
        } catch let error as ConfigError {
            failure = error.description
        } catch let error as PolicyFileError {
            failure = error.description
        } catch let error as CommandFailure {
            failure = error.message
        } catch {
            failure = "\(error)"
        }
        try? await app.asyncShutdown()
        if let failure { fail(failure) }
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(1)
    }
}
