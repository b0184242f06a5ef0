#!/usr/bin/env python3
"""Flag-rate checker for the ContentGuard term lexicons (python3 stdlib only).

Simulates the Lexicon detector closely enough to measure false alarms on official text:

  * normalization: NFKC (full-width -> half-width) + case fold; zero-width and "noise"
    characters (spaces, * # _ ~ · etc.) are skipped, as the product's Normalizer does.
    With --aggressive also CJK punctuation (、，：“”…) is skipped: a stress mode that shows
    terms that would match across a list separator (枪支、弹药 -> 枪支弹药).
  * every `*.lex.tsv` term is found by plain substring matching (pure ASCII terms need a
    non-alphanumeric boundary on both sides);
  * an occurrence is dropped when an allow-list span (`*.allow.tsv`) found in the same text
    covers it completely (他妈妈 covers 他妈);
  * context cues (`context.tsv`, effect `lower`): for a SENSITIVE hit, a cue that occurs in the
    same sentence, does not overlap the hit and whose gap to the hit (characters between them,
    cue before or after the term) is <= window, lowers the severity to `minor`;
  * a sentence is "flagged" when it keeps at least one hit at --min-severity (default major).

Input files: TSV with a header row containing a `text` column, or plain text (one item a line).

  python3 tools/lexicon-check/flagrate.py /work/shared/data/classifier/gov_statutes/test.tsv \
      /work/shared/data/corpus/gov_sentences_test.tsv
  python3 tools/lexicon-check/flagrate.py --validate          # format check of lexicons/ only
  python3 tools/lexicon-check/flagrate.py tools/lexicon-check/samples/positive.txt --unflagged  # recall smoke test

samples/positive.txt (made-up spam, every line should fire) and samples/hard_negative.txt (made-up
official sentences about the same topics, none should stay at major+) are written for this tool.
"""
import argparse
import collections
import glob
import os
import re
import sys
import unicodedata

SEVERITY_RANK = {"minor": 1, "major": 2, "critical": 3}
REQUIRED_HEADER_KEYS = ("source", "current-to", "version", "licence")
LEX_COLUMNS = ("term", "category", "severity", "replacements", "note", "rule", "tags")
SENTENCE_END = set("。！？；!?;\n")
ZERO_WIDTH = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")
NOISE = set(" \t\u3000*#_~`^|\\/+=<>@$&·•・.-'\"") | ZERO_WIDTH
CJK_PUNCT = set("、，,：:“”‘’「」『』（）()【】[]《》〈〉…—－")

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_LEXDIR = os.path.normpath(os.path.join(HERE, "..", "..", "lexicons"))


def fold(s):
    return unicodedata.normalize("NFKC", s).casefold()


def normalize(text, aggressive=False):
    """Return normalized text with noise removed (sentence punctuation is kept)."""
    out = []
    skip = NOISE | (CJK_PUNCT if aggressive else set())
    for ch in fold(text):
        if ch in skip and ch not in SENTENCE_END:
            continue
        out.append(ch)
    return "".join(out)


def norm_term(term):
    # terms are normalized the same way (a term may legitimately contain '%' or digits)
    return "".join(ch for ch in fold(term) if ch not in NOISE)


class TableError(Exception):
    pass


