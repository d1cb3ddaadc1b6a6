#!/usr/bin/env bash
# Runs `councilkpi extract --stage text` under valgrind over every sample PDF, the bad inputs
# and some corpus PDFs (and `councilkpi-text`, built beside it, over the samples and bad
# inputs), and fails if any run loses memory definitely (definitely lost > 0) or makes an
# invalid read/write. One-time allocations of fontconfig, poppler and the Swift runtime
# are "still reachable" and fine; one fontconfig leak inside its config parser is suppressed
# (tools/valgrind.supp).
#
#   tools/leakcheck.sh [--quick] [BIN]        (BIN defaults to .build/debug/councilkpi)
#
# --quick (what `make test` runs): one sample, one bad input, one ruled corpus table, the
# text program on one sample and the debug pictures once — every kind of run, in a minute.
set -uo pipefail
cd "$(dirname "$0")/.."
quick=0
if [ "${1:-}" = "--quick" ]; then quick=1; shift; fi
BIN=${1:-.build/debug/councilkpi}
TEXT_BIN=$(dirname "$BIN")/councilkpi-text
for b in "$BIN" "$TEXT_BIN"; do
  [ -x "$b" ] || { echo "leakcheck: build first: $b missing" >&2; exit 1; }
done
command -v valgrind >/dev/null || { echo "leakcheck: needs valgrind (apt-get install valgrind)" >&2; exit 1; }

SHARED=../shared
[ -d "$SHARED/corpus" ] || SHARED=../../shared
files=(samples/*.pdf samples/bad/*.pdf)
for f in camelot/clockwise_table_1.pdf camelot/row_span_1.pdf icdar2013/eu-015.pdf \
         tabula-java/indictb1h_14.pdf tabula-java/twotables.pdf; do
  files+=("$SHARED/corpus/tables/$f")
done
files+=("$SHARED"/corpus/council-real/kent-cc-2024-25-q3-qpr-cabinet-cover-report.pdf)
text_files=(samples/*.pdf samples/bad/*.pdf)
if [ $quick = 1 ]; then
  files=(samples/charnwood-2023-24-q2-cover-report.pdf samples/bad/truncated.pdf
         "$SHARED/corpus/tables/camelot/row_span_1.pdf")
  text_files=(samples/charnwood-2023-24-q2-cover-report.pdf)
fi

log=$(mktemp)
# valgrind 3.19 cannot read the DWARF 5 debug info Swift writes: run a copy without it
# (function names still come from the symbol table).
exe=$(mktemp) text_exe=$(mktemp)
objcopy --strip-debug "$BIN" "$exe"
objcopy --strip-debug "$TEXT_BIN" "$text_exe"
pictures=$(mktemp -d)
trap 'rm -rf "$log" "$exe" "$text_exe" "$pictures"' EXIT
bad=0
# Each run: a label, the program and its arguments. The text stage on every file; the debug
# pictures (poppler's rasteriser) on two.
runs=()
for f in "${files[@]}"; do
  [ -f "$f" ] && runs+=("$f|$exe|extract|$f|--stage|text")
done
for f in "${text_files[@]}"; do
  runs+=("councilkpi-text: $f|$text_exe|$f")
done
[ $quick = 1 ] || runs+=("tables --debug: samples/harrow|$exe|tables|samples/harrow-2023-24-q2-strategic-performance-report.pdf|--debug|$pictures")
runs+=("tables --debug: camelot/row_span_1|$exe|tables|$SHARED/corpus/tables/camelot/row_span_1.pdf|--debug|$pictures")
printf '%-86s %10s %10s %8s\n' file definite indirect errors
for run in "${runs[@]}"; do
  IFS='|' read -r -a parts <<< "$run"
  f=${parts[0]}
  valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
    --suppressions=tools/valgrind.supp \
    --log-file="$log" "${parts[@]:1}" >/dev/null 2>&1
  definite=$(awk '/definitely lost:/ {gsub(",", "", $4); print $4}' "$log")
  indirect=$(awk '/indirectly lost:/ {gsub(",", "", $4); print $4}' "$log")
  errors=$(awk '/ERROR SUMMARY:/ {print $4}' "$log")
  printf '%-86s %10s %10s %8s\n' "${f#"$SHARED"/}" "${definite:-0}" "${indirect:-0}" "${errors:-?}"
  if [ "${definite:-0}" != 0 ] || [ "${errors:-1}" != 0 ]; then
    bad=1
    grep -A25 'definitely lost in\|Invalid ' "$log" | head -60
  fi
done
[ $bad = 0 ] && echo "leakcheck: no definite leaks, no memory errors" || { echo "leakcheck: FAILED"; exit 1; }
