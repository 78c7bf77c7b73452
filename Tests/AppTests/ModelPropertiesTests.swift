import Accounts
import Fluent
import Organizations
import SiteKit
import TalentPool
import Testing

@testable import App

/// Hot models list their Fluent properties by hand instead of letting Fluent find them
/// by reflection on every query. A property added to the class but not to the list would
/// silently never be read or written: these tests compare each list with reflection.
@Suite("Hand-listed model properties")
struct ModelPropertiesTests {
    /// The database keys of the properties, in declaration order, as reflection finds them.
    private func reflectedKeys(_ model: some Model) -> [String] {
        Mirror(reflecting: model).children.compactMap { $0.value as? any AnyDatabaseProperty }
            .flatMap { $0.keys.map(\.description) }
    }

    private func listedKeys(_ model: some Model) -> [String] {
        model.properties.compactMap { $0 as? any AnyDatabaseProperty }.flatMap { $0.keys.map(\.description) }
    }

    // Types, not instances: Swift Testing encodes Codable arguments, and an empty model
    // cannot be encoded.
    @Test(arguments: [
        Talent.self as any Model.Type, TalentAttribute.self, User.self, UserSession.self, APIToken.self,
        Organization.self,
    ])
    func theListedPropertiesAreExactlyTheDeclaredOnes(type: any Model.Type) {
        let model = type.init()
        let reflected = reflectedKeys(model)
        #expect(!reflected.isEmpty)
        #expect(listedKeys(model) == reflected, "\(type): keep `properties` in step with the declarations")
    }

    @Test func aTalentReadBackHasEveryField() async throws {
        try await TestApp.run { app, _ in
            let talent = try await TestTalents.add(
                app, name: "王芳", skills: ["Swift"], major: "软件工程",
                keyGroups: ["college_graduates"])
            let read = try #require(try await Talent.find(talent.requireID(), on: app.db))
            #expect(read.name == "王芳")
            #expect(read.major == "软件工程")
            #expect(read.skillList == ["Swift"])
            #expect(read.residentIDCipher != nil && read.residentIDIndex != nil)
            #expect(read.searchKey != nil && read.createdAt != nil && read.updatedAt != nil)
        }
    }
}
