import TextKernel

extension Optional {
    /// `self == nil`, decided from the case alone. For an `Equatable` wrapped type (`String`,
    /// `TemporalExpression`), `x == nil` compiles to the `==` of two optionals: both copied into a tuple
    /// and destroyed again through generic value witnesses, in loops (`ClaimCoreference`) that run
    /// for every claim.
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}
