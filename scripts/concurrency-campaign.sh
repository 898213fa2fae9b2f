#!/usr/bin/env bash
# Runs writers and readers on one ledger at once and checks that nothing is lost, nothing is
# duplicated, no reader sees a half-written file, and the result is a sequential run's.
#
#   bash scripts/concurrency-campaign.sh [RUNS] [DOCUMENTS]      default: 10 runs, 2000 documents
#   CLAIMS=path/to/claims overrides the binary (default: .build/release/claims, built if missing)
#
# Each run starts from the same small ledger (four claims added by hand) and, all at once: four
# `ingest`s over overlapping quarters of the corpus (each shares 40% of its documents with its
# neighbours), four `update`s (one per hand-made claim), and readers running `report --format json`
# and `check` in a loop until the writers are done. Then:
#   - every reader exited 0 with JSON that parses and no error (a torn file would be one);
#   - `check` passes, and no claim holds the same evidence twice;
#   - the ledger equals, in content (recording times aside), what running the same commands one
#     after another gives in one of the 24 orders of the four ingests. Writers hold the ledger lock
#     for their whole run, so some such order must be the one they ran in; which claim a report joins
#     depends on what came before, so the orders are not all alike.
# Prints one line per failure and a summary; exits 1 when anything failed.
set -uo pipefail
runs=${1:-10}
documents=${2:-2000}
source "$(dirname "$0")/campaign-lib.sh"  # sets $bin and a temporary $work

write_corpus "$work/articles" "$documents"
for k in 0 1 2 3; do  # set k: documents from k/5 to (k+2)/5 of the corpus
    mkdir -p "$work/set$k"
    for i in $(seq $((k * documents / 5)) $(((k + 2) * documents / 5 - 1))); do
        name=$(printf 'a%05d.md' "$i")
        ln "$work/articles/$name" "$work/set$k/$name"
    done
done

# The starting ledger: four claims about events the corpus never mentions, one per `update`.
fresh "$work/base"
for u in 1 2 3 4; do
    (cd "$work/base" && "$bin" add "The harbour festival number $u opens in Quillon" --event-date "2035-0$u-1$u" --id "festival-$u" >/dev/null)
done
update_args() { echo "update festival-$1 --status confirmed --by campaign --source Desk-$1 --quote festival-$1-confirmed"; }

# The sequential runs: the four ingests in each of the 24 orders, then the updates.
python3 -c "import itertools; [print(''.join(map(str, p))) for p in itertools.permutations(range(4))]" > "$work/orders"
: > "$work/sequential"
while read -r order; do
    rm -rf "$work/seq"; cp -a "$work/base" "$work/seq"
    for k in $(echo "$order" | fold -w1); do (cd "$work/seq" && "$bin" ingest "$work/set$k" >/dev/null 2>&1); done
    for u in 1 2 3 4; do (cd "$work/seq" && "$bin" $(update_args "$u") >/dev/null 2>&1); done
    echo "$(normalize "$work/seq" | sha256sum | cut -c1-16) $order" >> "$work/sequential"
done < "$work/orders"
echo "sequential runs: 24 orders give $(cut -d' ' -f1 "$work/sequential" | sort -u | wc -l) different ledgers"

failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
reads=0
for run in $(seq 1 "$runs"); do
    rm -rf "$work/ws"; cp -a "$work/base" "$work/ws"
    pids=()
    for k in 0 1 2 3; do (cd "$work/ws" && exec "$bin" ingest "$work/set$k" >"$work/ingest$k.out" 2>&1) & pids+=($!); done
    for u in 1 2 3 4; do
        (sleep "0.$((RANDOM % 10))"; cd "$work/ws" && exec "$bin" $(update_args "$u") >"$work/update$u.out" 2>&1) & pids+=($!)
    done
    # Readers, until every writer has finished.
    reader() {
        local n=0
        while [ ! -e "$work/done" ]; do
            n=$((n + 1))
            if ! (cd "$work/ws" && "$bin" report --format json >"$work/report$1.json" 2>"$work/report$1.err"); then
                echo "report exited non-zero: $(head -2 "$work/report$1.err" | tr '\n' ' ')"
            elif ! python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$work/report$1.json" 2>/dev/null; then
                echo "report wrote JSON that does not parse"
            elif grep -q 'error' "$work/report$1.err"; then
                echo "report saw an error: $(grep -m1 error "$work/report$1.err")"
            fi
            (cd "$work/ws" && "$bin" check >"$work/check$1.out" 2>&1) || echo "check failed: $(head -2 "$work/check$1.out" | tr '\n' ' ')"
        done
        echo "reads $n"
    }
    rm -f "$work/done"
    reader 1 > "$work/reader1.log" & r1=$!
    reader 2 > "$work/reader2.log" & r2=$!
    status=0
    for pid in "${pids[@]}"; do wait "$pid" || status=1; done
    touch "$work/done"; wait "$r1" "$r2"
    [ "$status" -eq 0 ] || fail "run $run: a writer failed: $(cat "$work"/ingest*.out "$work"/update*.out | grep -m2 error | tr '\n' ' ')"
    for log in "$work/reader1.log" "$work/reader2.log"; do
        while read -r line; do
            case "$line" in reads*) reads=$((reads + 2 * ${line#reads })) ;; *) fail "run $run: $line" ;; esac
        done < "$log"
    done
    (cd "$work/ws" && "$bin" check >"$work/check.out" 2>&1) || fail "run $run: check after the run: $(head -2 "$work/check.out" | tr '\n' ' ')"
    normalize "$work/ws" > "$work/result.jsonl"
    python3 - "$work/result.jsonl" <<'PY' || fail "run $run: a claim holds the same evidence twice"
import json, sys
for line in open(sys.argv[1]):
    claim = json.loads(line)
    items = [json.dumps(e, sort_keys=True) for e in claim.get("evidence", [])]
    if len(items) != len(set(items)):
        sys.exit(1)
PY
    digest=$(sha256sum < "$work/result.jsonl" | cut -c1-16)
    orders=$(grep "^$digest " "$work/sequential" | cut -d' ' -f2 | tr '\n' ' ')
    if [ -z "$orders" ]; then
        fail "run $run: the ledger is no sequential run's ($(wc -l < "$work/result.jsonl") claims)"
    else
        echo "run $run: equals the ingests run one after another in the order(s) $orders"
    fi
done
echo "concurrency campaign: $runs runs of 4 ingests + 4 updates + 2 readers ($reads reads); $failures failures"
[ "$failures" -eq 0 ]
