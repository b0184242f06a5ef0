#!/usr/bin/env python3
"""Exact McNemar test of two classifiers scored on the same rows.

Usage: python3 tools/eval/mcnemar.py A.tsv B.tsv
  A.tsv, B.tsv  files written by `contentguard eval classifier --data SAME_FILE --scores X.tsv` for two models
                (columns row, label, score, predicted; rows in the same order).
Prints each model's accuracy, the rows only A gets right (b) and only B gets right (c), and the exact two-sided
p-value of McNemar's test (binomial on the b + c discordant rows, p = 0.5). Two models scored on the same rows
are compared by their disagreements, not by two independent standard errors.
"""
import sys
from math import comb


def read(path):
    with open(path, encoding="utf-8") as f:
        header = next(f).rstrip("\n").split("\t")
        i_label, i_pred = header.index("label"), header.index("predicted")
        return [(c[i_label], c[i_pred]) for c in (line.rstrip("\n").split("\t") for line in f)]


def exact_p(b, c):
    n, k = b + c, min(b, c)
    if n == 0:
        return 1.0
    tail = sum(comb(n, i) for i in range(k + 1)) / 2 ** n
    return min(1.0, 2 * tail)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    a, b_rows = read(sys.argv[1]), read(sys.argv[2])
    if len(a) != len(b_rows) or any(x[0] != y[0] for x, y in zip(a, b_rows)):
        sys.exit("the two files do not hold the same rows (labels differ)")
    right_a = [lab == pred for lab, pred in a]
    right_b = [lab == pred for lab, pred in b_rows]
    b = sum(1 for x, y in zip(right_a, right_b) if x and not y)
    c = sum(1 for x, y in zip(right_a, right_b) if y and not x)
    n = len(a)
    print(f"rows {n}  accuracy A {sum(right_a) / n:.4f}  B {sum(right_b) / n:.4f}")
    print(f"only A right {b}  only B right {c}  exact McNemar p = {exact_p(b, c):.4g}")


if __name__ == "__main__":
    main()
