"""Parse the Charnwood Q3 appendix seed text into actions and KPIs."""
import re
from pathlib import Path

STATUSES = {"In Progress", "Completed", "Overdue"}
THEMES = ["Caring for the Environment", "Healthy Communities", "A Thriving Economy", "Your Council"]
# first outcome prefix of each theme (the seed loses two theme banners)
THEME_START = {"Climate Change": 0, "Healthy and happy residents": 1,
               "Culture and Visitor": 2, "Commercialism": 3}


def _cells(lines):
    cells = []
    for ln in lines:
        if ln.startswith("\t") or ln.startswith(" \t"):
            cells.append(ln.lstrip(" ")[1:])
        elif cells:
            cells[-1] += "\n" + ln
        else:
            cells.append(ln)
    out = []
    for c in cells:
        c = c.replace("[image: ]", "").strip()
        c = re.sub(r"\n\s*\n+", "\n", c).strip()
        if c:
            out.append(c)
    return out


def parse_actions(text):
    start = text.index(" \tCaring for the Environment")
    end = text.index(" \tKey Performance Indicator")
    lines = text[start:end].split("\n")
    actions, buf, outcome, theme = [], [], None, -1
    i = 0
    while i < len(lines):
        ln = lines[i]
        buf.append(ln)
        s = ln.strip()
        if s in STATUSES and i + 2 < len(lines) and re.fullmatch(r"Q\d", lines[i + 1].strip()) \
                and re.fullmatch(r"Q\d", lines[i + 2].strip()):
            buf.extend(lines[i + 1:i + 3])
            cells = _cells(buf)
            buf = []
            i += 3
            status, st, en = cells[-3:]
            body = cells[:-3]
            # drop header cells
            hdr = {"Caring for the Environment", "Healthy Communities",
                   "Corporate Strategy Outcome (2020-2024)", "Progress", "Status",
                   "Start Date", "End Date", "RAG"}
            body = [b for b in body if b not in hdr and not b.startswith("Corporate Delivery Plan Action")]
            if len(body) == 3:
                outcome = body[0]
                body = body[1:]
                key = outcome.split(":")[0]
                if key in THEME_START:
                    theme = THEME_START[key]
            assert len(body) == 2, body
            actions.append(dict(theme=THEMES[theme], outcome=outcome, action=body[0],
                                progress=body[1], status=status, start=st, end=en))
            continue
        i += 1
    return actions


def load(seeds):
    return (Path(seeds) / "charnwood-2023-24-q3-performance-appendix.txt").read_text()


if __name__ == "__main__":
    import sys, collections
    acts = parse_actions(load(sys.argv[1]))
    print(len(acts))
    c = collections.Counter((a["theme"], a["status"]) for a in acts)
    for k in sorted(c): print(k, c[k])
    o = collections.Counter((a["theme"], a["outcome"].split(":")[0]) for a in acts)
    for k in o: print(k, o[k])


KPI_START = re.compile(r"^[ \t]*(KI \d+[ab]?( \([AB]\))?|LS10A|NI191) ")
LOWER_IS_BETTER = {"KI 7a", "KI 7b", "KI 10", "KI 11 (A)", "KI 11 (B)", "NI191"}


def parse_kpis(text):
    start = text.index(" \tKey Performance Indicator")
    end = text.index(" \tSundry Debtors")
    sec = re.sub(r"\[image:[^\]]*\]", "", text[start:end], flags=re.S)
    lines = sec.split("\n")
    blocks, cur = [], None
    for ln in lines:
        if KPI_START.match(ln):
            cur = [ln]
            blocks.append(cur)
        elif cur is not None:
            cur.append(ln)
    kpis = []
    for b in blocks:
        cells = _cells(b)
        head, vals, update = cells[0], cells[1:7], "\n".join(cells[7:])
        code = KPI_START.match(head).group(1)
        name_part, owner = head.split("\nOwner:")
        kpis.append(dict(code=code, name=name_part[len(code):].strip(), owner=owner.strip(),
                         values=vals, update=update,
                         polarity="lower" if code in LOWER_IS_BETTER else "higher"))
    return kpis


def sundry_comment(text):
    i = text.index(" \tSundry Debtors")
    m = re.search(r"(The reasons for the low collection rate[^\n]*)", text[i:])
    return m.group(1).strip()
