#!/usr/bin/env python3
"""Generate ContentGuard's character-data tables from the Unicode Han Database (Unihan).

Outputs (lexicons/unihan/), see tools/unihan/README.md:
  t2s.tsv    traditional -> simplified single-character normalisation map
  pinyin.tsv toneless Mandarin readings for CJK Unified Ideographs (BMP) + Extension A
  shape.tsv  visually similar characters for the ~8,000 characters of the
             General Standard Chinese Characters table (kTGHZ2013)

Standard library only; output is deterministic (sorted, no timestamps) for a given
Unihan release and corpus file. See tools/unihan/README.md for the rules.

Usage:
  python3 tools/unihan/gen_tables.py [--unihan DIR_OR_ZIP] [--corpus FILE] [--out DIR]

The corpus is only READ (character counts); nothing from it is written except its
SHA-256 in the header for reproducibility.
"""

import argparse
import bz2
import collections
import hashlib
import math
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_UNIHAN = "/usr/share/unicode"
DEFAULT_CORPUS = "/work/shared/data/corpus/gov_text_train.txt"
DEFAULT_OUT = os.path.join(REPO, "lexicons", "unihan")
SUPPLEMENT = os.path.join(HERE, "shape_supplement.tsv")
T2S_SUPPLEMENT = os.path.join(HERE, "t2s_supplement.tsv")

TABLE_REVISION = "cg1"  # bump when the rules below change
LICENCE = "Unicode License v3 (derived from Unihan)"

# --- t2s rules -------------------------------------------------------------------
# A character occurring at least this many times in the simplified-Chinese corpus is
# treated as "in normal use in simplified Chinese" and is never a t2s key.
CORPUS_IN_USE_MIN = 5
# Characters listed in kTGHZ2013 (通用规范汉字表, 2013) are standard simplified
# characters and are never keys, EXCEPT these, whose kTGHZ2013 entry covers only a rare
# reading/use (於: surname Yū / 於菟 wū) while the character is overwhelmingly the
# traditional form of the listed target.
TGHZ_KEY_EXCEPTIONS = {"於"}

# --- shape rules -----------------------------------------------------------------
SHAPE_MAX_CANDIDATES = 12
SHAPE_MAX_STROKE_DIFF = 2
SHAPE_MIN_SCORE = 3.0  # structural score threshold (frequency bonus excluded)


# =================================================================================
# Loading
# =================================================================================

def _open_unihan_texts(src):
    """Yield (filename, text) for each Unihan_*.txt from a dir (.txt or .txt.bz2) or a zip."""
    if os.path.isfile(src) and zipfile.is_zipfile(src):
        with zipfile.ZipFile(src) as z:
            for name in sorted(z.namelist()):
                base = os.path.basename(name)
                if base.startswith("Unihan_") and base.endswith(".txt"):
                    yield base, z.read(name).decode("utf-8")
        return
    names = sorted(os.listdir(src))
    seen = set()
    for name in names:
        if not name.startswith("Unihan_"):
            continue
        path = os.path.join(src, name)
        if name.endswith(".txt.bz2"):
            base = name[:-4]
            if base in seen:
                continue
            seen.add(base)
            with bz2.open(path, "rt", encoding="utf-8") as f:
                yield base, f.read()
        elif name.endswith(".txt"):
            if name in seen:
                continue
            seen.add(name)
            with open(path, encoding="utf-8") as f:
                yield name, f.read()
        elif name == "Unihan.zip":
            yield from _open_unihan_texts(path)


