import ClaimRunner
import ClaimsCommandLine

// A `claims` of the newsroom's own: the whole command line, with the daybook extractor beside the
// built-ins. `config.yaml` enables it like any other: `extractors: [{id: daybook}, {id: plain_text}]`.
await ClaimsCommand.main(registry: .builtIn(adding: [DaybookExtractor.self]))
