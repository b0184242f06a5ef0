#!/usr/bin/env bash
# Dev guard on report prose for typo settings (docs/typo.md, "Statute counts"): how many correct report sentences the
# TYPO detector flags, measured out of sample. Every report sentence of 1978–2024 is counted in the shipped
# charngram.tsv, so the shipped table cannot be judged on them; here the counts come from the even paragraphs of
# gov_text_train.txt (plus the statute train sentences, as shipped) and the odd paragraphs, split after 。！？； into
# sentences of 12–160 characters, are the correct text. Dev data only, never the test sets.
#
# Usage (from the repo root, with ../shared beside it): tools/typo/report-prose-guard.sh [T ...] [-- EVAL-TYPO-OPTIONS...]
#   T: scorer thresholds (log-odds) to compare; default: the shipped one. Prints, per T, sentences flagged with the
#   reports-only half table and with the half table plus statutes.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${SHARED:-$here/../shared}"
cg="$here/src/ContentGuard.Cli/bin/Release/net10.0/ContentGuard.Cli"
[ -x "$cg" ] || dotnet build "$here/src/ContentGuard.Cli" -c Release -v q -nologo >/dev/null
thresholds=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do thresholds+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 - "$shared/data/corpus/gov_text_train.txt" "$tmp" <<'PY'
import re, sys
lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
open(f"{sys.argv[2]}/even.txt", "w", encoding="utf-8").write("\n".join(l for i, l in enumerate(lines) if i % 2 == 0) + "\n")
sents = []
for l in (l for i, l in enumerate(lines) if i % 2 == 1):
    for s in re.split(r"(?<=[。！？；])", l):
        s = s.strip()
        if 12 <= len(s) <= 160 and re.search(r"[\u4e00-\u9fff]", s):
            sents.append(s.replace("\t", " "))
open(f"{sys.argv[2]}/odd.tsv", "w", encoding="utf-8").write("text\n" + "\n".join(sents) + "\n")
print(f"{len(sents)} correct report sentences (odd paragraphs)")
PY
"$cg" train ngram --corpus "$tmp/even.txt" --out "$tmp/reports.tsv" >/dev/null
"$cg" train ngram --corpus "$tmp/even.txt" --corpus "$shared/data/classifier/gov_statutes/train.tsv" --out "$tmp/statutes.tsv" >/dev/null
flagged() { "$cg" eval typo --data "$tmp/odd.tsv" --ngram "$tmp/$1.tsv" "${@:2}" --format json | python3 -c "import sys,json;d=json.load(sys.stdin);print('%d (%.2f %%)'%(d['falseAlarms'],100*d['falseAlarmRate']))"; }
if [ ${#thresholds[@]} -eq 0 ]; then
  echo "shipped threshold: reports-only half table $(flagged reports "$@"), + statutes $(flagged statutes "$@")"
fi
for T in "${thresholds[@]}"; do
  echo "T=$T: reports-only half table $(flagged reports --scorer-threshold "$T" "$@"), + statutes $(flagged statutes --scorer-threshold "$T" "$@")"
done
