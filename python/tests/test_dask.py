"""indonlp_rs.dask on a dask.distributed local cluster (two worker
processes): map_partitions results equal the package's direct calls."""

import pytest

from _texts import require

require("dask.dataframe", "dask")
require("distributed", "dask")

import dask  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from _texts import SENTENCES, SURROGATES, TEXTS, expected, fffd, words  # noqa: E402
from indonlp_rs import dask as idask  # noqa: E402


@pytest.fixture(scope="module")
def client():
    # processes: the functions travel to the workers by pickle and each
    # worker builds its own objects, as on a real cluster
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


@pytest.mark.parametrize("kind", ["tokenize", "entities", "analyze"])
def test_map_partitions_equals_direct_calls(client, kind):
    df = dd.from_pandas(pd.DataFrame({"text": TEXTS}), npartitions=4)
    df["out"] = getattr(idask, kind)(df["text"])
    got = df.compute()
    assert list(got.index) == list(range(len(TEXTS)))
    assert isinstance(got["out"].dtype, pd.ArrowDtype)
    for i, value in got["out"].items():
        assert (None if pd.isna(value) is True else value) == expected(kind, TEXTS[i]), i


def test_stem_column(client):
    ws = words(SENTENCES) + ["", None]
    s = dd.from_pandas(pd.Series(ws, name="w"), npartitions=3)
    got = idask.stem(s).compute()
    assert got.name == "w"
    assert [None if pd.isna(v) else v for v in got] == [expected("stem", w) for w in ws]


def test_lone_surrogates_in_object_columns(client):
    # Dask turns object columns into Arrow strings by default, which cannot
    # hold lone surrogates; with that off, our functions take them and store
    # U+FFFD in their place with the package's offsets.
    with dask.config.set({"dataframe.convert-string": False}):
        s = dd.from_pandas(pd.Series(SURROGATES, dtype=object), npartitions=2)
        got = idask.analyze(s).compute()
    for i, value in got.items():
        assert value == fffd(expected("analyze", SURROGATES[i]))


def test_pandas_series_directly():
    s = pd.Series(["Budi tinggal di Bogor.", None], index=[10, 20], name="t")
    got = idask.entities(s)
    assert list(got.index) == [10, 20] and got.name == "t"
    assert got[10] == expected("entities", "Budi tinggal di Bogor.")
    assert pd.isna(got[20])


def test_non_strings_are_a_type_error():
    with pytest.raises(TypeError, match="expected str or None, got int"):
        idask.tokenize(pd.Series(["a", 3], dtype=object))
