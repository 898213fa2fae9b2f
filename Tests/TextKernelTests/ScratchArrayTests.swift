import Testing
import TextKernel

@Suite struct ScratchArrayTests {
    /// The array taken out is empty with its storage kept; the one left behind is empty too.
    @Test(arguments: [0, 3, 4, 5, 40])
    func takesTheArrayOutEmptied(count: Int) {
        var scratch = Array(0..<count)
        scratch.reserveCapacity(64)
        let capacity = scratch.capacity
        let taken = scratch.takeEmptied()
        #expect(taken.isEmpty && taken.capacity == capacity)
        #expect(scratch.isEmpty)
    }
}
