"""Charnwood Corporate Delivery Plan performance appendix (landscape), Q3 from the seed and a
derived Q2 edition. Differences Q2 vs Q3 are listed in README.md and in Q2_CHANGES below."""
import collections

from docx.shared import Cm, Pt

import docxkit as K
import pngdraw
import seedparse

ICON_RGB = {"red": (230, 0, 0), "amber": (255, 192, 0), "green": (0, 176, 80),
            "completed": (0, 112, 192)}
ICONS = {k: pngdraw.circle(v) for k, v in ICON_RGB.items()}
ARROWS = {"improving": pngdraw.arrow("up", (0, 176, 80)),
          "worsening": pngdraw.arrow("down", (230, 0, 0)),
          "no-change": pngdraw.arrow("flat", (0, 112, 192))}

# RAG of "In Progress" actions (all other in-progress actions are green); Overdue is red,
# Completed shows the blue "completed" icon. Matches the seed's theme count boxes.
Q3_IN_PROGRESS_RAG = {
    "Prepare, consult, and adopt a Biodiversity Supplementary Planning Document.": "amber",
    "Under the provisions of the Environment Act 2021": "amber",
    "Deliver a football infrastructure across the borough": "amber",
    "Develop a Garage Site Asset Management Strategy.": "amber",
    "Develop a Sheltered Accommodation Asset Management Strategy.": "amber",
    "Prepare, consult, and adopt a Supplementary Planning Document for Housing.": "amber",
    "Review declassification of age restricted properties": "amber",
    "Establish a Digital Inclusion Network": "red",
    "Review and procure a new corporate website.": "red",
    "Review of the Customer Relationship Manager (CRM) system": "red",
    "Develop a Workforce Strategy for publication in April 2024.": "amber",
}

# Q2 edition: (action prefix) -> overrides. Documented in README.md.
Q2_CHANGES = {
    "Give away 4,000 garden trees": dict(status="In Progress", rag="green",
        progress="Tree giveaway events are planned for November and December 2023."),
    "Upgrade the Loughborough Town Hall auditorium air handling system.": dict(
        status="In Progress", rag="green",
        progress="Works are under way and on track to complete in Q3."),
    "Produce a Regeneration Prospectus": dict(status="In Progress", rag="green",
        progress="The draft Regeneration Prospectus will be presented to Cabinet in December 2023."),
    "Install 3 dual Electric Vehicle Charging points": dict(status="In Progress", rag="amber",
        progress="Operational costs to be identified for maintenance and back-office software support."),
    "Review and update the inCharnwood website": dict(status="In Progress", rag="green",
        progress="Updates to the website and new marketing material are being prepared."),
    "Adopt the draft Charnwood Local Plan": dict(status="In Progress", rag="green",
        progress="Awaiting the Inspectors' report."),
    "Undertake a Green Fleet Review": dict(
        action="Undertake a Green Fleet Review with the support of the Carbon Trust.",
        progress="The Carbon Trust has been engaged and the review has started."),
}
Q2_KPI_RENAME = {"KI 24": "Museum – total number of visitors."}
Q2_KPI_VALUE = {"KI 10": "2.65", "NI191": "104.8 Kg"}  # Q2 value as first reported
Q2_KPI_COMMENT = {
    "KI 3": "Compliance remains above target this quarter.",
    "KI 4": "Rolling average figure from Waste Data Flow for the last 4 audited quarters (up to June 2023).",
    "KI 6": "Rent collection, including arrears b/f, is ahead of the cumulative target.",
    "KI 7a": "Performance continues to exceed targets.",
    "KI 7b": "Performance continues to exceed targets.",
    "KI 8": "At mid-point, the collection rates remain on target.",
    "KI 9": "Business rates collection is ahead of the profile for the half year.",
    "KI 10": "Q2 sickness remains within target (3.4).",
    "KI 11 (A)": "Performance continues to be impacted by low levels of demand for sheltered and age restricted properties.",
    "KI 11 (B)": "Allocations performance has been impacted by a vacancy for the Housing Allocations Team Leader role.",
    "KI 20": "The large majority of complaints did not proceed past Stage 1 in Q2.",
    "KI 21": "A strong summer programme with several sell out events.",
    "KI 24": "Visitor numbers were slightly below target over the summer holiday period.",
    "LS10A": "Attendances were above target in the quarter.",
    "NI191": "This is a predicted figure, as not all data received yet.",
}
# PI summary boxes: Q3 exactly as the seed (the boxes cover all 24 PIs, the table shows the 15
# quarterly ones, so its fills need not match them); Q2 equals the Q2 table's fills + 9 annual.
PI_BOXES = {3: [("Number of PI’s", 24), ("Red", 9), ("Amber", 3), ("Green", 3),
                ("Not started (annual KPIs)", 9)],
            2: [("Number of PI’s", 24), ("Red", 2), ("Amber", 3), ("Green", 10),
                ("Not started (annual KPIs)", 9)]}


