import ClaimsCommandLine

// The command line lives in the ClaimsCommandLine library, so that a Swift package can build its own
// `claims` with extractors of its own (docs/swift-extractors.md); this one runs the built-ins.
await ClaimsCommand.main(registry: .builtIn)
