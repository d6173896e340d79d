#!/usr/bin/env bash
# crosscheck.sh - scores the engine's predictions on a corpus with both
# `app eval` and ../shared/eval/score.py, and fails unless their set
# figures agree. Usage: tools/scorepy/crosscheck.sh [CORPUS] [SCORE_PY]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=$(cd "${1:-../shared/corpus/dev}" && pwd)
score=${2:-../shared/eval/score.py}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
set_name=$(basename "$corpus")

# score.py's cache layout: CACHE/<set>/.evalset and CACHE/<set>/<id>/gold.txt.
mkdir -p "$tmp/cache/$set_name"
touch "$tmp/cache/$set_name/.evalset"
for d in "$corpus"/*/; do
  [ -f "$d/gold.txt" ] && ln -s "$d" "$tmp/cache/$set_name/$(basename "$d")"
done

go run ./app eval --json --out "$tmp/pred/$set_name" "$corpus" >"$tmp/go.json"
python3 "$score" cache --cache "$tmp/cache" --pred-dir "$tmp/pred" --json "$tmp/py.json" >/dev/null
python3 - "$tmp/go.json" "$tmp/py.json" "$set_name" <<'PY'
import json, sys
go = json.load(open(sys.argv[1]))['set']
py = json.load(open(sys.argv[2]))[sys.argv[3]]
bad = [k for k in ('n', 'precision', 'recall', 'f1', 'accuracy') if go[k] != py[k]]
for k in ('n', 'precision', 'recall', 'f1', 'accuracy'):
    print(f'{k:<10} app eval {go[k]!r:<22} score.py {py[k]!r}')
if bad:
    sys.exit('differ: ' + ' '.join(bad))
print('app eval and score.py agree')
PY
