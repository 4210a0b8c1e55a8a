#!/usr/bin/env bash
# Regenerates data/stopwords.txt from npm `stopwords-id` 0.2.0 (MIT).
# Needs: npm, python3. Run from the repository root.
set -euo pipefail
root=$(pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack stopwords-id@0.2.0 --silent >/dev/null
mkdir swid && tar xzf stopwords-id-0.2.0.tgz -C swid
python3 -c 'import json; print("\n".join(sorted(set(w.strip().lower() for w in json.load(open("swid/package/stopwords-id.json")) if w.strip()))))' \
  > "$root/data/stopwords.txt"
cp swid/package/LICENSE "$root/data/licenses/LICENSE.stopwords-id"
