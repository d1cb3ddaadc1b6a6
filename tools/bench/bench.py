#!/usr/bin/env python3
"""Pages per second and peak memory of the text stage against `pdftotext -layout`, one process
per file, over samples/*.pdf and every PDF in ../shared/corpus.

    python3 tools/bench/bench.py [--bin .build/release/councilkpi] [--rows NAME,...]

Wall time is what a user waits; CPU time (user + system of each child, from wait4) is what
the work costs and stays steady when other jobs share the machine. Each file runs --repeat
times per row (rows taking turns) and keeps its fastest run. Ratios are against the first row.
To add a row (tables, ingest, ...) append it to ROWS: a name and a command template in which
BIN stands for the binary, TEXTBIN for councilkpi-text beside it, FILE for the PDF and OUT for
a fresh empty directory (removed afterwards), e.g. ("ingest", ["BIN", "ingest", "FILE", "--out", "OUT"]).
"""
import argparse, glob, os, shutil, subprocess, sys, tempfile, time

ROWS = [
    ("pdftotext -layout", ["pdftotext", "-layout", "FILE", "/dev/null"]),
    ("councilkpi-text --no-graphics", ["TEXTBIN", "FILE", "--no-graphics"]),
    ("councilkpi-text", ["TEXTBIN", "FILE"]),
    ("extract --stage text --no-graphics", ["BIN", "extract", "FILE", "--stage", "text", "--no-graphics"]),
    ("extract --stage text", ["BIN", "extract", "FILE", "--stage", "text"]),
    ("tables", ["BIN", "tables", "FILE", "--format", "json"]),
    ("extract (record)", ["BIN", "extract", "FILE"]),
]

def pdfs(root):
    files = sorted(glob.glob(os.path.join(root, "samples", "*.pdf")))
    for shared in ("../shared", "../../shared"):
        corpus = os.path.join(root, shared, "corpus")
        if os.path.isdir(corpus):
            files += sorted(glob.glob(os.path.join(corpus, "**", "*.pdf"), recursive=True))
            break
    return files

def page_count(f):
    out = subprocess.run(["pdfinfo", f], capture_output=True, text=True, errors="replace").stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0

def run(cmd):
    """Runs one command; returns (wall s, cpu s, max RSS kB)."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        p = subprocess.Popen(cmd, stdout=null, stderr=null)
        _, _, ru = os.wait4(p.pid, 0)
    return time.perf_counter() - start, ru.ru_utime + ru.ru_stime, ru.ru_maxrss

def main():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=os.path.join(root, ".build/release/councilkpi"))
    ap.add_argument("--rows", help="comma-separated row names to run (default: all)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs per file and row; each takes its fastest (default 3)")
    args = ap.parse_args()
    # The text stage's own program sits beside the main one.
    text_bin = os.path.join(os.path.dirname(args.bin), "councilkpi-text")
    for b in (args.bin, text_bin):
        if not os.access(b, os.X_OK):
            sys.exit(f"bench: build first (make release): {b} missing")
    files = pdfs(root)
    if not files:
        sys.exit("bench: no PDFs found")
    pages = sum(page_count(f) for f in files)
    rows = ROWS if not args.rows else [r for r in ROWS if r[0] in args.rows.split(",")]
    print(f"{len(files)} files, {pages} pages, one process per file, fastest of {max(1, args.repeat)} runs each")
    print(f"{'row':<36} {'wall s':>8} {'pages/s':>8} {'ratio':>6} {'cpu s':>8} {'pages/s':>8} {'ratio':>6} {'peak RSS MB':>12}")
    # Rows take turns file by file, and each (file, row) keeps its fastest of --repeat runs:
    # a shared or virtual machine's slow spells then fall on every row alike.
    best = {}
    for _ in range(max(1, args.repeat)):
        for f in files:
            for name, template in rows:
                out = tempfile.mkdtemp(prefix="bench-") if "OUT" in template else None
                subs = {"BIN": args.bin, "TEXTBIN": text_bin, "FILE": f, "OUT": out}
                cmd = [subs.get(a, a) for a in template]
                w, c, m = run(cmd)
                if out:
                    shutil.rmtree(out, ignore_errors=True)
                prev = best.get((name, f))
                best[(name, f)] = (min(w, prev[0]), min(c, prev[1]), max(m, prev[2])) if prev else (w, c, m)
    ref = None
    for name, _ in rows:
        wall = sum(best[(name, f)][0] for f in files)
        cpu = sum(best[(name, f)][1] for f in files)
        peak = max(best[(name, f)][2] for f in files)
        pw, pc = pages / wall, pages / cpu
        ref = ref or (pw, pc)
        print(f"{name:<36} {wall:8.2f} {pw:8.1f} {pw / ref[0]:6.2f} {cpu:8.2f} {pc:8.1f} {pc / ref[1]:6.2f} {peak / 1024:12.1f}")

if __name__ == "__main__":
    main()
