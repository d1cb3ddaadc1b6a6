#!/usr/bin/env bash
# Ingest throughput: pages/s at --jobs 1 and --jobs 2, peak memory per worker, and the CPU
# the parent spends itself (planning, hashing, journal, manifest, CSV, SQLite) apart from the
# children's extraction, on every PDF of the shared corpus (the samples are too few to show
# scaling), with the release build.
# Usage: tools/bench/ingest.sh [PDF_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${BIN:-.build/release/councilkpi}
[ -x "$BIN" ] || swift build -c release >/dev/null
INPUT=${1:-}
if [ -z "$INPUT" ]; then
  SHARED=../shared; [ -d "$SHARED" ] || SHARED=../../shared  # a worktree sits one level deeper
  INPUT=$SHARED/corpus
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Inputs copied once, so both runs see the same paths and a warm page cache.
cp -r "$INPUT" "$WORK/in"
run() {
  local jobs=$1 out="$WORK/out-$1" log="$WORK/log-$1"
  "$BIN" ingest "$WORK/in" --out "$out" --jobs "$jobs" 2>"$log" || [ $? -eq 2 ]
  # Summary line: "... N pages in T s (R pages/s); peak worker RSS W KB, parent P KB; ..."
  local line; line=$(grep 'ingested ' "$log" | tail -1)
  local files pages secs rate worker parent
  files=$(sed -E 's/.*ingested ([0-9]+) sources.*/\1/' <<<"$line")
  pages=$(sed -E 's/.*; ([0-9]+) pages in.*/\1/' <<<"$line")
  secs=$(sed -E 's/.* pages in ([0-9.]+) s.*/\1/' <<<"$line")
  rate=$(sed -E 's/.*\(([0-9.]+) pages\/s\).*/\1/' <<<"$line")
  worker=$(sed -E 's/.*peak worker RSS ([0-9]+) KB.*/\1/' <<<"$line")
  parent=$(sed -E 's/.*parent ([0-9]+) KB.*/\1/' <<<"$line")
  local wcpu pcpu
  wcpu=$(sed -E 's/.*CPU workers ([0-9.]+) s.*/\1/' <<<"$line")
  pcpu=$(sed -E 's/.*CPU workers [0-9.]+ s, parent ([0-9.]+) s.*/\1/' <<<"$line")
  printf 'ingest --jobs %s  %4s files %5s pages %7s s %7s pages/s  peak worker %4s MB parent %4s MB' \
    "$jobs" "$files" "$pages" "$secs" "$rate" "$((worker / 1024))" "$((parent / 1024))"
  printf '  CPU workers %6s s parent %5s s\n' "$wcpu" "$pcpu"
  echo "$secs" >"$WORK/secs-$jobs"
}
echo "ingest benchmark on $INPUT ($(nproc) cores, $BIN)"
run 1
run 2
awk -v a="$(cat "$WORK/secs-1")" -v b="$(cat "$WORK/secs-2")" \
  'BEGIN { printf "ingest speed-up --jobs 1 -> 2: %.2fx\n", (b > 0 ? a / b : 0) }'
