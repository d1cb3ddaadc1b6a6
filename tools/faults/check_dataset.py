#!/usr/bin/env python3
"""Checks an ingest dataset made from a hostile corpus and prints its figures.

Usage: check_dataset.py OUT_DIR SCHEMA.json [--max-memory-kb KB]

Every manifest entry must be ok (its record present, for its sha256, valid against the schema)
or failed / skipped with a one-line reason. Prints one JSON object: sources, ok, failed,
skipped, timedOut, capped (failed at a memory, CPU or output limit), reasons (failed reasons
by count, file names left out), problems (what broke the rules; empty when all is well).
Exit status 0 when there are no problems, 1 otherwise.
"""
import collections
import json
import os
import re
import sys

from jsonschema import Draft202012Validator


def main(argv):
    out, schema_path = argv[0], argv[1]
    validator = Draft202012Validator(json.load(open(schema_path)))
    sources = json.load(open(os.path.join(out, "manifest.json")))["sources"]
    counts = collections.Counter()
    reasons = collections.Counter()
    problems = []
    for entry in sources:
        status, error, path = entry["status"], entry.get("error"), entry["path"]
        counts[status] += 1
        if status == "ok":
            report = os.path.join(out, "reports", "%s.json" % entry.get("reportId"))
            try:
                record = json.load(open(report))
            except Exception as e:  # a missing or unreadable record is a problem
                problems.append("%r: ok but its record cannot be read (%s)" % (path, e))
                continue
            if record.get("source", {}).get("sha256") != entry["sha256"]:
                problems.append("%r: the record is for another file" % path)
            errors = [e.json_path + ": " + e.message for e in validator.iter_errors(record)]
            if errors:
                problems.append("%r: the record does not validate: %s" % (path, errors[:3]))
            continue
        if not error or "\n" in error or "\r" in error:
            problems.append("%r: %s without a one-line reason: %r" % (path, status, error))
            continue
        if status == "failed":
            if entry.get("reportId"):
                problems.append("%r: failed but names a record" % path)
            if error.startswith("timed out"):
                counts["timedOut"] += 1
            if re.match(r"exceeded .* of (memory|CPU|output)$", error):
                counts["capped"] += 1
            reasons[re.sub(r"\(page \d+", "(page N", error)] += 1
    figures = {
        "sources": len(sources), "ok": counts["ok"], "failed": counts["failed"], "skipped": counts["skipped"],
        "timedOut": counts["timedOut"], "capped": counts["capped"],
        "reasons": dict(reasons.most_common()), "problems": problems,
    }
    print(json.dumps(figures, indent=1, ensure_ascii=False))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
