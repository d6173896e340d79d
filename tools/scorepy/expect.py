#!/usr/bin/env python3
"""expect.py - fills in score.py's figures for the cases of cases.json.

Run from the repository root:
    python3 tools/scorepy/expect.py ../shared/eval/score.py tools/scorepy/cases.json \
        > internal/eval/testdata/scorepy.json
The output is what internal/eval's cross-check test compares against.
"""
import importlib.util
import json
import sys

spec = importlib.util.spec_from_file_location('score', sys.argv[1])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
cases = json.load(open(sys.argv[2], encoding='utf-8'))
out, counts, exact = [], [], []
for c in cases:
    tp, fp, fn = score.page_counts(c['gold'], c['pred'])
    p, r = score.page_precision(tp, fp, fn), score.page_recall(tp, fp, fn)
    e = score.tokens(c['gold']) == score.tokens(c['pred'])
    counts.append((tp, fp, fn))
    exact.append(e)
    out.append(dict(c, gold_tokens=score.tokens(c['gold']), pred_tokens=score.tokens(c['pred']),
                    tp=tp, fp=fp, fn=fn, precision=p, recall=r,
                    f1=2 * p * r / (p + r) if p + r > 0 else 0.0, exact=e))
agg = score.aggregate(counts, exact)
json.dump({'cases': out, 'set': agg}, sys.stdout, ensure_ascii=False, indent=1)
sys.stdout.write('\n')
