#!/usr/bin/env python3
"""Build the sample council papers in samples/ (docx via python-docx, PDF via LibreOffice).

Usage: python3 tools/samples/make_samples.py [--seeds DIR] [--out DIR]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
REPO = HERE.parent.parent

import charnwood_appendix  # noqa: E402
import docxkit as K  # noqa: E402


def to_pdf(doc, out_pdf, work):
    """Save docx and convert with headless LibreOffice (its own profile dir, so it never
    collides with a running office instance)."""
    docx = Path(work) / (Path(out_pdf).stem + ".docx")
    doc.save(docx)
    profile = Path(work) / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work), str(docx)],
                   check=True, capture_output=True, timeout=300)
    shutil.move(Path(work) / (docx.stem + ".pdf"), out_pdf)


def sundry_screenshot(work):
    """A 'screenshot' of the Sundry Debtors finance table: rendered to PNG, so it has no text."""
    from docx.shared import Cm
    doc = K.new_document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(12.5), Cm(7.4)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(0.3))
    rows = [("Year", "Quarter Ended", "", "Value £"),
            ("2023/24", "30-Jun-2023", "Invoices Issued in Quarter", "2,283,675"),
            ("", "", "Invoices Outstanding - end of quarter", "845,245"),
            ("", "", "Total Value of Invoices Collected", "1,438,430"),
            ("", "", "Collection Rate %", "63"),
            ("2023/24", "30-Sep-2023", "Invoices Issued in Quarter", "1,922,893"),
            ("", "", "Invoices Outstanding - end of quarter", "791,244"),
            ("", "", "Total Value of Invoices Collected", "1,131,649"),
            ("", "", "Collection Rate %", "59"),
            ("2023/24", "31-Dec-2023", "Invoices Issued in Quarter", "1,922,974"),
            ("", "", "Invoices Outstanding - end of quarter", "616,086"),
            ("", "", "Total Value of Invoices Collected", "1,306,888"),
            ("", "", "Collection Rate %", "68")]
    t = K.table(doc, len(rows), 4, [1.6, 2.2, 5.6, 2.2])
    for r, vals in enumerate(rows):
        for c, v in enumerate(vals):
            K.set_text(t.cell(r, c), v, size=7, bold=(r == 0))
            t.cell(r, c).paragraphs[0].paragraph_format.space_after = 0
            if r == 0:
                K.shade(t.cell(r, c), K.HEADER_GREY)
    pdf = Path(work) / "sundry.pdf"
    to_pdf(doc, pdf, work)
    subprocess.run(["pdftoppm", "-png", "-r", "110", "-singlefile", str(pdf), str(Path(work) / "sundry")],
                   check=True)
    return (Path(work) / "sundry.png").read_bytes()


def main():
    ap = argparse.ArgumentParser()
    default_seeds = REPO.parent / "shared" / "seeds"
    if not default_seeds.is_dir():
        default_seeds = Path("/work/shared/seeds")
    ap.add_argument("--seeds", default=str(default_seeds))
    ap.add_argument("--out", default=str(REPO / "samples"))
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        import builders
        sundry = sundry_screenshot(work)
        for name, make in builders.ALL:
            if args.only and args.only not in name:
                continue
            doc = make(args.seeds, sundry)
            doc.core_properties.title, doc.core_properties.author = builders.META[name]
            doc.core_properties.last_modified_by = builders.META[name][1]
            to_pdf(doc, out / name, work)
            print(name, os.path.getsize(out / name))


if __name__ == "__main__":
    main()
