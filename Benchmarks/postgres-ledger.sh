#!/usr/bin/env bash
# Issue 17's benchmarks: the PostgreSQL ledger beside the claims folder, on the same generated rows.
# `report` and `list` on N claims (default 100,000; generate-ledger.py), and ingest throughput of 2,000
# short articles (generate-articles.py) into an empty ledger with one writer and with four at once.
#
#   bash Benchmarks/postgres-ledger.sh [CLAIMS_BINARY] [N]      default: .build/release/claims 100000
#
# A throwaway server runs on a Unix socket in /dev/shm (as the postgres user when run as root, since
# initdb refuses root). Timings are wall seconds, best of RUNS (default 3); memory is peak RSS.
set -euo pipefail
bin=$(readlink -f "${1:-.build/release/claims}")
count=${2:-100000}
here=$(cd "$(dirname "$0")" && pwd)
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=/dev/shm/claims-pg-bench
rm -rf "$work"; mkdir -p "$work"
as_server() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[[ $(id -u) == 0 ]] && chown postgres "$work"
as_server "$pgbin/initdb" -D "$work/data" -U postgres -A trust --no-sync >/dev/null
as_server "$pgbin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-k $work -c listen_addresses='' -c fsync=off -c synchronous_commit=off" start >/dev/null
trap 'as_server "$pgbin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null; rm -rf "$work"' EXIT
url="postgresql:///postgres?host=$work&user=postgres"

measure() {
  local best="" line
  for ((run = 0; run < ${RUNS:-3}; run++)); do
    /usr/bin/time -o "$work/time" -f "%e %U %S %M" "$@" >/dev/null 2>/dev/null || true
    line=$(tail -1 "$work/time")
    if [[ -z $best ]] || awk -v a="$line" -v b="$best" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[1] < y[1]) }'; then best=$line; fi
  done
  awk '{ printf "%6.2f s (%.2f cpu) %4.0f MB", $1, $2 + $3, $4 / 1024 }' <<<"$best"
}
row() { printf '%-46s %s\n' "$1" "$2"; }
workspace() {  # DIR SCHEMA: a workspace whose config keeps the ledger in SCHEMA
  mkdir -p "$1"; (cd "$1" && "$bin" init . >/dev/null)
  printf '\nledger:\n  store: postgres\n  url: "%s"\n  schema: %s\n' "$url" "$2" >> "$1/config.yaml"
}

ws=$work/ledger; workspace "$ws" bench
python3 "$here/generate-ledger.py" "$ws" "$count"
cd "$ws"
row "db import of $count claims (one transaction)" "$(RUNS=1 measure "$bin" db import claims)"
day=2024-06-01
for format in text json; do
  row "files: report --format $format" "$(measure "$bin" report --claims-dir claims --as-of $day --format $format)"
  row "postgres: report --format $format" "$(measure "$bin" report --as-of $day --format $format)"
done
row "files: list --status proposed --format json" "$(measure "$bin" list --claims-dir claims --status proposed --format json)"
row "postgres: list --status proposed --format json" "$(measure "$bin" list --status proposed --format json)"

articles=$work/articles
python3 "$here/generate-articles.py" "$articles" 2000
for w in 0 1 2 3; do mkdir -p "$articles-$w"; done
i=0; for f in "$articles"/*; do cp "$f" "$articles-$((i % 4))/"; i=$((i + 1)); done
one=$work/one; workspace "$one" one
row "files: ingest 2,000 articles, 1 writer" "$(cd "$one" && RUNS=1 measure "$bin" ingest --claims-dir folder "$articles" --published 2024-12-20)"
row "postgres: ingest 2,000 articles, 1 writer" "$(cd "$one" && RUNS=1 measure "$bin" ingest "$articles" --published 2024-12-20)"
four=$work/four; workspace "$four" four
start=$(date +%s.%N)
for w in 0 1 2 3; do (cd "$four" && "$bin" ingest "$articles-$w" --published 2024-12-20 >/dev/null 2>&1) & done
wait
row "postgres: ingest 2,000 articles, 4 writers" "$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%6.2f s wall", e - s }')"
printf '%-46s %s\n' "claims after 1 writer / 4 writers" \
  "$(cd "$one" && "$bin" list --format json | grep -c '"id"') / $(cd "$four" && "$bin" list --format json | grep -c '"id"')"
