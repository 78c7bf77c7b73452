import Foundation

/// Every setting the platform reads from its environment, read in one place.
///
/// `AppConfig.resolve` never stops at the first bad setting: it collects every problem so
/// that an operator fixes them all in one round (a failed start names each variable).
public struct AppConfig: Sendable {
    public enum Mode: String, Sendable, CaseIterable {
        case development, production, testing
    }

    public enum DatabaseChoice: Sendable, Equatable {
        /// The embedded default: one file, no set-up.
        case sqlite(path: String)
        /// `DATABASE_URL`; `schema` confines a test to its own PostgreSQL schema.
        case postgres(url: String, schema: String? = nil)
    }

    public var mode: Mode
    public var database: DatabaseChoice
    public var dataDirectory: URL
    /// 32 bytes: encrypts ID numbers, keys the blind index, signs certificates.
    public var secretKey: [UInt8]
    /// The policy file to run; nil means the shipped Zibo 2025 policy.
    public var policyPath: String?
    /// `TALENT_SECURE_COOKIES=true` behind TLS: cookies get the Secure attribute.
    public var secureCookies: Bool = false

    public init(mode: Mode, database: DatabaseChoice, dataDirectory: URL, secretKey: [UInt8],
                policyPath: String?) {
        self.mode = mode
        self.database = database
        self.dataDirectory = dataDirectory
        self.secretKey = secretKey
        self.policyPath = policyPath
    }

    /// Reads `TALENT_ENV`, `DATABASE_URL`, `TALENT_DATA_DIR`, `TALENT_SECRET_KEY` and
    /// `TALENT_POLICY`. Creates the data folder and, outside production, a secret key in it.
    public static func resolve(_ environment: [String: String]) throws(ConfigError) -> AppConfig {
        var problems: [String] = []
        let value = { (name: String) -> String? in
            environment[name].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }

        var mode = Mode.development
        if let raw = value("TALENT_ENV") {
            if let parsed = Mode(rawValue: raw) {
                mode = parsed
            } else {
                problems.append("TALENT_ENV: \"\(raw)\" is not one of development, production, testing")
            }
        }

        let dataDirectory = URL(fileURLWithPath: value("TALENT_DATA_DIR") ?? "./data").standardizedFileURL
        let dataDirectoryUsable = prepareDirectory(dataDirectory, problems: &problems)

        var database = DatabaseChoice.sqlite(
            path: dataDirectory.appendingPathComponent("talent.sqlite").path)
        if let url = value("DATABASE_URL") {
            if let components = URLComponents(string: url),
               ["postgres", "postgresql"].contains(components.scheme ?? ""),
               components.host?.isEmpty == false {
                database = .postgres(url: url)
            } else {
                problems.append(
                    "DATABASE_URL: must be a PostgreSQL URL like postgres://user:password@host:5432/database")
            }
        }

        var secretKey: [UInt8] = []
        if let encoded = value("TALENT_SECRET_KEY") {
            if let key = decodeKey(encoded) {
                secretKey = key
            } else {
                problems.append("TALENT_SECRET_KEY: must be 32 bytes written in base64 (44 characters)")
            }
        } else if mode == .production {
            problems.append("TALENT_SECRET_KEY: required when TALENT_ENV=production")
        } else if dataDirectoryUsable {
            do {
                secretKey = try SecretKeyFile.loadOrCreate(in: dataDirectory)
            } catch {
                problems.append("TALENT_SECRET_KEY: not set, and \(error.message)")
            }
        }

        let policyPath = value("TALENT_POLICY")
        if let policyPath, !FileManager.default.isReadableFile(atPath: policyPath) {
            problems.append("TALENT_POLICY: no readable file at \(policyPath)")
        }

        var secureCookies = false
        if let raw = value("TALENT_SECURE_COOKIES") {
            switch raw.lowercased() {
            case "true", "1", "yes": secureCookies = true
            case "false", "0", "no": secureCookies = false
            default: problems.append("TALENT_SECURE_COOKIES: \"\(raw)\" is not true or false")
            }
        }

        guard problems.isEmpty else { throw ConfigError(problems: problems) }
        var config = AppConfig(mode: mode, database: database, dataDirectory: dataDirectory,
                               secretKey: secretKey, policyPath: policyPath)
        config.secureCookies = secureCookies
        return config
    }

    static func decodeKey(_ encoded: String) -> [UInt8]? {
        guard let data = Data(base64Encoded: encoded), data.count == 32 else { return nil }
        return [UInt8](data)
    }

    private static func prepareDirectory(_ url: URL, problems: inout [String]) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                problems.append("TALENT_DATA_DIR: \(url.path) exists and is not a folder")
                return false
            }
        } else {
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                problems.append("TALENT_DATA_DIR: cannot create \(url.path)")
                return false
            }
        }
        guard FileManager.default.isWritableFile(atPath: url.path) else {
            problems.append("TALENT_DATA_DIR: \(url.path) is not writable")
            return false
        }
        return true
    }
}

/// Start-up settings that are wrong, each naming its variable. Printed as is, no stack trace.
public struct ConfigError: Error, CustomStringConvertible, Sendable {
    public var problems: [String]

    public var description: String {
        (["The platform cannot start; fix these settings:"] + problems.map { "  - \($0)" })
            .joined(separator: "\n")
    }
}
