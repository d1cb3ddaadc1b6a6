"""Check that every seed fact made it into the PDFs' text layer (whitespace-insensitive)."""
import re
import subprocess
import sys
from pathlib import Path

import charnwood_appendix as CA
import seedparse

REPO = Path(__file__).resolve().parents[2]


def squash(s):
    # pdftotext drops hyphens at line ends and reads wrapped cells in its own order
    return re.sub(r"[\s\-]+", "", s).replace("·", "")


def pdf_text(name):
    return squash(subprocess.run(["pdftotext", str(REPO / "samples" / name), "-"],
                                 capture_output=True, text=True, check=True).stdout)


def main(seeds):
    bad = 0
    for q in (3, 2):
        text = pdf_text(f"charnwood-2023-24-q{q}-performance-appendix.pdf")
        for a in CA.actions_for(q, seeds):
            for key in ("action", "progress", "status"):
                if squash(a[key]) not in text:
                    bad += 1
                    print(f"Q{q} missing {key}: {a[key][:70]!r}")
            if squash(a["outcome"]) not in text:
                print(f"Q{q} outcome split (page break?): {a['outcome'][:50]!r}")
        for k in CA.kpis_for(q, seeds):
            for s in [k["code"] + k["name"], k["owner"], k["update"]] + k["values"]:
                if squash(s) not in text:
                    bad += 1
                    print(f"Q{q} KPI {k['code']} missing {s[:60]!r}")
    for seed, pdf in [("charnwood-2023-24-q2-cover-report.txt", "charnwood-2023-24-q2-cover-report.pdf"),
                      ("coalville-district-2019-20-q2-cabinet-performance-report.txt", "nwleics-coalville-2019-20-q2-cabinet-performance-report.pdf"),
                      ("harrow-2023-24-q2-strategic-performance-report.txt", "harrow-2023-24-q2-strategic-performance-report.pdf"),
                      ("executive-board-2023-24-q2-directorate-overview-report.txt", "executive-board-2023-24-q2-directorate-overview-report.pdf")]:
        text = pdf_text(pdf)
        for line in (Path(seeds) / seed).read_text().split("\n"):
            for part in line.split("\t"):
                part = re.sub(r"\[[^\]]*\]|\*\*|^\s*[-➤·]\s*", "", part).strip()
                if len(part) > 3 and squash(part) not in text:
                    print(f"{pdf}: not verbatim: {part[:90]!r}")
    print("missing appendix facts:", bad)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seeds")