def load_unihan(src):
    """Return (fields, meta): fields[field][char] = raw value; meta has version/date."""
    fields = collections.defaultdict(dict)
    versions, dates, files = set(), set(), []
    for name, text in _open_unihan_texts(src):
        files.append(name)
        for line in text.split("\n"):
            if not line:
                continue
            if line.startswith("#"):
                m = re.match(r"#\s*Unicode version:\s*(\S+)", line)
                if m:
                    versions.add(m.group(1))
                m = re.match(r"#\s*Date:\s*(\d{4}-\d{2}-\d{2})", line)
                if m:
                    dates.add(m.group(1))
                continue
            cp, field, value = line.split("\t", 2)
            fields[field][chr(int(cp[2:], 16))] = value
    if not files:
        sys.exit("gen_tables: no Unihan_*.txt(.bz2) found in %s" % src)
    if len(versions) != 1:
        sys.exit("gen_tables: expected one Unicode version in Unihan files, got %r" % versions)
    meta = {"version": versions.pop(), "date": max(dates), "files": sorted(files)}
    return fields, meta


def load_corpus(path):
    with open(path, "rb") as f:
        raw = f.read()
    sha = hashlib.sha256(raw).hexdigest()
    counts = collections.Counter(raw.decode("utf-8"))
    return counts, sha


# =================================================================================
# Helpers
# =================================================================================

def cps(value):
    """'U+4E7E U+5E72<kFenn' -> ['乾', '干'] (source tags stripped)."""
    out = []
    for tok in value.split():
        m = re.match(r"U\+([0-9A-F]{4,6})", tok)
        if m:
            out.append(chr(int(m.group(1), 16)))
    return out


def plane(ch):
    return ord(ch) >> 16


def is_bmp_or_sip(ch):
    return plane(ch) in (0, 2)


def is_pinyin_block(ch):
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF


def toneless(syl):
    """'lǘ' -> 'lv', 'zhuó' -> 'zhuo', 'ńg' -> 'ng', 'ế' -> 'e'."""
    s = unicodedata.normalize("NFD", syl.strip().lower())
    out = []
    for c in s:
        if c == "\u0308":  # diaeresis: u + ¨ = ü -> v
            if out and out[-1] == "u":
                out[-1] = "v"
            continue
        if unicodedata.combining(c):
            continue
        out.append(c)
    r = "".join(out).replace("ü", "v")
    return r


def parse_readings(field, value):
    """Readings (with tones) from one Unihan reading field, in the order given."""
    if field == "kMandarin":
        return value.split()
    if field == "kHanyuPinlu":
        items = []
        for i, tok in enumerate(value.split()):
            m = re.match(r"(.+?)\((\d+)\)$", tok)
            if m:
                items.append((-int(m.group(2)), i, m.group(1)))
        return [r for _, _, r in sorted(items)]
    # kHanyuPinyin / kXHC1983 / kTGHZ2013: 'loc[,loc]:r1[,r2] loc:r3'
    out = []
    for tok in value.split():
        if ":" in tok:
            out.extend(x for x in tok.split(":", 1)[1].split(",") if x)
    return out


def first_int(value):
    m = re.match(r"\d+", value)
    return int(m.group(0)) if m else None


# =================================================================================
# t2s
# =================================================================================

def read_tsv(path):
    """Rows (dicts by column name) of a hand-written supplement table; none when the file is absent."""
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            yield dict(zip(header, cols))


def load_t2s_supplement(path):
    return [(row["traditional"], row["simplified"]) for row in read_tsv(path)]


def toned_readings(F, c):
    out = set()
    for f in ("kMandarin", "kHanyuPinlu", "kTGHZ2013", "kXHC1983"):
        if c in F[f]:
            out.update(parse_readings(f, F[f][c]))
    if not out and c in F["kHanyuPinyin"]:
        out.update(parse_readings("kHanyuPinyin", F["kHanyuPinyin"][c]))
    return {unicodedata.normalize("NFC", r) for r in out}


def variant_weights(F, k):
    """Semantic/Z variants of k with a support weight (number of citing sources)."""
    w = collections.Counter()
    for tok in F["kSemanticVariant"].get(k, "").split():
        v = cps(tok)
        if v:
            tags = tok.split("<", 1)[1].split(",") if "<" in tok else [""]
            w[v[0]] += len(tags)
    for v in cps(F["kSpecializedSemanticVariant"].get(k, "")):
        w[v] += 0.5  # "specialized" = interchangeable only in some senses: weaker
    for v in cps(F["kZVariant"].get(k, "")):
        w[v] += 3
    w.pop(k, None)
    return w


