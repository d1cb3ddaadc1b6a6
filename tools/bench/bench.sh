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

# Runs one template over every file: prints "wall-seconds cpu-seconds peak-RSS-kB" (CPU =
# user + system of the child processes: steadier than wall time on a shared machine).
run_row() {
  local -a words cmd
  local wall=0 cpu=0 peak=0 f w line
  read -ra words <<< "$1"
  for f in "${files[@]}"; do
    cmd=()
    for w in "${words[@]}"; do [ "$w" = FILE ] && cmd+=("$f") || cmd+=("$w"); done
    /usr/bin/time -f '%e %U %S %M' -o "$tmp" "${cmd[@]}" >/dev/null 2>&1 || true
    line=$(tail -1 "$tmp")
    read -r wall cpu peak < <(echo "$wall $cpu $peak $line" | awk '{m = $7 > $3 ? $7 : $3; printf "%.3f %.3f %d\n", $1 + $4, $2 + $5 + $6, m}')
  done
  echo "$wall $cpu $peak"
}

echo "${#files[@]} files, $pages pages, one process per file"
printf '%-22s %8s %9s %7s %8s %9s %7s %12s\n' row wall-s pages/s ratio cpu-s pages/s ratio "peak RSS MB"
refw="" refc=""
for row in "${ROWS[@]}"; do
  name=${row%%|*}
  read -r wall cpu peak < <(run_row "${row#*|}")
  pw=$(awk -v p="$pages" -v s="$wall" 'BEGIN {printf "%.2f", p / s}')
  pc=$(awk -v p="$pages" -v s="$cpu" 'BEGIN {printf "%.2f", p / s}')
  [ -z "$refw" ] && refw=$pw && refc=$pc
  awk -v n="$name" -v w="$wall" -v pw="$pw" -v rw="$refw" -v c="$cpu" -v pc="$pc" -v rc="$refc" -v m="$peak" \
    'BEGIN {printf "%-22s %8.2f %9.1f %7.2f %8.2f %9.1f %7.2f %12.1f\n", n, w, pw, pw / rw, c, pc, pc / rc, m / 1024}'
done
