import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` over all cores, keeping the order; for independent, CPU-bound work on many elements
    /// (parsing claim files, replaying evidence for a report).
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let results = ConcurrentSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results[index] = transform(self[index])
        }
        return results.values.map { $0! }
    }
}

/// Fixed-size storage written by `concurrentPerform` workers, each to its own slot. The slots are
/// behind a lock: writes through an Array property would overlap as accesses to the same variable
/// even when the indices differ, and each worker's result is far more work than taking the lock.
public final class ConcurrentSlots<Value: Sendable>: Sendable {
    private let storage: Mutex<[Value?]>

    public init(count: Int) {
        storage = Mutex([Value?](repeating: nil, count: count))
    }

    public subscript(index: Int) -> Value? {
        get { storage.withLock { $0[index] } }
        set { storage.withLock { $0[index] = newValue } }
    }

    public var values: [Value?] { storage.withLock { $0 } }
}
