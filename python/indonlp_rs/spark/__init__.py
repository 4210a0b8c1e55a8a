"""indonlp on Apache Spark: typed columns from Arrow UDFs, and a ready job.

Needs the ``spark`` extra (``pip install "indonlp-rs[spark]"``: PySpark 4.1 or
later, for its Arrow UDFs)::

    from indonlp_rs.spark import analyze, entities
    df = spark.read.text("corpus/*.txt").withColumnRenamed("value", "text")
    out = df.select("text", analyze("text").alias("doc"), entities("text").alias("ents"))
    out.select("text", "doc.tokens.stem").show()

Each function returns a Spark ``Column``; its values are typed (arrays of
structs, see ``TOKEN``, ``ENTITY``, ``DOCUMENT``), with the same content as the
package's direct calls (``indonlp_rs.analyze(text).to_dict()`` and so on;
offsets are character offsets, like Spark's ``substring``). A null text gives a
null. Keyword options go to the class constructor (``Analyzer(**options)``); the
object is built once per executor Python process and reused for every batch.
``threads`` is per task: Spark already runs one task per core, so the default
is 1.

The job: ``python -m indonlp_rs.spark INPUT OUTPUT`` (see ``--help``).
"""

from typing import Any, Iterator, Optional, Union

try:
    import pyarrow as pa
    from pyspark.sql import Column
    from pyspark.sql.functions import arrow_udf
    from pyspark.sql.pandas.types import from_arrow_type
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError(
        'indonlp_rs.spark needs PySpark 4.1 or later with pyarrow: pip install "indonlp-rs[spark]"'
    ) from e

from .. import arrow

__all__ = [
    "tokenize",
    "stem",
    "entities",
    "analyze",
    "TOKEN",
    "ENTITY",
    "ANALYZED_TOKEN",
    "DOCUMENT",
    "TOKENS",
    "ENTITIES",
]

# Spark types of the result columns, derived from the Arrow schema the batches
# are built with, so the two cannot drift apart.
TOKEN = from_arrow_type(arrow.TOKEN)
ENTITY = from_arrow_type(arrow.ENTITY)
ANALYZED_TOKEN = from_arrow_type(arrow.ANALYZED_TOKEN)
DOCUMENT = from_arrow_type(arrow.DOCUMENT)
TOKENS = from_arrow_type(arrow.TOKENS)
ENTITIES = from_arrow_type(arrow.ENTITIES)

ColumnOrName = Union[Column, str]


def _udf(kind: str, return_type: Any, threads: Optional[int], options: dict) -> Any:
    batch = getattr(arrow, f"{kind}_arrow")

    # Iterator form: one Python call per task, whatever the number of batches.
    # The closure is pickled to the executors by value; `batch` and the
    # object cache it reaches live in the executor's own `indonlp_rs.arrow`.
    def run(arrays: Iterator[pa.Array]) -> Iterator[pa.Array]:
        for array in arrays:
            yield batch(array, threads, **options)

    run.__name__ = f"indonlp_{kind}"  # the name Spark shows in plans and errors
    return arrow_udf(run, return_type)


def tokenize(col: ColumnOrName, *, threads: Optional[int] = 1, **options: Any) -> Column:
    """Tokens of each text: ``array<struct<text, kind, start, end>>``.

    `options` are ``Tokenizer``'s keyword options."""
    return _udf("tokenize", TOKENS, threads, options)(col)


def stem(col: ColumnOrName, *, threads: Optional[int] = 1, **options: Any) -> Column:
    """Stem of each word: ``string``. `options` are ``Stemmer``'s."""
    return _udf("stem", "string", threads, options)(col)


def entities(col: ColumnOrName, *, threads: Optional[int] = 1, **options: Any) -> Column:
    """Entities of each text: ``array<struct<text, label, start, end,
    canonical: struct<name, iso2, iso3, geonames_id>>>``.

    `options` are ``EntityTagger``'s (gazetteer paths must exist on every
    executor)."""
    return _udf("entities", ENTITIES, threads, options)(col)


def analyze(col: ColumnOrName, *, threads: Optional[int] = 1, **options: Any) -> Column:
    """The analysis of each text: ``struct<sentences, tokens, entities>``,
    i.e. ``Document.to_dict()`` less its ``text``. `options` are
    ``Analyzer``'s."""
    return _udf("analyze", DOCUMENT, threads, options)(col)