def build_t2s(F, corpus, supplement):
    simp = {k: cps(v) for k, v in F["kSimplifiedVariant"].items()}
    trad = {k: cps(v) for k, v in F["kTraditionalVariant"].items()}
    tghz = F["kTGHZ2013"]
    kfreq = {k: first_int(v) for k, v in F["kFrequency"].items()}

    def standard(c):  # a standard simplified character
        return c in tghz or corpus.get(c, 0) >= CORPUS_IN_USE_MIN

    candidates = collections.defaultdict(set)
    for k, targets in simp.items():
        for t in targets:
            if t != k:
                candidates[k].add(t)
    inverse_added = 0
    for s, ts in trad.items():
        for t in ts:
            # kTraditionalVariant inverse, only for characters Unihan gives no
            # kSimplifiedVariant at all (never overrides an explicit statement).
            if t != s and t not in simp:
                if s not in candidates[t]:
                    inverse_added += 1
                candidates[t].add(s)

    def protected_reason(k):
        if corpus.get(k, 0) >= CORPUS_IN_USE_MIN:
            return "corpus"
        if k in tghz and k not in TGHZ_KEY_EXCEPTIONS:
            return "tghz"
        return None

    def target_rank(t):
        return (-corpus.get(t, 0), 0 if t in tghz else 1, kfreq.get(t) or 9,
                plane(t), ord(t))

    def via_variants(k):
        """Variant -> standard simplified target for a traditional-source character whose
        kSimplifiedVariant (if any) is not a standard simplified character: follow
        kSemanticVariant / kSpecializedSemanticVariant / kZVariant (then that variant's
        kSimplifiedVariant); the target must share a toned Mandarin reading with k."""
        if not (k in F["kIRG_TSource"] or k in F["kIRG_HSource"]):
            return None
        kr = toned_readings(F, k)
        if not kr:
            return None
        support = collections.Counter()
        for v, w in variant_weights(F, k).items():
            finals = [v] if v in tghz else [x for x in simp.get(v, []) if x != v and x in tghz]
            for x in finals:
                if x != k and is_bmp_or_sip(x) and kr & toned_readings(F, x):
                    support[x] += w
        if not support:
            return None
        return sorted(support, key=lambda x: (-support[x],) + target_rank(x))[0]

    keys = set(candidates)
    keys.update(c for c in set(F["kSemanticVariant"]) | set(F["kSpecializedSemanticVariant"])
                | set(F["kZVariant"]) if c not in tghz)
    raw, via = {}, {}
    excluded = collections.defaultdict(list)
    for k in sorted(keys):
        if not is_bmp_or_sip(k):
            if k in candidates:
                excluded["plane"].append(k)
            continue
        ts = sorted((t for t in candidates.get(k, ()) if is_bmp_or_sip(t)), key=target_rank)
        why = protected_reason(k)
        if why:
            if ts:
                excluded[why].append((k, ts[0]))
            continue
        if ts and standard(ts[0]):
            raw[k], via[k] = ts[0], "S"
            continue
        v = via_variants(k)
        if v is not None:
            raw[k], via[k] = v, "V"
        elif ts:
            raw[k], via[k] = ts[0], "S"
        elif k in candidates:
            excluded["plane"].append(k)

    supp_changed = []
    for k, t in supplement:
        if not t:  # empty target in the supplement = never map this character
            if k in raw:
                supp_changed.append((k, raw.pop(k), None))
                via.pop(k, None)
            continue
        why = protected_reason(k)
        if why:
            excluded["supplement-" + why].append((k, t))
            continue
        if raw.get(k) != t:
            supp_changed.append((k, raw.get(k), t))
        raw[k], via[k] = t, "H"

    # Resolve chains (X -> Y where Y is itself a key) so the map is idempotent.
    t2s = {}
    for k, t in raw.items():
        seen = {k}
        while t in raw and t not in seen:
            seen.add(t)
            t = raw[t]
        if t in seen:  # cycle: drop
            excluded["cycle"].append(k)
            continue
        t2s[k] = t
    self_listed = sorted(k for k, v in simp.items() if k in v and len(v) > 1)
    stats = {"inverse_added": inverse_added, "excluded": excluded,
             "self_listed": self_listed, "via": via, "supp_changed": supp_changed}
    return t2s, stats


