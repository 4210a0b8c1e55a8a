#!/usr/bin/env bash
# Regenerates data/roots.txt from PyPI spacy-lookups-data 1.0.5 (MIT) and
# Debian tesseract-ocr-ind 4.1.0 (Apache-2.0), plus the hand-written
# data/stem_function_words.txt. Needs: pip, apt-get (Debian), python3, and the
# Debian package tesseract-ocr (for combine_tessdata and dawg2wordlist).
# Run from the repository root.
set -euo pipefail
root=$(pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
command -v dawg2wordlist >/dev/null || apt-get install -y tesseract-ocr >/dev/null
pip download --no-deps -q spacy-lookups-data==1.0.5 -d sld
unzip -p sld/spacy_lookups_data-1.0.5-py2.py3-none-any.whl \
  spacy_lookups_data/data/id_lemma_lookup.json.gz | gunzip > id_lemma_lookup.json
unzip -p sld/spacy_lookups_data-1.0.5-py2.py3-none-any.whl \
  'spacy_lookups_data-1.0.5.dist-info/LICENSE' > LICENSE.spacy-lookups-data || true
apt-get download tesseract-ocr-ind=1:4.1.0-2 >/dev/null 2>&1
dpkg-deb -x tesseract-ocr-ind_*.deb tess
combine_tessdata -u tess/usr/share/tesseract-ocr/*/tessdata/ind.traineddata ind. >/dev/null 2>&1
dawg2wordlist ind.lstm-unicharset ind.lstm-word-dawg tesseract_ind_words.txt >/dev/null 2>&1
python3 "$root/tools/build_roots.py" --spacy id_lemma_lookup.json \
  --tesseract tesseract_ind_words.txt --hand "$root/data/stem_function_words.txt" --corrections "$root/data/stem_corrections.tsv" \
  --out "$root/data/roots.txt" --evidence-out "$root/data/stem_evidence.tsv"
if [ -s LICENSE.spacy-lookups-data ]; then cp LICENSE.spacy-lookups-data "$root/data/licenses/"; fi
cp tess/usr/share/doc/tesseract-ocr-ind/copyright "$root/data/licenses/COPYRIGHT.tesseract-ocr-ind"