def read_table(path, required_columns):
    """Parse a FORMAT.md table: header block, column header row, rows as dicts."""
    header, columns, rows, errors = {}, None, [], []
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    if data.startswith("\ufeff"):
        errors.append("file starts with a BOM")
        data = data[1:]
    if "\r" in data:
        errors.append("CR characters (line endings must be LF)")
    in_header = True
    for lineno, line in enumerate(data.split("\n"), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            if in_header and columns is None:
                m = re.match(r"#\s*([A-Za-z-]+):\s*(.*)$", line)
                if m:
                    header[m.group(1).lower()] = m.group(2).strip()
            continue
        in_header = False
        cells = line.split("\t")
        if columns is None:
            columns = [c.strip() for c in cells]
            for c in required_columns:
                if c not in columns:
                    errors.append(f"missing column {c!r}")
            continue
        if len(cells) > len(columns):
            errors.append(f"line {lineno}: {len(cells)} cells, {len(columns)} columns")
        row = {c: (cells[i] if i < len(cells) else "") for i, c in enumerate(columns)}
        row["_line"] = lineno
        rows.append(row)
    return header, columns, rows, errors


def load(lexdir, lex_glob="*.lex.tsv"):
    lex, allow, cues, problems = [], [], [], []
    for path in sorted(glob.glob(os.path.join(lexdir, lex_glob))):
        name = os.path.basename(path)
        header, cols, rows, errors = read_table(path, ("term", "category", "severity"))
        problems += [f"{name}: {e}" for e in errors]
        for k in REQUIRED_HEADER_KEYS:
            if k not in header:
                problems.append(f"{name}: header key '{k}' missing")
        seen = set()
        for r in rows:
            t = r["term"].strip()
            if not t:
                problems.append(f"{name}:{r['_line']}: empty term")
                continue
            if r["severity"] not in SEVERITY_RANK:
                problems.append(f"{name}:{r['_line']}: bad severity {r['severity']!r}")
                continue
            nt = norm_term(t)
            if nt in seen:
                problems.append(f"{name}:{r['_line']}: duplicate term {t!r}")
            seen.add(nt)
            if t != t.strip() or r["term"] != t:
                problems.append(f"{name}:{r['_line']}: whitespace around term {t!r}")
            lex.append({"term": t, "nterm": nt, "category": r["category"],
                        "severity": r["severity"], "file": name, "tags": r.get("tags", "")})
    for path in sorted(glob.glob(os.path.join(lexdir, "*.allow.tsv"))):
        name = os.path.basename(path)
        header, cols, rows, errors = read_table(path, ("term",))
        problems += [f"{name}: {e}" for e in errors]
        for k in REQUIRED_HEADER_KEYS:
            if k not in header:
                problems.append(f"{name}: header key '{k}' missing")
        allow += [norm_term(r["term"]) for r in rows if r["term"].strip()]
    cpath = os.path.join(lexdir, "context.tsv")
    if os.path.exists(cpath):
        header, cols, rows, errors = read_table(cpath, ("cue", "effect", "window"))
        problems += [f"context.tsv: {e}" for e in errors]
        for k in REQUIRED_HEADER_KEYS:
            if k not in header:
                problems.append(f"context.tsv: header key '{k}' missing")
        for r in rows:
            try:
                w = int(r["window"])
            except ValueError:
                problems.append(f"context.tsv:{r['_line']}: bad window {r['window']!r}")
                continue
            if r["effect"] != "lower":
                problems.append(f"context.tsv:{r['_line']}: unknown effect {r['effect']!r}")
                continue
            cues.append((norm_term(r["cue"]), w))
    return lex, allow, cues, problems


def find_all(hay, needle):
    i = hay.find(needle)
    while i >= 0:
        yield i
        i = hay.find(needle, i + 1)


def is_ascii_word(s):
    return bool(re.fullmatch(r"[0-9a-z]+", s))


def sentences(text):
    start = 0
    for i, ch in enumerate(text):
        if ch in SENTENCE_END:
            yield start, i + 1
            start = i + 1
    if start < len(text):
        yield start, len(text)


class Matcher:
    def __init__(self, lex, allow, cues):
        self.lex, self.allow, self.cues = lex, allow, cues
        # index terms by first char for speed
        self.by_first = collections.defaultdict(list)
        for e in lex:
            if e["nterm"]:
                self.by_first[e["nterm"][0]].append(e)
        self.allow_by_first = collections.defaultdict(list)
        for a in allow:
            if a:
                self.allow_by_first[a[0]].append(a)

    def _spans(self, text, by_first):
        for i, ch in enumerate(text):
            for item in by_first.get(ch, ()):
                t = item if isinstance(item, str) else item["nterm"]
                if text.startswith(t, i):
                    yield i, i + len(t), item

    def check(self, text, aggressive=False):
        """Return a list of hits: dict(term, start, end, severity, orig_severity, cue)."""
        nt = normalize(text, aggressive)
        allow_spans = [(s, e) for s, e, _ in self._spans(nt, self.allow_by_first)]
        sents = list(sentences(nt))
        hits = []
        for s, e, entry in self._spans(nt, self.by_first):
            t = entry["nterm"]
            if is_ascii_word(t):
                if (s > 0 and re.match(r"[0-9a-z]", nt[s - 1])) or \
                   (e < len(nt) and re.match(r"[0-9a-z]", nt[e])):
                    continue
            if any(a <= s and e <= b for a, b in allow_spans):
                continue
            sev, cue_found = entry["severity"], None
            if entry["category"] == "SENSITIVE" and self.cues:
                ss, se = next(((a, b) for a, b in sents if a <= s < b), (0, len(nt)))
                sent = nt[ss:se]
                for cue, window in self.cues:
                    for ci in find_all(sent, cue):
                        cs, ce = ss + ci, ss + ci + len(cue)
                        if ce <= s:
                            gap = s - ce
                        elif cs >= e:
                            gap = cs - e
                        else:
                            continue  # overlaps the hit itself
                        if gap <= window:
                            cue_found = cue
                            break
                    if cue_found:
                        break
                if cue_found:
                    sev = "minor"
            hits.append({"term": entry["term"], "file": entry["file"], "start": s, "end": e,
                         "severity": sev, "orig": entry["severity"], "cue": cue_found,
                         "category": entry["category"], "ntext": nt})
        return hits


def read_texts(path):
    with open(path, encoding="utf-8-sig") as f:
        lines = f.read().split("\n")
    head = lines[0].split("\t") if lines else []
    if "text" in head:
        col = head.index("text")
        return [l.split("\t")[col] for l in lines[1:] if l.strip() and len(l.split("\t")) > col]
    return [l for l in lines if l.strip() and not l.startswith("#")]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="TSV with a `text` column, or plain text")
    ap.add_argument("--lexicons", default=DEFAULT_LEXDIR, help="lexicon folder (default: repo lexicons/)")
    ap.add_argument("--min-severity", default="major", choices=list(SEVERITY_RANK))
    ap.add_argument("--lexicon-glob", default="*.lex.tsv",
                    help="which term lexicons to load (default *.lex.tsv; e.g. 'sensitive-*.lex.tsv')")
    ap.add_argument("--category", help="only this category (e.g. SENSITIVE, ADVERTISING)")
    ap.add_argument("--aggressive", action="store_true", help="also skip CJK punctuation (stress mode)")
    ap.add_argument("--unflagged", action="store_true", help="list the items that do NOT fire (recall check)")
    ap.add_argument("--show", type=int, default=50, help="list at most N flagged sentences per file")
    ap.add_argument("--top", type=int, default=15, help="list the N most frequent firing terms")
    ap.add_argument("--no-context", action="store_true", help="ignore context.tsv (shows what the cues save)")
    ap.add_argument("--no-allow", action="store_true", help="ignore *.allow.tsv (shows what the allow-list saves)")
    ap.add_argument("--validate", action="store_true", help="check the lexicon files' format only")
    args = ap.parse_args()

    lex, allow, cues, problems = load(args.lexicons, args.lexicon_glob)
    counts = collections.Counter((e["file"], e["severity"]) for e in lex)
    files = sorted({e["file"] for e in lex})
    print(f"lexicons: {args.lexicons}")
    for fn in files:
        c = {s: counts[(fn, s)] for s in SEVERITY_RANK}
        print(f"  {fn:32s} {sum(c.values()):4d} entries  (critical {c['critical']}, "
              f"major {c['major']}, minor {c['minor']})")
    print(f"  allow-list spans: {len(allow)}   context cues: {len(cues)}")
    if problems:
        print("FORMAT PROBLEMS:")
        for p in problems:
            print("  " + p)
    if args.validate:
        sys.exit(1 if problems else 0)

    if args.category:
        lex = [e for e in lex if e["category"] == args.category]
    m = Matcher(lex, [] if args.no_allow else allow, [] if args.no_context else cues)
    rank = SEVERITY_RANK[args.min_severity]
    for path in args.files:
        texts = read_texts(path)
        flagged, term_counter, lowered = [], collections.Counter(), collections.Counter()
        for t in texts:
            hits = m.check(t, args.aggressive)
            for h in hits:
                if SEVERITY_RANK[h["orig"]] >= rank and h["cue"]:
                    lowered[h["term"]] += 1
            keep = [h for h in hits if SEVERITY_RANK[h["severity"]] >= rank]
            if keep:
                flagged.append((t, keep))
                for h in keep:
                    term_counter[h["term"]] += 1
        n = len(texts)
        rate = 100.0 * len(flagged) / n if n else 0.0
        print(f"\n== {path}")
        print(f"sentences: {n}   flagged at {args.min_severity}+: {len(flagged)}   rate: {rate:.2f}%"
              + ("   [aggressive noise skipping]" if args.aggressive else ""))
        if lowered:
            print("lowered by a context cue (term: count): " +
                  ", ".join(f"{k}:{v}" for k, v in lowered.most_common(args.top)))
        if term_counter:
            print("firing terms: " + ", ".join(f"{k}:{v}" for k, v in term_counter.most_common(args.top)))
        if args.unflagged:
            fl = {t for t, _ in flagged}
            for t in [t for t in texts if t not in fl][: args.show]:
                print(f"  not flagged: {t}")
            continue
        for t, keep in flagged[: args.show]:
            tags = "; ".join(f"{h['term']}[{h['severity']},{h['file']}]" for h in keep)
            print(f"  - {t}\n      <- {tags}")
        if len(flagged) > args.show:
            print(f"  ... {len(flagged) - args.show} more")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
