"""Type stubs for indonlp_rs (the classes live in the native module
``indonlp_rs._native`` and are re-exported here)."""

import os
from collections.abc import Iterable, Mapping
from typing import Literal, TypedDict, final

__version__: str
NEGATIONS: tuple[str, ...]

_Path = str | os.PathLike[str]
_Paths = _Path | Iterable[_Path]

class DataError(ValueError):
    """Malformed user data; ``str(err)`` is ``"file:line: reason"``."""

    file: str | None
    line: int | None
    reason: str
    kind: Literal["malformed", "invalid_utf8", "io"]
    def __init__(
        self,
        message: str,
        file: str | None = ...,
        line: int | None = ...,
        reason: str | None = ...,
        kind: str = ...,
    ) -> None: ...

class DataFileError(DataError, OSError):
    """A user data file that cannot be read."""

class CanonicalDict(TypedDict):
    name: str
    iso2: str | None
    iso3: str | None
    geonames_id: int | None

class TokenDict(TypedDict):
    text: str
    kind: str
    start: int
    end: int

class AnalyzedTokenDict(TypedDict):
    text: str
    kind: str
    start: int
    end: int
    stem: str
    is_stopword: bool

class EntityDict(TypedDict):
    text: str
    label: Literal["PERSON", "COUNTRY", "CITY"]
    start: int
    end: int
    canonical: CanonicalDict | None

class SentenceDict(TypedDict):
    start: int
    end: int

class DocumentDict(TypedDict):
    text: str
    sentences: list[SentenceDict]
    tokens: list[AnalyzedTokenDict]
    entities: list[EntityDict]

@final
class Token:
    """A token; ``text[t.start:t.end] == t.text``.

    The tokens of one call share one record of their offsets and the string
    they came from (they keep it alive); ``text`` is sliced from that string
    when read. Tokens compare by identity and are not picklable: use
    ``to_dict()`` to compare, store or send them."""

    @property
    def text(self) -> str:
        """The token's text, sliced from the input string when read."""
    @property
    def kind(self) -> str:
        """``"word"``, ``"clitic"``, ``"number"``, ``"date"``, ``"time"``,
        ``"currency"``, ``"abbreviation"``, ``"url"``, ``"email"``,
        ``"mention"``, ``"hashtag"``, ``"emoji"``, ``"punctuation"``,
        ``"symbol"`` or ``"whitespace"``."""
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    def to_dict(self) -> TokenDict: ...

@final
class AnalyzedToken:
    """A token of a ``Document``, with its stem and stopword flag (a view
    into the document, like ``Token``: identity equality, not picklable)."""

    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def stem(self) -> str: ...
    @property
    def is_stopword(self) -> bool: ...
    @property
    def entity(self) -> int | None:
        """Index into ``Document.entities``, or None."""
    def to_dict(self) -> AnalyzedTokenDict: ...

@final
class Canonical:
    """The gazetteer entry an entity refers to."""

    @property
    def name(self) -> str: ...
    @property
    def iso2(self) -> str | None: ...
    @property
    def iso3(self) -> str | None: ...
    @property
    def geonames_id(self) -> int | None: ...
    @property
    def population(self) -> int | None: ...
    @property
    def role(self) -> str | None: ...
    def to_dict(self) -> CanonicalDict: ...

@final
class Entity:
    """A mention of a person, country or city."""

    @property
    def text(self) -> str: ...
    @property
    def label(self) -> Literal["PERSON", "COUNTRY", "CITY"]: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def canonical(self) -> Canonical | None: ...
    def to_dict(self) -> EntityDict: ...

@final
class Document:
    """An analysed text."""

    @property
    def text(self) -> str: ...
    @property
    def sentences(self) -> list[tuple[int, int]]: ...
    @property
    def tokens(self) -> list[AnalyzedToken]: ...
    @property
    def entities(self) -> list[Entity]: ...
    def to_dict(self) -> DocumentDict: ...
    def __len__(self) -> int: ...

@final
class Tokenizer:
    def __init__(self, *, split_clitics: bool = False, whitespace: bool = False) -> None: ...
    def tokenize(self, text: str, *, byte_offsets: bool = False) -> list[Token]: ...
    def sentences(self, text: str, *, byte_offsets: bool = False) -> list[tuple[int, int]]: ...
    def tokenize_many(
        self, texts: Iterable[str | None], *, threads: int | None = None, byte_offsets: bool = False
    ) -> list[list[Token] | None]: ...

@final
class Stemmer:
    def __init__(
        self,
        *,
        roots: _Paths | None = None,
        root_words: Iterable[str] | None = None,
        protected: Iterable[str] | None = None,
        lexicalized: Iterable[str] | None = None,
        overrides: Mapping[str, str] | None = None,
        defaults: bool = True,
        keep_capitalized: bool = True,
    ) -> None: ...
    def stem(self, word: str) -> str: ...
    def stem_many(self, words: Iterable[str | None], *, threads: int | None = None) -> list[str | None]: ...

@final
class StopWords:
    def __init__(
        self,
        *,
        words: Iterable[str] | None = None,
        files: _Paths | None = None,
        keep: Iterable[str] | None = None,
        defaults: bool = True,
    ) -> None: ...
    def is_stopword(self, word: str) -> bool: ...
    def words(self) -> list[str]: ...
    def __contains__(self, word: object) -> bool: ...
    def __len__(self) -> int: ...

@final
class EntityTagger:
    def __init__(
        self,
        *,
        gazetteers: _Paths | None = None,
        ignore: Iterable[str] | None = None,
        locative_places_only: bool = False,
        defaults: bool = True,
    ) -> None: ...
    def entities(self, text: str, *, byte_offsets: bool = False) -> list[Entity]: ...
    def entities_many(
        self, texts: Iterable[str | None], *, threads: int | None = None, byte_offsets: bool = False
    ) -> list[list[Entity] | None]: ...
    def __len__(self) -> int: ...

@final
class Analyzer:
    def __init__(
        self,
        *,
        tokenizer: Tokenizer | None = None,
        stemmer: Stemmer | None = None,
        stopwords: StopWords | None = None,
        tagger: EntityTagger | None = None,
        split_clitics: bool = False,
        entities: bool = True,
    ) -> None: ...
    def analyze(self, text: str, *, byte_offsets: bool = False) -> Document: ...
    def analyze_many(
        self, texts: Iterable[str | None], *, threads: int | None = None, byte_offsets: bool = False
    ) -> list[Document | None]: ...

def tokenize(text: str, *, byte_offsets: bool = False) -> list[Token]: ...
def sentences(text: str, *, byte_offsets: bool = False) -> list[tuple[int, int]]: ...
def stem(word: str) -> str: ...
def stem_many(words: Iterable[str | None], *, threads: int | None = None) -> list[str | None]: ...
def is_stopword(word: str) -> bool: ...
def entities(text: str, *, byte_offsets: bool = False) -> list[Entity]: ...
def analyze(text: str, *, byte_offsets: bool = False) -> Document: ...
def tokenize_many(
    texts: Iterable[str | None], *, threads: int | None = None, byte_offsets: bool = False
) -> list[list[Token] | None]: ...
def entities_many(
    texts: Iterable[str | None], *, threads: int | None = None, byte_offsets: bool = False
) -> list[list[Entity] | None]: ...
def analyze_many(
    texts: Iterable[str | None], *, threads: int | None = None, byte_offsets: bool = False
) -> list[Document | None]: ...
