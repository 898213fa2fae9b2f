# Shared by scripts/crash-campaign.sh and scripts/concurrency-campaign.sh (sourced, not run).
# Sets $bin, the absolute path of `claims` ($CLAIMS, else the release build, built if missing), and
# $work, a temporary directory removed on exit.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin=${CLAIMS:-$root/.build/release/claims}
if [ ! -x "$bin" ]; then (cd "$root" && swift build -c release >/dev/null) || exit 2; fi
bin=$(readlink -f "$bin")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# write_corpus DIRECTORY COUNT: short articles about a few hundred events: plans, confirmations,
# delays, reports; the same COUNT gives the same files.
write_corpus() {
    python3 - "$1" "$2" <<'PY'
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
}

# normalize LEDGER_DIRECTORY [ordered|unordered]: the ledger's content as JSON lines, without the
# times things were recorded at. `unordered` also sorts each claim's evidence and leaves out its
# history (which records the order things arrived in, not what the ledger holds).
normalize() {
    (cd "$1" && "$bin" export --format jsonl 2>/dev/null) | python3 -c '
import json, sys
unordered = sys.argv[1] == "unordered"
def strip(value):
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k not in ("created", "updated", "recorded_at", "at")}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value
for line in sys.stdin:
    claim = strip(json.loads(line))
    if unordered and isinstance(claim, dict):
        claim.pop("history", None)
        if isinstance(claim.get("evidence"), list):
            claim["evidence"] = sorted(claim["evidence"], key=lambda e: json.dumps(e, sort_keys=True))
    print(json.dumps(claim, sort_keys=True))' "${2:-ordered}"
}

# fresh DIRECTORY: an empty workspace made by `claims init`.
fresh() { rm -rf "$1"; "$bin" init "$1" >/dev/null; }
