#!/usr/bin/env python3
"""Describe every table of every sample PDF for samples/README.md: pages, grid size, header rows,
spanning cells (from the generator's docx), and per page the ruling lines and fills drawn in the
PDF (from `pdftocairo -svg`). Usage: python3 tools/samples/describe.py > /tmp/tables.md"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
REPO = HERE.parents[1]

import builders  # noqa: E402
import pngdraw  # noqa: E402

TOL = 1.0  # points: segments closer than this are the same line / touch


def squash(s):
    return re.sub(r"[\s\-·]+", "", s)


def page_texts(pdf):
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [squash(p) for p in out.split("\f")]


def grid(table):
    """Cells as (row, col, rowspan, colspan, text) from the docx XML (gridSpan / vMerge)."""
    rows = table._tbl.findall(qn("w:tr"))
    cells, open_v = [], {}
    for r, tr in enumerate(rows):
        c = 0
        for tc in tr.findall(qn("w:tc")):
            pr = tc.find(qn("w:tcPr"))
            span, vm = 1, None
            if pr is not None:
                gs = pr.find(qn("w:gridSpan"))
                span = int(gs.get(qn("w:val"))) if gs is not None else 1
                v = pr.find(qn("w:vMerge"))
                if v is not None:
                    vm = v.get(qn("w:val")) or "continue"
            text = "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.findall(qn("w:p"))).strip()
            if vm == "continue":
                open_v[c][2] += 1
            else:
                cell = [r, c, 1, span, text]
                cells.append(cell)
                if vm == "restart":
                    open_v[c] = cell
            c += span
    return [tuple(x) for x in cells], len(rows)


def is_ruled(table):
    b = table._tbl.tblPr.find(qn("w:tblBorders"))
    return table.style is not None and table.style.name == "Table Grid" and b is None


def header_rows(table):
    n = 0
    for tr in table._tbl.findall(qn("w:tr")):
        pr = tr.find(qn("w:trPr"))
        if pr is not None and pr.find(qn("w:tblHeader")) is not None:
            n += 1
        else:
            break
    return n


def find_page(texts, needle, start):
    for i in range(start, len(texts)):
        if needle and needle in texts[i]:
            return i
    return None


def find_any(texts, candidates, start):
    """Page of the first candidate text found, longest candidates first."""
    for c in sorted(candidates, key=len, reverse=True):
        p = find_page(texts, squash(c.split("\n")[0])[:30], start)
        if p is not None:
            return p
    return None


def rules_per_page(pdf, pages):
    """Distinct horizontal / vertical stroked lines after merging touching collinear segments,
    and distinct filled rectangles, per page."""
    res = {}
    with tempfile.TemporaryDirectory() as work:
        for p in pages:
            svg = Path(work) / f"p{p}.svg"
            subprocess.run(["pdftocairo", "-svg", "-f", str(p), "-l", str(p), str(pdf), str(svg)], check=True)
            body = svg.read_text().split("</defs>", 1)[-1]
            hs, vs, fills = [], [], set()
            for m in re.finditer(r'<path style="([^"]*)" d="([^"]*)"(?: transform="matrix\(([^)]*)\)")?', body):
                style, d, tr = m.groups()
                nums = [float(x) for x in re.findall(r"-?\d+\.?\d*", d)]
                a, b_, c, d_, e, f = [float(x) for x in tr.split(",")] if tr else (1, 0, 0, 1, 0, 0)
                if "stroke:none" in style and "fill:rgb" in style:
                    if len(nums) >= 8:
                        xs, ys = nums[0:8:2], nums[1:8:2]
                        fills.add((round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys)),
                                   re.search(r"fill:(rgb\([^)]*\))", style).group(1)))
                    continue
                if "fill:none" not in style or not re.fullmatch(r"M [-\d. ]+ L [-\d. ]+", d.strip()):
                    continue
                x1, y1, x2, y2 = nums
                X1, Y1 = a * x1 + c * y1 + e, b_ * x1 + d_ * y1 + f
                X2, Y2 = a * x2 + c * y2 + e, b_ * x2 + d_ * y2 + f
                if abs(Y1 - Y2) < 0.1:
                    hs.append((Y1, min(X1, X2), max(X1, X2)))
                elif abs(X1 - X2) < 0.1:
                    vs.append((X1, min(Y1, Y2), max(Y1, Y2)))
            imgs = subprocess.run(["pdfimages", "-list", "-f", str(p), "-l", str(p), str(pdf)],
                                  capture_output=True, text=True, check=True).stdout.splitlines()[2:]
            imgs = [ln for ln in imgs if ln.split()[2] == "image"]  # not the soft masks
            res[p] = (merge(hs), merge(vs), len(fills), len(imgs))
    return res


def merge(segs):
    segs = sorted(segs)
    lines = []
    for pos, a, b in segs:
        for ln in lines:
            if abs(ln[0] - pos) < TOL and a <= ln[2] + TOL and b >= ln[1] - TOL:
                ln[1], ln[2] = min(ln[1], a), max(ln[2], b)
                break
        else:
            lines.append([pos, a, b])
    return len(lines)


def main():
    dummy = pngdraw.circle((128, 128, 128))
    seeds = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seeds"
    for name, make in builders.ALL:
        pdf = REPO / "samples" / name
        doc = make(seeds, dummy)
        texts = page_texts(pdf)
        print(f"\n### {name}\n")
        print(f"Pages: {len(texts) - 1}.\n")
        print("| # | first cell text | pages | rows × cols | header rows | ruled | spanning cells (row,col: rowspan×colspan); page splits |")
        print("|---|---|---|---|---|---|---|")
        start, all_pages = 0, set()
        for ti, t in enumerate(doc.tables, start=1):
            cells, nrows = grid(t)
            ncols = len(t._tbl.tblGrid.findall(qn("w:gridCol")))
            hr = header_rows(t)
            first_row = [x[4] for x in cells if hr <= x[0] <= hr + 2 and x[4]]
            last_row = ([x[4] for x in cells if x[0] == nrows - 1 and x[4]]
                        or [x[4] for x in cells if x[0] + x[2] == nrows and x[4]])
            # the longest cell text of a row identifies it best; its first line is read intact
            p0 = find_any(texts, first_row, start)
            p1 = find_any(texts, last_row, p0 if p0 is not None else start)
            if p0 is not None:
                start = p0
            pages = "?" if p0 is None or p1 is None else (f"{p0 + 1}" if p0 == p1 else f"{p0 + 1}–{p1 + 1}")
            if p0 is not None and p1 is not None:
                all_pages.update(range(p0 + 1, p1 + 2))
            spans = [f"{r},{c}: {rs}×{cs}" for r, c, rs, cs, _ in cells if rs > 1 or cs > 1]
            # page of every row (by its longest single-row cell), to show page splits
            row_page, cur = {}, p0 or 0
            for r in range(nrows):
                own = [x[4] for x in cells if x[0] == r and x[2] == 1 and x[4]]
                if own:
                    pg = find_page(texts, squash(max(own, key=len).split("\n")[0])[:30], cur)
                    if pg is not None:
                        cur = pg
                row_page[r] = cur
            split = []
            if p0 is not None and p1 is not None and p1 > p0:
                for pg in range(p0, p1 + 1):
                    rs_ = [r for r in range(hr, nrows) if row_page[r] == pg]
                    if rs_:
                        split.append(f"p{pg + 1}: rows {rs_[0]}–{rs_[-1]}")
                cross = [f"{r},{c}" for r, c, rs, cs, _ in cells if rs > 1 and row_page[r] != row_page[r + rs - 1]]
                spans.append("body rows by page: " + ", ".join(split)
                             + (f"; header row(s) repeated on every page" if hr else "; no header row")
                             + (f"; merged cells crossing a page break: {', '.join(cross)}" if cross else ""))
            head = next((x[4] for x in cells if x[4]), "").split("\n")[0]
            head = head if len(head) <= 40 else head[:38] + "…"
            print(f"| {ti} | {head} | {pages} | {nrows} × {ncols} | {header_rows(t)} | "
                  f"{'yes' if is_ruled(t) else 'no (borderless)'} | {'; '.join(spans) or '—'} |")
        rp = rules_per_page(pdf, range(1, len(texts)))
        print("\nDrawn per page (whole page: all tables, headings and boxes on it):\n")
        print("| page | horizontal rules | vertical rules | filled rectangles | images drawn |")
        print("|---|---|---|---|---|")
        for p, (h, v, f, i) in sorted(rp.items()):
            print(f"| {p} | {h} | {v} | {f} | {i} |")


if __name__ == "__main__":
    main()
