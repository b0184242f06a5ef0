#!/usr/bin/env bash
# Synthetic recall of the near-miss detectors (LEADER_NAME, FORMULATION, LEADER_TITLE_TYPO, FORMULATION_ORDER) on realistic drafts.
#
# Usage: tools/eval/wording-recall.sh FILE.tsv [SEED]
#   FILE.tsv  correct sentences (a `text` column), e.g. ../shared/data/corpus/gov_sentences_test.tsv
#
# For every sentence holding a leader's name (lexicons/leaders.tsv) or a formulation of 4+ chars
# (lexicons/formulations.tsv), one error is injected into its first such phrase: a homophone (same toneless reading in
# lexicons/unihan/pinyin.tsv), a look-alike (lexicons/unihan/shape.tsv), an interior char dropped, or an interior char
# doubled; replacement chars are drawn from chars that occur in FILE itself, so they are common ones. A corrupted
# sentence counts as caught when a LEADER_NAME or FORMULATION finding overlaps the corrupted phrase, and as corrected
# when that finding also offers the canonical phrase. A second pass injects one homophone or look-alike into the title
# beside a leader's name (习近平总书记, 国家主席习近平) and counts LEADER_TITLE findings; a third swaps two members of a
# fixed enumeration (富强、民主、文明、和谐) and counts FORMULATION findings. Prints recall per kind of error. Runs `contentguard check --format jsonl`.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
file="$1"
seed="${2:-42}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 - "$here" "$file" "$seed" > "$tmp/in.jsonl" <<'PY'
import csv, json, random, sys
here, path, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(seed)
def table(name):
    rows, cols = [], None
    for line in open(f"{here}/lexicons/{name}", encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cols is None:
            cols = cells
            continue
        rows.append(dict(zip(cols, cells)))
    return rows
quotes = "“”\"'「」"
names = sorted({r["name"] for r in table("leaders.tsv") if len(r["name"]) == 3}, key=lambda s: (-len(s), s))
forms = sorted({"".join(c for c in r["canonical"] if c not in quotes).replace("，", ",") for r in table("formulations.tsv")}, key=lambda s: (-len(s), s))
forms = [f for f in forms if len(f) >= 4]
pinyin = {r["char"]: r["pinyin"].split("|") for r in table("unihan/pinyin.tsv")}
shape = {r["char"]: r["similar"].split("|") for r in table("unihan/shape.tsv")}
csv.field_size_limit(10**9)
texts = [r["text"] for r in csv.DictReader(open(path, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE)]
common = set("".join(texts))
by_reading = {}
for c in common:
    for p in pinyin.get(c, []):
        by_reading.setdefault(p, set()).add(c)
def homophone(c):
    cands = sorted({x for p in pinyin.get(c, []) for x in by_reading.get(p, ())} - {c})
    return rng.choice(cands) if cands else None
def lookalike(c):
    cands = sorted(x for x in shape.get(c, []) if x in common and x != c)
    return rng.choice(cands) if cands else None
n = 0
for text in texts:
    hit = next(((p, "LEADER_NAME") for p in names if p in text), None) or next(((p, "FORMULATION") for p in forms if p in text), None)
    if hit is None:
        continue
    phrase, category = hit
    at = text.index(phrase)
    kind = rng.choice(["homophone", "lookalike", "drop", "double"])
    i = rng.randrange(1, len(phrase) - 1) if kind in ("drop", "double") else rng.randrange(len(phrase))
    c = phrase[i]
    if not ("\u4e00" <= c <= "\u9fff"):
        continue
    if kind == "homophone":
        r = homophone(c)
        wrong = None if r is None else phrase[:i] + r + phrase[i + 1:]
    elif kind == "lookalike":
        r = lookalike(c)
        wrong = None if r is None else phrase[:i] + r + phrase[i + 1:]
    elif kind == "drop":
        wrong = phrase[:i] + phrase[i + 1:]
    else:
        wrong = phrase[:i + 1] + c + phrase[i + 1:]
    if wrong is None:
        continue
    n += 1
    print(json.dumps({"id": f"{n}", "text": text[:at] + wrong + text[at + len(phrase):], "meta": {
        "kind": kind, "category": category, "phrase": phrase, "wrong": wrong, "start": at, "end": at + len(wrong)}}, ensure_ascii=False))
# Titles beside a leader's name (LEADER_TITLE_TYPO): a second pass with its own random stream, so the items above stay
# the same. One homophone or look-alike in the title of the first name + title (习近平总书记) or title + name (国家主席习近平).
rng = random.Random(seed + 1)
all_names = sorted({r["name"] for r in table("leaders.tsv")}, key=lambda s: (-len(s), s))
after = ["副委员长", "委员长", "总书记", "副总理", "副主席", "国务委员", "总理", "主席"]
before = ["全国人大常委会委员长", "中共中央总书记", "中央军委主席", "全国政协主席", "国务院副总理", "国务院总理", "国家副主席", "国家主席"]
t = 0
for text in texts:
    hit = None
    for name in all_names:
        i = text.find(name)
        while i >= 0 and hit is None:
            tail = text[i + len(name):]
            head = text[:i]
            title = next((x for x in after if tail.startswith(x)), None)
            if title is not None:
                hit = (i + len(name), title)
            else:
                title = next((x for x in before if head.endswith(x)), None)
                if title is not None:
                    hit = (i - len(title), title)
            i = text.find(name, i + 1)
        if hit is not None:
            break
    if hit is None:
        continue
    at, phrase = hit
    kind = rng.choice(["homophone", "lookalike"])
    i = rng.randrange(len(phrase))
    r = homophone(phrase[i]) if kind == "homophone" else lookalike(phrase[i])
    if r is None:
        continue
    wrong = phrase[:i] + r + phrase[i + 1:]
    t += 1
    print(json.dumps({"id": f"t{t}", "text": text[:at] + wrong + text[at + len(phrase):], "meta": {
        "kind": kind, "category": "LEADER_TITLE", "phrase": phrase, "wrong": wrong, "start": at, "end": at + len(wrong)}}, ensure_ascii=False))
# Enumerations in their official order (FORMULATION_ORDER): a third pass, again with its own random stream. Two members of
# the first fixed enumeration in the sentence (formulations.tsv rows joined by 、, numbered.tsv member lists) are swapped.
rng = random.Random(seed + 2)
lists = [r["canonical"].strip("“”") for r in table("formulations.tsv") if "、" in r["canonical"]]
lists += ["、".join(r["members"].split("|")) for r in table("numbered.tsv") if r["members"].count("|") >= 1]
lists = sorted({l for l in lists if all(len(x) >= 2 for x in l.split("、"))}, key=lambda s: (-len(s), s))
o = 0
for text in texts:
    phrase = next((l for l in lists if l in text), None)
    if phrase is None:
        continue
    items = phrase.split("、")
    i, j = sorted(rng.sample(range(len(items)), 2))
    items[i], items[j] = items[j], items[i]
    wrong = "、".join(items)
    at = text.index(phrase)
    o += 1
    print(json.dumps({"id": f"o{o}", "text": text[:at] + wrong + text[at + len(phrase):], "meta": {
        "kind": "swap", "category": "FORMULATION_ORDER", "phrase": phrase, "wrong": wrong, "start": at, "end": at + len(wrong)}}, ensure_ascii=False))
PY
python3 -c "
import json,sys
for l in open(sys.argv[1], encoding='utf-8'):
    d=json.loads(l); print(json.dumps({'id':d['id'],'text':d['text']}, ensure_ascii=False))" "$tmp/in.jsonl" > "$tmp/check.jsonl"
dotnet build "$here/src/ContentGuard.Cli" -c Release -v q -nologo >/dev/null
set +e
dotnet "$here/src/ContentGuard.Cli/bin/Release/net10.0/ContentGuard.Cli.dll" check --format jsonl < "$tmp/check.jsonl" > "$tmp/out.jsonl"
set -e
python3 - "$tmp/in.jsonl" "$tmp/out.jsonl" <<'PY'
import json, sys
from collections import Counter
import os
verbose = os.environ.get("WORDING_EVAL_VERBOSE") == "1"
meta = {json.loads(l)["id"]: json.loads(l)["meta"] for l in open(sys.argv[1], encoding="utf-8")}
total, caught, fixed = Counter(), Counter(), Counter()
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    m = meta[r["dataId"]]
    key = (m["category"], m["kind"])
    total[key] += 1
    wanted = {"LEADER_TITLE": ("LEADER_TITLE",), "FORMULATION_ORDER": ("FORMULATION",)}.get(m["category"], ("LEADER_NAME", "FORMULATION"))
    hits = [f for f in r["matches"] if f["rule"]["category"]["id"] in wanted
            and f["offset"] < m["end"] and m["start"] < f["offset"] + f["length"]]
    if not hits and verbose:
        print("MISSED", m["kind"], m["phrase"], "->", m["wrong"], file=sys.stderr)
    if hits:
        caught[key] += 1
        if any(m["phrase"] in x["value"] or x["value"] in m["phrase"] for f in hits for x in f["replacements"]):
            fixed[key] += 1
        elif verbose and m["category"] == "FORMULATION_ORDER":
            print("UNCORRECTED", m["wrong"], "->", [(f["rule"]["id"], [x["value"] for x in f["replacements"]]) for f in hits], file=sys.stderr)
print("category\tkind\tinjected\tcaught\tcorrected\trecall")
for key in sorted(total):
    print(f"{key[0]}\t{key[1]}\t{total[key]}\t{caught[key]}\t{fixed[key]}\t{100.0 * caught[key] / total[key]:.1f}%")
t, c, f = sum(total.values()), sum(caught.values()), sum(fixed.values())
print(f"all\tall\t{t}\t{c}\t{f}\t{100.0 * c / max(t, 1):.1f}%")
PY
