import Foundation

/// The server's source files, for the tests that read the code itself (the clock, audit
/// actions, escaped attributes, event directions).
enum SourceTree {
    /// The modules of the web application: the site kit, the capabilities and the app.
    static let serverModules = [
        "SiteKit", "Reference", "Organizations", "Accounts", "Audit", "TalentPool", "Courses", "Certificates",
        "Training", "Vouchers", "Applications", "Targets", "PublicPages", "Operations", "App",
    ]

    /// Every module of `Sources`, the domain and the command-line tool included.
    static var allModules: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Sources").standardizedFileURL

    /// Every Swift file of `modules`.
    static func swiftFiles(in modules: [String] = serverModules) -> [URL] {
        modules.flatMap { module -> [URL] in
            let enumerator = FileManager.default.enumerator(
                at: root.appendingPathComponent(module), includingPropertiesForKeys: nil)
            return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
        }
    }
}