def _num(text):
    t = text.replace(",", "").replace("%", "").replace("Days", "").replace("Kg", "").strip()
    return float(t)


AMBER_TOLERANCE = 0.06  # up to 6% worse than target is amber


def kpi_rag(value, target, polarity):
    """Green when on or better than target; amber within 5% worse; red beyond."""
    v, t = _num(value), _num(target)
    worse = (t - v) / t if polarity == "higher" else (v - t) / t
    if worse <= 0:
        return "green"
    return "amber" if worse <= AMBER_TOLERANCE else "red"


def direction(prev, cur, polarity):
    p, c = _num(prev), _num(cur)
    if p == c:
        return "no-change"
    better = c > p if polarity == "higher" else c < p
    return "improving" if better else "worsening"


def actions_for(quarter, seeds):
    acts = seedparse.parse_actions(seedparse.load(seeds))
    out = []
    for a in acts:
        a = dict(a)
        if a["status"] == "Completed":
            a["rag"] = "completed"
        elif a["status"] == "Overdue":
            a["rag"] = "red"
        else:
            a["rag"] = next((r for k, r in Q3_IN_PROGRESS_RAG.items() if a["action"].startswith(k)),
                            "green")
        if quarter == 2:
            for k, ch in Q2_CHANGES.items():
                if a["action"].startswith(k):
                    a.update(ch)
        out.append(a)
    return out


def kpis_for(quarter, seeds):
    text = seedparse.load(seeds)
    out = []
    for k in seedparse.parse_kpis(text):
        k = dict(k)
        vals = list(k["values"])
        if quarter == 2:
            vals = vals[:4]
            if k["code"] in Q2_KPI_VALUE:
                vals[2] = Q2_KPI_VALUE[k["code"]]
            k["name"] = Q2_KPI_RENAME.get(k["code"], k["name"])
            k["update"] = Q2_KPI_COMMENT[k["code"]]
        k["values"] = vals
        k["rag"] = kpi_rag(vals[-2], vals[-1], k["polarity"])
        k["direction"] = direction(vals[-4], vals[-2], k["polarity"])
        out.append(k)
    return out


def counts(actions):
    c = collections.Counter(a["rag"] for a in actions)
    return [("Number of Actions", len(actions)), ("Red", c["red"]), ("Amber", c["amber"]),
            ("Green", c["green"]), ("Completed", c["completed"])]


BOX_FILL = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Completed": "0070C0"}


def count_boxes(doc, items):
    """RAG summary as separate coloured boxes (a borderless table, gap columns between)."""
    n = len(items)
    t = K.table(doc, 1, 2 * n - 1, [3.6 if i % 2 == 0 else 0.6 for i in range(2 * n - 1)],
                ruled=False)
    K.no_borders(t)
    for i, (label, number) in enumerate(items):
        cell = t.rows[0].cells[2 * i]
        fill = BOX_FILL.get(label, "D9E2F3")
        K.shade(cell, fill)
        white = "FFFFFF" if label in ("Red", "Green", "Completed") else None
        K.set_text(cell, label, bold=True, size=10, align="center", color=white)
        p = cell.add_paragraph()
        p.alignment = 1
        r = p.add_run(str(number))
        r.bold = True
        r.font.size = Pt(18)
        if white:
            from docx.shared import RGBColor
            r.font.color.rgb = RGBColor.from_string(white)
    K.para(doc, "", space_after=4)


