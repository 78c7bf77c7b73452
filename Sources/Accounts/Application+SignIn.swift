import Fluent
import SiteKit
import Vapor

extension Application {
    /// Signs requests in from the session cookie and from bearer tokens (middleware, in
    /// the order `configure` calls this), and keeps the bearer-token cache in step with
    /// changes to accounts and tokens.
    package func useAccountSignIn() {
        middleware.use(SessionAuthenticator())
        let bearerTokens = BearerTokenCache()
        middleware.use(BearerTokenAuthenticator(cache: bearerTokens))
        // Every path that revokes a token or changes who an account is saves or deletes
        // one of these through Fluent (revoking all of a user's tokens saves the user).
        databases.middleware.use(AfterModelChange<User> { bearerTokens.removeAll() })
        databases.middleware.use(AfterModelChange<APIToken> { bearerTokens.removeAll() })
    }
}
