#!/usr/bin/env python3
"""Adds cases to the real-world accuracy corpus from a batch file.

A batch file holds cases separated by lines of '=====' ; each case is a header of 'key: value' lines
(id, source, category, code, outcome, justification, note), a line '---', then the text exactly as posted.
Each case becomes cases/<id>.txt (the text) and one row of manifest.tsv (id, category, code, source,
justification, note; tab-separated). Existing ids are refused, so a label once committed is never silently
rewritten by a later batch.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {"auth-failed", "auth-required", "auth-method-mismatch", "tls-required", "tls-failed",
              "certificate-rejected", "connection-refused", "connection-dropped-after-greeting",
              "connection-dropped-mid-transfer", "timeout", "server-busy", "mailbox-in-use", "relay-denied",
              "sender-rejected", "recipient-rejected", "message-rejected", "quota-exceeded",
              "protocol-violation", "server-bug", "wrong-port-or-security", "dns-failure",
              "network-interference", "client-configuration", "none"}


def parse(batch):
    cases = []
    for chunk in batch.split("\n=====\n"):
        if not chunk.strip():
            continue
        header, sep, text = chunk.partition("\n---\n")
        if not sep:
            sys.exit("case without '---' separator: " + chunk[:80])
        meta = {}
        for line in header.strip("\n").splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
        for key in ("id", "source", "category", "justification"):
            if not meta.get(key):
                sys.exit(f"case {meta.get('id')} lacks {key}")
        if meta["category"] not in CATEGORIES:
            sys.exit(f"case {meta['id']}: unknown category {meta['category']}")
        meta["outcome"] = "healthy" if meta["category"] == "none" else "failure"
        cases.append((meta, text.rstrip("\n") + "\n"))
    return cases


FIELDS = ("id", "category", "code", "source", "justification", "note")


def main():
    manifest_path = os.path.join(HERE, "manifest.tsv")
    if not os.path.exists(manifest_path):
        with open(manifest_path, "w", encoding="utf-8") as out:
            out.write("\t".join(FIELDS) + "\n")
    with open(manifest_path, encoding="utf-8") as existing:
        known = {line.split("\t", 1)[0] for line in existing.read().splitlines()[1:]}
    rows = []
    for path in sys.argv[1:]:
        for meta, text in parse(open(path, encoding="utf-8").read()):
            if meta["id"] in known:
                sys.exit(f"case {meta['id']} already exists; labels are not rewritten by a batch")
            values = [meta.get(field) or "" for field in FIELDS]
            if any("\t" in v for v in values):
                sys.exit(f"case {meta['id']}: a tab in a label field")
            with open(os.path.join(HERE, "cases", meta["id"] + ".txt"), "w", encoding="utf-8") as out:
                out.write(text)
            rows.append("\t".join(values) + "\n")
            known.add(meta["id"])
    with open(manifest_path, "a", encoding="utf-8") as out:
        out.writelines(rows)
    print(len(known), "cases")


if __name__ == "__main__":
    main()
