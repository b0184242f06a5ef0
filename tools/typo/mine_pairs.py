#!/usr/bin/env python3
"""Mine two-character wrong -> right pairs from the errors of ECSpell-ODW train (official-document writing, MIT) for the
TYPO detector's curated matcher, written to lexicons/typo/mined-odw.tsv.

Usage (from the repo root, with ../shared beside it):
    python3 tools/typo/mine_pairs.py ../shared/data/csc/ecspell_odw_train.jsonl \
        ~/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt ../shared/data/corpus/gov_text_train.txt \
        > lexicons/typo/mined-odw.tsv

A pair is kept when, around one wrong character whose neighbour is right, the right two-character word is a jieba word
with at least 50 counts, the typed form is no jieba word, never occurs in the official-prose training corpus, is not
already in lexicons/typos.tsv, and both are CJK only. Only the pairs are written (no sentence of the data).
"""
import json
import sys


def main(data, jieba_dict, corpus):
    counts = {}
    with open(jieba_dict, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                counts[parts[0]] = counts.get(parts[0], 0) + int(parts[1])
    with open(corpus, encoding="utf-8") as f:
        prose = f.read()
    existing = set()
    with open("lexicons/typos.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and not line.startswith("wrong\t") and line.strip():
                existing.add(line.split("\t")[0])

    def cjk(s):
        return all("\u4e00" <= c <= "\u9fff" for c in s)

    pairs = {}
    sentences = 0
    with open(data, encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            source, target = item["source"], item["target"]
            if len(source) != len(target):
                continue
            sentences += 1
            for i in range(len(source)):
                if source[i] == target[i]:
                    continue
                for a, b in ((i - 1, i + 1), (i, i + 2)):
                    if a < 0 or b > len(source) or any(source[k] != target[k] for k in range(a, b) if k != i):
                        continue
                    wrong, right = source[a:b], target[a:b]
                    if (counts.get(right, 0) >= 50 and counts.get(wrong, 0) == 0 and wrong not in prose
                            and wrong not in existing and cjk(wrong + right)):
                        pairs.setdefault(wrong, right)

    out = sys.stdout
    out.write("# source: two-character wrong -> right pairs mined from the errors of ECSpell-ODW train "
              f"(github.com/aopolin-lv/ECSpell Data/domains_data/odw.train, MIT, (c) 2022 Aopolin-Lv; {sentences} sentences)\n")
    out.write("# version: mined-odw-2026.11.27\n")
    out.write("# current-to: 2026-11-27\n")
    out.write("# licence: MIT (pairs derived from ECSpell, MIT; notice above)\n")
    out.write("# command: python3 tools/typo/mine_pairs.py ../shared/data/csc/ecspell_odw_train.jsonl "
              "~/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt ../shared/data/corpus/gov_text_train.txt > lexicons/typo/mined-odw.tsv\n")
    out.write("# content: same columns as lexicons/typos.tsv; matched by the same curated matcher (word-boundary check included)\n")
    out.write("wrong\tright\tseverity\tnote\n")
    for wrong, right in sorted(pairs.items()):
        out.write(f"{wrong}\t{right}\tminor\t\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
