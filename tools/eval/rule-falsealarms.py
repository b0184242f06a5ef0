#!/usr/bin/env python3
"""Findings per rule on correct text: how often each rule fires where nothing is wrong.

Usage: python3 tools/eval/rule-falsealarms.py SHARED_DATA_DIR [--show] [RULE_PREFIX ...]
  SHARED_DATA_DIR  ../shared/data (read at run time; nothing is copied into the repo)
  --show           also print every finding of the selected rules (source, id, date, the matched text, message)
  RULE_PREFIX      only report rules whose id starts with one of these (default: all)

Texts (69,276 in all), checked with `contentguard check --format jsonl` (Release build):
  corpus/gov_sentences_test.tsv (3,000 held-out official sentences, document date today),
  corpus/gov_text_train.txt (6,611 paragraphs of reports 1978-2024, document date today),
  the paragraphs of corpus/*/*.jsonl (10,764, each with its report's own date),
  classifier/gov_statutes/train.tsv (16,000 statute sentences), classifier/cold/train.tsv (25,726 comments),
  classifier/swsr/train.tsv (7,175 comments).
Prints, per source, the number of texts and, per rule and severity, how many texts have a finding.
"""
import glob
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

here = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
data = sys.argv[1]
show = "--show" in sys.argv[2:]
prefixes = [a for a in sys.argv[2:] if a != "--show"]


def items():
    with open(f"{data}/corpus/gov_sentences_test.tsv", encoding="utf-8") as f:
        next(f)
        for i, line in enumerate(f):
            yield "gov_sentences_test", {"id": f"t{i}", "text": line.rstrip("\n").split("\t", 1)[1]}
    with open(f"{data}/corpus/gov_text_train.txt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if line.strip():
                yield "gov_text_train", {"id": f"g{i}", "text": line.strip()}
    for path in sorted(glob.glob(f"{data}/corpus/*/*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                date = (d.get("date") or f"{d['year']}-03-05")[:10]
                for i, p in enumerate(d["text"].split("\n")):
                    if p.strip():
                        yield "corpus_paragraphs", {"id": f"{d['id']}:{i}", "text": p, "documentDate": date}
    for name, rel in [("gov_statutes_train", "classifier/gov_statutes/train.tsv"), ("cold_train", "classifier/cold/train.tsv"),
                      ("swsr_train", "classifier/swsr/train.tsv")]:
        with open(f"{data}/{rel}", encoding="utf-8") as f:
            header = next(f).rstrip("\n").split("\t")
            col = header.index("text")
            for i, line in enumerate(f):
                cells = line.rstrip("\n").split("\t")
                yield name, {"id": f"{name}{i}", "text": cells[col]}


source_of = {}
lines = []
for source, item in items():
    source_of[item["id"]] = source
    lines.append(json.dumps(item, ensure_ascii=False))

subprocess.run(["dotnet", "build", f"{here}/src/ContentGuard.Cli", "-c", "Release", "-v", "q", "-nologo"], check=True, stdout=subprocess.DEVNULL)
cli = f"{here}/src/ContentGuard.Cli/bin/Release/net10.0/ContentGuard.Cli.dll"
out = subprocess.run(["dotnet", cli, "check", "--format", "jsonl"], input="\n".join(lines) + "\n", capture_output=True, text=True).stdout

texts = Counter(source_of.values())
hits = defaultdict(Counter)
for line in out.splitlines():
    r = json.loads(line)
    source = source_of[r["dataId"]]
    seen = set()
    for m in r["matches"]:
        rule = m["rule"]["id"]
        if prefixes and not any(rule.startswith(p) for p in prefixes):
            continue
        seen.add((rule, m["severity"]))
        if show:
            print(f"{source}\t{r['dataId']}\t{m['severity']}\t{rule}\t{m.get('text', '')}\t{m['message']}")
    for key in seen:
        hits[source][key] += 1

print(f"texts: {sum(texts.values())}")
for source, n in texts.items():
    print(f"\n{source}: {n} texts")
    for (rule, severity), k in sorted(hits[source].items(), key=lambda x: -x[1]):
        print(f"  {rule:32} {severity:8} {k:6}  {100.0 * k / n:.2f} %")
