#!/usr/bin/env bash
# Extracts every paper of the records corpus (council-dev: PDFs with exact truth) into
# out/records/, one record each, then prints the scorer's per-section precision/recall/F1,
# the worst documents, and the summary line.
# usage: tools/records/run.sh [--verbose] [NAME_PREFIX]   (--verbose: every mismatch)
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
CORPUS=${CORPUS:-$SHARED/corpus/council-dev}
SCORER=${SCORER:-$CORPUS/score_records.py}
BIN=${BIN:-.build/release/councilkpi}
OUT=${OUT:-out/records}
verbose=()
if [ "${1:-}" = "--verbose" ]; then verbose=(--verbose); shift; fi
prefix=${1:-}

[ -x "$BIN" ] || { echo "run.sh: $BIN missing (make release)" >&2; exit 1; }
[ -d "$CORPUS" ] || { echo "run.sh: corpus $CORPUS not found" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT/reports" "$OUT/truth"

for pdf in "$CORPUS"/${prefix}*.pdf; do
  name=$(basename "$pdf" .pdf)
  cp "$CORPUS/$name.truth.json" "$OUT/truth/"
  "$BIN" extract "$pdf" > "$OUT/reports/$name.json" 2> "$OUT/reports/$name.err" \
    || echo "run.sh: $name: extract failed ($(head -1 "$OUT/reports/$name.err"))" >&2
done

# The scorer's table (every document, every section), then the worst documents first.
python3 "$SCORER" "$OUT/truth" "$OUT/reports" "${verbose[@]}" | tee "$OUT/score.txt"
echo "worst documents:"
awk '/\.pdf / {print $NF, $1}' "$OUT/score.txt" | sort -n | head -4 | sed 's/^/  /'
