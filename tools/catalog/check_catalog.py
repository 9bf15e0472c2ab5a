#!/usr/bin/env python3
"""Check the shipped catalog.xmi against the reference tables and the Ecore model.

    python3 tools/catalog/check_catalog.py --reference ../shared/reference

Checks: every hresult of error-codes.tsv is in the catalog and nothing else; values are
signed 32-bit ints and 'success' matches the severity bit; enum literals (family, cause
category, reply protocol) are literals of mailscope.ecore; cause ids are unique, well formed
and carry their code's hex; every '//@codes.N' resolves; every error code has a cause with
a check and a user remedy; one reply per protocol-replies.tsv row; and the cause ids the
diagnosis rules rely on exist on the right codes. Standard library only; exits 1 on failure.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "bundles" / "io.mailscope.model"
NS = "http://mailscope.io/model/1.0"
ID_RE = re.compile(r"0x[0-9A-F]{8}\.[a-z0-9-]+(\.[a-z0-9]+(-[a-z0-9]+)*)?")

# cause ids the diagnosis rules reference: id -> code it must belong to
RULE_CAUSE_IDS = [
    "0x800CCC97.server-bug.hidden-control-message",
    "0x800CCC0F.connection-dropped-after-greeting",
    "0x800CCC0F.connection-dropped-mid-transfer",
    "0x800CCC0F.network-interference",
    "0x800CCC0E.connection-refused",
    "0x800CCC0E.wrong-port-or-security",
    "0x800CCC19.timeout",
    "0x800CCC0B.auth-required",
    "0x800CCC0B.auth-method-mismatch",
    "0x800CCC0B.mailbox-in-use",
    "0x800CCC0B.server-busy",
    "0x800CCC0B.client-configuration",
    "0x800CCC1A.tls-failed",
    "0x800CCC1A.certificate-rejected",
    "0x800CCC1A.wrong-port-or-security",
    "0x800CCC1A.tls-required",
    "0x800CCC90.auth-failed",
    "0x800CCC91.auth-failed",
    "0x800CCC92.auth-failed",
    "0x800CCC92.mailbox-in-use",
    "0x800CCC79.recipient-rejected",
    "0x800CCC79.relay-denied",
    "0x800CCC78.sender-rejected",
    "0x800CCC67.server-busy",
    "0x800CCC6A.protocol-violation",
    "0x800CCC6A.server-busy",
    "0x800CCC7C.auth-required",
    "0x800CCC7C.tls-required",
    "0x800CCC61.auth-failed",
    "0x800CCC6D.quota-exceeded",
    "0x800CCC6D.message-rejected",
    "0x800CCC6F.message-rejected",
    "0x800CCCD1.auth-failed",
    "0x800CCCD2.quota-exceeded",
]


def ecore_literals(ecore: Path, enum: str) -> set[str]:
    root = ET.parse(ecore).getroot()
    for c in root.iter("eClassifiers"):
        if c.get("name") == enum:
            return {lit.get("literal") or lit.get("name") for lit in c.iter("eLiterals")}
    raise SystemExit(f"{ecore}: no enum {enum}")


def tsv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if any(r)][1:]


def main() -> int:
    ap = argparse.ArgumentParser(description="check catalog.xmi")
    ap.add_argument("--reference", required=True, type=Path)
    ap.add_argument("--catalog", type=Path, default=MODEL / "catalog" / "catalog.xmi")
    ap.add_argument("--ecore", type=Path, default=MODEL / "model" / "mailscope.ecore")
    args = ap.parse_args()

    failures: list[str] = []
    fail = failures.append

    families = ecore_literals(args.ecore, "Family")
    categories = ecore_literals(args.ecore, "CauseCategory")
    protocols = ecore_literals(args.ecore, "Protocol")

    root = ET.parse(args.catalog).getroot()                                         # (a)
    if root.tag != f"{{{NS}}}Catalog":
        fail(f"root element is {root.tag}, expected mailscope:Catalog")
    codes = root.findall("codes")
    replies = root.findall("replies")

    # (b) the set of values equals the TSV's
    tsv_hex = {int(r[0], 16) for r in tsv_rows(args.reference / "error-codes.tsv")}
    xmi_hex: list[int] = []
    for i, c in enumerate(codes):
        v = int(c.get("value"))
        if not -2**31 <= v < 2**31:
            fail(f"codes.{i}: value {v} is not a 32-bit signed int")
        xmi_hex.append(v & 0xFFFFFFFF)
    if len(xmi_hex) != len(set(xmi_hex)):
        fail("duplicate code values")
    if set(xmi_hex) != tsv_hex:
        fail(f"values differ from error-codes.tsv: missing "
             f"{sorted(hex(v) for v in tsv_hex - set(xmi_hex))}, extra "
             f"{sorted(hex(v) for v in set(xmi_hex) - tsv_hex)}")
    if xmi_hex != sorted(xmi_hex):
        fail("codes are not ordered by unsigned value")

    # (c) cause ids unique, categories in the vocabulary, (e) causes of error codes
    ids: dict[str, int] = {}
    n_causes = 0
    for i, c in enumerate(codes):
        u = xmi_hex[i]
        hx = f"0x{u:08X}"
        success = c.get("success") == "true"
        if success != (not u & 0x80000000):
            fail(f"{hx}: success={c.get('success')} does not match the severity bit")
        if c.get("family") not in families:
            fail(f"{hx}: family {c.get('family')!r} is not a Family literal")
        for a in ("title", "meaning", "traceSignal", "source"):
            if not (c.get(a) or "").strip():
                fail(f"{hx}: empty {a}")
        good = 0
        for k in c.findall("causes"):
            n_causes += 1
            cid = k.get("id") or ""
            if cid in ids:
                fail(f"duplicate cause id {cid}")
            ids[cid] = i
            if not ID_RE.fullmatch(cid) or not cid.startswith(hx + "."):
                fail(f"{hx}: malformed cause id {cid!r}")
            if k.get("category") not in categories:
                fail(f"{cid}: category {k.get('category')!r} is not a CauseCategory literal")
            elif cid.split(".")[1] != k.get("category"):
                fail(f"{cid}: id does not carry its category {k.get('category')}")
            if not (k.get("description") or "").strip():
                fail(f"{cid}: no description")
            if k.findall("checks") and k.findall("userRemedies"):
                good += 1
        if not success and good == 0:
            fail(f"{hx}: error code without a cause that has a check and a user remedy")

    # (d) every //@codes.N resolves; replies match the TSV
    tsv_replies = [r for r in tsv_rows(args.reference / "protocol-replies.tsv")
                   if r[0].strip().lower() != "protocol"]
    if len(replies) != len(tsv_replies):
        fail(f"{len(replies)} replies, protocol-replies.tsv has {len(tsv_replies)} rows")
    refs = 0
    for j, r in enumerate(replies):
        if r.get("protocol") not in protocols:
            fail(f"replies.{j}: protocol {r.get('protocol')!r} is not a Protocol literal")
        if j < len(tsv_replies) and r.get("reply") != tsv_replies[j][1].strip():
            fail(f"replies.{j}: reply {r.get('reply')!r} != TSV {tsv_replies[j][1]!r}")
        for ref in (r.get("errorCodes") or "").split():
            refs += 1
            m = re.fullmatch(r"//@codes\.(\d+)", ref)
            if not m or int(m.group(1)) >= len(codes):
                fail(f"replies.{j}: bad reference {ref!r}")
        if j < len(tsv_replies):   # every catalog value the TSV names is referenced
            named = {int(h, 16) for h in re.findall(r"0x[0-9A-Fa-f]{8}", tsv_replies[j][3])}
            got = {xmi_hex[int(x.split(".")[-1])] for x in (r.get("errorCodes") or "").split()
                   if re.fullmatch(r"//@codes\.\d+", x) and int(x.split(".")[-1]) < len(codes)}
            if (named & set(xmi_hex)) - got:
                fail(f"replies.{j}: errorCodes lacks {sorted(hex(v) for v in named - got)}")

    # cause ids the rules use
    for cid in RULE_CAUSE_IDS:
        if cid not in ids:
            fail(f"rule cause id {cid} missing")
        elif f"0x{xmi_hex[ids[cid]]:08X}" != cid.split(".")[0]:
            fail(f"rule cause id {cid} is attached to the wrong code")

    n_err = sum(1 for c in codes if c.get("success") != "true")
    print(f"{args.catalog}: {len(codes)} codes ({n_err} errors, {len(codes) - n_err} success), "
          f"{n_causes} causes, {len(replies)} replies, {refs} code references, "
          f"{len(RULE_CAUSE_IDS)} rule cause ids")
    if failures:
        print(f"FAILED ({len(failures)}):")
        for f in failures:
            print("  " + f)
        return 1
    print("OK: values match error-codes.tsv (148), cause ids unique, categories/families/"
          "protocols are Ecore literals, all //@codes.N resolve, every error code has a cause "
          "with a check and a user remedy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
