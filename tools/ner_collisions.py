"""Counts and lists the place names of data/geo/ that collide with ordinary
Indonesian words or with given names, from the embedded data alone (offline;
nothing is written). The tagger computes the same sets when it is built; this
script shows them for review.

    python3 tools/ner_collisions.py                 # counts
    python3 tools/ner_collisions.py words cities    # the city names that are words
    (lists: words|given x cities|towns|kota|ambiguous)

Ordinary words: data/person/common_words_id.txt (spaCy's lemma table),
data/stopwords.txt and data/stem_function_words.txt. Not data/roots.txt: the
OCR word list behind it holds lowercased proper nouns (65 of the 98 kota
names are in it, `ambon`, `balikpapan`, `jakarta`).
A place name collides when the whole name, lowercased, is one of them (so
only one-word names can). Given names: data/person/given_names_id.txt and
given_names_en.txt, compared case-insensitively with the whole place name."""
import sys


def lines(rel):
    with open(rel, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.strip() and not line.startswith('#'):
                yield line


def place_names(rel):
    """Name and aliases of every row of a cities.tsv-shaped file."""
    names = set()
    for line in lines(rel):
        f = line.split('\t')
        names.add(f[1])
        names.update(a for a in f[4].split('|') if a)
    return names


words = {l.lower() for rel in ('data/person/common_words_id.txt', 'data/person/common_words_en.txt', 'data/stopwords.txt',
                               'data/stem_function_words.txt') for l in lines(rel)}
given = {l.lower() for rel in ('data/person/given_names_id.txt', 'data/person/given_names_en.txt')
         for l in lines(rel)}

cities = place_names('data/geo/cities.tsv')
cities.update(l.split('\t')[0] for l in lines('data/geo/city_aliases.tsv'))
places = {
    'cities': cities,
    'kota': set(lines('data/geo/kota_id.txt')),
    'towns': place_names('data/geo/towns.tsv'),
    'ambiguous': set(lines('data/geo/ambiguous_places_id.txt')),
}
sets = {
    'words': lambda names: sorted(n for n in names if n.lower() in words),
    'given': lambda names: sorted(n for n in names if n.lower() in given),
}

if len(sys.argv) == 3:
    print('\n'.join(sets[sys.argv[1]](places[sys.argv[2]])))
else:
    for what, pick in sets.items():
        for kind, names in places.items():
            hits = pick(names)
            print(f'{what:5} x {kind:6}: {len(hits):5} of {len(names):6} names  e.g. {", ".join(hits[:12])}')
