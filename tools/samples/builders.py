"""The list of sample documents: (file name, builder(seeds, sundry_png) -> docx Document)."""
import charnwood_appendix as CA
import cover_reports as CR
import inconsistent


def charnwood_q3_appendix(seeds, sundry):
    doc, acts, _ = CA.build(3, seeds, sundry)
    assert CA.counts(acts) == [("Number of Actions", 78), ("Red", 11), ("Amber", 8),
                               ("Green", 39), ("Completed", 20)], CA.counts(acts)
    return doc


def charnwood_q2_appendix(seeds, sundry):
    return CA.build(2, seeds, None)[0]


# PDF metadata (docx core properties): title, author — as a council officer's Word file would have
META = {
    "charnwood-2023-24-q3-performance-appendix.pdf": ("Performance Report Quarter 3 2023-24", "Charnwood Borough Council"),
    "charnwood-2023-24-q2-performance-appendix.pdf": ("Performance Report Quarter 2 2023-24", "Charnwood Borough Council"),
    "charnwood-2023-24-q2-cover-report.pdf": ("Performance Monitoring (Quarter 2) Report", "Charnwood Borough Council"),
    "nwleics-coalville-2019-20-q2-cabinet-performance-report.pdf": ("2019/20 Quarter 2 Performance Report", "NWLDC"),
    "harrow-2023-24-q2-strategic-performance-report.pdf": ("Strategic Performance Report Q2 2023-24", "Harrow Council"),
    "executive-board-2023-24-q2-directorate-overview-report.pdf": ("Executive Board Report", "Policy and Performance"),
    "inconsistent-2024-25-q1-performance-appendix.pdf": ("Performance Report Quarter 1 2024-25", "Wyvern Vale District Council"),
}

ALL = [
    ("charnwood-2023-24-q3-performance-appendix.pdf", charnwood_q3_appendix),
    ("charnwood-2023-24-q2-performance-appendix.pdf", charnwood_q2_appendix),
    ("charnwood-2023-24-q2-cover-report.pdf", CR.charnwood_cover),
    ("nwleics-coalville-2019-20-q2-cabinet-performance-report.pdf", CR.nwl_cabinet),
    ("harrow-2023-24-q2-strategic-performance-report.pdf", CR.harrow),
    ("executive-board-2023-24-q2-directorate-overview-report.pdf", CR.executive_board),
    ("inconsistent-2024-25-q1-performance-appendix.pdf", inconsistent.build),
]
