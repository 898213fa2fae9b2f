#!/usr/bin/env bash
# Kills `claims` with SIGKILL at random moments and checks that the ledger survives every kill.
#
#   bash scripts/crash-campaign.sh [KILLS] [DOCUMENTS]      default: 100 kills, 2000 documents
#   CLAIMS=path/to/claims overrides the binary (default: .build/release/claims, built if missing)
#
# Four phases, KILLS kills each, every delay drawn uniformly within the time an uninterrupted run of
# the command takes:
#   ingest    a fresh ledger ingests the corpus and is killed; `claims check` must pass, and running
#             the ingest again must give the ledger an uninterrupted run gives (compared through
#             `export --format jsonl`, with recording times removed).
#   update    `update` of one claim is killed; `check` must pass, the claim holds either its earlier
#             evidence or that plus the new entry (never a torn file), and running the update again
#             when it had not landed gives the ledger a series of uninterrupted updates gives.
#   import    a fresh ledger imports a ClaimReview file of the corpus's claims and is killed; `check`
#             must pass and importing again gives the ledger an uninterrupted import gives.
#   export    `export --output` is killed: the file is absent or whole, never torn.
# Prints one line per failure and a summary per phase; exits 1 when anything failed.
set -uo pipefail
kills=${1:-100}
documents=${2:-2000}
source "$(dirname "$0")/campaign-lib.sh"  # sets $bin and a temporary $work

write_corpus "$work/articles" "$documents"

seconds_since() { python3 -c "print(max(0.05, $(date +%s.%N) - $1))"; }
random_delay() { python3 -c "import random; print(round(random.uniform(0, $1), 4))"; }
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
# kill_after DELAY DIRECTORY ARGUMENTS...: runs `claims ARGUMENTS` in DIRECTORY and kills it with SIGKILL after DELAY seconds.
kill_after() {
    local delay=$1 directory=$2; shift 2
    (cd "$directory" && exec "$bin" "$@" >/dev/null 2>&1) &
    local pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
}
check_passes() {  # check_passes DIRECTORY WHAT
    (cd "$1" && "$bin" check >"$work/check.txt" 2>&1) || fail "$2: check: $(head -3 "$work/check.txt" | tr '\n' ' ')"
}
# kill_fresh_runs REFERENCE_JSONL COMMAND ARGUMENTS...: $kills times, a fresh ledger runs the command
# and is killed after a random delay within $duration; `check` must pass, and running the command
# again must give the ledger REFERENCE_JSONL holds.
kill_fresh_runs() {
    local reference=$1 command=$2 before=$failures k delay; shift
    for k in $(seq 1 "$kills"); do
        fresh "$work/ws"
        delay=$(random_delay "$duration")
        kill_after "$delay" "$work/ws" "$@"
        check_passes "$work/ws" "kill $k ($command after ${delay}s)"
        (cd "$work/ws" && "$bin" "$@" >/dev/null 2>&1)
        normalize "$work/ws" > "$work/after.jsonl"
        cmp -s "$work/after.jsonl" "$reference" || fail "kill $k ($command after ${delay}s): finishing the $command gives another ledger"
    done
    echo "$command: $kills kills, $((failures - before)) failures"
}

# --- ingest
fresh "$work/reference"
start=$(date +%s.%N)
(cd "$work/reference" && "$bin" ingest "$work/articles" >/dev/null 2>&1)
duration=$(seconds_since "$start")
normalize "$work/reference" > "$work/reference.jsonl"
printf 'reference: %s documents, %s claims, an uninterrupted ingest takes %.2f s\n' "$documents" "$(wc -l < "$work/reference.jsonl")" "$duration"
kill_fresh_runs "$work/reference.jsonl" ingest "$work/articles"

# --- update: the killed ledger and one where every update runs whole must end up the same.
cp -a "$work/reference" "$work/updated"
cp -a "$work/reference" "$work/updated-whole"
ids=$(cd "$work/reference" && ls claims | grep '\.yaml$' | head -20 | sed 's/\.yaml$//')
update_args() { echo "update $1 --status confirmed --by campaign --source Wire-$2 --quote update-$2"; }
start=$(date +%s.%N)
(cd "$work/updated-whole" && "$bin" $(update_args "$(echo "$ids" | head -1)" 0) >/dev/null 2>&1)
(cd "$work/updated" && "$bin" $(update_args "$(echo "$ids" | head -1)" 0) >/dev/null 2>&1)
duration=$(seconds_since "$start")
before=$failures; landed=0
for k in $(seq 1 "$kills"); do
    id=$(echo "$ids" | sed -n "$(( (k % 20) + 1 ))p")
    file="$work/updated/claims/$id.yaml"
    (cd "$work/updated-whole" && "$bin" $(update_args "$id" "$k") >/dev/null 2>&1)
    count=$(grep -c 'recorded_at:' "$file")
    delay=$(random_delay "$duration")
    kill_after "$delay" "$work/updated" $(update_args "$id" "$k")
    check_passes "$work/updated" "kill $k (update after ${delay}s)"
    after=$(grep -c 'recorded_at:' "$file")
    if [ "$after" -eq "$count" ]; then
        (cd "$work/updated" && "$bin" $(update_args "$id" "$k") >/dev/null 2>&1) || fail "kill $k (update after ${delay}s): the update fails when run again"
    elif [ "$after" -eq $((count + 1)) ]; then
        landed=$((landed + 1))
    else
        fail "kill $k (update after ${delay}s): $id went from $count to $after evidence entries"
    fi
done
normalize "$work/updated" > "$work/after.jsonl"
normalize "$work/updated-whole" > "$work/whole.jsonl"
cmp -s "$work/after.jsonl" "$work/whole.jsonl" || fail "the killed updates, finished, give another ledger than uninterrupted ones"
echo "update: $kills kills ($landed had written the claim, $((kills - landed)) had not), $((failures - before)) failures"

# --- import: a ClaimReview file of the reference's claims into a fresh ledger.
(cd "$work/reference" && "$bin" export --format claimreview --output "$work/reviews.json" >/dev/null 2>&1)
fresh "$work/imported"
start=$(date +%s.%N)
(cd "$work/imported" && "$bin" import "$work/reviews.json" >/dev/null 2>&1)
duration=$(seconds_since "$start")
normalize "$work/imported" > "$work/imported.jsonl"
printf 'import reference: %s claims, an uninterrupted import takes %.2f s\n' "$(wc -l < "$work/imported.jsonl")" "$duration"
kill_fresh_runs "$work/imported.jsonl" import "$work/reviews.json"

# --- export --output
start=$(date +%s.%N)
(cd "$work/reference" && "$bin" export --format jsonl --output "$work/export.jsonl" >/dev/null 2>&1)
duration=$(seconds_since "$start")
before=$failures; whole=0
for k in $(seq 1 "$kills"); do
    rm -f "$work/export.jsonl"
    delay=$(random_delay "$duration")
    kill_after "$delay" "$work/reference" export --format jsonl --output "$work/export.jsonl"
    if [ -e "$work/export.jsonl" ]; then
        whole=$((whole + 1))
        python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$work/export.jsonl" 2>/dev/null \
            || fail "kill $k (export after ${delay}s): a torn export file"
    fi
done
echo "export --output: $kills kills ($whole left a whole file, $((kills - whole)) none), $((failures - before)) failures"
echo "crash campaign: $kills kills each of ingest, update, import and export --output; $failures failures"
[ "$failures" -eq 0 ]
