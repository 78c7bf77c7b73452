import Vapor

/// The signed-in session's token on the request, which the CSRF token is bound to: set by
/// the accounts' session authenticator.
package struct SessionTokenKey: StorageKey {
    package typealias Value = String
}
