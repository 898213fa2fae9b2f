// swift-tools-version:6.0
import PackageDescription

// Benchmarks live in their own package so `swift test` and CI never build them.
// Run: swift run -c release --package-path Benchmarks claims-bench [extract|ledger|ingest|all|dump|corpus|exec]
let package = Package(
    name: "claims-benchmarks",
    dependencies: [.package(name: "claims", path: "..")],
    targets: [
        .executableTarget(
            name: "claims-bench",
            dependencies: [
                .product(name: "ClaimText", package: "claims"),
                .product(name: "ClaimRunner", package: "claims"),
                .product(name: "ClaimOutput", package: "claims"),
            ],
            path: "Sources/claims-bench"),
    ]
)
