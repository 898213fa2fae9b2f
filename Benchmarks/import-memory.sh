#!/usr/bin/env bash
# Peak memory and time of `claims import` on generated DataFeeds of N reviews (each a future event
# claim on its own day), beside a baseline measured in the same run: Python's json.load of the same
# file (the whole tree in memory, what a reader that does not stream holds).
#
#   bash Benchmarks/import-memory.sh [CLAIMS_BINARY] [N ...]     default: .build/release/claims 5000 50000
set -euo pipefail
bin=$(readlink -f "${1:-.build/release/claims}"); shift || true
sizes=("${@:-5000 50000}"); sizes=(${sizes[@]})
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$bin" init "$work/ws" >/dev/null
printf '%-8s %-10s %-22s %-22s\n' reviews "file MB" "claims import (MB, s)" "json.load (MB, s)"
for n in "${sizes[@]}"; do
  python3 - "$n" "$work/feed.json" <<'PY'
import json, sys, datetime
n, path = int(sys.argv[1]), sys.argv[2]
start = datetime.date(2030, 1, 1)
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
with open(path, "w") as out:
    out.write('{"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [\n')
    for i in range(n):
        day = start + datetime.timedelta(days=i)
        review = {"@type": "ClaimReview", "url": f"https://checks.example/r{i}", "datePublished": "2029-12-01",
                  "claimReviewed": f"Terminal {i} of the harbour opens on {months[day.month - 1]} {day.day}, {day.year}",
                  "author": {"@type": "Organization", "name": "Harbour Checks"},
                  "reviewRating": {"@type": "Rating", "alternateName": "True" if i % 3 else "False"},
                  "itemReviewed": {"@type": "Claim", "author": {"name": "the port authority"}, "datePublished": "2029-11-30"}}
        out.write(("," if i else "") + json.dumps({"@type": "DataFeedItem", "item": [review]}) + "\n")
    out.write("]}\n")
PY
  mb=$(python3 -c "import os; print(round(os.path.getsize('$work/feed.json') / 1e6, 1))")
  ours=$( { cd "$work/ws" && /usr/bin/time -f "%M %e" "$bin" import --dry-run "$work/feed.json" >/dev/null 2>"$work/err"; } 2>&1; tail -1 "$work/err")
  base=$( { /usr/bin/time -f "%M %e" python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$work/feed.json"; } 2>&1 | tail -1)
  fmt() { awk '{ printf "%.0f MB, %.2f s", $1 / 1024, $2 }' <<<"$1"; }
  printf '%-8s %-10s %-22s %-22s\n' "$n" "$mb" "$(fmt "$ours")" "$(fmt "$base")"
done