def rag_key(doc):
    """The icon key printed under the summary boxes (borderless, icon + meaning)."""
    K.para(doc, "Key", bold=True, space_after=2).paragraph_format.keep_with_next = True
    key = [("red", "Red – action overdue or off track"), ("amber", "Amber – action at risk of slipping"),
           ("green", "Green – action on track"), ("completed", "Blue – action completed")]
    t = K.table(doc, len(key), 2, [1.2, 9.0], ruled=False)
    K.no_borders(t)
    t.alignment = 0
    for r, (rag, text) in enumerate(key):
        K.add_image(t.cell(r, 0), ICONS[rag], 0.4)
        K.set_text(t.cell(r, 1), text)


ACTION_HEAD = ["Corporate Strategy Outcome (2020-2024)", "Corporate Delivery Plan Action\n(2023-2024)",
               "Progress", "Status", "Start Date", "End Date", "RAG"]
ACTION_W = [4.3, 6.0, 8.6, 2.1, 1.6, 1.6, 1.4]


def action_table(doc, acts):
    t = K.table(doc, 1 + len(acts), 7, ACTION_W, font_pt=9)
    hdr = t.rows[0]
    K.row_flags(hdr, header=True)
    for i, h in enumerate(ACTION_HEAD):
        K.set_text(hdr.cells[i], h, bold=True)
        K.shade(hdr.cells[i], K.HEADER_BLUE)
    start = None
    for r, a in enumerate(acts, start=1):
        row = t.rows[r]
        K.row_flags(row)
        if start is None or a["outcome"] != acts[start - 1]["outcome"]:
            if start is not None and r - 1 > start:
                t.cell(start, 0).merge(t.cell(r - 1, 0))
            start = r
            oc = t.cell(r, 0)
            head, _, rest = a["outcome"].partition(":")
            oc.paragraphs[0].text = ""
            run = oc.paragraphs[0].add_run(head + ":")
            run.bold = True
            run.font.size = Pt(9)
            run = oc.paragraphs[0].add_run(rest)
            run.font.size = Pt(9)
        K.set_text(row.cells[1], a["action"])
        K.set_text(row.cells[2], a["progress"])
        K.set_text(row.cells[3], a["status"])
        K.set_text(row.cells[4], a["start"], align="center")
        K.set_text(row.cells[5], a["end"], align="center")
        K.add_image(row.cells[6], ICONS[a["rag"]], 0.45)
        K.valign(row.cells[6])
    if len(acts) > start:
        t.cell(start, 0).merge(t.cell(len(acts), 0))
    return t


KPI_W = [6.0] + [1.55] * 6 + [1.4, 8.0, 1.4]


