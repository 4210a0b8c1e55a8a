"""The corpus job behind ``python -m indonlp_rs.spark``."""

import argparse
import os
import sys
import time
from typing import List, Optional

from pyspark.errors import AnalysisException
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from . import analyze

DESCRIPTION = """\
Analyse a corpus with indonlp on Spark: read text files, JSON lines or Parquet
(INPUT is a file, a directory or a glob), write one Parquet dataset to OUTPUT
with one row per document: doc_id, the input's columns (for text input:
source, the file's path, and text), and the analysis as typed columns
sentences, tokens (text, kind, start, end, stem, is_stopword) and entities
(text, label, start, end, canonical). Offsets are character offsets into text.
Bytes that are not UTF-8 are replaced by U+FFFD before analysis, and the
stored text is that repaired text.
"""


def parse_args(argv: Optional[List[str]] = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m indonlp_rs.spark",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("input", metavar="INPUT", help="file, directory or glob")
    p.add_argument("output", metavar="OUTPUT", help="Parquet directory to write")
    p.add_argument(
        "--format",
        choices=["text", "parquet", "jsonl"],
        default="text",
        help="input format (default: text)",
    )
    p.add_argument(
        "--column",
        default="text",
        help="the text column of parquet/jsonl input (default: text)",
    )
    p.add_argument(
        "--by",
        choices=["line", "file"],
        default="line",
        help="text input: one document per line or per file (default: line)",
    )
    p.add_argument("--master", default="local[*]", help="Spark master (default: local[*])")
    p.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    return p.parse_args(argv)


class InputError(ValueError):
    """The input cannot be analysed as asked (e.g. no such column)."""


def read(spark: SparkSession, path: str, fmt: str, column: str, by: str) -> DataFrame:
    """The input as a DataFrame whose `column` is the text to analyse."""
    if fmt == "text":
        df = spark.read.text(path, wholetext=(by == "file"))
        return df.select(F.col("_metadata.file_path").alias("source"), F.col("value").alias(column))
    df = spark.read.json(path) if fmt == "jsonl" else spark.read.parquet(path)
    if column not in df.columns:
        raise InputError(f"{path}: no column {column!r} (columns: {', '.join(df.columns)})")
    return df


def analyzed(df: DataFrame, column: str) -> DataFrame:
    """`df` with the text repaired to valid UTF-8 and the analysis columns.

    The UDF runs once per row: Spark evaluates a deterministic Python UDF once
    per plan node even when several struct fields are taken from it."""
    text = F.make_valid_utf8(F.col(column).cast("string"))
    df = df.withColumn(column, text)
    doc = analyze(column)
    return (
        df.select(
            F.monotonically_increasing_id().alias("doc_id"),
            "*",
            doc.alias("_doc"),
        )
        .select(
            "*",
            F.col("_doc.sentences").alias("sentences"),
            F.col("_doc.tokens").alias("tokens"),
            F.col("_doc.entities").alias("entities"),
        )
        .drop("_doc")
    )


def run(
    spark: SparkSession,
    input: str,
    output: str,
    fmt: str = "text",
    column: str = "text",
    by: str = "line",
    overwrite: bool = False,
) -> None:
    """Read, analyse and write; the job without its command line."""
    df = analyzed(read(spark, input, fmt, column, by), column)
    df.write.mode("overwrite" if overwrite else "errorifexists").parquet(output)


def main(argv: Optional[List[str]] = None) -> int:
    args = parse_args(argv)
    # Spark's Python workers start `python3` from PATH unless told otherwise;
    # they need the interpreter that has indonlp_rs installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    started = time.perf_counter()
    spark = SparkSession.getActiveSession()
    own = spark is None
    if own:
        spark = (
            SparkSession.builder.master(args.master)
            .appName("indonlp")
            .config("spark.ui.showConsoleProgress", "false")
            .getOrCreate()
        )
    try:
        run(spark, args.input, args.output, args.format, args.column, args.by, args.overwrite)
        n = spark.read.parquet(args.output).count()
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except AnalysisException as e:
        # missing input, existing output...: Spark's one-line reason is enough
        print(f"error: {e.getMessage() if hasattr(e, 'getMessage') else e}", file=sys.stderr)
        return 1
    finally:
        if own:
            spark.stop()
    print(
        f"indonlp: {n} documents from {args.input} written to {args.output} "
        f"in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0
