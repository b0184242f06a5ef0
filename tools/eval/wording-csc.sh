#!/usr/bin/env bash
# Precision of the serious-wording detectors on real typos of official documents (ECSpell, MIT).
#
# Usage: tools/eval/wording-csc.sh FILE.jsonl
#   FILE.jsonl  one {"id","source","target"} per line: source with real typos, target corrected
#               (e.g. ../shared/data/csc/ecspell_odw_test.jsonl, the "official document writing" domain)
#
# Checks every source and every target with `contentguard check --format jsonl`. A finding in LEADER_NAME,
# LEADER_TITLE, FORMULATION or SOVEREIGNTY on a source is true when its span covers a char that the target corrects,
# false otherwise. Every such finding on a target (correct text) is a false alarm. Prints the counts, then each finding.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
file="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 - "$file" > "$tmp/in.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    print(json.dumps({"id": d["id"] + "|s", "text": d["source"]}, ensure_ascii=False))
    print(json.dumps({"id": d["id"] + "|t", "text": d["target"]}, ensure_ascii=False))
PY
dotnet build "$here/src/ContentGuard.Cli" -c Release -v q -nologo >/dev/null
set +e
dotnet "$here/src/ContentGuard.Cli/bin/Release/net10.0/ContentGuard.Cli.dll" check --format jsonl < "$tmp/in.jsonl" > "$tmp/out.jsonl"
set -e
python3 - "$file" "$tmp/out.jsonl" <<'PY'
import json, sys
items = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1], encoding="utf-8")}
cats = {"LEADER_NAME", "LEADER_TITLE", "FORMULATION", "SOVEREIGNTY"}
true_pos = false_pos = on_target = 0
lines = []
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    key, side = r["dataId"].rsplit("|", 1)
    d = items[key]
    for m in r["matches"]:
        if m["rule"]["category"]["id"] not in cats:
            continue
        fix = [x["value"] for x in m["replacements"]]
        if side == "t":
            on_target += 1
            lines.append(f"false alarm on target\t{m['severity']}\t{m['rule']['id']}\t{m['text']}\t{d['target']}")
            continue
        s, t = d["source"], d["target"]
        diff = [k for k in range(min(len(s), len(t))) if s[k] != t[k]]
        if any(m["offset"] <= k < m["offset"] + m["length"] for k in diff):
            true_pos += 1
            lines.append(f"true\t{m['severity']}\t{m['rule']['id']}\t{m['text']} -> {fix}")
        else:
            false_pos += 1
            lines.append(f"false on source\t{m['severity']}\t{m['rule']['id']}\t{m['text']}\t{s}")
print(f"items: {len(items)}  findings on sources: true {true_pos}, false {false_pos}  findings on corrected targets: {on_target}")
print("\n".join(lines))
PY