# =================================================================================
# pinyin
# =================================================================================

MODERN_FIELDS = ("kMandarin", "kHanyuPinlu", "kTGHZ2013", "kXHC1983")


def build_pinyin(F):
    chars = set()
    for fld in MODERN_FIELDS + ("kHanyuPinyin",):
        chars.update(c for c in F[fld] if is_pinyin_block(c))
    table = {}
    for c in sorted(chars):
        modern = any(c in F[f] for f in ("kTGHZ2013", "kXHC1983", "kHanyuPinlu"))
        # Characters covered by a modern dictionary (通用规范汉字字典 kTGHZ2013,
        # 现代汉语词典 kXHC1983, 汉语拼音词汇频率 kHanyuPinlu) take readings from those
        # only; the 汉语大字典 (kHanyuPinyin) readings, many archaic, are used only
        # for characters without modern data.
        flds = MODERN_FIELDS if modern else ("kMandarin", "kHanyuPinyin")
        out = []
        for f in flds:
            if c in F[f]:
                for r in parse_readings(f, F[f][c]):
                    t = toneless(r)
                    if not re.fullmatch(r"[a-z]+", t):
                        raise SystemExit("gen_tables: bad pinyin %r -> %r for %s" % (r, t, c))
                    if t not in out:
                        out.append(t)
        if out:
            table[c] = out
    return table


# =================================================================================
# shape
# =================================================================================

