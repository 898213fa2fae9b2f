#!/usr/bin/env bash
# Builds and runs one libFuzzer target over the parsers (AddressSanitizer on).
#
#   bash scripts/fuzz.sh --list              the targets, one a line
#   bash scripts/fuzz.sh TARGET SECONDS      fuzz TARGET for SECONDS, from its seed corpus in Fuzz/Corpus
#
# The seed corpora (ours) stay as they are; new inputs go to a working corpus in $FUZZ_WORK (default
# /tmp/claims-fuzz/TARGET). A crash, a leak, an input slower than 2 s or above 2 GB of memory stops the
# run and leaves the input as crash-*/timeout-*/oom-* in the working folder; keep each as a regression
# test. The last lines printed give executions, coverage (cov/ft) and the corpus size.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
targets=(config claim-file inputs claimreview analyzer)
if [ "${1:-}" = "--list" ]; then printf '%s\n' "${targets[@]}"; exit 0; fi
target=${1:?usage: fuzz.sh TARGET SECONDS (fuzz.sh --list)}; seconds=${2:?usage: fuzz.sh TARGET SECONDS}
printf '%s\n' "${targets[@]}" | grep -qx "$target" || { echo "fuzz.sh: unknown target '$target'; targets: ${targets[*]}" >&2; exit 64; }
# A fresh build folder every time, with the coverage kinds named: incremental builds of this package
# here have come out without coverage counters (libFuzzer then mutates blindly); fresh ones have not.
build=${FUZZ_BUILD:-/tmp/claims-fuzz-build}/$target
rm -rf "$build"
swift build --package-path "$root/Fuzz" --scratch-path "$build" -c debug --sanitize=fuzzer --sanitize=address \
    -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table --product "fuzz-$target" 2>&1 \
    | grep -v "Cannot export local symbol" | tail -1
work=${FUZZ_WORK:-/tmp/claims-fuzz}/$target
mkdir -p "$work/corpus"
cp -n "$root/Fuzz/Corpus/$target"/* "$work/corpus/" 2>/dev/null || true
cd "$work"
extra=()
# Foundation's XMLParser leaks its error object on every malformed feed (576 bytes in
# _CFErrorCreateFromXMLInterface, libFoundationXML: not ours), which would end every run of this
# target at its first broken feed; leaks are still checked by the other targets.
if [ "$target" = inputs ]; then extra+=(-detect_leaks=0); export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"; fi
# Fuzzing without coverage counters is blind: say so rather than run.
if ! "$build/debug/fuzz-$target" -runs=0 "${extra[@]}" corpus 2>&1 | grep -q "INITED cov:"; then
    echo "fuzz.sh: fuzz-$target was built without coverage instrumentation; not fuzzing blind" >&2
    exit 3
fi
exec "$build/debug/fuzz-$target" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 \
    -print_final_stats=1 "${extra[@]}" corpus
