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
    /// Keys before `secretKey`, newest first: still read, never used to seal (key rotation).
    public var previousSecretKeys: [[UInt8]] = []
    /// The policy file to run; nil means the shipped Zibo 2025 policy.
    public var policyPath: String?
    /// `TALENT_SECURE_COOKIES=true` behind TLS: cookies get the Secure attribute.
    public var secureCookies: Bool = false
    /// `TALENT_PUBLIC_URL`: the address people reach the platform at, without a trailing
    /// slash. Printed on certificates (never taken from a request's `Host` header, which
    /// the sender chooses); required, and https, in production.
    public var publicURL: String = AppConfig.developmentPublicURL

    public static let developmentPublicURL = "http://127.0.0.1:8080"
    /// `TALENT_IMPORT_REPORT_DAYS`: how long reports of refused import rows are kept.
    public var importReportDays = 30
    /// `TALENT_METRICS_TOKEN`: the bearer token `/metrics` asks for; unset, only loopback scrapes.
    public var metricsToken: String?
    /// `TALENT_TRUSTED_PROXIES`: whose `X-Forwarded-For` names the client (`TrustedProxies`).
    public var trustedProxies = TrustedProxies.none
    /// `TALENT_DRAIN_SECONDS`: after SIGTERM, how long `/readyz` answers 503 while requests
    /// are still served, before the server stops taking connections (`Draining`).
    public var drainSeconds = 0
    /// Where "now" comes from: the system clock, or a test's own.
    package var clock = PlatformClock.system

    public init(
        mode: Mode, database: DatabaseChoice, dataDirectory: URL, secretKey: [UInt8],
        policyPath: String?
    ) {
        self.mode = mode
        self.database = database
        self.dataDirectory = dataDirectory
        self.secretKey = secretKey
        self.policyPath = policyPath
    }

    /// Reads `TALENT_ENV`, `DATABASE_URL`, `TALENT_DATA_DIR`, `TALENT_SECRET_KEY`,
    /// `TALENT_POLICY`, `TALENT_SECURE_COOKIES`, `TALENT_PUBLIC_URL`, `TALENT_IMPORT_REPORT_DAYS`
    /// `TALENT_METRICS_TOKEN`, `TALENT_TRUSTED_PROXIES` and `TALENT_DRAIN_SECONDS`. Creates the data
    /// folder and, outside production, a secret key in it.
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
                components.host?.isEmpty == false
            {
                database = .postgres(url: url)
            } else {
                problems.append(
                    "DATABASE_URL: must be a PostgreSQL URL like postgres://user:password@host:5432/database")
            }
        }

        var secretKeys: [[UInt8]] = []
        if let encoded = value("TALENT_SECRET_KEY") {
            switch decodeKeys(encoded) {
            case let .success(keys): secretKeys = keys
            case let .failure(problem): problems.append("TALENT_SECRET_KEY: \(problem.message)")
            }
        } else if mode == .production {
            problems.append("TALENT_SECRET_KEY: required when TALENT_ENV=production")
        } else if dataDirectoryUsable {
            do {
                secretKeys = try SecretKeyFile.loadOrCreate(in: dataDirectory)
            } catch {
                problems.append("TALENT_SECRET_KEY: not set, and \(error.message)")
            }
        }
        let secretKey = secretKeys.first ?? []

        let policyPath = value("TALENT_POLICY")
        if let policyPath, !FileManager.default.isReadableFile(atPath: policyPath) {
            problems.append("TALENT_POLICY: no readable file at \(policyPath)")
        }

        // In production the platform is served over TLS: session cookies sent in clear text
        // could be read on the way and replayed, so they must carry the Secure attribute.
        var secureCookies = mode == .production
        if let raw = value("TALENT_SECURE_COOKIES") {
            switch raw.lowercased() {
            case "true", "1", "yes": secureCookies = true
            case "false", "0", "no":
                if mode == .production {
                    problems.append("TALENT_SECURE_COOKIES: must be true when TALENT_ENV=production (serve over TLS)")
                }
            default: problems.append("TALENT_SECURE_COOKIES: \"\(raw)\" is not true or false")
            }
        }

        var publicURL = developmentPublicURL
        if let raw = value("TALENT_PUBLIC_URL") {
            if let parsed = parsePublicURL(raw, requireHTTPS: mode == .production) {
                publicURL = parsed
            } else {
                problems.append(
                    "TALENT_PUBLIC_URL: must be an address like https://talent.zibo.gov.cn"
                        + (mode == .production ? " (https in production)" : ""))
            }
        } else if mode == .production {
            problems.append(
                "TALENT_PUBLIC_URL: required when TALENT_ENV=production (the https address printed on certificates)")
        }

        var importReportDays = 30
        if let raw = value("TALENT_IMPORT_REPORT_DAYS") {
            if let days = Int(raw), (1...3650).contains(days) {
                importReportDays = days
            } else {
                problems.append("TALENT_IMPORT_REPORT_DAYS: \"\(raw)\" is not a number of days from 1 to 3650")
            }
        }

        let metricsToken = value("TALENT_METRICS_TOKEN")
        if let metricsToken, metricsToken.count < 16 {
            problems.append("TALENT_METRICS_TOKEN: at least 16 characters (openssl rand -hex 16)")
        }

        var trustedProxies = TrustedProxies.none
        if let raw = value("TALENT_TRUSTED_PROXIES") {
            if let parsed = TrustedProxies(raw) {
                trustedProxies = parsed
            } else {
                problems.append(
                    "TALENT_TRUSTED_PROXIES: \"\(raw)\" is not a list of addresses or ranges like 127.0.0.1, 10.0.0.0/8, fd00::/8"
                )
            }
        }

        // Behind a load balancer in production: long enough for its health check to see
        // `/readyz` fail (two checks of 2 s) before the instance stops taking connections.
        var drainSeconds = mode == .production ? 5 : 0
        if let raw = value("TALENT_DRAIN_SECONDS") {
            if let seconds = Int(raw), (0...300).contains(seconds) {
                drainSeconds = seconds
            } else {
                problems.append("TALENT_DRAIN_SECONDS: \"\(raw)\" is not a whole number of seconds from 0 to 300")
            }
        }

        guard problems.isEmpty else { throw ConfigError(problems: problems) }
        var config = AppConfig(
            mode: mode, database: database, dataDirectory: dataDirectory,
            secretKey: secretKey, policyPath: policyPath)
        config.previousSecretKeys = Array(secretKeys.dropFirst())
        config.secureCookies = secureCookies
        config.publicURL = publicURL
        config.importReportDays = importReportDays
        config.metricsToken = metricsToken
        config.trustedProxies = trustedProxies
        config.drainSeconds = drainSeconds
        return config
    }

    /// Scheme and host (and port) of an http(s) address, with no path, query or fragment;
    /// nil if it is anything else.
    package static func parsePublicURL(_ text: String, requireHTTPS: Bool) -> String? {
        let trimmed = text.hasSuffix("/") ? String(text.dropLast()) : text
        guard let components = URLComponents(string: trimmed),
            let scheme = components.scheme?.lowercased(), scheme == "https" || (scheme == "http" && !requireHTTPS),
            let host = components.host, !host.isEmpty, components.user == nil,
            components.path.isEmpty, components.query == nil, components.fragment == nil
        else { return nil }
        return trimmed
    }

    package static func decodeKey(_ encoded: String) -> [UInt8]? {
        guard let data = Data(base64Encoded: encoded), data.count == 32 else { return nil }
        return [UInt8](data)
    }

    package struct KeyListProblem: Error {
        package var message: String
    }

    /// One key, or several separated by commas, spaces or line breaks: the current key
    /// first, then the previous ones, newest first.
    package static func decodeKeys(_ text: String) -> Result<[[UInt8]], KeyListProblem> {
        let words = text.split { $0 == "," || $0.isWhitespace }.map(String.init)
        var keys: [[UInt8]] = []
        for (offset, word) in words.enumerated() {
            guard let key = decodeKey(word) else {
                let which = words.count == 1 ? "" : "key \(offset + 1) of \(words.count): "
                return .failure(KeyListProblem(message: which + "must be 32 bytes written in base64 (44 characters)"))
            }
            guard !keys.contains(key) else {
                return .failure(KeyListProblem(message: "key \(offset + 1) repeats an earlier one"))
            }
            keys.append(key)
        }
        guard !keys.isEmpty else { return .failure(KeyListProblem(message: "holds no key")) }
        return .success(keys)
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
