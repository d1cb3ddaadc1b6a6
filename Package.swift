// swift-tools-version: 6.1
import PackageDescription

// One target per pipeline stage (text → segment → parse → normalise → validate),
// the poppler system library, the shared record types, the dataset/IO layer, diff and the CLI.
let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "councilkpi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "councilkpi", targets: ["councilkpi"]),
        .executable(name: "councilkpi-text", targets: ["councilkpi-text"]),
        .executable(name: "councilkpi-harvest", targets: ["councilkpi-harvest"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1")
    ],
    targets: [
        .systemLibrary(
            name: "CPoppler",
            path: "Sources/CPoppler",
            pkgConfig: "poppler",
            providers: [.apt(["libpoppler-private-dev"])]
        ),
        // A C interface over poppler's C++ core: one pass per page for text, paths and images.
        .target(name: "PopplerBridge", dependencies: ["CPoppler"]),
        // Byte-identical JSON writing (keys in declared order), shared by every stage's output.
        .target(name: "JSON", swiftSettings: strict),
        .target(name: "Record", dependencies: ["JSON"], swiftSettings: strict),
        .target(name: "TextStage", dependencies: ["PopplerBridge", "JSON"], swiftSettings: strict),
        .target(name: "SegmentStage", dependencies: ["TextStage"], swiftSettings: strict),
        .target(name: "NormaliseStage", dependencies: ["Record"], exclude: ["README.md"], swiftSettings: strict),
        .target(
            name: "ParseStage", dependencies: ["TextStage", "SegmentStage", "NormaliseStage", "Record"],
            swiftSettings: strict),
        .target(name: "ValidateStage", dependencies: ["Record", "JSON", "NormaliseStage"], swiftSettings: strict),
        .target(
            name: "Dataset",
            dependencies: [
                "Record", "JSON", "Diff",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Subprocess", package: "swift-subprocess")
            ],
            swiftSettings: strict
        ),
        .target(name: "Diff", dependencies: ["Record", "JSON", "Tabular"], swiftSettings: strict),
        // Tables for people: the one markdown cell escaper and CSV text (CSV.swift's quoting).
        .target(name: "Tabular", dependencies: [.product(name: "CSV", package: "CSV.swift")], swiftSettings: strict),
        .target(
            name: "Pipeline",
            dependencies: [
                "TextStage", "SegmentStage", "ParseStage", "NormaliseStage", "ValidateStage", "Record", "Dataset"
            ],
            swiftSettings: strict
        ),
        .target(name: "Report", dependencies: ["Record", "Diff", "Dataset"], swiftSettings: strict),
        // `harvest`: ModernGov web service → performance papers → downloads → the dataset's ingest.
        .target(
            name: "Harvest",
            dependencies: [
                "Dataset",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift")
            ],
            swiftSettings: strict
        ),
        // What ingest and harvest share on the command line: child limits, exit codes, progress.
        .target(
            name: "CommandLineSupport",
            dependencies: [
                "Dataset",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Rainbow", package: "Rainbow")
            ],
            swiftSettings: strict
        ),
        // Without Harvest: `councilkpi harvest` runs councilkpi-harvest, so the web client's
        // libraries do not slow the start of every `extract` process.
        .executableTarget(
            name: "councilkpi",
            dependencies: [
                "TextStage", "SegmentStage", "ValidateStage", "Record", "JSON", "Dataset", "Diff", "Report",
                "Pipeline", "Tabular", "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Rainbow", package: "Rainbow")
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "councilkpi-harvest",
            dependencies: [
                "Harvest", "Dataset", "Record", "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            swiftSettings: strict
        ),
        // The text stage alone: no Foundation and no argument parser, so a process starts in about
        // half the time (one process per PDF when converting many).
        .executableTarget(
            name: "councilkpi-text", dependencies: ["TextStage", "JSON", "Record"], swiftSettings: strict),
        // Helpers shared by the tests that run the built binary.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "TextStageTests", dependencies: ["TextStage", "Record", "JSON"], swiftSettings: strict),
        .testTarget(
            name: "SegmentStageTests", dependencies: ["SegmentStage", "TextStage"], exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(
            name: "NormaliseStageTests",
            dependencies: [
                "NormaliseStage", "Record", .product(name: "PropertyBased", package: "swift-property-based")
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ParseStageTests",
            dependencies: [
                "ParseStage", "NormaliseStage", "SegmentStage", "TextStage", "Record", "JSON", "Dataset", "Pipeline"
            ], exclude: ["Golden"], swiftSettings: strict),
        .testTarget(
            name: "ValidateStageTests", dependencies: ["ValidateStage", "NormaliseStage", "Record", "JSON"],
            exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "DatasetTests",
            dependencies: [
                "TestSupport", "Dataset", "Record", "JSON", .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "GRDB", package: "GRDB.swift")
            ], swiftSettings: strict),
        .testTarget(
            name: "ReportTests", dependencies: ["TestSupport", "Report", "Diff", "Record"], exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(
            name: "DiffTests", dependencies: ["TestSupport", "Diff", "Record", "JSON"], exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(name: "TabularTests", dependencies: ["Tabular"], swiftSettings: strict),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "Record"], swiftSettings: strict),
        .testTarget(
            name: "HarvestTests",
            dependencies: [
                "TestSupport", "Harvest", "Dataset", "Record",
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
                .product(name: "NIOCore", package: "swift-nio")
            ],
            exclude: ["Fixtures"],
            swiftSettings: strict
        )
    ],
    cxxLanguageStandard: .cxx20
)
