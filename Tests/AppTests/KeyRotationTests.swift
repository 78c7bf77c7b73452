import Certificates
import Fluent
import Foundation
import Operations
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor

@testable import App

/// Issue 20, deliver 6: `talent keys rotate` to a new key, then the old key removed from
/// the configuration — every ID number still opens, every blind-index look-up still finds
/// its profile, every certificate still verifies and the audit trail verifies across the
/// change. On both engines.
@Suite("Key rotation: nothing the old key sealed, indexed or signed is lost")
struct KeyRotationTests {
    static let newKey = [UInt8](repeating: 9, count: 32)

    /// The new key first, the old one still read: the configuration a rotation runs with.
    static func rotating(_ config: AppConfig) -> AppConfig {
        var rotating = config
        (rotating.secretKey, rotating.previousSecretKeys) = (newKey, [config.secretKey])
        return rotating
    }

    /// The old key removed.
    static func newKeyOnly(_ config: AppConfig) -> AppConfig {
        var rotated = config
        (rotated.secretKey, rotated.previousSecretKeys) = (newKey, [])
        return rotated
    }

    @Test func afterTheRotationAndWithoutTheOldKeyEverythingOpensIsFoundAndVerifies() async throws {
        try await TestApp.run { app, config in
            // setup: a signed certificate, 30 imported profiles, a report naming one of them
            let world = try await TrainingWorld.make(app)
            let (_, enrollment) = try await CertificateTests.completed(world)
            let code = try #require(
                try world.json(try await CertificateTests.issue(world, enrollment))["code"] as? String)
            let file = try await ImportFiles.demo(app, talents: 30)
            #expect(try await ImportFiles.run(app, file).created == 30)
            let oldSigner = app.certificateSigner.keyID
            let profiles = try await Talent.query(on: app.db).filter(\.$residentIDCipher != nil).all()
            let named = try #require(profiles.first)
            try await ImportReports.remember(
                [ImportReports.residentKey(index: try #require(named.residentIDIndex))], of: UUID(), on: app.db)

            // act: the rotation, with the new key first and the old one still configured
            try await TestApp.second(config: Self.rotating(config)) { app in
                let outcome = try await SecretKeyRotation.run(app)
                let talents = try #require(outcome.tables[Talent.schema])
                #expect(talents.reindexed == profiles.count)
                #expect(talents.resealed == profiles.count + profiles.filter { $0.mobileCipher != nil }.count)
                #expect(outcome.unreadable == 0 && outcome.changedMeanwhile == 0)
                let left = try await SecretKeyRotation.pending(app)
                #expect(left.values.allSatisfy { $0.resealed == 0 && $0.reindexed == 0 }, "\(left)")
            }

            // assert: with the old key gone
            try await TestApp.second(config: Self.newKeyOnly(config)) { app in
                let cipher = app.personalData
                let stored = try await Talent.query(on: app.db).filter(\.$residentIDCipher != nil).all()
                #expect(stored.count == profiles.count)
                #expect(stored.allSatisfy { $0.residentIDCipher.flatMap(cipher.open) != nil })
                // Every blind-index look-up finds its profile: the same file again is refused row by row.
                let again = try await ImportFiles.run(app, file)
                #expect(again.created == 0 && again.rejected == 30)
                // The report names the person by the new index, so erasing them still removes it.
                let renamed = try #require(try await Talent.find(named.id, on: app.db)?.residentIDIndex)
                #expect(renamed != named.residentIDIndex)
                #expect(
                    try await ImportReportSubject.query(on: app.db).all(\.$subject)
                        == [ImportReports.residentKey(index: renamed)])

                // The certificate signed under the old key still verifies through its key id,
                // and both public keys are published.
                let certificate = try #require(CertificateCode(code))
                let verified = try #require(
                    try await CertificateStore.verify(certificate, signer: app.certificateSigner, on: app.db))
                #expect(verified.signatureHolds && verified.certificate.keyID == oldSigner)
                #expect(app.certificateSigner.keyID != oldSigner)
                let published = try world.json(try await app.get("/api/v1/certificates/public-key"))
                let keys = (published["keys"] as? [[String: Any]] ?? []).compactMap { $0["keyID"] as? String }
                #expect(keys == [app.certificateSigner.keyID, oldSigner])

                // The trail verifies across the change, which it records.
                let events = try await AuditEvent.query(on: app.db).count()
                let ring = try await KeyRing.auditKeys(app.secrets, on: app.db)
                #expect(try await AuditLog.verify(keys: ring, on: app.db) == .intact(count: events))
                let rotation = try #require(
                    try await AuditEvent.query(on: app.db).filter(\.$action == "keys.rotate").first())
                #expect(rotation.entityID == app.secrets.keyID)
                #expect(rotation.changedFields == "retired:\(Secrets(secretKey: config.secretKey).keyID)")

                // A record sealed with the retired key after its retirement is a forgery.
                try await AuditLog.append(
                    AuditEntry(.test("forged"), entityID: nil), actor: nil, requestID: nil,
                    key: Secrets(secretKey: config.secretKey).audit, on: app.db,
                    now: Date(timeIntervalSince1970: 1_795_000_000))
                #expect(
                    try await AuditLog.verify(keys: ring, on: app.db)
                        == .broken(atSequence: Int64(events + 1), reason: .sealedWithRetiredKey))
            }
        }
    }

    @Test func aRotationStoppedHalfWayFinishesWhenRunAgainAndSealsNothingTwice() async throws {
        try await TestApp.run { app, config in
            _ = try await ImportFiles.run(app, try await ImportFiles.demo(app, talents: 30))
            try await TestApp.second(config: Self.rotating(config)) { app in
                // act: a crash after the first batch of 10 rows
                await #expect(throws: KeyRotation.Stopped.self) {
                    _ = try await SecretKeyRotation.run(app, batchSize: 10, batchLimit: 1)
                }
                let halfWay = try #require(try await SecretKeyRotation.pending(app)[Talent.schema])
                #expect(halfWay.reindexed == 20)

                let resumed = try await SecretKeyRotation.run(app, batchSize: 10)
                #expect(resumed.tables[Talent.schema]?.reindexed == 20)
                let left = try #require(try await SecretKeyRotation.pending(app)[Talent.schema])
                #expect(left.resealed == 0 && left.reindexed == 0 && left.unreadable == 0)
                // The key was retired once, by the first run.
                #expect(try await RetiredKey.query(on: app.db).count() == 1)
                #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "keys.rotate").count() == 1)
            }
            try await TestApp.second(config: Self.newKeyOnly(config)) { app in
                let cipher = app.personalData
                let stored = try await Talent.query(on: app.db).filter(\.$residentIDCipher != nil).all()
                #expect(!stored.isEmpty && stored.allSatisfy { $0.residentIDCipher.flatMap(cipher.open) != nil })
            }
        }
    }

    @Test func beforeTheRotationLookUpsFindProfilesStillIndexedUnderThePreviousKey() async throws {
        try await TestApp.run { app, config in
            let file = try await ImportFiles.demo(app, talents: 12)
            _ = try await ImportFiles.run(app, file)
            try await TestApp.second(config: Self.rotating(config)) { app in
                // Both look-ups of an import: the check (refused as in the pool) and the
                // write (an update of the profile found, never a second profile).
                #expect(try await ImportFiles.run(app, file).rejected == 12)
                let upserted = try await ImportFiles.run(app, file, upsert: true)
                #expect(upserted.created == 0 && upserted.rejected == 0)
                #expect(try await Talent.query(on: app.db).filter(\.$residentIDCipher != nil).count() == 12)
                // What is new is sealed under the new key.
                let added = try await TestTalents.add(app, name: "新密钥")
                let sealed = try #require(added.residentIDCipher)
                let box = try #require(Data(base64Encoded: sealed))
                #expect(app.personalData.isSealedWithCurrentKey(box))
            }
        }
    }

    /// A form opened before the instances restarted with the new key first still posts:
    /// its CSRF token was made with the previous key.
    @Test func aFormOpenedUnderThePreviousKeyStillPostsAfterTheChange() async throws {
        try await TestApp.run { app, config in
            let before = Browser(app)
            _ = try await before.get("/login")
            let (token, cookies) = (before.csrfToken, before.cookies)
            #expect(!token.isEmpty)
            try await TestApp.second(config: Self.rotating(config)) { app in
                let after = Browser(app)
                after.setCookies(cookies)
                let answer = try await after.post(
                    "/login", ["identifier": "nobody@example.test", "password": "wrong"], csrf: token)
                #expect(answer.status == .unauthorized, "\(answer.status)")  // a refused sign-in, not a refused form
            }
            try await TestApp.second(config: Self.newKeyOnly(config)) { app in
                let after = Browser(app)
                after.setCookies(cookies)
                let answer = try await after.post(
                    "/login", ["identifier": "nobody@example.test", "password": "wrong"], csrf: token)
                #expect(answer.status == .forbidden, "\(answer.status)")  // the old key is gone
            }
        }
    }

    @Test func rotatingWithOneKeyConfiguredIsRefused() async throws {
        try await TestApp.run { app, _ in
            await #expect(throws: SecretKeyRotation.NothingToRotate.self) { _ = try await SecretKeyRotation.run(app) }
        }
    }
}
