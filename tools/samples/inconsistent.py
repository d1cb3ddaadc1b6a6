"""A small, deliberately inconsistent performance appendix for the validate stage.
Fictional council. The inconsistencies are listed in README.md (INCONSISTENCIES below)."""
import charnwood_appendix as CA
import docxkit as K

INCONSISTENCIES = [
    "overall action boxes: Number of Actions 30 but Red 4 + Amber 6 + Green 15 + Completed 4 = 29",
    "theme boxes: Cleaner Greener 12 + Prosperous Places 15 = 27 actions, not the overall 30 "
    "(Green 5 + 8 = 13, not the overall 15)",
    "KPI WV 05 'Average time to process new benefit claims': 31.5 Days against a target of 20 Days, "
    "Polarity: Lower is better, yet its RAG cell is filled green",
]

ACTIONS = [  # (theme, outcome, action, progress, status, start, end, rag)
    ("Cleaner Greener", "Clean streets: Keep our streets and open spaces clean.",
     "Introduce a new street cleansing schedule for town centres.", "New schedule in place from May 2024.", "Completed", "Q1", "Q1", "completed"),
    ("Cleaner Greener", "Clean streets: Keep our streets and open spaces clean.",
     "Run four community litter picks.", "Two litter picks held; two planned for the summer.", "In Progress", "Q1", "Q4", "green"),
    ("Cleaner Greener", "Net zero: Reduce the council's carbon emissions.",
     "Replace two refuse vehicles with electric vehicles.", "Supplier delays; delivery now expected in Q3.", "Overdue", "Q1", "Q1", "red"),
    ("Prosperous Places", "Town centres: Support vibrant town centres.",
     "Open the refurbished market hall.", "Works are behind programme by six weeks.", "In Progress", "Q1", "Q2", "amber"),
    ("Prosperous Places", "Town centres: Support vibrant town centres.",
     "Launch a shop-front improvement grant scheme.", "Scheme launched in June 2024.", "In Progress", "Q1", "Q4", "green"),
]
KPIS = [  # (code, name, owner, polarity, Q4 value, Q4 target, Q1 value, Q1 target, rag, comment)
    ("WV 01", "% of household waste sent for recycling.", "Head of Environmental Services", "higher",
     "44.1%", "45%", "45.6%", "45%", "green", "Above target this quarter."),
    ("WV 02", "Number of missed bin collections per 100,000.", "Head of Environmental Services", "lower",
     "58", "60", "71", "60", "red", "Crew shortages in April."),
    ("WV 05", "Average time to process new benefit claims.", "Head of Customer Services", "lower",
     "18.2 Days", "20 Days", "31.5 Days", "20 Days", "green", "New claims backlog following the system upgrade."),
    ("WV 07", "% of Council Tax collected (Cumulative Target).", "Head of Customer Services", "higher",
     "97.8%", "98%", "28.9%", "29.5%", "amber", "Slightly behind the cumulative profile."),
]


def build(seeds, sundry):
    doc = K.new_document(landscape=True, body_pt=10)
    K.header_footer(doc, "Appendix 1 – Performance Report Quarter 1 2024-25", "Wyvern Vale District Council")
    doc.add_paragraph("Wyvern Vale District Council – Performance Report Quarter 1 2024-2025", style="Title")
    K.para(doc, "This appendix sets out progress against the Council Plan actions and key performance indicators for quarter 1 (April to June 2024).")
    doc.add_paragraph("Overall Council Plan Action Performance: Quarter 1 2024-2025", style="Heading 2")
    CA.count_boxes(doc, [("Number of Actions", 30), ("Red", 4), ("Amber", 6), ("Green", 15), ("Completed", 4)])
    doc.add_paragraph("Breakdown of themes", style="Heading 2")
    K.para(doc, "Cleaner Greener Actions: Quarter 1 2024-2025", bold=True, space_after=3)
    CA.count_boxes(doc, [("Number of Actions", 12), ("Red", 2), ("Amber", 3), ("Green", 5), ("Completed", 2)])
    K.para(doc, "Prosperous Places Actions: Quarter 1 2024-2025", bold=True, space_after=3)
    CA.count_boxes(doc, [("Number of Actions", 15), ("Red", 2), ("Amber", 3), ("Green", 8), ("Completed", 2)])
    K.para(doc, "Corporate Performance Indicators: Quarter 1 2024-2025", bold=True, space_after=3)
    CA.count_boxes(doc, [("Number of PI’s", 4), ("Red", 1), ("Amber", 1), ("Green", 2)])
    K.page_break(doc)
    doc.add_paragraph("Selected Council Plan actions", style="Heading 1")
    acts = [dict(theme=a[0], outcome=a[1], action=a[2], progress=a[3], status=a[4], start=a[5], end=a[6], rag=a[7])
            for a in ACTIONS]
    CA.action_table(doc, acts)
    K.para(doc, "")
    doc.add_paragraph("Key Performance Indicators", style="Heading 1")
    kpis = []
    for code, name, owner, pol, v4, t4, v1, t1, rag, com in KPIS:
        kpis.append(dict(code=code, name=name, owner=owner, polarity=pol, values=[v4, t4, v1, t1],
                         rag=rag, update=com, direction=CA.direction(v4, v1, pol)))
    CA.kpi_table(doc, kpis, 2, None, "", quarter_labels=["Q4 2023/24", "Q1 2024/25"])
    return doc
