"""Arrow columns: a batch of texts in, typed Arrow arrays out.

The layer under the dataframe engines: ``indonlp_rs.spark``,
``indonlp_rs.dask`` and ``indonlp_rs.polars`` hand their batches to the
``*_arrow`` functions here, so the engines give the same columns with the same
schema (``TOKENS``, ``ENTITIES``, ``DOCUMENT``); use them directly for any
other Arrow engine (Ray Data, DuckDB, DataFusion's Python UDFs)::

    >>> import pyarrow as pa
    >>> from indonlp_rs.arrow import entities_arrow
    >>> entities_arrow(pa.array(["Warga Bandung", None]))[0][0]["label"].as_py()
    'CITY'

Needs pyarrow (any of the engine extras brings it).

Each process builds its ``Tokenizer`` / ``Stemmer`` / ``EntityTagger`` /
``Analyzer`` once (per set of options) and reuses it for every batch it is
given: on Spark that is once per Python worker process, which Spark reuses
across tasks (``spark.python.worker.reuse``, on by default).

Nulls give nulls. Arrow strings are UTF-8 and cannot hold lone surrogates, so
a Python string carrying them (from ``surrogateescape``) is analysed, like the
package always does, as if each were U+FFFD, and the U+FFFD is what lands in
the Arrow output; character offsets are unchanged.
"""

import re
import threading
from collections import Counter
from operator import attrgetter
from typing import Any, Dict, List, Optional, Sequence, Tuple

try:
    import pyarrow as pa
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError('indonlp_rs.arrow needs pyarrow: pip install "indonlp-rs[polars]"') from e

import indonlp_rs

