internal import CLibYAML

// Owners for libyaml's C handles. Each lives at a fixed heap address because libyaml keeps pointers
// into its own structs (e.g. `read_handler_data = parser`), so a Swift value that might move would
// corrupt it. The `deinit`s are the only places the handles are released.

/// A libyaml parser reading from a private copy of the input bytes, which libyaml borrows until the end.
final class LibYAMLParser {
    let raw: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>

    /// Nil only when libyaml cannot allocate its buffers.
    init?(bytes: [UInt8]) {
        raw = .allocate(capacity: 1)
        raw.initialize(to: yaml_parser_t())
        guard yaml_parser_initialize(raw) != 0 else {
            raw.deallocate()
            return nil
        }
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        yaml_parser_set_input_string(raw, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(raw)
        raw.deallocate()
        input.deallocate()
    }

    /// The next parsing event, or nil after a syntax or encoding error (details are in `raw.pointee`).
    func nextEvent() -> LibYAMLEvent? {
        let event = LibYAMLEvent()
        return yaml_parser_parse(raw, event.raw) != 0 ? event : nil
    }
}

/// One event produced by the parser. (Events handed to the emitter are not wrapped: the emitter
/// takes ownership of them and frees them itself, so deleting them here would free them twice.)
final class LibYAMLEvent {
    let raw: UnsafeMutablePointer<yaml_event_t>

    init() {
        raw = .allocate(capacity: 1)
        raw.initialize(to: yaml_event_t())
    }

    deinit {
        yaml_event_delete(raw)
        raw.deallocate()
    }

    var type: yaml_event_type_t { raw.pointee.type }
    var data: yaml_event_t.__Unnamed_union_data { raw.pointee.data }
    var startMark: yaml_mark_t { raw.pointee.start_mark }
}

/// A libyaml emitter writing UTF-8 into `output`.
final class LibYAMLEmitter {
    /// Collects what the emitter writes; the C write handler reaches it through an unretained pointer.
    final class Output {
        var bytes: [UInt8] = []
    }

    let raw: UnsafeMutablePointer<yaml_emitter_t>
    let output = Output()

    init?() {
        raw = .allocate(capacity: 1)
        raw.initialize(to: yaml_emitter_t())
        guard yaml_emitter_initialize(raw) != 0 else {
            raw.deallocate()
            return nil
        }
        // `self` (and so `output`) outlives the emitter, which is deleted in deinit.
        yaml_emitter_set_output(raw, { data, buffer, size in
            guard let data, let buffer else { return 0 }
            let output = Unmanaged<Output>.fromOpaque(data).takeUnretainedValue()
            output.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, Unmanaged.passUnretained(output).toOpaque())
    }

    deinit {
        yaml_emitter_delete(raw)
        raw.deallocate()
    }
}
