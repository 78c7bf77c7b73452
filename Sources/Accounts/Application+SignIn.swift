import Fluent
import Vapor

extension Application {
    /// Signs requests in from the session cookie and from bearer tokens (middleware, in
    /// the order `configure` calls this), and keeps the bearer-token cache in step with
    /// changes to accounts and tokens.
    package func useAccountSignIn() {
        middleware.use(SessionAuthenticator())
        let bearerTokens = BearerTokenCache()
        middleware.use(BearerTokenAuthenticator(cache: bearerTokens))
        databases.middleware.use(BearerTokenCacheInvalidation<User>(cache: bearerTokens))
        databases.middleware.use(BearerTokenCacheInvalidation<APIToken>(cache: bearerTokens))
    }
}
