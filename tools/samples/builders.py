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


ALL = [
    ("charnwood-2023-24-q3-performance-appendix.pdf", charnwood_q3_appendix),
    ("charnwood-2023-24-q2-performance-appendix.pdf", charnwood_q2_appendix),
    ("charnwood-2023-24-q2-cover-report.pdf", CR.charnwood_cover),
    ("nwleics-coalville-2019-20-q2-cabinet-performance-report.pdf", CR.nwl_cabinet),
    ("harrow-2023-24-q2-strategic-performance-report.pdf", CR.harrow),
    ("executive-board-2023-24-q2-directorate-overview-report.pdf", CR.executive_board),
    ("inconsistent-2024-25-q1-performance-appendix.pdf", inconsistent.build),
]
