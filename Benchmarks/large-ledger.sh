#!/usr/bin/env bash
# Issue 14's table: a generated ledger of N claims (default 100,000; one claim, one evidence item each) on
# tmpfs, every figure on one core (taskset -c 1) beside baselines measured in the same run: reading the
# ledger's bytes (cat), and the same question asked of the same rows in SQLite (the sqlite3 CLI over one
# table built from `claims export --format csv`, with an index on status).
#
#   bash Benchmarks/large-ledger.sh [CLAIMS_BINARY] [N]       default: .build/release/claims 100000
#
# Timings are the best of RUNS (default 3) warm runs, wall seconds (user + system in brackets); memory is peak RSS.
# The ledger is kept in /dev/shm/claims-large-N between runs (generating 100,000 files takes ~30 s);
# delete it to start afresh. The ingest copy is removed at the end.
set -euo pipefail
bin=$(readlink -f "${1:-.build/release/claims}")
count=${2:-100000}
here=$(cd "$(dirname "$0")" && pwd)
root=/dev/shm/claims-large-$count
day=2024-06-01
one="taskset -c 1"
if [[ ! -f $root/.generated ]]; then
  rm -rf "$root"; mkdir -p "$root"
  (cd "$root" && "$bin" init . >/dev/null)
  python3 "$here/generate-ledger.py" "$root" "$count"
  touch "$root/.generated"
fi
cd "$root"

# best of 3: prints "wall (user+sys) peakMB"
measure() {
  local best="" line
  for ((run = 0; run < ${RUNS:-3}; run++)); do
    /usr/bin/time -o /dev/shm/claims-large.time -f "%e %U %S %M" $one "$@" >/dev/null 2>/dev/null || true
    line=$(tail -1 /dev/shm/claims-large.time)
    if [[ -z $best ]] || awk -v a="$line" -v b="$best" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[1] < y[1]) }'; then best=$line; fi
  done
  awk '{ printf "%5.2f s (%.2f cpu) %4.0f MB", $1, $2 + $3, $4 / 1024 }' <<<"$best"
}
row() { printf '%-44s %s\n' "$1" "$2"; }

mb=$(du -sm claims | cut -f1)
echo "ledger: $count claims, $mb MB on tmpfs ($root); claims $("$bin" --version)"
"$bin" list --status proposed --format json >/dev/null   # warm the index
row "baseline: cat every claim file" "$(measure sh -c 'find claims -name "*.yaml" -print0 | xargs -0 cat')"

# SQLite over the same rows.
"$bin" export --format csv --as-of $day > /dev/shm/claims-large.csv
rm -f /dev/shm/claims-large.db
sqlite3 /dev/shm/claims-large.db ".import --csv /dev/shm/claims-large.csv claims" "create index by_status on claims(status);"
sq() { measure sqlite3 /dev/shm/claims-large.db "$1"; }
row "baseline: sqlite3 open claims as JSON" "$(sq "select json_group_array(json_object('id', id, 'statement', statement, 'event_date', event_date, 'status', status, 'flags', flags, 'latest_quote', latest_quote)) from claims where open = 'true' and first_published <= '$day' order by event_date;")"
row "baseline: sqlite3 proposed claims as JSON" "$(sq "select json_group_array(json_object('id', id, 'statement', statement, 'event_date', event_date, 'kind', kind, 'participants', participants, 'status', status, 'evidence_count', evidence_count, 'latest_quote', latest_quote)) from claims where status = 'proposed';")"

for format in text markdown json html; do
  row "report --as-of $day --format $format" "$(measure "$bin" report --as-of $day --format $format)"
done
row "list --status proposed --format json" "$(measure "$bin" list --status proposed --format json)"
row "check" "$(measure "$bin" check)"

# Cold: every claim file changed (a new mtime), so every entry of the index is stale and rebuilt from YAML.
find claims -name '*.yaml' -print0 | xargs -0 touch
/usr/bin/time -o /dev/shm/claims-large.time -f "%e %U %S %M" $one "$bin" list --status proposed --format json >/dev/null 2>&1
cold=$(tail -1 /dev/shm/claims-large.time)
row "cold: list after every file changed, 1 core" "$(awk '{ printf "%5.2f s (%.2f cpu) %4.0f MB", $1, $2 + $3, $4 / 1024 }' <<<"$cold")"
find claims -name '*.yaml' -print0 | xargs -0 touch
/usr/bin/time -o /dev/shm/claims-large.time -f "%e %U %S %M" "$bin" list --status proposed --format json >/dev/null 2>&1
cold=$(tail -1 /dev/shm/claims-large.time)
row "cold: same, every core" "$(awk '{ printf "%5.2f s (%.2f cpu) %4.0f MB", $1, $2 + $3, $4 / 1024 }' <<<"$cold")"

# Cold for real: every claim file's bytes changed (a blank line appended), so every file is parsed again.
find claims -name '*.yaml' -print0 | xargs -0 -n 2000 sh -c 'for f; do printf "\n" >> "$f"; done' sh
/usr/bin/time -o /dev/shm/claims-large.time -f "%e %U %S %M" "$bin" list --status proposed --format json >/dev/null 2>&1
cold=$(tail -1 /dev/shm/claims-large.time)
row "cold: every file's bytes changed, every core" "$(awk '{ printf "%5.2f s (%.2f cpu) %4.0f MB", $1, $2 + $3, $4 / 1024 }' <<<"$cold")"

# Ingest 2,000 short articles into a copy of the ledger.
copy=/dev/shm/claims-large-ingest; articles=/dev/shm/claims-large-articles
rm -rf "$copy" "$articles"; cp -a "$root" "$copy"
python3 "$here/generate-articles.py" "$articles" 2000
(cd "$copy" && "$bin" list --status proposed --format json >/dev/null)
(cd "$copy" && /usr/bin/time -o /dev/shm/claims-large.time -f "%e %U %S %M" $one "$bin" ingest "$articles" --published 2024-12-20 >/dev/null 2>&1) || true
ingest=$(tail -1 /dev/shm/claims-large.time)
row "ingest 2,000 short articles, 1 core" "$(awk '{ printf "%5.2f s (%.2f cpu) %4.0f MB: %.0f articles/s wall, %.0f per CPU second", $1, $2 + $3, $4 / 1024, 2000 / $1, 2000 / ($2 + $3) }' <<<"$ingest")"
rm -rf "$copy" "$articles" /dev/shm/claims-large.csv /dev/shm/claims-large.db /dev/shm/claims-large.time