def kpi_table(doc, kpis, quarter, sundry_png, sundry_comment, quarter_labels=None):
    qs = quarter_labels or [f"Q{q} 2023/24" for q in range(1, quarter + 1)]
    ncols = 1 + 2 * len(qs) + 3
    widths = [6.0] + [9.3 / (2 * len(qs))] * (2 * len(qs)) + [1.4, 8.0, 1.4]
    rows = 2 + len(kpis) + (1 if sundry_png else 0)
    t = K.table(doc, rows, ncols, widths)
    h0, h1 = t.rows[0], t.rows[1]
    K.row_flags(h0, header=True)
    K.row_flags(h1, header=True)
    for c in range(ncols):
        K.shade(h0.cells[c], K.HEADER_BLUE)
        K.shade(h1.cells[c], K.HEADER_BLUE)
    K.set_text(t.cell(0, 0), "Key Performance Indicator", bold=True)
    for i, q in enumerate(qs):
        c = 1 + 2 * i
        K.set_text(t.cell(1, c), "Value", bold=True, align="center")
        K.set_text(t.cell(1, c + 1), "Target", bold=True, align="center")
        m = t.cell(0, c).merge(t.cell(0, c + 1))
        K.set_text(m, q, bold=True, align="center")
    for j, h in enumerate(["Gauge", "Update", "Travel"]):
        K.set_text(t.cell(0, ncols - 3 + j), h, bold=True, align="center" if h != "Update" else None)
    for c in (0, ncols - 3, ncols - 2, ncols - 1):
        t.cell(0, c).merge(t.cell(1, c))
    for r, k in enumerate(kpis, start=2):
        row = t.rows[r]
        K.row_flags(row)
        pol = "Higher is better" if k["polarity"] == "higher" else "Lower is better"
        cell = row.cells[0]
        K.set_text(cell, f"{k['code']} {k['name']}")
        for line, bold in ((f"Owner: {k['owner']}", False), (f"Polarity: {pol}", False)):
            p = cell.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            run = p.add_run(line)
            run.font.size = Pt(8)
            run.italic = True
        for i, v in enumerate(k["values"]):
            K.set_text(row.cells[1 + i], v, align="center")
        K.shade(row.cells[ncols - 3], K.RAG_FILL[k["rag"]])
        K.set_text(row.cells[ncols - 2], k["update"])
        K.add_image(row.cells[ncols - 1], ARROWS[k["direction"]], 0.5)
        K.valign(row.cells[ncols - 1])
    if sundry_png:
        r = rows - 1
        row = t.rows[r]
        K.row_flags(row)
        K.set_text(row.cells[0], f"Sundry Debtors Q{quarter}")
        m = t.cell(r, 1).merge(t.cell(r, 2 * len(qs)))
        K.add_image(m, sundry_png, 8.0)
        K.set_text(row.cells[ncols - 2], sundry_comment)
    return t


def build(quarter, seeds, sundry_png):
    acts = actions_for(quarter, seeds)
    kpis = kpis_for(quarter, seeds)
    qw = f"Quarter {quarter} 2023-2024"
    doc = K.new_document(landscape=True, body_pt=10)
    K.header_footer(doc, f"Appendix A – Performance Report Quarter {quarter} 2023-24",
                    "Charnwood Borough Council – Corporate Delivery Plan 2023-2024")
    doc.add_paragraph("Performance Overview", style="Title")
    qord = {2: "quarter 2", 3: "quarter 3"}[quarter]
    K.para(doc, "Quarterly reporting of performance is a key element of monitoring progress towards "
           "delivering the Council’s Corporate Objectives and Initiatives as set out in the Corporate "
           "Strategy (2020-2024) and Corporate Delivery Plan (2023-2024). This report presents detailed "
           f"performance results for the {qord} of 2023-2024, in respect of the Corporate Strategy "
           "objectives and Key Performance Indicators. It provides explanations and commentary in respect "
           "of poor performance, or non-achievement of targets, and details of remedial actions being "
           "taken where appropriate.")
    doc.add_paragraph(f"Overall Corporate Delivery Plan Action Performance: {qw}", style="Heading 2")
    count_boxes(doc, counts(acts))
    doc.add_paragraph("Breakdown of themes", style="Heading 2")
    for theme in seedparse.THEMES:
        ta = [a for a in acts if a["theme"] == theme]
        K.para(doc, f"{theme} Actions: {qw}", bold=True, space_after=3).paragraph_format.keep_with_next = True
        items = counts(ta)
        if theme == "Your Council":
            items.append(("Not started", 0))
        count_boxes(doc, items)
    K.para(doc, f"Corporate Performance Indicators: {qw}", bold=True,
           space_after=3).paragraph_format.keep_with_next = True
    count_boxes(doc, PI_BOXES[quarter])
    rag_key(doc)
    for theme in seedparse.THEMES:
        K.page_break(doc)
        doc.add_paragraph(theme, style="Heading 1")
        action_table(doc, [a for a in acts if a["theme"] == theme])
    K.page_break(doc)
    doc.add_paragraph("Corporate Performance Indicators", style="Heading 1")
    kpi_table(doc, kpis, quarter, sundry_png, seedparse.sundry_comment(seedparse.load(seeds)))
    return doc, acts, kpis
