#!/usr/bin/env python3
"""Draw a seeded random sample of contradiction listings for reading by hand.

usage: sample.py LISTINGS.jsonl N SEED
LISTINGS.jsonl is `whosaid contradictions --format jsonl`. Prints one tab-separated line a listing: its number in the
file, kind, strength, and each side as article id and offsets (never the text), so a verdict file can name listings
without copying the articles' words. With fewer than N listings, all of them are printed in file order.
"""
import json
import random
import sys

path, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
picked = sorted(random.Random(seed).sample(range(len(rows)), min(n, len(rows))))
for i in picked:
    x = rows[i]
    a, b = x["a"], x["b"]
    print("\t".join(str(v) for v in (i + 1, x["kind"], x.get("strength"), a["article_id"], a["start"], a["end"],
                                      b["article_id"], b["start"], b["end"])))
