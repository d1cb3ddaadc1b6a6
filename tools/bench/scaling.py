#!/usr/bin/env python3
"""Instruction counts per page of `extract` on three reference papers (callgrind: the same
count for the same binary and input whatever else the machine does, so the figure to compare
across changes), then how cost grows with length: `extract` on the 71-page Kent quarterly
report and on that report concatenated ten times (710 pages, made with qpdf), CPU seconds,
fastest of three. Linear cost means a ratio near 10; the bar is 11.

    python3 tools/bench/scaling.py [--bin .build/release/councilkpi] [--no-callgrind]
"""
import argparse, os, re, shutil, subprocess, sys, tempfile

REFERENCES = [
    "council-real/kent-cc-2024-25-q3-quarterly-performance-report-appendix.pdf",
    "council-real/kent-cc-2024-25-q3-finance-monitoring-report.pdf",
    "tables/icdar2013/eu-015.pdf",
]
QUARTERLY = REFERENCES[0]
COPIES = 10


def page_count(f):
    out = subprocess.run(["pdfinfo", f], capture_output=True, text=True, errors="replace").stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else 0


def cpu_seconds(cmd):
    with open(os.devnull, "wb") as null:
        p = subprocess.Popen(cmd, stdout=null, stderr=null)
        _, status, ru = os.wait4(p.pid, 0)
    if status != 0:
        sys.exit("scaling: %s exited with %d" % (" ".join(cmd), status))
    return ru.ru_utime + ru.ru_stime


def instructions(exe, pdf):
    """Total instructions of one `extract` under callgrind (its summary line on stderr). The
    extraction's own watchdog is lifted: under callgrind a long paper takes minutes, and a run
    it cut short would count fewer instructions, not fail."""
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", exe, "extract", pdf,
                        "--timeout", "100000"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace")
    m = re.search(r"I\s+refs:\s+([\d,]+)", r.stderr)
    if r.returncode != 0 or not m:
        sys.exit("scaling: extract under callgrind failed (exit %d) on %s" % (r.returncode, pdf))
    return int(m.group(1).replace(",", ""))


def main():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=os.path.join(root, ".build/release/councilkpi"))
    ap.add_argument("--no-callgrind", action="store_true", help="only the length scaling")
    args = ap.parse_args()
    corpus = next((os.path.join(root, s, "corpus") for s in ("../shared", "../../shared")
                   if os.path.isdir(os.path.join(root, s, "corpus"))), None)
    if corpus is None:
        sys.exit("scaling: ../shared/corpus not found")
    work = tempfile.mkdtemp()
    try:
        if not args.no_callgrind and shutil.which("valgrind"):
            # valgrind 3.19 cannot read the DWARF 5 debug info Swift writes: a copy without it.
            exe = os.path.join(work, "councilkpi")
            subprocess.run(["objcopy", "--strip-debug", args.bin, exe], check=True)
            print("callgrind: instructions per page of extract (the stable figure across changes)")
            for rel in REFERENCES:
                pdf = os.path.join(corpus, rel)
                pages = page_count(pdf)
                n = instructions(exe, pdf)
                print("  %-72s %4d pages %14s instr %12s instr/page" % (rel, pages, f"{n:,}", f"{n // max(pages, 1):,}"))
        single = os.path.join(corpus, QUARTERLY)
        if not shutil.which("qpdf"):
            sys.exit("scaling: needs qpdf to concatenate the paper (apt-get install qpdf)")
        many = os.path.join(work, "quarterly-x%d.pdf" % COPIES)
        subprocess.run(["qpdf", "--empty", "--pages"] + [single] * COPIES + ["--", many], check=True)
        one = min(cpu_seconds([args.bin, "extract", single]) for _ in range(3))
        ten = min(cpu_seconds([args.bin, "extract", many]) for _ in range(3))
        print("length: extract on the quarterly report, CPU s (fastest of 3)")
        print("  1 copy  (%4d pages) %7.2f s" % (page_count(single), one))
        print("  %d copies (%4d pages) %7.2f s   ratio %.1fx (linear: %d, bar: %d)"
              % (COPIES, page_count(many), ten, ten / one if one else 0, COPIES, COPIES + 1))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
