"""indonlp_rs.polars: map_batches expressions equal the package's direct
calls, eagerly, lazily and on a Series."""

import pytest

import indonlp_rs
from _texts import require

pl = require("polars", "polars")
require("pyarrow", "polars")

from _texts import SENTENCES, TEXTS, expected, words  # noqa: E402
from indonlp_rs import polars as ipl  # noqa: E402


@pytest.mark.parametrize("kind", ["tokenize", "entities", "analyze"])
def test_expression_equals_direct_calls(kind):
    df = pl.DataFrame({"text": TEXTS}, schema={"text": pl.String})
    got = df.with_columns(getattr(ipl, kind)("text").alias("out"))
    assert got.height == len(TEXTS)
    for text, value in zip(got["text"].to_list(), got["out"].to_list(), strict=True):
        assert value == expected(kind, text)


def test_lazy_query_with_other_columns():
    lf = pl.LazyFrame({"id": list(range(len(SENTENCES))), "text": SENTENCES})
    got = (
        lf.with_columns(ipl.analyze(pl.col("text")).alias("doc"))
        .filter(pl.col("id") % 2 == 1)
        .select("id", pl.col("doc").struct.field("entities"))
        .collect()
    )
    assert got["id"].to_list() == list(range(1, len(SENTENCES), 2))
    for i, ents in zip(got["id"].to_list(), got["entities"].to_list(), strict=True):
        assert ents == expected("analyze", SENTENCES[i])["entities"]


def test_stem_series_and_dtype():
    ws = words(SENTENCES) + ["", None]
    got = ipl.stem(pl.Series("w", ws))
    assert got.name == "w" and got.dtype == pl.String
    assert got.to_list() == [expected("stem", w) for w in ws]


def test_typed_columns_explode_to_tokens():
    df = pl.DataFrame({"text": SENTENCES[:2]})
    tokens = df.select(ipl.tokenize("text").alias("t")).explode("t").unnest("t")
    assert tokens.columns == ["text", "kind", "start", "end"]
    assert tokens.height == sum(len(indonlp_rs.tokenize(s)) for s in SENTENCES[:2])


def test_all_null_and_non_string_columns():
    got = pl.DataFrame({"text": [None, None]}).select(ipl.analyze("text"))
    assert got.to_series().to_list() == [None, None]
    with pytest.raises(Exception, match="expected a column of strings"):
        pl.DataFrame({"n": [1, 2]}).select(ipl.tokenize("n"))