def osa_distance(a, b):
    """Optimal string alignment (Damerau-Levenshtein with adjacent transpositions)."""
    la, lb = len(a), len(b)
    d = [[0] * (lb + 1) for _ in range(la + 1)]
    for i in range(la + 1):
        d[i][0] = i
    for j in range(lb + 1):
        d[0][j] = j
    for i in range(1, la + 1):
        for j in range(1, lb + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[la][lb]


class ShapeInfo:
    __slots__ = ("strokes", "fc", "cj", "rad", "res", "phon")


def shape_features(F, universe):
    info = {}
    for c in universe:
        s = ShapeInfo()
        s.strokes = first_int(F["kTotalStrokes"].get(c, ""))
        if s.strokes is None:
            continue
        s.fc = [tuple(x.split(".")) if "." in x else (x, None)
                for x in F["kFourCornerCode"].get(c, "").split()]
        s.cj = F["kCangjie"].get(c)
        rs = F["kRSUnicode"].get(c, "").split()
        if rs:
            rad, res = rs[0].split(".")
            s.rad, s.res = rad, int(res)
        else:
            s.rad, s.res = None, None
        s.phon = {int(x) for x in re.findall(r"\d+", F["kPhonetic"].get(c, ""))}
        if not s.phon:
            # Simplified characters usually lack kPhonetic: inherit the phonetic series of
            # their traditional form(s) (kTraditionalVariant), e.g. 赌 <- 賭 (者 series).
            for t in cps(F["kTraditionalVariant"].get(c, "")):
                s.phon |= {int(x) for x in re.findall(r"\d+", F["kPhonetic"].get(t, ""))}
        info[c] = s
    return info


def pair_score(a, b):
    """Structural similarity of two ShapeInfo records (symmetric). Returns (score, why)."""
    score, why = 0.0, []
    # Four-corner code: encodes the shapes at the four corners (+ supplementary digit).
    best = 0.0
    for fa, sa in a.fc:
        for fb, sb in b.fc:
            if fa == fb:
                v = 3.5 if (sa is not None and sa == sb) else 3.0
            else:
                same = sum(x == y for x, y in zip(fa, fb))
                v = 1.5 if same == 3 else 0.0
                if v and sa is not None and sa == sb:
                    v += 0.25
            best = max(best, v)
    if best:
        score += best
        why.append("fc")
    # Cangjie code: shape-based input code; small edit distance = similar components.
    if a.cj and b.cj:
        d = osa_distance(a.cj, b.cj)
        L = max(len(a.cj), len(b.cj))
        if d <= 2 and d < L:
            score += 3.0 * (1 - d / L)
            why.append("cj%d" % d)
    # Radical (kRSUnicode) and residual strokes.
    if a.rad is not None and a.rad == b.rad:
        score += 1.0 if a.res == b.res else 0.5
        why.append("rs" if a.res == b.res else "rad")
    # Shared phonetic series (kPhonetic, Casey).
    if a.phon & b.phon:
        score += 1.5
        why.append("ph")
        # ... and the Cangjie codes end alike (the shared phonetic is the same written
        # component, typically the right-hand side: 编/遍, 限/恨, 赌/睹).
        if a.cj and b.cj and len(os.path.commonprefix([a.cj[::-1], b.cj[::-1]])) >= 2:
            score += 1.0
            why.append("sfx")
    diff = abs(a.strokes - b.strokes)
    score += {0: 0.5, 1: 0.25}.get(diff, 0.0)
    return score, why


def cj_keys(code):
    yield "=" + code
    for i in range(len(code)):
        yield "-" + code[:i] + code[i + 1:]


def fc_keys(fc):
    for main, _ in fc:
        if len(main) != 4:
            continue
        yield "F" + main
        for i in range(4):
            yield "M" + main[:i] + "_" + main[i + 1:]


def load_supplement(path):
    return [(row["char"], [x for x in row.get("similar", "").split("|") if x]) for row in read_tsv(path)]


def build_shape(F, corpus, supplement):
    # Universe: the 8,105 characters of the 通用规范汉字表 (kTGHZ2013) plus any character in
    # corpus use (>= CORPUS_IN_USE_MIN occurrences) that is not in it (e.g. 拚 in 拚搏).
    universe = {c for c in F["kTGHZ2013"] if is_bmp_or_sip(c)}
    universe |= {c for c, n in corpus.items()
                 if n >= CORPUS_IN_USE_MIN and c in F["kTotalStrokes"] and is_bmp_or_sip(c)}
    info = shape_features(F, universe)
    kfreq = {k: first_int(v) for k, v in F["kFrequency"].items()}
    maxlog = math.log10(1 + max(corpus.get(c, 0) for c in info))

    def freq_bonus(c):
        # "prefer candidates frequent in the corpus" (kFrequency as fallback): 0..1
        b = 0.7 * math.log10(1 + corpus.get(c, 0)) / maxlog
        kf = kfreq.get(c)
        if kf:
            b += 0.3 * (6 - kf) / 5
        return b

    index = collections.defaultdict(set)
    for c, s in info.items():
        for key in fc_keys(s.fc):
            index[key].add(c)
        if s.cj:
            for key in cj_keys(s.cj):
                index[key].add(c)
        if s.rad is not None:
            index["R%s.%d" % (s.rad, s.res)].add(c)
        for p in s.phon:
            index["P%d" % p].add(c)

    neigh = collections.defaultdict(set)
    for members in index.values():
        if len(members) < 2:
            continue
        ms = sorted(members)
        for c in ms:
            neigh[c].update(ms)

    table = {}
    for c in sorted(info):
        a = info[c]
        scored = []
        for d in neigh[c]:
            if d == c:
                continue
            b = info[d]
            if abs(a.strokes - b.strokes) > SHAPE_MAX_STROKE_DIFF:
                continue
            s, _ = pair_score(a, b)
            if s >= SHAPE_MIN_SCORE:
                scored.append((-(s + freq_bonus(d)), ord(d), d))
        scored.sort()
        table[c] = [d for _, _, d in scored[:SHAPE_MAX_CANDIDATES]]

    # Hand-written supplement (pairs not derivable from Unihan): merged symmetrically,
    # placed first, capped at the same limit.
    supp_used = 0
    for c, sims in supplement:
        group = [c] + sims
        for x in group:
            extra = [y for y in group if y != x]
            cur = table.get(x, [])
            new = extra + [y for y in cur if y not in extra]
            if new != cur:
                supp_used += 1
            table[x] = new[:SHAPE_MAX_CANDIDATES]
    table = {c: v for c, v in table.items() if v}
    return table, info, supp_used


# =================================================================================
# Output
# =================================================================================

def write_table(path, header_lines, columns, rows):
    lines = ["# " + h for h in header_lines]
    lines.append("\t".join(columns))
    for r in rows:
        for cell in r:
            if "\t" in cell or "\n" in cell:
                raise SystemExit("gen_tables: bad cell %r" % cell)
        lines.append("\t".join(r))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return len(data)


def common_header(meta, what, fields, extra=()):
    return [
        "source: Unihan database (Unicode %s, Unihan_*.txt dated %s, Debian unicode-data); "
        "fields: %s; generated by tools/unihan/gen_tables.py" % (meta["version"], meta["date"], fields),
        "version: unihan-%s-%s" % (meta["version"], TABLE_REVISION),
        "current-to: %s" % meta["date"],
        "licence: %s" % LICENCE,
        "content: %s" % what,
    ] + list(extra)


# =================================================================================
# Self-check
# =================================================================================

CLASSIC_PAIRS = [("乎", "平"), ("室", "宝"), ("己", "已"), ("己", "巳"), ("已", "巳"),
                 ("末", "未"), ("戊", "戌"), ("戊", "戍"), ("戌", "戍"), ("拨", "拔"),
                 ("侯", "候"), ("辩", "辨"), ("辩", "辫"), ("辨", "辫")]


def read_back(path):
    with open(path, "rb") as f:
        data = f.read()
    assert b"\r" not in data, "%s: CR found" % path
    assert not data.startswith(b"\xef\xbb\xbf"), "%s: BOM found" % path
    text = data.decode("utf-8")
    lines = text.split("\n")
    assert lines[-1] == "", "%s: missing final LF" % path
    lines = lines[:-1]
    i = 0
    meta = {}
    while lines[i].startswith("#"):
        k, _, v = lines[i][2:].partition(": ")
        meta[k] = v
        i += 1
    for key in ("source", "version", "current-to", "licence"):
        assert key in meta, "%s: header key %s missing" % (path, key)
    cols = lines[i].split("\t")
    rows = [dict(zip(cols, l.split("\t"))) for l in lines[i + 1:]]
    for r, l in zip(rows, lines[i + 1:]):
        assert len(l.split("\t")) == len(cols), "%s: bad row %r" % (path, l)
    return meta, cols, rows


def pairs_status(shape):
    out = []
    for a, b in CLASSIC_PAIRS:
        out.append((a, b, b in shape.get(a, []), a in shape.get(b, [])))
    return out


def self_check(out_dir, corpus):
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    _, cols, rows = read_back(os.path.join(out_dir, "t2s.tsv"))
    check(cols == ["traditional", "simplified", "via"], "t2s columns")
    t2s = {r["traditional"]: r["simplified"] for r in rows}
    check(len(t2s) == len(rows), "t2s duplicate keys")
    for k, v in [("賭", "赌"), ("學", "学"), ("後", "后"), ("髮", "发"), ("發", "发"),
                 ("於", "于"), ("幹", "干"), ("們", "们"), ("開", "开"), ("國", "国"),
                 ("習", "习"), ("瀋", "沈"), ("餘", "余")]:
        check(t2s.get(k) == v, "t2s %s -> %s (got %r)" % (k, v, t2s.get(k)))
    for k in "著干乾于后发余么幺着覆瞭藉徵阪瑙吒拚吋卍":
        check(k not in t2s, "t2s must not have key %s" % k)
    for k, v in t2s.items():
        check(v not in t2s, "t2s not idempotent: %s -> %s -> %s" % (k, v, t2s.get(v)))
        check(corpus.get(k, 0) < CORPUS_IN_USE_MIN, "t2s key %s is in corpus use" % k)
        check(len(k) == 1 and len(v) == 1 and is_bmp_or_sip(k) and is_bmp_or_sip(v),
              "t2s bad entry %r %r" % (k, v))

    _, cols, rows = read_back(os.path.join(out_dir, "pinyin.tsv"))
    check(cols == ["char", "pinyin"], "pinyin columns")
    py = {r["char"]: r["pinyin"].split("|") for r in rows}
    for c, first in [("平", "ping"), ("习", "xi"), ("评", "ping"), ("赌", "du"), ("博", "bo"),
                     ("绿", "lv"), ("女", "nv"), ("着", "zhe"), ("行", "xing"), ("乎", "hu")]:
        check(py.get(c, [None])[0] == first, "pinyin %s first reading %s (got %r)" % (c, first, py.get(c)))
    check("hang" in py.get("行", []), "pinyin 行 has hang")
    check("zhao" in py.get("着", []), "pinyin 着 has zhao")
    check(all(re.fullmatch(r"[a-z]+", x) for v in py.values() for x in v), "pinyin not ASCII")
    check(all(is_pinyin_block(c) for c in py), "pinyin char outside blocks")

    _, cols, rows = read_back(os.path.join(out_dir, "shape.tsv"))
    check(cols == ["char", "similar"], "shape columns")
    shape = {r["char"]: r["similar"].split("|") for r in rows}
    check(all(len(v) <= SHAPE_MAX_CANDIDATES for v in shape.values()), "shape list too long")
    check(all(c not in v for c, v in shape.items()), "shape lists itself")
    for a, b, ab, ba in pairs_status(shape):
        check(ab and ba, "shape pair %s/%s missing (%s->%s %s, %s->%s %s)" % (a, b, a, b, ab, b, a, ba))

    for name in ("t2s.tsv", "pinyin.tsv", "shape.tsv"):
        size = os.path.getsize(os.path.join(out_dir, name))
        check(size < 400_000, "%s too large: %d bytes" % (name, size))

    if fails:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for f in fails:
            print("  - " + f, file=sys.stderr)
        raise SystemExit(1)
    print("self-check passed")


# =================================================================================
# Main
# =================================================================================

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--unihan", default=DEFAULT_UNIHAN,
                    help="directory with Unihan_*.txt(.bz2), or Unihan.zip (default %(default)s)")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="simplified-Chinese corpus (read only)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory (default lexicons/unihan)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print diagnostics")
    args = ap.parse_args()

    F, meta = load_unihan(args.unihan)
    corpus, corpus_sha = load_corpus(args.corpus)
    corpus_name = os.path.basename(args.corpus)
    os.makedirs(args.out, exist_ok=True)

    # ---- t2s
    t2s_supp = load_t2s_supplement(T2S_SUPPLEMENT)
    t2s, st = build_t2s(F, corpus, t2s_supp)
    via_counts = collections.Counter(st["via"][k] for k in t2s)
    n_corpus = len(st["excluded"]["corpus"])
    n_tghz = len(st["excluded"]["tghz"])
    size_t2s = write_table(
        os.path.join(args.out, "t2s.tsv"),
        common_header(meta, "single-character traditional->simplified normalisation map (%d entries: "
                            "S=%d from kSimplifiedVariant/kTraditionalVariant, V=%d via semantic/Z variants, "
                            "H=%d hand-written supplement)" % (len(t2s), via_counts["S"], via_counts["V"],
                                                              via_counts["H"]),
                      "kSimplifiedVariant, kTraditionalVariant (inverse), kSemanticVariant, "
                      "kSpecializedSemanticVariant, kZVariant, kTGHZ2013, kFrequency, readings; "
                      "plus tools/unihan/t2s_supplement.tsv (hand-written by ContentGuard, via=H)",
                      ["rule: never a key if listed in kTGHZ2013 (except %s) or seen >= %d times in simplified "
                       "corpus %s (sha256 %s); target = kSimplifiedVariant if that is a standard simplified "
                       "character, else a standard character reached via a semantic/Z variant with the same "
                       "toned reading (traditional-source keys only), else kSimplifiedVariant; ties by corpus "
                       "frequency, kTGHZ2013, kFrequency; chains resolved; BMP/SIP only"
                       % ("".join(sorted(TGHZ_KEY_EXCEPTIONS)), CORPUS_IN_USE_MIN, corpus_name, corpus_sha[:16])]),
        ["traditional", "simplified", "via"],
        [(k, t2s[k], st["via"][k]) for k in sorted(t2s)])

    # ---- pinyin
    py = build_pinyin(F)
    size_py = write_table(
        os.path.join(args.out, "pinyin.tsv"),
        common_header(meta, "toneless Mandarin readings, u-umlaut as v, most common first, '|'-separated; "
                            "CJK Unified Ideographs U+4E00-9FFF and Extension A U+3400-4DBF (%d chars)" % len(py),
                      "kMandarin, kHanyuPinlu, kTGHZ2013, kXHC1983, kHanyuPinyin (only if no modern data)"),
        ["char", "pinyin"],
        [(c, "|".join(py[c])) for c in sorted(py)])

    # ---- shape
    supplement = load_supplement(SUPPLEMENT)
    shape, info, supp_used = build_shape(F, corpus, supplement)
    size_shape = write_table(
        os.path.join(args.out, "shape.tsv"),
        common_header(meta, "visually similar characters for kTGHZ2013 (+ corpus) characters, most similar first "
                            "(%d chars, at most %d each)" % (len(shape), SHAPE_MAX_CANDIDATES),
                      "kFourCornerCode, kCangjie, kRSUnicode, kPhonetic, kTotalStrokes, kTGHZ2013, kFrequency",
                      ["rule: score = four-corner code match + Cangjie edit similarity + same radical/residual "
                       "strokes + shared kPhonetic series + stroke closeness; strokes within +-%d; score >= %.1f; "
                       "ties/ordering prefer characters frequent in corpus %s (sha256 %s)%s"
                       % (SHAPE_MAX_STROKE_DIFF, SHAPE_MIN_SCORE, corpus_name, corpus_sha[:16],
                          "; merged with tools/unihan/shape_supplement.tsv (hand-written by ContentGuard)"
                          if supplement else "")]),
        ["char", "similar"],
        [(c, "|".join(shape[c])) for c in sorted(shape)])

    print("Unihan %s (%s) from %s" % (meta["version"], meta["date"], args.unihan))
    print("t2s.tsv    %6d rows %8d bytes  (via %s; excluded: %d by corpus use, %d by kTGHZ2013, "
          "%d by plane; inverse added %d)" % (len(t2s), size_t2s, dict(sorted(via_counts.items())), n_corpus,
                                               n_tghz, len(st["excluded"]["plane"]), st["inverse_added"]))
    print("pinyin.tsv %6d rows %8d bytes" % (len(py), size_py))
    print("shape.tsv  %6d rows %8d bytes  (supplement groups %d, rows changed %d)"
          % (len(shape), size_shape, len(supplement), supp_used))
    if args.verbose:
        print("t2s excluded (corpus):", " ".join("%s>%s(%d)" % (k, t, corpus[k]) for k, t in st["excluded"]["corpus"]))
        print("t2s excluded (kTGHZ2013):", " ".join("%s>%s" % kt for kt in st["excluded"]["tghz"]))
        print("Unihan self-listed simplified variants:", " ".join(st["self_listed"]))
        print("t2s supplement changed:", " ".join("%s:%s->%s" % (k, a or "-", b or "(removed)") for k, a, b in st["supp_changed"]))
        for key in sorted(st["excluded"]):
            if key.startswith("supplement-"):
                print("t2s supplement dropped (%s):" % key, st["excluded"][key])
        for a, b, ab, ba in pairs_status(shape):
            print("pair %s/%s: %s->%s %s, %s->%s %s" % (a, b, a, b, ab, b, a, ba))
    self_check(args.out, corpus)


if __name__ == "__main__":
    main()
