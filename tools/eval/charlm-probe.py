#!/usr/bin/env python3
# Probe (not shipped): how far a character trigram model over all the running text we may use gets on SIGHAN14
# detection alone. Usage: python3 tools/eval/charlm-probe.py  (run from the repo root; reads ../shared at run time).
# Text: gov_text_train.txt + COLD and SWSR training comments (3.2 M CJK chars); candidates: same main reading.
import json, math, collections, csv, sys, re
han = re.compile(r'[\u4e00-\u9fff]+')
texts=[]
texts.append(open('../shared/data/corpus/gov_text_train.txt',encoding='utf-8').read())
for f,col in [('../shared/data/classifier/cold/train.tsv','text'),('../shared/data/classifier/swsr/train.tsv','text')]:
    with open(f,encoding='utf-8') as fh:
        r=csv.DictReader(fh,delimiter='\t',quoting=csv.QUOTE_NONE)
        texts.append('\n'.join(row[col] for row in r))
uni=collections.Counter(); bi=collections.Counter(); tri=collections.Counter()
for t in texts:
    for run in han.findall(t):
        s='^'+run+'$'
        for i,c in enumerate(s):
            uni[c]+=1
            if i>=1: bi[s[i-1:i+1]]+=1
            if i>=2: tri[s[i-2:i+1]]+=1
N=sum(uni.values())
# simple interpolated (stupid-backoff-ish) log prob
def lp(h2,h1,c):
    t=tri.get(h2+h1+c,0); b=bi.get(h1+c,0); u=uni.get(c,0)
    ch=bi.get(h2+h1,0); cb=uni.get(h1,0)
    p = 0.6*(t/ch if ch else 0) + 0.3*(b/cb if cb else 0) + 0.1*((u+1)/(N+len(uni)))
    return math.log(p)
def score(s):
    s='^'+s+'$'
    return sum(lp(s[i-2] if i>=2 else '', s[i-1], s[i]) for i in range(1,len(s)))
py={}
for l in open('lexicons/unihan/pinyin.tsv'):
    if l.startswith('#') or l.startswith('char\t'): continue
    c,p=l.rstrip('\n').split('\t'); py[c]=p.split('|')
byr=collections.defaultdict(set)
for c,rs in py.items():
    if uni.get(c,0)>=50:
        for r in rs: byr[r].add(c)
def cands(c):
    if c not in py: return set()
    return byr[py[c][0]]-{c}
print('chars',N,'tri',len(tri), file=sys.stderr)
res=[]
for l in open('../shared/data/csc/sighan14_test.jsonl'):
    d=json.loads(l); s,t=d['source'],d['target']
    if len(s)!=len(t): continue
    best=[]  # per position best gain
    for i,c in enumerate(s):
        if not han.match(c): continue
        a=max(0,i-3); b=min(len(s),i+4)
        w=s[a:b]; base=score(w)
        bg=-1e9; bx=None
        for x in cands(c):
            g=score(w[:i-a]+x+w[i-a+1:])-base
            if g>bg: bg,bx=g,x
        if bx: best.append((bg,i,bx))
    res.append((s,t,best))
gold=lambda s,t:{i for i in range(len(s)) if s[i]!=t[i]}
for th in [4,6,8,10,12]:
    tp=fp=fl=ng=0; fa=0; neg=0
    for s,t,best in res:
        g=gold(s,t); flagged={i for (bg,i,x) in best if bg>=th}
        if g: ng+=1
        else: neg+=1
        if flagged:
            fl+=1
            if flagged==g: tp+=1
            if not g: fa+=1
    P=tp/fl if fl else 0; R=tp/ng; F=2*P*R/(P+R) if P+R else 0
    print(f"th={th} det P {P:.3f} R {R:.3f} F1 {F:.3f} FAR {fa/neg:.3f}")
