// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way: core ← YAML/config, ledger, text analysis, rules, plugins ← ingest ← output
// ← runner ← CLI. Below them all sits TextKernel, which depends on nothing: the byte-level code (word keys and
// the one word table, tokenizer, sentence splitter, SIMD byte masks, JSON escaping, byte search). Unsafe
// pointers and forced inlining stay inside it; ClaimCore, ClaimText and ClaimOutput use its plain API.
// Linux only: the ledger's file locking and atomic writes call Glibc directly, so no Apple platform is declared.
let package = Package(
    name: "claims",
    products: [
        .executable(name: "claims", targets: ["claims"]),
        // The command line, for packages that build their own `claims` with extractors of their own.
        .library(name: "ClaimsCommandLine", targets: ["ClaimsCommandLine"]),
        .library(name: "ClaimRunner", targets: ["ClaimRunner"]),
        .library(name: "ClaimIngest", targets: ["ClaimIngest"]),
        .library(name: "ClaimOutput", targets: ["ClaimOutput"]),
        .library(name: "ClaimText", targets: ["ClaimText"]),
        .library(name: "ClaimConfig", targets: ["ClaimConfig"]),
        .library(name: "ClaimLedger", targets: ["ClaimLedger"]),
        .library(name: "ClaimPostgres", targets: ["ClaimPostgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System libraries: Debian's libyaml-dev and libxml2-dev, linked, never vendored.
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),

        // Internal, not a product: the byte-level kernel that the text reading, ClaimText and ClaimOutput are built on.
        .target(name: "TextKernel"),
        // HTML5's entity names are data, compiled in like the defaults (feeds and reviews use them).
        .target(name: "ClaimCore", dependencies: ["TextKernel"], resources: [.embedInCode("Resources/html-entities.tsv")]),
        // The defaults (statuses with their roles, cues, extractors, rule settings) are one YAML file,
        // compiled into the binary: `claims init` writes it, and a config without a section means it.
        .target(name: "ClaimConfig", dependencies: ["ClaimCore", "CLibYAML"], resources: [.embedInCode("Defaults/defaults.yaml")]),
        .target(name: "ClaimLedger", dependencies: ["ClaimCore", "ClaimConfig"]),
        // The ledger in PostgreSQL, for a desk of writers (`ledger: { store: postgres }`), through Debian's libpq.
        .target(name: "ClaimPostgres", dependencies: ["ClaimCore", "ClaimLedger", "CLibPQ"]),
        .target(name: "ClaimText", dependencies: ["ClaimCore", "TextKernel"]),
        .target(name: "ClaimRules", dependencies: ["ClaimCore"]),

        .target(name: "TextExtractor", dependencies: ["ClaimCore"], path: "Plugins/TextExtractor"),
        .target(name: "HTMLExtractor", dependencies: ["ClaimCore", "CLibXML2"], path: "Plugins/HTMLExtractor"),
        .target(name: "FeedExtractor", dependencies: ["ClaimCore"], path: "Plugins/FeedExtractor"),
        .target(name: "JSONLinesExtractor", dependencies: ["ClaimCore"], path: "Plugins/JSONLinesExtractor"),
        // External extractors in any language, over the JSON Lines protocol of docs/plugin-protocol.md.
        .target(name: "ExecExtractor", dependencies: ["ClaimCore"], path: "Plugins/ExecExtractor"),

        // Merging what sources say into the ledger: matching a finding to the claim it speaks of,
        // new claims, the status rules' replay; one session per ingest or import run.
        .target(name: "ClaimIngest", dependencies: ["ClaimCore", "ClaimLedger", "ClaimText", "ClaimRules"]),
        // Rendering: reports (text, Markdown, JSON, HTML), listings, exports, ingest's log and the plugin
        // catalogue. It reads claims and findings and writes text; it never touches the ledger.
        .target(name: "ClaimOutput", dependencies: ["ClaimCore", "TextKernel", "ClaimText", "ClaimRules", "ClaimIngest"]),

        .target(name: "ClaimRunner", dependencies: [
            "ClaimCore", "ClaimConfig", "ClaimLedger", "ClaimPostgres", "ClaimText", "ClaimRules", "ClaimIngest", "ClaimOutput",
            "TextExtractor", "HTMLExtractor", "FeedExtractor", "JSONLinesExtractor", "ExecExtractor",
        ]),
        .target(name: "ClaimsCommandLine", dependencies: [
            "ClaimRunner", "ClaimOutput",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "claims", dependencies: ["ClaimsCommandLine"]),
        // The Swift route (docs/swift-extractors.md): a `claims` of its own with an in-process extractor.
        .executableTarget(name: "claims-newsroom", dependencies: ["ClaimsCommandLine", "ClaimRunner"],
                          path: "Plugins/examples/swift-newsroom"),

        .testTarget(name: "ClaimCoreTests", dependencies: ["ClaimCore"]),
        .testTarget(name: "TextKernelTests", dependencies: ["TextKernel"]),
        .testTarget(name: "ClaimConfigTests", dependencies: ["ClaimConfig"]),
        // Starts a throwaway PostgreSQL server for the store and command tests.
        .target(name: "PostgresTestSupport", path: "Tests/PostgresTestSupport"),
        .testTarget(name: "ClaimLedgerTests", dependencies: ["ClaimLedger", "ClaimConfig", "ClaimPostgres", "PostgresTestSupport"]),
        .testTarget(name: "ClaimTextTests", dependencies: ["ClaimText", "ClaimConfig", "TextKernel"]),
        .testTarget(name: "ClaimRulesTests", dependencies: ["ClaimRules", "ClaimConfig"]),
        .testTarget(
            name: "ExtractorTests",
            dependencies: ["TextExtractor", "HTMLExtractor", "FeedExtractor", "JSONLinesExtractor", "ClaimConfig", "ClaimRunner"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "ClaimOutputTests", dependencies: ["ClaimOutput", "ClaimCore", "ClaimConfig", "ClaimText", "ClaimRules", "TextKernel"]),
        .testTarget(name: "ClaimIngestTests", dependencies: ["ClaimIngest", "ClaimCore", "ClaimConfig", "ClaimText"]),
        .testTarget(name: "ClaimRunnerTests", dependencies: ["ClaimRunner", "ClaimConfig"]),
        .testTarget(name: "CLITests", dependencies: ["claims", "claims-newsroom", "PostgresTestSupport"], resources: [.copy("Fixtures")]),
    ]
)
