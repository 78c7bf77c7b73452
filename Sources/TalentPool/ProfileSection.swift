import SiteKit
import Vapor

/// A section another capability adds to a talent's profile page: the certificates, the
/// continuing-education hours. Those capabilities sit above the talent pool, so the pool
/// asks them through this instead of importing them; the app lists the sections in the
/// order the page shows them (`TalentPoolCapability`).
package protocol ProfileSection: Sendable {
    /// What the section shows of `talent` to the request's actor; nil leaves it out.
    func load(_ talent: Talent, _ req: Request) async throws -> (any PageSection)?
}
