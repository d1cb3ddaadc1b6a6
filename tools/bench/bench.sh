#!/usr/bin/env bash
# Pages per second and peak memory of the text stage against pdftotext -layout, one process
# per file, over samples/*.pdf and every PDF in ../shared/corpus.
#
#   tools/bench/bench.sh [BIN]        (BIN defaults to .build/release/councilkpi)
#
# Each row is a command template run once per file; FILE is replaced by the PDF's path.
# More rows (tables, ingest, ...) are added to ROWS below as those commands exist.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-.build/release/councilkpi}
[ -x "$BIN" ] || { echo "bench: build first (make release): $BIN missing" >&2; exit 1; }

SHARED=../shared
[ -d "$SHARED/corpus" ] || SHARED=../../shared
files=()
for f in samples/*.pdf; do [ -f "$f" ] && files+=("$f"); done
if [ -d "$SHARED/corpus" ]; then
  while IFS= read -r f; do files+=("$f"); done < <(find "$SHARED/corpus" -name '*.pdf' | sort)
fi
[ ${#files[@]} -gt 0 ] || { echo "bench: no PDFs found" >&2; exit 1; }

pages=0
for f in "${files[@]}"; do
  n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')
  pages=$((pages + ${n:-0}))
done

# name|command template. The first row is the reference the ratios are taken against.
ROWS=(
  "pdftotext -layout|pdftotext -layout FILE /dev/null"
  "text --no-graphics|$BIN extract FILE --stage text --no-graphics"
  "text (lines+fills)|$BIN extract FILE --stage text"
)
[ -n "${BENCH_EXTRA_ROWS:-}" ] && while IFS= read -r r; do [ -n "$r" ] && ROWS+=("$r"); done <<< "$BENCH_EXTRA_ROWS"

command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

# Runs one template over every file: prints "seconds peak-RSS-kB".
run_row() {
  local -a words cmd
  local start end peak=0 rss f w
  read -ra words <<< "$1"
  start=$(date +%s.%N)
  for f in "${files[@]}"; do
    cmd=()
    for w in "${words[@]}"; do [ "$w" = FILE ] && cmd+=("$f") || cmd+=("$w"); done
    /usr/bin/time -f '%M' -o "$tmp" "${cmd[@]}" >/dev/null 2>&1 || true
    rss=$(tail -1 "$tmp")
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss
  done
  end=$(date +%s.%N)
  echo "$start $end $peak" | awk '{printf "%.3f %d\n", $2 - $1, $3}'
}

echo "${#files[@]} files, $pages pages, one process per file"
printf '%-22s %9s %9s %7s %12s\n' row seconds pages/s ratio "peak RSS MB"
ref=""
for row in "${ROWS[@]}"; do
  name=${row%%|*}
  read -r secs peak < <(run_row "${row#*|}")
  pps=$(awk -v p="$pages" -v s="$secs" 'BEGIN {printf "%.2f", p / s}')
  [ -z "$ref" ] && ref=$pps
  awk -v n="$name" -v s="$secs" -v p="$pps" -v r="$ref" -v m="$peak" \
    'BEGIN {printf "%-22s %9.2f %9.1f %7.2f %12.1f\n", n, s, p, p / r, m / 1024}'
done
