// swift-tools-version:6.1
// The bare-Vapor baseline of `scripts/bench` (issue 19): the framework answering one
// route with nothing of ours around it, built and run in the same run as the platform,
// so the platform's figures are read as ratios to it. Not part of the product.
import PackageDescription

let package = Package(
    name: "Hello",
    platforms: [.macOS(.v15)],
    dependencies: [
        // The same Vapor as the platform's Package.swift.
        .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0")
    ],
    targets: [
        .executableTarget(
            name: "Hello",
            dependencies: [.product(name: "Vapor", package: "vapor")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)
