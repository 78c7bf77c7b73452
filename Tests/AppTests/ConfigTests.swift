import Foundation
import SiteKit
import Testing

@testable import App

@Suite("Configuration")
struct ConfigTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("talent-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func noConfigurationMeansSQLiteInTheDataFolderAndAGeneratedKey() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // MUT
        let config = try AppConfig.resolve(["TALENT_DATA_DIR": directory.path])
        // validate
        #expect(config.database == .sqlite(path: directory.appendingPathComponent("talent.sqlite").path))
        #expect(config.secretKey.count == 32)
        let keyFile = directory.appendingPathComponent(SecretKeyFile.name).path
        let permissions = try FileManager.default.attributesOfItem(atPath: keyFile)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        // the same key on the next start
        #expect(try AppConfig.resolve(["TALENT_DATA_DIR": directory.path]).secretKey == config.secretKey)
    }

    @Test func missingDataFolderIsCreated() throws {
        let directory = try temporaryDirectory().appendingPathComponent("nested/data")
        _ = try AppConfig.resolve(["TALENT_DATA_DIR": directory.path])
        #expect(FileManager.default.fileExists(atPath: directory.path))
    }

    @Test func everyBadSettingIsListedInOneError() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // MUT
        let error = #expect(throws: ConfigError.self) {
            try AppConfig.resolve([
                "TALENT_ENV": "staging",
                "TALENT_DATA_DIR": directory.path,
                "DATABASE_URL": "mysql://localhost/talent",
                "TALENT_SECRET_KEY": "c2hvcnQ=",
                "TALENT_POLICY": "/no/such/policy.yaml",
            ])
        }
        // validate
        let names = error?.problems.compactMap { $0.split(separator: ":").first.map(String.init) }
        #expect(names == ["TALENT_ENV", "DATABASE_URL", "TALENT_SECRET_KEY", "TALENT_POLICY"])
        #expect(error?.description.hasPrefix("The platform cannot start") == true)
    }

    @Test func trustedProxiesAreReadAndABadListIsRefusedByName() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try AppConfig.resolve(["TALENT_DATA_DIR": directory.path]).trustedProxies.isEmpty)
        let config = try AppConfig.resolve([
            "TALENT_DATA_DIR": directory.path, "TALENT_TRUSTED_PROXIES": "127.0.0.1, 10.0.0.0/8",
        ])
        #expect(config.trustedProxies.contains("10.1.2.3") && !config.trustedProxies.contains("11.1.2.3"))
        let error = #expect(throws: ConfigError.self) {
            try AppConfig.resolve(["TALENT_DATA_DIR": directory.path, "TALENT_TRUSTED_PROXIES": "nginx"])
        }
        #expect(error?.problems.first?.hasPrefix("TALENT_TRUSTED_PROXIES") == true)
    }

    @Test func productionRequiresAnExplicitKey() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = #expect(throws: ConfigError.self) {
            try AppConfig.resolve(["TALENT_ENV": "production", "TALENT_DATA_DIR": directory.path])
        }
        #expect(error?.problems.first == "TALENT_SECRET_KEY: required when TALENT_ENV=production")
        let key = Data(repeating: 1, count: 32).base64EncodedString()
        let config = try AppConfig.resolve([
            "TALENT_ENV": "production", "TALENT_DATA_DIR": directory.path,
            "TALENT_SECRET_KEY": key, "TALENT_PUBLIC_URL": "https://talent.example.cn",
        ])
        #expect(config.secretKey == [UInt8](repeating: 1, count: 32))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent(SecretKeyFile.name).path))
    }

    /// Issue 20, deliver 6: the new key first, then the previous ones still read.
    @Test func theSecretKeySettingHoldsTheCurrentKeyThenThePreviousOnes() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (new, old) = (
            Data(repeating: 2, count: 32).base64EncodedString(), Data(repeating: 1, count: 32).base64EncodedString()
        )
        let config = try AppConfig.resolve(["TALENT_DATA_DIR": directory.path, "TALENT_SECRET_KEY": "\(new), \(old)"])
        #expect(config.secretKey == [UInt8](repeating: 2, count: 32))
        #expect(config.previousSecretKeys == [[UInt8](repeating: 1, count: 32)])
        let secrets = Secrets(secretKey: config.secretKey, previous: config.previousSecretKeys)
        #expect(secrets.previous.map(\.keyID) == [Secrets(secretKey: [UInt8](repeating: 1, count: 32)).keyID])
        #expect(secrets.keyID.count == 12 && secrets.keyID != secrets.previous[0].keyID)

        let repeated = #expect(throws: ConfigError.self) {
            try AppConfig.resolve(["TALENT_DATA_DIR": directory.path, "TALENT_SECRET_KEY": "\(new),\(new)"])
        }
        #expect(repeated?.problems == ["TALENT_SECRET_KEY: key 2 repeats an earlier one"])
        let malformed = #expect(throws: ConfigError.self) {
            try AppConfig.resolve(["TALENT_DATA_DIR": directory.path, "TALENT_SECRET_KEY": "\(new) abc"])
        }
        #expect(
            malformed?.problems == ["TALENT_SECRET_KEY: key 2 of 2: must be 32 bytes written in base64 (44 characters)"]
        )

        // The development key file: one key a line, the current one first.
        try "\(new)\n\(old)\n".write(
            to: directory.appendingPathComponent(SecretKeyFile.name), atomically: true, encoding: .utf8)
        let fromFile = try AppConfig.resolve(["TALENT_DATA_DIR": directory.path])
        #expect(fromFile.secretKey == config.secretKey && fromFile.previousSecretKeys == config.previousSecretKeys)
    }

    /// Issue 20, deliver 2: how long `/readyz` fails before a stopping server closes.
    @Test func theDrainIsFiveSecondsInProductionNoneElsewhereAndABadValueIsRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try AppConfig.resolve(["TALENT_DATA_DIR": directory.path]).drainSeconds == 0)
        #expect(
            try AppConfig.resolve(["TALENT_DATA_DIR": directory.path, "TALENT_DRAIN_SECONDS": "12"]).drainSeconds == 12)
        let production = try AppConfig.resolve([
            "TALENT_ENV": "production", "TALENT_DATA_DIR": directory.path,
            "TALENT_SECRET_KEY": Data(repeating: 1, count: 32).base64EncodedString(),
            "TALENT_PUBLIC_URL": "https://talent.example.cn",
        ])
        #expect(production.drainSeconds == 5)
        let refused = #expect(throws: ConfigError.self) {
            try AppConfig.resolve(["TALENT_DATA_DIR": directory.path, "TALENT_DRAIN_SECONDS": "-1"])
        }
        #expect(refused?.problems.first?.hasPrefix("TALENT_DRAIN_SECONDS") == true)
    }

    @Test func productionRefusesCookiesWithoutSecureAndRequiresAnHTTPSPublicAddress() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let base = [
            "TALENT_ENV": "production", "TALENT_DATA_DIR": directory.path,
            "TALENT_SECRET_KEY": Data(repeating: 1, count: 32).base64EncodedString(),
        ]
        // MUT
        let insecure = #expect(throws: ConfigError.self) {
            try AppConfig.resolve(
                base.merging(["TALENT_SECURE_COOKIES": "false", "TALENT_PUBLIC_URL": "http://talent.example.cn"]) { $1 }
            )
        }
        let missing = #expect(throws: ConfigError.self) { try AppConfig.resolve(base) }
        let config = try AppConfig.resolve(base.merging(["TALENT_PUBLIC_URL": "https://talent.example.cn/"]) { $1 })
        // validate
        #expect(
            insecure?.problems.map { String($0.prefix { $0 != ":" }) } == [
                "TALENT_SECURE_COOKIES", "TALENT_PUBLIC_URL",
            ])
        #expect(missing?.problems.map { String($0.prefix { $0 != ":" }) } == ["TALENT_PUBLIC_URL"])
        #expect(config.secureCookies)  // on by default in production
        #expect(config.publicURL == "https://talent.example.cn")
        let development = try AppConfig.resolve([
            "TALENT_DATA_DIR": directory.path, "TALENT_PUBLIC_URL": "http://localhost:8080",
        ])
        #expect(!development.secureCookies && development.publicURL == "http://localhost:8080")
        for bad in ["talent.example.cn", "ftp://a.example", "https://a.example/path", "https://u@a.example"] {
            #expect(throws: ConfigError.self, "\(bad)") {
                try AppConfig.resolve(["TALENT_DATA_DIR": directory.path, "TALENT_PUBLIC_URL": bad])
            }
        }
    }

    @Test func postgresURLSelectsPostgreSQL() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = try AppConfig.resolve([
            "TALENT_DATA_DIR": directory.path,
            "DATABASE_URL": "postgres://u:p@127.0.0.1:5432/talent",
        ])
        #expect(config.database == .postgres(url: "postgres://u:p@127.0.0.1:5432/talent"))
    }
}