# Offsets are character offsets (Python's convention, and Spark's `substring`
# counts characters too). int32 suffices: one Spark or Arrow string value is
# under 2 GB.
TOKEN = pa.struct(
    [
        ("text", pa.string()),
        ("kind", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
    ]
)
CANONICAL = pa.struct(
    [
        ("name", pa.string()),
        ("iso2", pa.string()),
        ("iso3", pa.string()),
        ("geonames_id", pa.int64()),
    ]
)
ENTITY = pa.struct(
    [
        ("text", pa.string()),
        ("label", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("canonical", CANONICAL),
    ]
)
SENTENCE = pa.struct([("start", pa.int32()), ("end", pa.int32())])
ANALYZED_TOKEN = pa.struct(
    [
        ("text", pa.string()),
        ("kind", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("stem", pa.string()),
        ("is_stopword", pa.bool_()),
    ]
)
# `Document.to_dict()` without its "text": the text is already the input
# column, storing it twice would double the output.
DOCUMENT = pa.struct(
    [
        ("sentences", pa.list_(SENTENCE)),
        ("tokens", pa.list_(ANALYZED_TOKEN)),
        ("entities", pa.list_(ENTITY)),
    ]
)
TOKENS = pa.list_(TOKEN)
ENTITIES = pa.list_(ENTITY)

_CLASSES = {
    "tokenize": "Tokenizer",
    "stem": "Stemmer",
    "entities": "EntityTagger",
    "analyze": "Analyzer",
}
_objects: Dict[Tuple[str, str], Any] = {}
_objects_lock = threading.Lock()
# What this process built and ran ("built:analyze", "batches:analyze"...):
# lets a job (and our tests) check that objects are reused across batches.
stats: Counter = Counter()


def engine(kind: str, options: Optional[Dict[str, Any]] = None) -> Any:
    """The process-wide object for `kind` ("tokenize", "stem", "entities",
    "analyze") built with `options` (keyword arguments of its class), built on
    first use and then shared by every batch and thread of this process."""
    opts = options or {}
    # options may hold lists (gazetteers=[...]), so the key is their repr
    key = (kind, repr(sorted(opts.items())))
    obj = _objects.get(key)
    if obj is None:
        with _objects_lock:
            obj = _objects.get(key)
            if obj is None:
                obj = getattr(indonlp_rs, _CLASSES[kind])(**opts)
                _objects[key] = obj
                stats["built:" + kind] += 1
    stats["batches:" + kind] += 1
    return obj


def texts_from_arrow(array: Any) -> List[Optional[str]]:
    """A (chunked) Arrow string array as Python strings, nulls as None.

    Engines may hand over string, large_string or string_view arrays. Spark
    strings can hold bytes that are not UTF-8 (read from a file as they were):
    those values are decoded with U+FFFD for each invalid sequence, as
    Python's ``errors="replace"`` does, instead of failing the whole batch."""
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if pa.types.is_string_view(array.type):
        array = array.cast(pa.large_string())
    if pa.types.is_null(array.type):
        return [None] * len(array)
    if not (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
        raise TypeError(f"expected a column of strings, got {array.type}")
    try:
        return array.to_pylist()
    except UnicodeDecodeError:
        binary = pa.large_binary() if pa.types.is_large_string(array.type) else pa.binary()
        return [
            None if b is None else b.decode("utf-8", "replace")
            for b in array.view(binary).to_pylist()
        ]


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_texts(texts: Sequence[Optional[str]]) -> List[Optional[str]]:
    """Lone surrogates replaced by U+FFFD (one character for one, so offsets
    stay), which is how the package reads them anyway; Arrow cannot store
    them. Only strings that fail to encode are rewritten."""
    out: List[Optional[str]] = []
    for t in texts:
        if t is not None and not isinstance(t, str):
            raise TypeError(f"expected str or None, got {type(t).__name__}")
        if t is not None:
            try:
                t.encode("utf-8")
            except UnicodeEncodeError:
                t = _SURROGATE.sub("\ufffd", t)
        out.append(t)
    return out


def _token_rows(tokens: Optional[list]) -> Optional[list]:
    if tokens is None:
        return None
    return [(t.text, t.kind, t.start, t.end) for t in tokens]


# Rows as tuples in the struct's field order: pyarrow converts tuples faster
# than dicts, and reading attributes skips building `to_dict()`'s dicts (the
# tests check the result equals `to_dict()`).
_ANALYZED_TOKEN_FIELDS = attrgetter("text", "kind", "start", "end", "stem", "is_stopword")


def _document_row(doc: Any) -> Optional[tuple]:
    if doc is None:
        return None
    return (
        doc.sentences,  # (start, end) tuples
        list(map(_ANALYZED_TOKEN_FIELDS, doc.tokens)),
        _entity_rows(doc.entities),
    )


def _canonical_row(c: Any) -> Optional[tuple]:
    if c is None:
        return None
    return (c.name, c.iso2, c.iso3, c.geonames_id)


def _entity_rows(entities: Optional[list]) -> Optional[list]:
    if entities is None:
        return None
    return [(e.text, e.label, e.start, e.end, _canonical_row(e.canonical)) for e in entities]


def tokenize_records(
    texts: Sequence[Optional[str]], threads: Optional[int] = None, **options: Any
) -> list:
    """Python rows (tuples in `TOKEN` order) for each text, None for None."""
    batch = engine("tokenize", options).tokenize_many(texts, threads=threads)
    return [_token_rows(toks) for toks in batch]


def entities_records(
    texts: Sequence[Optional[str]], threads: Optional[int] = None, **options: Any
) -> list:
    """Python rows (tuples in `ENTITY` order) for each text, None for None."""
    batch = engine("entities", options).entities_many(texts, threads=threads)
    return [_entity_rows(ents) for ents in batch]


def analyze_records(
    texts: Sequence[Optional[str]], threads: Optional[int] = None, **options: Any
) -> list:
    """Rows in `DOCUMENT` order (sentences, tokens, entities) for each text:
    `Document.to_dict()` without its "text"; None for None."""
    batch = engine("analyze", options).analyze_many(texts, threads=threads)
    return [_document_row(doc) for doc in batch]


def stem_records(
    words: Sequence[Optional[str]], threads: Optional[int] = None, **options: Any
) -> list:
    """The stem of each word, None for None."""
    return list(engine("stem", options).stem_many(words, threads=threads))


def tokenize_arrow(texts: Any, threads: Optional[int] = None, **options: Any) -> pa.Array:
    """`list<TOKEN>` array for an Arrow string array (or Python strings)."""
    return pa.array(tokenize_records(_texts(texts), threads, **options), type=TOKENS)


def entities_arrow(texts: Any, threads: Optional[int] = None, **options: Any) -> pa.Array:
    """`list<ENTITY>` array for an Arrow string array (or Python strings)."""
    return pa.array(entities_records(_texts(texts), threads, **options), type=ENTITIES)


def analyze_arrow(texts: Any, threads: Optional[int] = None, **options: Any) -> pa.Array:
    """`DOCUMENT` array for an Arrow string array (or Python strings)."""
    return pa.array(analyze_records(_texts(texts), threads, **options), type=DOCUMENT)


def stem_arrow(words: Any, threads: Optional[int] = None, **options: Any) -> pa.Array:
    """string array of stems for an Arrow string array (or Python strings)."""
    return pa.array(stem_records(_texts(words), threads, **options), type=pa.string())


def _texts(texts: Any) -> List[Optional[str]]:
    if isinstance(texts, (pa.Array, pa.ChunkedArray)):
        # Arrow strings are valid UTF-8 (or repaired by texts_from_arrow)
        return texts_from_arrow(texts)
    return clean_texts(list(texts))
