#!/bin/sh
# Renders the HTML report of this repository's own ledger to a PNG in a real headless browser
# (Debian's chromium: apt-get install chromium), so the page can be looked at, not just tested.
#
#   scripts/render-report.sh [AS_OF] [OUT_DIR]     default: 2022-01-09, $TMPDIR/claims-report
#
# Writes OUT_DIR/report.html and OUT_DIR/report.png (a full-page screenshot).
set -eu
cd "$(dirname "$0")/.."
as_of=${1:-2022-01-09}
out=${2:-${TMPDIR:-/tmp}/claims-report}
scratch=${SCRATCH_PATH:-.build-reports}
mkdir -p "$out"
out=$(cd "$out" && pwd)
swift build --scratch-path "$scratch" --product claims >/dev/null
"$scratch/debug/claims" report --as-of "$as_of" --format html --output "$out/report.html"
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "error: no chromium found; install Debian's 'chromium' package" >&2
    exit 2
fi
# The page has no scripts and loads nothing, so the first paint is the page.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="${WIDTH:-1100},${HEIGHT:-1350}" \
    --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null
echo "wrote $out/report.html and $out/report.png"
