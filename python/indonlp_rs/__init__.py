"""indonlp_rs: Indonesian text processing, in Rust, for Python.

A tokenizer that knows Indonesian news and social text, stopwords, a
dictionary-based affix stemmer and a gazetteer named-entity tagger (PERSON,
COUNTRY, CITY). Everything runs offline on embedded data.

>>> import indonlp_rs as indonlp
>>> indonlp.stem("menyampaikan")
'sampai'
>>> [(e.text, e.label) for e in indonlp.entities("Kim Jong-un tiba di Wonsan")]
[('Kim Jong-un', 'PERSON'), ('Wonsan', 'CITY')]

Module functions use the default components (built on first use, then
shared). For options build a component once and reuse it: ``Tokenizer``,
``Stemmer``, ``StopWords``, ``EntityTagger``, ``Analyzer``. Every object is
immutable and safe to share between threads. The ``*_many`` calls take any
iterable of strings, release the GIL and use all cores.

Offsets are character offsets (``text[t.start:t.end] == t.text``); pass
``byte_offsets=True`` for offsets into the UTF-8 encoding. Lone surrogates
are processed as U+FFFD, one character for one, so offsets still index the
string you passed.
"""

from ._errors import DataError, DataFileError
from ._native import (
    AnalyzedToken,
    Analyzer,
    Canonical,
    Document,
    Entity,
    EntityTagger,
    Stemmer,
    StopWords,
    Token,
    Tokenizer,
    analyze,
    analyze_many,
    entities,
    entities_many,
    is_stopword,
    sentences,
    stem,
    stem_many,
    tokenize,
    tokenize_many,
)

#: Negation words, to keep out of the stopword list for sentiment work:
#: ``StopWords(keep=NEGATIONS)``.
NEGATIONS = ("tidak", "tak", "bukan", "belum", "jangan")

__version__ = "0.1.0"

__all__ = [
    "AnalyzedToken",
    "Analyzer",
    "Canonical",
    "DataError",
    "DataFileError",
    "Document",
    "Entity",
    "EntityTagger",
    "NEGATIONS",
    "Stemmer",
    "StopWords",
    "Token",
    "Tokenizer",
    "analyze",
    "analyze_many",
    "entities",
    "entities_many",
    "is_stopword",
    "sentences",
    "stem",
    "stem_many",
    "tokenize",
    "tokenize_many",
]
