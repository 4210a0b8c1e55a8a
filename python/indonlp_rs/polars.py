"""indonlp on Polars: expressions over a string column (``map_batches``), with
typed results (lists of structs, the same schema as ``indonlp_rs.spark``).

Needs the ``polars`` extra (``pip install "indonlp-rs[polars]"``)::

    import polars as pl
    from indonlp_rs.polars import analyze, entities
    df = pl.read_parquet("corpus.parquet")
    df = df.with_columns(analyze("text").alias("doc"), entities("text").alias("ents"))
    df.select(pl.col("doc").struct.field("tokens")).explode("tokens")

Each function takes a column name, an expression or a Series of strings and
returns an expression (a Series for a Series). Nulls give nulls. Keyword
options go to the class constructor; the object is built once per process.
Each batch goes through the GIL-free batch call on all cores (``threads=None``);
lazy and streaming queries call it batch by batch.
"""

from typing import Any, Optional, Union

try:
    import polars as pl
    import pyarrow as pa
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError(
        'indonlp_rs.polars needs polars and pyarrow: pip install "indonlp-rs[polars]"'
    ) from e

from . import arrow

__all__ = ["tokenize", "stem", "entities", "analyze"]

Texts = Union[str, "pl.Expr", "pl.Series"]


def _dtype(arrow_type: "pa.DataType") -> Any:
    return pl.from_arrow(pa.array([], arrow_type)).dtype


_TYPES = {
    "tokenize": arrow.TOKENS,
    "stem": pa.string(),
    "entities": arrow.ENTITIES,
    "analyze": arrow.DOCUMENT,
}


class _Batch:
    """A picklable batch function (a lambda would not travel to Polars'
    workers or through ``LazyFrame.serialize``)."""

    def __init__(self, kind: str, threads: Optional[int], options: dict) -> None:
        self.kind, self.threads, self.options = kind, threads, options

    def __call__(self, texts: "pl.Series") -> "pl.Series":
        batch = getattr(arrow, f"{self.kind}_arrow")
        array = batch(texts.to_arrow(), self.threads, **self.options)
        return pl.Series(texts.name, array)


def _apply(kind: str, texts: Texts, threads: Optional[int], options: dict) -> Any:
    batch = _Batch(kind, threads, options)
    if isinstance(texts, pl.Series):
        return batch(texts)
    expr = pl.col(texts) if isinstance(texts, str) else texts
    return expr.map_batches(batch, return_dtype=_dtype(_TYPES[kind]), is_elementwise=True)


def tokenize(texts: Texts, *, threads: Optional[int] = None, **options: Any) -> Any:
    """Tokens of each text (``Tokenizer`` options)."""
    return _apply("tokenize", texts, threads, options)


def stem(words: Texts, *, threads: Optional[int] = None, **options: Any) -> Any:
    """Stem of each word (``Stemmer`` options)."""
    return _apply("stem", words, threads, options)


def entities(texts: Texts, *, threads: Optional[int] = None, **options: Any) -> Any:
    """Entities of each text (``EntityTagger`` options)."""
    return _apply("entities", texts, threads, options)


def analyze(texts: Texts, *, threads: Optional[int] = None, **options: Any) -> Any:
    """Sentences, tokens and entities of each text (``Analyzer`` options)."""
    return _apply("analyze", texts, threads, options)
