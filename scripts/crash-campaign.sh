#!/usr/bin/env bash
# Kills `claims` with SIGKILL at random moments and checks that the ledger survives every kill.
#
#   bash scripts/crash-campaign.sh [KILLS] [DOCUMENTS]      default: 100 kills, 2000 documents
#   CLAIMS=path/to/claims overrides the binary (default: .build/release/claims, built if missing)
#
# For each kill: a fresh ledger ingests a corpus of generated articles and is killed after a random
# delay (within the time a whole run takes); then `claims check` must pass, and running the ingest
# again must give the ledger an uninterrupted run gives (compared through `export --format jsonl`,
# with recording times removed). Then `update` and `export --output` are killed mid-write the same way:
# `check` passes after an `update` kill, and an export file is either absent or whole, never torn.
# Prints one line per failure and a summary; exits 1 when anything failed.
set -uo pipefail
kills=${1:-100}
documents=${2:-2000}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${CLAIMS:-$root/.build/release/claims}
if [ ! -x "$bin" ]; then (cd "$root" && swift build -c release >/dev/null) || exit 2; fi
bin=$(readlink -f "$bin")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# A corpus of short articles about a few hundred events: plans, confirmations, delays, reports.
python3 - "$work/articles" "$documents" <<'PY'
import os, sys, random
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out)
random.seed(7)
places = ["Kellford", "Port Ellis", "Marenta", "Halden", "Norby", "Sarvik", "Ostrava Bay", "Lindqvist"]
kinds = [("talks", "will hold talks"), ("summit", "will hold a summit"), ("vote", "will vote on the budget"),
         ("opening", "will open the new bridge"), ("strike", "will strike")]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
for i in range(n):
    event = i % 300
    place = places[event % len(places)]
    kind, verb = kinds[event % len(kinds)]
    month, day = months[event % 12], event % 27 + 1
    published = f"2030-{(i % 9) + 1:02d}-{(i % 27) + 1:02d}"
    shape = i % 4
    if shape == 0:
        body = f"The council of {place} {verb} on {month} {day}, 2031, officials said on Monday."
    elif shape == 1:
        body = f"The council of {place} confirmed that it {verb} on {month} {day}, 2031."
    elif shape == 2:
        body = f"The {kind} in {place}, planned for {month} {day}, 2031, has been postponed to {month} {day + 1}, 2031, the council said."
    else:
        body = f"Officials in {place} said the council {verb} on {month} {day}, 2031, as planned."
    with open(os.path.join(out, f"a{i:05d}.md"), "w") as f:
        f.write(f"---\ntitle: Article {i}\npublished: {published}\nsource: Wire {i % 7}\n---\n{body}\n")
PY

normalize() {  # a ledger's content without the times things were recorded at
    (cd "$1" && "$bin" export --format jsonl 2>/dev/null) | python3 -c '
import json, sys
def strip(value):
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k not in ("created", "updated", "recorded_at", "at")}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value
for line in sys.stdin:
    print(json.dumps(strip(json.loads(line)), sort_keys=True))'
}

fresh() { rm -rf "$1"; "$bin" init "$1" >/dev/null; }

fresh "$work/reference"
start=$(date +%s.%N)
(cd "$work/reference" && "$bin" ingest "$work/articles" >/dev/null 2>&1)
duration=$(python3 -c "print(max(0.2, $(date +%s.%N) - $start))")
normalize "$work/reference" > "$work/reference.jsonl"
printf 'reference: %s documents, %s claims, an uninterrupted ingest takes %.2f s\n' "$documents" "$(wc -l < "$work/reference.jsonl")" "$duration"

failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
for k in $(seq 1 "$kills"); do
    fresh "$work/ws"
    delay=$(python3 -c "import random; print(round(random.uniform(0, $duration), 3))")
    (cd "$work/ws" && exec "$bin" ingest "$work/articles" >/dev/null 2>&1) &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    (cd "$work/ws" && "$bin" check >"$work/check.txt" 2>&1) || fail "kill $k (ingest after ${delay}s): check: $(head -3 "$work/check.txt" | tr '\n' ' ')"
    (cd "$work/ws" && "$bin" ingest "$work/articles" >/dev/null 2>&1)
    normalize "$work/ws" > "$work/after.jsonl"
    cmp -s "$work/after.jsonl" "$work/reference.jsonl" || fail "kill $k (ingest after ${delay}s): finishing the ingest gives another ledger"
done

# update and export --output, killed mid-write.
ids=$(cd "$work/reference" && ls claims | grep '\.yaml$' | head -20 | sed 's/\.yaml$//')
for k in $(seq 1 "$kills"); do
    id=$(echo "$ids" | sed -n "$(( (k % 20) + 1 ))p")
    delay=$(python3 -c "import random; print(round(random.uniform(0, 0.05), 4))")
    (cd "$work/reference" && exec "$bin" update "$id" --status confirmed --by campaign --source "Wire $k" --quote "update $k" >/dev/null 2>&1) &
    pid=$!; sleep "$delay"; kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    (cd "$work/reference" && "$bin" check >"$work/check.txt" 2>&1) || fail "kill $k (update after ${delay}s): check: $(head -3 "$work/check.txt" | tr '\n' ' ')"
    rm -f "$work/export.jsonl"
    (cd "$work/reference" && exec "$bin" export --format jsonl --output "$work/export.jsonl" >/dev/null 2>&1) &
    pid=$!; sleep "$delay"; kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    if [ -e "$work/export.jsonl" ]; then
        python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$work/export.jsonl" 2>/dev/null \
            || fail "kill $k (export after ${delay}s): a torn export file"
    fi
done
echo "crash campaign: $kills kills of ingest, $kills of update, $kills of export --output; $failures failures"
[ "$failures" -eq 0 ]
