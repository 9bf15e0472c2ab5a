#!/usr/bin/env python3
"""Scores `mailscope diagnose --format json` output against the labels in manifest.tsv.

Usage: score.py DIAGNOSE.json [--case-details] [--skip-part=NAME]... [--only-part=NAME]...

--skip-part leaves one part of the corpus out of the figures and the case lines (for example
--skip-part="held-out round 3" while rules are being changed, so that the held-out part stays unread until it is
measured once); --only-part scores one part alone (a held-out part's single measurement).

The answer for a case is its determined finding with the highest confidence. A failure case is right when that
finding's category is the label's; no answer (unrecognised, no failure found, only a code without a cause) is a
miss, counted as "unknown"; a wrong answer at confidence >= 0.8 is "confidently wrong". A healthy case (label
"none") is right when no determined finding has a confidence above 0.5. The same definition is implemented by
AccuracyCorpusTest (io.mailscope.diagnosis.tests), which holds the recorded floor (floor.properties).
"""
import json, os, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CONFIDENT = 0.8
FLAGGED = 0.5


def labels():
    with open(os.path.join(HERE, "manifest.tsv"), encoding="utf-8") as f:
        header, *rows = f.read().splitlines()
    fields = header.split("\t")
    return {r["id"]: r for r in (dict(zip(fields, row.split("\t"))) for row in rows)}


def part(label):
    """Which part of the corpus a case belongs to: the development set, or a held-out part gathered and labelled
    before the rule changes of a round and not tuned to (its note says so)."""
    note = label.get("note", "")
    if "held-out round 4" in note:
        return "held-out round 4"
    if "held-out round 3" in note:
        return "held-out round 3"
    if "held-out round 2" in note:
        return "held-out round 2"
    if "added after the rule changes" in note:
        return "held-out round 1"
    return "development"


def answer(file_result):
    determined = [f for f in file_result["findings"]
                  if f["determined"] and f["category"] not in (None, "unknown")]
    return max(determined, key=lambda f: f["confidence"]) if determined else None


def main():
    report = json.load(open(sys.argv[1], encoding="utf-8"))
    details = "--case-details" in sys.argv
    skipped = {a.split("=", 1)[1] for a in sys.argv if a.startswith("--skip-part=")}
    only = {a.split("=", 1)[1] for a in sys.argv if a.startswith("--only-part=")}
    by_id = {os.path.basename(f["path"])[:-len(".txt")]: f for f in report["files"]}
    cases = {i: l for i, l in labels().items() if part(l) not in skipped and (not only or part(l) in only)}
    missing = sorted(set(cases) - set(by_id))
    if missing:
        sys.exit("no diagnosis for: " + ", ".join(missing))
    rows = defaultdict(lambda: defaultdict(int))
    parts = defaultdict(lambda: defaultdict(int))
    confident_answers = confident_right = 0
    for case_id, label in sorted(cases.items()):
        result = by_id[case_id]
        best = answer(result)
        expected = label["category"]
        row = rows[expected]
        row["cases"] += 1
        if expected == "none":
            flagged = any(f["determined"] and f["category"] not in (None, "unknown") and f["confidence"] > FLAGGED
                          for f in result["findings"])
            outcome = "flagged" if flagged else "right"
        elif best is None:
            outcome = "unknown"
        elif best["category"] == expected:
            outcome = "right"
        else:
            outcome = "confidently-wrong" if best["confidence"] >= CONFIDENT else "wrong"
        row[outcome] += 1
        p = parts[part(label)]
        p["healthy" if expected == "none" else "failures"] += 1
        p[("healthy-" if expected == "none" else "") + outcome] += 1
        if best is not None and best["confidence"] >= CONFIDENT:
            confident_answers += 1
            confident_right += best["category"] == expected
        if details:
            got = f"{best['category']} {best['confidence']:.2f}" if best else result["status"]
            print(f"{outcome:18} {case_id:60} label={expected:34} got={got}")
    print(f"{'category':34} {'cases':>5} {'right':>5} {'unknown':>7} {'wrong':>5} {'conf.wrong':>10} {'flagged':>7}")
    for category in sorted(rows):
        r = rows[category]
        print(f"{category:34} {r['cases']:5} {r['right']:5} {r['unknown']:7} {r['wrong']:5} "
              f"{r['confidently-wrong']:10} {r['flagged']:7}")
    failures = {c: r for c, r in rows.items() if c != "none"}
    total = sum(r["cases"] for r in failures.values())
    right = sum(r["right"] for r in failures.values())
    healthy = rows["none"]
    print(f"failures: {right} of {total} right ({100.0 * right / max(total, 1):.1f} %), "
          f"{sum(r['unknown'] for r in failures.values())} unknown, "
          f"{sum(r['confidently-wrong'] for r in failures.values())} confidently wrong")
    print(f"healthy: {healthy['right']} of {healthy['cases']} not flagged, {healthy['flagged']} flagged above {FLAGGED}")
    print(f"answers at confidence >= {CONFIDENT}: {confident_right} of {confident_answers} right")
    for name in ("development", "held-out round 1", "held-out round 2", "held-out round 3", "held-out round 4"):
        p = parts.get(name)
        if p:
            print(f"{name}: failures {p['right']} of {p['failures']} right, {p['unknown']} unknown, "
                  f"{p['confidently-wrong']} confidently wrong; healthy {p['healthy-flagged']} of {p['healthy']} flagged")


if __name__ == "__main__":
    main()
