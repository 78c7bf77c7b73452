// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ZiboTalent",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "talent", targets: ["talent"])
    ],
    dependencies: [
        // Web framework: routing, middleware, commands, async server (DESIGN.md "Web").
        .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0"),
        // ORM and migrations shared by both database engines.
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        // Embedded default engine: zero set-up SQLite file.
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        // Production and scale-out engine, selected by DATABASE_URL.
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        // Type-safe server-rendered HTML (the Swift Package Index approach).
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        // YAML decoding of the policy and reference data files (pure parsing, no I/O).
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
    ],
    targets: [
        // Pure rules, policy, identity, money, levels, the permission table: no I/O.
        .target(
            name: "TalentDomain",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // CSV (UTF-8, GB18030), XLSX and ZIP: file formats with no domain knowledge.
        .target(name: "Spreadsheet"),
        // QR codes of verification addresses for printed certificates (our own small
        // encoder: a system library would stop `swift run` on a machine without it).
        .target(name: "QRCode"),
        // Deterministic synthetic people and organisations for demos and benchmarks.
        .target(name: "DemoData", dependencies: ["TalentDomain"]),
        // What every capability shares: configuration, layout, forms, CSRF, errors, request
        // id, metrics, transactions, messages, imports' plumbing, the job runner.
        .target(
            name: "SiteKit",
            dependencies: [
                "TalentDomain",
                "Spreadsheet",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
            ]
        ),
        // The capabilities, bottom to top: each imports only those listed before it, never
        // one that imports it (the compiler refuses a cycle), and follows the ones above it
        // through events and the small protocols they answer (README, "Architecture").
        capability("Reference", resources: [.copy("Resources")]),
        capability("Organizations", uses: ["Reference"]),
        capability("Accounts", uses: ["Reference", "Organizations"]),
        capability("Audit", uses: ["Reference", "Accounts"]),
        capability("TalentPool", uses: ["Reference", "Organizations", "Accounts", "Spreadsheet"]),
        capability("Courses", uses: ["Reference", "Organizations", "Accounts", "TalentPool"]),
        capability("Certificates", uses: ["Reference", "Organizations", "Accounts", "TalentPool", "QRCode"]),
        capability(
            "Training",
            uses: ["Reference", "Organizations", "Accounts", "TalentPool", "Courses", "Certificates", "Spreadsheet"]),
        capability("Vouchers", uses: ["Reference", "Organizations", "Accounts", "TalentPool", "Training"]),
        capability(
            "Applications",
            uses: ["Reference", "Organizations", "Accounts", "TalentPool", "Certificates", "Training", "Spreadsheet"]),
        capability("Nominations", uses: ["Reference", "Organizations", "Accounts", "TalentPool"]),
        capability(
            "Market",
            uses: ["Reference", "Organizations", "Accounts", "TalentPool", "Certificates", "Training", "Spreadsheet"]),
        capability("Targets", uses: ["Reference", "TalentPool", "Certificates", "Training", "Nominations", "Market"]),
        capability("PublicPages", uses: ["Reference", "Targets"]),
        capability("Workspaces", uses: ["Reference"]),
        capability("Operations", uses: ["Reference"], resources: [.copy("Resources")]),
        // Composes the capabilities: configuration, the migration list, the commands.
        .target(
            name: "App",
            dependencies: [
                "SiteKit", "TalentDomain", "Spreadsheet", "DemoData", "Reference", "Organizations", "Accounts",
                "Audit", "TalentPool", "Courses", "Certificates", "Training", "Vouchers", "Applications", "Targets",
                "Nominations", "Market", "PublicPages", "Workspaces", "Operations",
            ] + webDependencies()
        ),
        .executableTarget(name: "talent", dependencies: ["App"]),
        .testTarget(name: "TalentDomainTests", dependencies: ["TalentDomain", "DemoData"]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet"]),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode"]),
        .testTarget(name: "DemoDataTests", dependencies: ["DemoData", "TalentDomain"]),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App", "SiteKit", "Reference", "Organizations", "Accounts", "Audit", "TalentPool", "Courses",
                "Certificates", "Training", "Vouchers", "Applications", "Nominations", "Market", "Targets",
                "PublicPages",
                "Workspaces", "Operations", .product(name: "VaporTesting", package: "vapor"),
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

/// What a capability's code imports besides the site kit and the domain.
func webDependencies() -> [Target.Dependency] {
    [
        .product(name: "Vapor", package: "vapor"),
        .product(name: "Fluent", package: "fluent"),
        .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
        .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
    ]
}

/// A capability's target: its folder under Sources, the capabilities below it that it uses.
func capability(_ name: String, uses: [Target.Dependency] = [], resources: [Resource]? = nil) -> Target {
    .target(name: name, dependencies: ["SiteKit", "TalentDomain"] + uses + webDependencies(), resources: resources)
}
