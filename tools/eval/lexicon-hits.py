#!/usr/bin/env python3
"""Occurrences of candidate lexicon terms in official prose: the corpus_hits / statute_hits / hits_after_allow columns
of banned.lex.tsv and sovereignty.lex.tsv (see their headers), plus the other official texts to check before a row is added.

Usage:
    python3 tools/eval/lexicon-hits.py SHARED_DATA_DIR TERM[:ALLOW1|ALLOW2...] ...
    e.g. python3 tools/eval/lexicon-hits.py ../shared/data '台湾“总统选举”' '回族就是伊斯兰教:误以为回族就是伊斯兰教'

Text is NFKC-normalized and case-folded (as the headers say). Columns:
  corpus_hits       corpus/*/*.jsonl (the `text` of each document)
  statute_hits      classifier/gov_statutes/test.tsv (`text` column)
  hits_after_allow  occurrences in both that no allow string covers
  train_txt         corpus/gov_text_train.txt (a subset of the JSONL corpora; shown as a check)
  statutes_all      classifier/gov_statutes/{train,dev,test}.tsv
A dev tool: reads the shared data at run time; never used by tests.
"""

import csv
import glob
import json
import os
import sys
import unicodedata


def norm(s):
    return unicodedata.normalize("NFKC", s).casefold()


def load(shared):
    corpus = []
    for path in sorted(glob.glob(os.path.join(shared, "corpus", "*", "*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                corpus.append(norm(json.loads(line).get("text", "")))
    csv.field_size_limit(10**9)
    statutes = {}
    for split in ("train", "dev", "test"):
        with open(os.path.join(shared, "classifier", "gov_statutes", f"{split}.tsv"), encoding="utf-8") as f:
            statutes[split] = [norm(r["text"]) for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]
    train = [norm(open(os.path.join(shared, "corpus", "gov_text_train.txt"), encoding="utf-8").read())]
    return corpus, statutes, train


def positions(text, term):
    i = text.find(term)
    while i >= 0:
        yield i
        i = text.find(term, i + 1)


def count(texts, term, allows=()):
    total = remaining = 0
    for t in texts:
        covered = [(a, p, p + len(a)) for a in allows for p in positions(t, a)]
        for p in positions(t, term):
            total += 1
            if not any(s <= p and p + len(term) <= e for a, s, e in covered if term in a):
                remaining += 1
    return total, remaining


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    corpus, statutes, train = load(sys.argv[1])
    print("term\tcorpus_hits\tstatute_hits\thits_after_allow\ttrain_txt\tstatutes_all")
    for arg in sys.argv[2:]:
        term, _, allow = arg.partition(":")
        term = norm(term)
        allows = [norm(a) for a in allow.split("|") if a]
        c, cr = count(corpus, term, allows)
        s, sr = count(statutes["test"], term, allows)
        t, _ = count(train, term)
        a, _ = count(statutes["train"] + statutes["dev"] + statutes["test"], term)
        print(f"{term}\t{c}\t{s}\t{cr + sr}\t{t}\t{a}")


if __name__ == "__main__":
    main()
