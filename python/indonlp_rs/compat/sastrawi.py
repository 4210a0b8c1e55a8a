"""A drop-in for PySastrawi: change one import line, keep your code.

Replace::

    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

with::

    from indonlp_rs.compat.sastrawi import StemmerFactory, StopWordRemoverFactory

>>> stemmer = StemmerFactory().create_stemmer()
>>> stemmer.stem("Perekonomian Indonesia sedang dalam pertumbuhan yang membanggakan")
'ekonomi indonesia sedang dalam tumbuh yang bangga'
>>> remover = StopWordRemoverFactory().create_stop_word_remover()
>>> remover.remove("dia sedang membaca buku")
'membaca buku'

``stem(text)`` works as PySastrawi's: it lowercases, replaces every
character other than ``a-z``, ``0-9``, space and ``-`` with a space,
squeezes spaces, stems each word and joins the stems with one space. The
stems and the stopword list are indonlp's; where they differ from
PySastrawi's, and why, is listed in the package README ("Replacing
PySastrawi").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import StopWords as _StopWords
from .. import Stemmer as _Stemmer

__all__ = [
    "ArrayDictionary",
    "Stemmer",
    "StemmerFactory",
    "StopWordRemover",
    "StopWordRemoverFactory",
    "normalize_text",
]

# PySastrawi's TextNormalizer, flags included (IGNORECASE lets a few
# non-ASCII letters such as the Kelvin sign through, as it does there).
_NOT_WORD = re.compile(r"[^a-z0-9 -]", re.IGNORECASE | re.MULTILINE)
_SPACES = re.compile(r"( +)", re.IGNORECASE | re.MULTILINE)


def normalize_text(text: str) -> str:
    """Lowercase, keep only ``a-z``, ``0-9``, space and ``-``, squeeze spaces."""
    result = _NOT_WORD.sub(" ", text.lower())
    return _SPACES.sub(" ", result).strip()


class Stemmer:
    """What ``StemmerFactory().create_stemmer()`` returns."""

    #: Distinct words remembered before the cache starts afresh.
    CACHE_SIZE = 100_000

    def __init__(self, stemmer: _Stemmer | None = None) -> None:
        # Text is lowercased before stemming, so capitalisation never
        # protects a word here (as in PySastrawi).
        self._stemmer = stemmer if stemmer is not None else _Stemmer()
        # Like PySastrawi's CachedStemmer: running text repeats words, and a
        # dict lookup is cheaper than a call into the native module.
        self._cache: dict[str, str] = {}

    def stem(self, text: str) -> str:
        """Normalise ``text`` as PySastrawi does and return the stems of its
        words joined by single spaces."""
        words = normalize_text(text).split(" ")
        cache = self._cache
        missing = [w for w in words if w not in cache]
        if missing:
            if len(cache) + len(missing) > self.CACHE_SIZE:
                cache.clear()
                missing = words
            for word, stem in zip(missing, self._stemmer.stem_many(missing, threads=1)):
                cache[word] = stem
        return " ".join([cache[w] for w in words])

    def stem_word(self, word: str) -> str:
        """The stem of one (already normalised) word."""
        return self._stemmer.stem(word)


class StemmerFactory:
    """PySastrawi's ``StemmerFactory``: ``create_stemmer()``."""

    def create_stemmer(self, isDev: bool = False) -> Stemmer:  # noqa: N803 (PySastrawi's name)
        """A stemmer over indonlp's embedded dictionary (``isDev`` is ignored)."""
        return Stemmer()


class ArrayDictionary:
    """PySastrawi's ``ArrayDictionary``: a set of words, compared exactly."""

    def __init__(self, words: Iterable[str] | None = None) -> None:
        self.words: dict[str, str] = {}
        if words:
            self.add_words(words)

    def contains(self, word: str) -> bool:
        return word in self.words

    def count(self) -> int:
        return len(self.words)

    def add_words(self, words: Iterable[str]) -> None:
        for word in words:
            self.add(word)

    def add(self, word: str) -> None:
        if not word or word.strip() == "":
            return
        self.words[word] = word


class _StopWordsDictionary:
    """indonlp's stopword list behind PySastrawi's dictionary interface
    (case-insensitive, unlike ``ArrayDictionary``)."""

    def __init__(self, stopwords: _StopWords) -> None:
        self._stopwords = stopwords

    def contains(self, word: str) -> bool:
        return self._stopwords.is_stopword(word)

    def count(self) -> int:
        return len(self._stopwords)


class StopWordRemover:
    """PySastrawi's ``StopWordRemover``: ``remove(text)`` drops the words (split
    on single spaces) that the dictionary contains."""

    def __init__(self, dictionary: ArrayDictionary | _StopWordsDictionary) -> None:
        self.dictionary = dictionary

    def get_dictionary(self) -> ArrayDictionary | _StopWordsDictionary:
        return self.dictionary

    def remove(self, text: str) -> str:
        """``text`` without its stopwords, words joined by single spaces."""
        words = text.split(" ")
        return " ".join(w for w in words if not self.dictionary.contains(w))


class StopWordRemoverFactory:
    """PySastrawi's ``StopWordRemoverFactory``."""

    def create_stop_word_remover(self) -> StopWordRemover:
        """A remover over indonlp's stopword list (ignoring case)."""
        return StopWordRemover(_StopWordsDictionary(_StopWords()))

    def get_stop_words(self) -> list[str]:
        """indonlp's stopword list, sorted (a new list: extend it and pass it
        to ``StopWordRemover(ArrayDictionary(words))`` to customise)."""
        return _StopWords().words()
