"""indonlp on Dask: the package's batch calls over a text column, partition by
partition (``map_partitions``), with typed Arrow-backed results.

Needs the ``dask`` extra (``pip install "indonlp-rs[dask]"``)::

    import dask.dataframe as dd
    from indonlp_rs.dask import analyze, entities
    df = dd.read_parquet("corpus/")
    df["doc"] = analyze(df["text"])
    df["ents"] = entities(df["text"])

Each function takes a Dask Series of strings (or a pandas Series, for use
inside your own ``map_partitions``) and returns a Series of the same length
and index whose values have the Arrow types of ``indonlp_rs.spark``
(``pd.ArrowDtype``: lists of structs, Parquet-ready). Nulls give nulls.
Keyword options go to the class constructor; each worker process builds the
object once. ``threads`` is per partition (default 1: Dask already runs one
task per worker thread, and the batch calls release the GIL).
"""

from typing import Any, Optional, Union

try:
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow as pa
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError(
        'indonlp_rs.dask needs dask[dataframe]: pip install "indonlp-rs[dask]"'
    ) from e

from . import arrow

__all__ = ["tokenize", "stem", "entities", "analyze"]

_TYPES = {
    "tokenize": arrow.TOKENS,
    "stem": pa.string(),
    "entities": arrow.ENTITIES,
    "analyze": arrow.DOCUMENT,
}

Texts = Union["dd.Series", "pd.Series"]


def _partition(texts: "pd.Series", kind: str, threads: Optional[int], options: dict) -> "pd.Series":
    values = texts.astype(object).where(texts.notna(), None).tolist()
    array = getattr(arrow, f"{kind}_arrow")(values, threads, **options)
    return pd.Series(pd.arrays.ArrowExtensionArray(array), index=texts.index, name=texts.name)


def _apply(kind: str, texts: Texts, threads: Optional[int], options: dict) -> Texts:
    if isinstance(texts, pd.Series):
        return _partition(texts, kind, threads, options)
    meta = pd.Series([], dtype=pd.ArrowDtype(_TYPES[kind]), name=texts.name)
    return texts.map_partitions(_partition, kind, threads, options, meta=meta)


def tokenize(texts: Texts, *, threads: Optional[int] = 1, **options: Any) -> Texts:
    """Tokens of each text (``Tokenizer`` options)."""
    return _apply("tokenize", texts, threads, options)


def stem(words: Texts, *, threads: Optional[int] = 1, **options: Any) -> Texts:
    """Stem of each word (``Stemmer`` options)."""
    return _apply("stem", words, threads, options)


def entities(texts: Texts, *, threads: Optional[int] = 1, **options: Any) -> Texts:
    """Entities of each text (``EntityTagger`` options)."""
    return _apply("entities", texts, threads, options)


def analyze(texts: Texts, *, threads: Optional[int] = 1, **options: Any) -> Texts:
    """Sentences, tokens and entities of each text (``Analyzer`` options)."""
    return _apply("analyze", texts, threads, options)
