#!/usr/bin/env bash
# Runs `councilkpi tables` on every case of the shared table corpus (only the case's pages,
# no other hints) into out/corpus/, then prints the scorer's per-folder and overall totals.
# usage: tools/corpus/run.sh [--full] [PREFIX]   (--full: the scorer's whole per-case report)
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
CORPUS=${CORPUS:-$SHARED/corpus/tables}
SCORER=${SCORER:-$SHARED/corpus/score_tables.py}
BIN=${BIN:-.build/release/councilkpi}
OUT=${OUT:-out/corpus}
full=0
if [ "${1:-}" = "--full" ]; then full=1; shift; fi
prefix=${1:-}

[ -x "$BIN" ] || { echo "run.sh: $BIN missing (make release)" >&2; exit 1; }
[ -d "$CORPUS" ] || { echo "run.sh: corpus $CORPUS not found" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT"

# One line per case: id, pdf path, pages.
python3 - "$CORPUS" "$prefix" > "$OUT/cases.tsv" <<'PY'
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
for f in sorted(root.rglob("*.expected.json")):
    case = f.relative_to(root).as_posix()[: -len(".expected.json")]
    if not case.startswith(sys.argv[2]):
        continue
    d = json.loads(f.read_text())
    print(case, f.parent / d["pdf"], ",".join(str(p) for p in d["pages"]), sep="\t")
PY

start=$(date +%s.%N)
while IFS=$'\t' read -r id pdf pages; do
  mkdir -p "$OUT/$(dirname "$id")"
  "$BIN" tables "$pdf" --pages "$pages" --format json > "$OUT/$id.json" 2> "$OUT/$id.err" || true
done < "$OUT/cases.tsv"
end=$(date +%s.%N)
npages=$(awk -F'\t' '{n += split($3, a, ",")} END {print n}' "$OUT/cases.tsv")

if [ $full = 1 ]; then
  python3 "$SCORER" "$CORPUS" "$OUT" ${prefix:+--only "$prefix"}
else
  python3 "$SCORER" "$CORPUS" "$OUT" ${prefix:+--only "$prefix"} | awk '/^$/ {s=1} s && NF'
fi
python3 -c "import sys; p, t = int(sys.argv[1]), float(sys.argv[2]); print(f'speed: {p} pages in {t:.1f} s, {p / t:.1f} pages/s (one process per case)')" "$npages" "$(echo "$end - $start" | bc)"
