import Dispatch

extension Array where Element: Sendable {
    /// `map` over all cores, keeping the order; for independent, CPU-bound work on many elements
    /// (parsing claim files, replaying evidence for a report).
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let results = ConcurrentSlots<T>(count: count)
        withUnsafeBufferPointer { elements in
            let elements = UnsafeSendable(elements)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results[index] = transform(elements.value[index])
            }
        }
        return results.values.map { $0! }
    }
}

/// Fixed-size storage written by `concurrentPerform` workers, each to its own slot.
///
/// A raw buffer, because concurrent writes through an Array property would overlap as accesses
/// to the same variable even when the indices differ.
public final class ConcurrentSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    public init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    public subscript(index: Int) -> Value? {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    public var values: [Value?] { Array(storage) }
}

/// A buffer of `Sendable` elements read (never written) from several threads during one call.
private struct UnsafeSendable<Wrapped>: @unchecked Sendable {
    let value: Wrapped
    init(_ value: Wrapped) { self.value = value }
}
