#!/usr/bin/env bash
# Runs the whole default engine over a TSV of sentences (a 'text' column) and prints the decisions and, per severity,
# how many sentences each category touched. Usage: tools/eval/engine-decisions.sh FILE.tsv [yyyy-MM-dd]
# e.g. tools/eval/engine-decisions.sh ../shared/data/classifier/gov_statutes/test.tsv
set -euo pipefail
file="$1"; date="${2:-2026-11-27}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
dotnet build -c Release "$root/src/ContentGuard.Cli" -v quiet --nologo >/dev/null
python3 - "$file" "$date" <<'PY' | dotnet "$root/src/ContentGuard.Cli/bin/Release/net10.0/ContentGuard.Cli.dll" check --format jsonl | python3 -c '
import collections, json, sys
rows = [json.loads(line) for line in sys.stdin]
print("sentences:", len(rows))
print("decisions:", dict(collections.Counter(r["decision"]["suggestion"] for r in rows)))
for severity in ("critical", "major", "minor"):
    counts = collections.Counter()
    for r in rows:
        counts.update({m["rule"]["category"]["id"] for m in r["matches"] if m["severity"] == severity})
    print(f"{severity}: sentences per category", dict(counts))
'
import csv, json, sys
for i, row in enumerate(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t")):
    print(json.dumps({"id": str(i), "text": row["text"], "documentDate": sys.argv[2]}, ensure_ascii=False))
PY
