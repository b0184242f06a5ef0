#!/usr/bin/env bash
# False alarms of the serious-wording detectors on correct official text.
#
# Usage: tools/eval/wording-falsealarms.sh FILE.tsv [DATE]
#   FILE.tsv  a TSV with a header row and a `text` column, one correct sentence per row
#             (e.g. ../shared/data/classifier/gov_statutes/test.tsv, ../shared/data/corpus/gov_sentences_test.tsv)
#   DATE      the document date (yyyy-MM-dd) passed to every check; default today
#
# Prints the number and rate of sentences with at least one critical finding in LEADER_NAME, LEADER_TITLE,
# FORMULATION or SOVEREIGNTY (the categories these detectors report), then every such finding.
# Runs the CLI batch mode: contentguard check --format jsonl.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
file="$1"
date="${2:-}"
python3 - "$file" "$date" <<'PY' > /tmp/wording-eval.$$.jsonl
import csv, json, sys
path, date = sys.argv[1], sys.argv[2]
csv.field_size_limit(10**9)
with open(path, encoding="utf-8") as f:
    rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
    for i, row in enumerate(rows):
        item = {"id": str(i + 1), "text": row["text"]}
        if date:
            item["documentDate"] = date
        print(json.dumps(item, ensure_ascii=False))
PY
dotnet build "$here/src/ContentGuard.Cli" -c Release -v q -nologo >/dev/null
set +e
dotnet "$here/src/ContentGuard.Cli/bin/Release/net10.0/ContentGuard.Cli.dll" check --format jsonl < /tmp/wording-eval.$$.jsonl > /tmp/wording-eval.$$.out
set -e
python3 - /tmp/wording-eval.$$.jsonl /tmp/wording-eval.$$.out <<'PY'
import json, sys
texts = {json.loads(l)["id"]: json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")}
import os
cats = {"LEADER_NAME", "LEADER_TITLE", "FORMULATION", "SOVEREIGNTY"}
verbose_major = os.environ.get("WORDING_EVAL_SEVERITY") == "major"
total = flagged = majors = 0
alarms = []
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    total += 1
    hits = [m for m in r["matches"] if m["rule"]["category"]["id"] in cats and m["severity"] == ("major" if verbose_major else "critical")]
    if any(m["rule"]["category"]["id"] in cats and m["severity"] == "major" for m in r["matches"]):
        majors += 1
    if hits:
        flagged += 1
        for m in hits:
            alarms.append((r["dataId"], m["rule"]["id"], m["text"], m["message"], texts[r["dataId"]]))
print(f"sentences: {total}  with a critical wording finding: {flagged}  rate: {100.0 * flagged / max(total, 1):.3f}%  (with a major one: {majors})")
for a in alarms:
    print("\t".join(a))
PY
rm -f /tmp/wording-eval.$$.jsonl /tmp/wording-eval.$$.out
