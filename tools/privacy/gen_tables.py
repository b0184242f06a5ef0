#!/usr/bin/env python3
"""Generate the PRIVACY detector's knowledge tables from public data.

Outputs (lexicons/privacy/):
  region-codes.tsv    administrative-division codes (GB/T 2260 style) that open a resident ID number: one row per
                      prefecture (4-digit code) with the 2-digit county suffixes under it.
                      Source: modood/Administrative-divisions-of-China dist/areas.csv (WTFPL).
  mobile-prefixes.tsv mainland mobile number ranges: the prefixes of 11-digit national numbers that full-match
                      libphonenumber's CN <mobile> nationalNumberPattern, compacted to the shortest prefixes.
                      Source: google/libphonenumber resources/PhoneNumberMetadata.xml, territory CN (Apache-2.0).

Standard library only; output is deterministic (sorted, no timestamps) for given inputs; each header records the
command, the source, and the SHA-256 of the input file.

Usage (from the repository root, next to the shared data checkout):
  python3 tools/privacy/gen_tables.py [--pii ../shared/data/lexicons/pii] [--out lexicons/privacy]
"""

import argparse
import csv
import hashlib
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_PII = os.path.join(REPO, "..", "shared", "data", "lexicons", "pii")
DEFAULT_OUT = os.path.join(REPO, "lexicons", "privacy")
COMMAND = "python3 tools/privacy/gen_tables.py --pii ../shared/data/lexicons/pii --out lexicons/privacy"

MODOOD = "modood/Administrative-divisions-of-China @ 57a0aa9cef47169a2eb74cf057b0245052a34e8c, dist/areas.csv"
LIBPHONENUMBER = ("google/libphonenumber @ f7e3e88c92b905c8d6edb81f336dbe25edc05b52, resources/PhoneNumberMetadata.xml, "
                  "<territory id=\"CN\"><mobile><nationalNumberPattern>")

# Residence permits for Hong Kong, Macao and Taiwan residents (国务院办公厅 国办发〔2018〕81号) carry an 18-character
# number in the resident ID format whose address code is 810000 / 820000 / 830000; areas.csv has no rows for them.
RESIDENCE_PERMIT_CODES = ["810000", "820000", "830000"]

# The mobile pattern's variable part is at most 5 leading digits (1740[0-5], 1610\d); every range is then followed by
# free digits. Enumerating 5-digit prefixes and checking that the lowest and highest completions both match (and
# agree) proves the pattern is a union of 5-digit prefixes.
MOBILE_LENGTH = 11
ENUM_DIGITS = 5


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()[:16]


def header(lines):
    return "".join(f"# {line}\n" for line in lines)


def region_codes(pii, out, current_to):
    path = os.path.join(pii, "admin_divisions", "areas.csv")
    by_prefecture = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            code = row["code"].strip()
            if not re.fullmatch(r"[1-9]\d{5}", code):
                raise SystemExit(f"{path}: unexpected code {code!r}")
            by_prefecture.setdefault(code[:4], set()).add(code[4:])
    for code in RESIDENCE_PERMIT_CODES:
        by_prefecture.setdefault(code[:4], set()).add(code[4:])
    count = sum(len(v) for v in by_prefecture.values())
    text = header([
        f"source: {MODOOD} (sha256 {sha256(path)}); 6-digit county-level codes, grouped by prefecture; plus "
        f"{'/'.join(RESIDENCE_PERMIT_CODES)} (residence permits of Hong Kong, Macao and Taiwan residents)",
        f"generated-by: {COMMAND}",
        f"current-to: {current_to}",
        "note: current-to is the day the upstream snapshot was copied (upstream records no release date)",
        "version: divisions-modood-57a0aa9-cg1",
        "licence: WTFPL (derived from modood/Administrative-divisions-of-China)",
        f"content: {count} county-level codes under {len(by_prefecture)} prefectures; code = prefecture + county",
    ])
    text += "prefecture\tcounties\n"
    for prefecture in sorted(by_prefecture):
        text += f"{prefecture}\t{'|'.join(sorted(by_prefecture[prefecture]))}\n"
    write(os.path.join(out, "region-codes.tsv"), text)
    return count


def mobile_prefixes(pii, out, current_to):
    path = os.path.join(pii, "libphonenumber_CN_territory.xml")
    root = ET.parse(path).getroot()
    node = root.find("./mobile/nationalNumberPattern")
    lengths = root.find("./mobile/possibleLengths")
    if node is None or lengths is None or lengths.get("national") != str(MOBILE_LENGTH):
        raise SystemExit(f"{path}: no CN mobile pattern with national length {MOBILE_LENGTH}")
    pattern = re.sub(r"\s+", "", node.text)
    regex = re.compile(pattern)
    free = MOBILE_LENGTH - ENUM_DIGITS
    matching = []
    for n in range(10 ** (ENUM_DIGITS - 1), 10 ** ENUM_DIGITS):
        p = str(n)
        low = regex.fullmatch(p + "0" * free) is not None
        high = regex.fullmatch(p + "9" * free) is not None
        if low != high:
            raise SystemExit(f"mobile pattern is not a union of {ENUM_DIGITS}-digit prefixes (at {p})")
        if low:
            matching.append(p)
    prefixes = compact(set(matching), ENUM_DIGITS)
    text = header([
        f"source: {LIBPHONENUMBER} (sha256 {sha256(path)}): {pattern}",
        f"generated-by: {COMMAND}",
        f"current-to: {current_to}",
        "note: current-to is the day the upstream snapshot was copied (upstream records no release date)",
        "version: libphonenumber-f7e3e88-cg1",
        "licence: Apache-2.0 (derived from google/libphonenumber metadata)",
        f"content: {len(prefixes)} prefixes; an {MOBILE_LENGTH}-digit number is a mainland mobile number when it starts "
        "with one of them",
    ])
    text += "prefix\tlength\n"
    for p in sorted(prefixes):
        text += f"{p}\t{MOBILE_LENGTH}\n"
    write(os.path.join(out, "mobile-prefixes.tsv"), text)
    return len(prefixes)


def compact(prefixes, digits):
    """Replaces every complete set of ten sibling prefixes by their parent, repeatedly."""
    current = set(prefixes)
    for length in range(digits, 1, -1):
        parents = {}
        for p in current:
            if len(p) == length:
                parents.setdefault(p[:-1], set()).add(p)
        for parent, children in parents.items():
            if len(children) == 10:
                current -= children
                current.add(parent)
    return current


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pii", default=DEFAULT_PII, help="the shared pii/ data folder")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder")
    # The upstream snapshots carry no release date; the default is the day they were copied into ../shared.
    ap.add_argument("--current-to", default="2026-11-27", help="the date the sources are current to")
    args = ap.parse_args()
    if not os.path.isdir(args.pii):
        sys.exit(f"{args.pii}: not a folder (pass --pii)")
    regions = region_codes(args.pii, args.out, args.current_to)
    mobiles = mobile_prefixes(args.pii, args.out, args.current_to)
    print(f"region-codes.tsv: {regions} codes; mobile-prefixes.tsv: {mobiles} prefixes", file=sys.stderr)


if __name__ == "__main__":
    main()
