#!/usr/bin/env python3
"""Check a gold file against its digest (default: heldout2-gold.json, heldout2-digest.txt here; python3 stdlib only).

Verifies: every quote / indirect claim / contradiction text occurs verbatim in its article (and quote offsets, when
given, point at it); every id resolves; every pair of double quotation marks in the corpus (curly “…”, straight "…",
or an opening mark left unclosed at the paragraph end) has a gold quote; every opening single curly mark ‘ lies in a
gold quote or is one. The repeated title at the end of each article is not counted again.
Usage: python3 check_gold.py [GOLD [DIGEST]]   exit status 1 on any problem.
"""
import json, os, re, sys
from collections import Counter

here = os.path.dirname(os.path.abspath(__file__))
gold_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "heldout2-gold.json")
digest_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "heldout2-digest.txt")
gold = json.load(open(gold_path, encoding="utf-8"))
text = open(digest_path, encoding="utf-8").read()
problems = []

# Articles: each ends with its repeated title and a 'read more' line.
lines, pos, starts = text.split("\n"), 0, []
for l in lines:
    starts.append(pos); pos += len(l) + 1
articles, first = [], 0
for i, l in enumerate(lines):
    if l.strip() == "read more":
        articles.append((first, i)); first = i + 2
if len(articles) != len(gold["articles"]):
    problems.append(f"{len(articles)} articles in the digest, {len(gold['articles'])} in the gold")

def article_span(n):
    a0, a1 = articles[n - 1]
    return starts[a0], starts[a1 - 1]  # up to the repeated title, which is excluded

for a in gold["articles"]:
    a0, _ = articles[a["n"] - 1]
    if lines[a0] != a["title"]:
        problems.append(f"article {a['n']}: title differs: {a['title']!r}")

# Marks present in the text, per article, as (start, end) of the inner text.
def mark_spans(n):
    s0, s1 = article_span(n)
    out = []
    for li in range(articles[n - 1][0], articles[n - 1][1] - 1):
        l, base = lines[li], starts[li]
        for m in re.finditer(r"“([^”]*)(”|$)", l):
            out.append((base + m.start(1), base + m.end(1), "curly"))
        for m in re.finditer(r'"([^"]*)("|$)', l):
            if m.group(1):
                out.append((base + m.start(1), base + m.end(1), "straight"))
        for m in re.finditer(r"(?<!\w)‘", l):
            out.append((base + m.start() + 1, base + m.start() + 1, "single"))
    return out

ids = {s["id"] for s in gold["speakers"]}
qids = {q["id"]: q for q in gold["quotes"]}
for q in gold["quotes"]:
    s0, s1 = article_span(q["article"])
    body = text[s0:s1]
    if q["text"] not in body:
        problems.append(f"{q['id']}: text not in article {q['article']}: {q['text'][:60]!r}")
    if "file_start" in q and text[q["file_start"]:q["file_end"]] != q["text"]:
        problems.append(f"{q['id']}: offsets do not point at the text")
    if q["speaker"] is not None and q["speaker"] not in ids:
        problems.append(f"{q['id']}: unknown speaker {q['speaker']}")
    if q["kind"] not in ("direct", "partial"):
        problems.append(f"{q['id']}: bad kind {q['kind']}")
    if q["speaker"] and q["how"] not in ("explicit-name", "pronoun", "descriptor", "previous-sentence", "headline"):
        problems.append(f"{q['id']}: bad how {q['how']}")

covered = [(q["file_start"], q["file_end"]) for q in gold["quotes"]]
for a in gold["articles"]:
    for s, e, kind in mark_spans(a["n"]):
        if kind == "single":
            if not any(cs <= s <= ce for cs, ce in covered):
                problems.append(f"article {a['n']}: single mark at {s} not in any gold quote: {text[s:s+40]!r}")
        elif (s, e) not in covered:
            problems.append(f"article {a['n']}: {kind} quote without gold entry: {text[s:e][:60]!r}")

for g in gold.get("claim_groups", []):
    if len(g["quotes"]) < 2:
        problems.append(f"{g['id']}: fewer than two quotes")
    for qid in g["quotes"]:
        if qid not in qids:
            problems.append(f"{g['id']}: unknown quote {qid}")
seen = Counter(qid for g in gold.get("claim_groups", []) for qid in g["quotes"])
problems += [f"{qid} in more than one claim group" for qid, c in seen.items() if c > 1]
for c in gold.get("indirect_claims", []):
    s0, s1 = article_span(c["article"])
    if c["text"] not in text[s0:s1]:
        problems.append(f"indirect claim not in article {c['article']}: {c['text'][:60]!r}")
    if c["speaker"] not in ids:
        problems.append(f"indirect claim: unknown speaker {c['speaker']}")
for x in gold.get("contradictions", []):
    for side in ("a", "b"):
        d = x[side]
        s0, s1 = article_span(d["article"])
        if d["text"] not in text[s0:s1]:
            problems.append(f"{x['id']}.{side}: text not in article {d['article']}: {d['text'][:60]!r}")
        if "quote" in d and qids.get(d["quote"], {}).get("text") != d["text"]:
            problems.append(f"{x['id']}.{side}: quote {d['quote']} text differs")

qs = gold["quotes"]
print(f"articles {len(gold['articles'])}; quotes {len(qs)}: {Counter(q['kind'] for q in qs)}; "
      f"with speaker {sum(1 for q in qs if q['speaker'])}, scare {sum(1 for q in qs if not q['speaker'])}")
print("how:", dict(Counter(q["how"] for q in qs if q["speaker"])))
print(f"speakers {len(gold['speakers'])} (quoted {len({q['speaker'] for q in qs if q['speaker']})}, "
      f"anonymous {sum(1 for s in gold['speakers'] if s.get('anonymous'))}, "
      f"organisations {sum(1 for s in gold['speakers'] if s.get('kind') != 'person')}); "
      f"claim groups {len(gold.get('claim_groups', []))}; indirect claims {len(gold.get('indirect_claims', []))}; "
      f"contradictions {len(gold.get('contradictions', []))}: {dict(Counter(x['kind'] for x in gold.get('contradictions', [])))}")
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"{len(problems)} problems")
sys.exit(1 if problems else 0)
