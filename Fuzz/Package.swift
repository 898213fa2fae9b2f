// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets, in their own package so `swift test` and CI never build them.
// Build and run one with `scripts/fuzz.sh TARGET SECONDS` (`scripts/fuzz.sh --list` names them).
let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "claims-fuzz",
    dependencies: [.package(name: "claims", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "ClaimRunner", package: "claims")], path: "Sources/FuzzSupport"),
        .executableTarget(
            name: "fuzz-config", dependencies: [.product(name: "ClaimConfig", package: "claims")],
            path: "Sources/fuzz-config", swiftSettings: fuzzerFlags),
        .executableTarget(
            name: "fuzz-claim-file",
            dependencies: [.product(name: "ClaimLedger", package: "claims"), .product(name: "ClaimConfig", package: "claims")],
            path: "Sources/fuzz-claim-file", swiftSettings: fuzzerFlags),
        .executableTarget(
            name: "fuzz-inputs", dependencies: ["FuzzSupport", .product(name: "ClaimRunner", package: "claims")],
            path: "Sources/fuzz-inputs", swiftSettings: fuzzerFlags),
        .executableTarget(
            name: "fuzz-claimreview", dependencies: ["FuzzSupport", .product(name: "ClaimRunner", package: "claims")],
            path: "Sources/fuzz-claimreview", swiftSettings: fuzzerFlags),
        .executableTarget(
            name: "fuzz-analyzer", dependencies: ["FuzzSupport", .product(name: "ClaimText", package: "claims")],
            path: "Sources/fuzz-analyzer", swiftSettings: fuzzerFlags),
    ]
)
