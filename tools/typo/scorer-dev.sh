#!/usr/bin/env bash
# Dev comparison of typo scorer tables (docs/typo.md, "Synthetic training data"): dev sets only, never the test sets.
#
# Usage (from the repo root, with ../shared beside it): tools/typo/scorer-dev.sh [TRAIN-TYPO-OPTIONS...]
#   With no options: fits the current recipe on half A of ECSpell-ODW train (every other sentence, 0-based even lines).
#   With options: fits `contentguard train typo OPTIONS --l2 1 --threshold 0.5` (e.g. --synthetic
#   ../shared/data/corpus/gov_text_train.txt --synthetic-limit 10000 --seed 1).
# Then picks the threshold by the project's rule: the lowest log-odds T in -1, -0.75, ..., 3 (then 3.5, 4) at which
# `eval typo` flags at most 0.5 % of gov_statutes/dev.tsv, and prints, at that T, detection P/R/F1 (full pipeline and
# --only confusion) on half B of ECSpell-ODW train (the odd lines: out of sample for both kinds of scorer), on all of
# ECSpell-ODW train and on SIGHAN14 test. The halves and the table stay in a temporary directory.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${SHARED:-$here/../shared}"
cg="$here/src/ContentGuard.Cli/bin/Release/net10.0/ContentGuard.Cli"
[ -x "$cg" ] || dotnet build "$here/src/ContentGuard.Cli" -c Release -v q -nologo >/dev/null
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
awk 'NF && (n++ % 2 == 0)' "$shared/data/csc/ecspell_odw_train.jsonl" > "$tmp/halfA.jsonl"
awk 'NF && (n++ % 2 == 1)' "$shared/data/csc/ecspell_odw_train.jsonl" > "$tmp/halfB.jsonl"
if [ $# -eq 0 ]; then
  set -- --data "$tmp/halfA.jsonl" --clean "$shared/data/classifier/gov_statutes/train.tsv" --clean-limit 5000
fi
"$cg" train typo "$@" --l2 1 --threshold 0.5 --out "$tmp/scorer.tsv" | head -1
summary() { python3 -c "import sys,json;d=json.load(sys.stdin);x=d['detection'];print('det P %.4f R %.4f F1 %.4f, corr F1 %.4f, FAR %.4f (%d)'%(x['precision'],x['recall'],x['f1'],d['correction']['f1'],d['falseAlarmRate'],d['falseAlarms']))"; }
far() { "$cg" eval typo --data "$shared/data/classifier/gov_statutes/dev.tsv" --scorer "$tmp/scorer.tsv" --scorer-threshold "$1" --format json | python3 -c "import sys,json;print(json.load(sys.stdin)['falseAlarmRate'])"; }
t=""
for T in -1 -0.75 -0.5 -0.25 0 0.25 0.5 0.75 1 1.25 1.5 1.75 2 2.25 2.5 2.75 3 3.5 4; do
  f="$(far "$T")"
  if python3 -c "import sys; sys.exit(0 if $f <= 0.005 else 1)"; then t="$T"; echo "threshold $T (statutes dev false-alarm rate $f)"; break; fi
done
[ -n "$t" ] || { echo "no threshold keeps statutes dev <= 0.5 %"; exit 1; }
ev() { "$cg" eval typo --scorer "$tmp/scorer.tsv" --scorer-threshold "$t" --format json "$@" | summary; }
echo "ECSpell-ODW train half B:           $(ev --data "$tmp/halfB.jsonl")"
echo "ECSpell-ODW train half B, confusion: $(ev --data "$tmp/halfB.jsonl" --only confusion)"
echo "ECSpell-ODW train (all 1,720):      $(ev --data "$shared/data/csc/ecspell_odw_train.jsonl")"
echo "SIGHAN14 test:                      $(ev --data "$shared/data/csc/sighan14_test.jsonl")"
