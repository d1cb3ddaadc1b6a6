#!/usr/bin/env python3
"""Writes Tests/ValidateStageTests/Fixtures/bad/: records with one defect each, made from
Fixtures/full.json (a valid, fully populated record), and expected.json: for each, the
decoding problem code and JSON path that `councilkpi validate` must report. The schema test
checks that schemas/record.schema.json rejects every one of them too.
Run after changing full.json or this list; commit the output."""
import copy
import json
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parent
FIXTURES = HERE.parent.parent / "Tests" / "ValidateStageTests" / "Fixtures"
DELETE = object()

# name: (path, new value or DELETE, expected code, expected path)
CASES = {
    "schema-version-missing": (["schemaVersion"], DELETE, "missing-key", "schemaVersion"),
    "schema-version-other": (["schemaVersion"], "2.0", "invalid-value", "schemaVersion"),
    "report-id-upper-case": (["reportId"], "3F1C9A7BE2D40C5F", "invalid-format", "reportId"),
    "report-id-short": (["reportId"], "3f1c9a7be2d40c5", "invalid-format", "reportId"),
    "unknown-top-level-key": (["generatedAt"], "2024-01-01", "unknown-key", "generatedAt"),
    "source-sha256-short": (["source", "sha256"], "ab" * 31 + "a", "invalid-format", "source.sha256"),
    "source-byte-count-string": (["source", "byteCount"], "482113", "wrong-type", "source.byteCount"),
    "source-page-count-zero": (["source", "pageCount"], 0, "out-of-range", "source.pageCount"),
    "source-unknown-key": (["source", "author"], "Someone", "unknown-key", "source.author"),
    "source-created-not-utc": (["source", "pdfCreated"], "2023-11-14 09:30", "invalid-format", "source.pdfCreated"),
    "council-missing": (["council"], DELETE, "missing-key", "council"),
    "council-slug-spaces": (["council", "slug"], "Charnwood Borough", "invalid-format", "council.slug"),
    "council-gss-short": (["council", "gssCode"], "E0700013", "invalid-format", "council.gssCode"),
    "document-kind-unknown": (["document", "kind"], "appendix", "unknown-enum-value", "document.kind"),
    "document-meeting-date-uk": (["document", "meetingDate"], "28/11/2023", "invalid-format", "document.meetingDate"),
    "document-committee-null": (["document", "committee"], None, "wrong-type", "document.committee"),
    "document-recommendations-missing": (["document", "recommendations"], DELETE, "missing-key", "document.recommendations"),
    "period-year-not-consecutive": (["period", "financialYear"], "2023-25", "invalid-format", "period.financialYear"),
    "period-year-slash": (["period", "financialYear"], "2023/24", "invalid-format", "period.financialYear"),
    "period-quarter-five": (["period", "quarter"], 5, "out-of-range", "period.quarter"),
    "period-quarter-missing": (["period", "quarter"], DELETE, "missing-key", "period.quarter"),
    "period-end-month-13": (["period", "end"], "2023-13-01", "invalid-format", "period.end"),
    "summaries-not-a-list": (["summaries"], {}, "wrong-type", "summaries"),
    "summary-subject-unknown": (["summaries", 0, "subject"], "kpis", "unknown-enum-value", "summaries[0].subject"),
    "summary-count-unknown": (["summaries", 0, "counts", "blue"], 3, "unknown-key", "summaries[0].counts.blue"),
    "summary-count-negative": (["summaries", 0, "counts", "red"], -1, "out-of-range", "summaries[0].counts.red"),
    "summary-total-fraction": (["summaries", 0, "total"], 2.5, "wrong-type", "summaries[0].total"),
    "summary-page-zero": (["summaries", 0, "page"], 0, "out-of-range", "summaries[0].page"),
    "action-status-unknown": (["actions", 0, "status"], "done", "unknown-enum-value", "actions[0].status"),
    "action-rag-null": (["actions", 0, "rag"], None, "wrong-type", "actions[0].rag"),
    "action-start-month-short": (["actions", 0, "start", "month"], "2023-7", "invalid-format", "actions[0].start.month"),
    "action-end-quarter-text": (["actions", 0, "end", "quarter"], "Q2", "wrong-type", "actions[0].end.quarter"),
    "action-text-missing": (["actions", 0, "text"], DELETE, "missing-key", "actions[0].text"),
    "observation-quarter-text": (["indicators", 0, "observations", 0, "period", "quarter"], "Q2", "wrong-type",
                                 "indicators[0].observations[0].period.quarter"),
    "indicator-unit-unknown": (["indicators", 0, "unit"], "percentage", "unknown-enum-value", "indicators[0].unit"),
    "indicator-polarity-missing": (["indicators", 0, "polarity"], DELETE, "missing-key", "indicators[0].polarity"),
    "indicator-cumulative-string": (["indicators", 0, "cumulative"], "yes", "wrong-type", "indicators[0].cumulative"),
    "indicator-rag-missing": (["indicators", 0, "rag"], DELETE, "missing-key", "indicators[0].rag"),
    "indicator-rag-upper-case": (["indicators", 0, "rag"], "Green", "unknown-enum-value", "indicators[0].rag"),
    "indicator-rag-source-unknown": (["indicators", 0, "ragSource"], "council", "unknown-enum-value", "indicators[0].ragSource"),
    "indicator-direction-unknown": (["indicators", 0, "direction"], "up", "unknown-enum-value", "indicators[0].direction"),
    "indicator-name-empty": (["indicators", 0, "name"], "", "invalid-format", "indicators[0].name"),
    "indicator-unknown-key": (["indicators", 0, "theme"], "Leisure", "unknown-key", "indicators[0].theme"),
    "indicator-bbox-three": (["indicators", 0, "bbox"], [36, 102.5, 560], "invalid-value", "indicators[0].bbox"),
    "observation-value-string": (["indicators", 0, "observations", 0, "value", "value"], "19378", "wrong-type",
                                 "indicators[0].observations[0].value.value"),
    "observation-target-missing": (["indicators", 0, "observations", 0, "target"], DELETE, "missing-key",
                                   "indicators[0].observations[0].target"),
    "observation-floor-null": (["indicators", 0, "observations", 0, "floor"], None, "wrong-type",
                               "indicators[0].observations[0].floor"),
    "quantity-unit-missing": (["indicators", 0, "observations", 0, "target", "unit"], DELETE, "missing-key",
                              "indicators[0].observations[0].target.unit"),
    "risk-score-missing": (["risks", 0, "likelihood", "score"], DELETE, "missing-key", "risks[0].likelihood.score"),
    "risk-score-string": (["risks", 0, "impact", "score"], "3", "wrong-type", "risks[0].impact.score"),
    "risk-rag-upper-case": (["risks", 0, "rag"], "RED", "unknown-enum-value", "risks[0].rag"),
    "issue-severity-info": (["issues", 0, "severity"], "info", "unknown-enum-value", "issues[0].severity"),
    "issue-code-spaces": (["issues", 0, "code"], "Table not understood", "invalid-format", "issues[0].code"),
    "extractor-other-name": (["extractor", "name"], "pdfplumber", "invalid-value", "extractor.name"),
    "extractor-version-v": (["extractor", "version"], "v1", "invalid-format", "extractor.version"),
}


def edit(doc, path, value):
    *parents, last = path
    node = doc
    for step in parents:
        node = node[step]
    if value is DELETE:
        del node[last]
    else:
        node[last] = value


def main():
    full = json.loads((FIXTURES / "full.json").read_text())
    out = FIXTURES / "bad"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    expected = {}
    for name, (path, value, code, where) in sorted(CASES.items()):
        doc = copy.deepcopy(full)
        edit(doc, path, value)
        (out / f"{name}.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
        expected[name] = {"code": code, "path": where}
    (out / "expected.json").write_text(json.dumps(expected, indent=2) + "\n")
    print(f"wrote {len(CASES)} bad records to {out}")


if __name__ == "__main__":
    main()
