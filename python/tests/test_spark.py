"""indonlp_rs.spark on a real local Spark (local[2]), one session for the
whole module: the UDFs' and the job's results must equal the package's direct
calls, document by document."""

import json
import os
import shutil
import subprocess
import sys

import pytest

import indonlp_rs
from _texts import require

pyspark = require("pyspark", "spark")
pa = require("pyarrow", "spark")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    if os.environ.get("INDONLP_ENGINES_REQUIRED") == "1":
        raise AssertionError("no Java runtime for Spark")
    pytest.skip(
        "no Java runtime (Spark 4 needs Java 17+; .ci/run installs it)", allow_module_level=True
    )

from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql import functions as F  # noqa: E402

from _texts import LONG, SENTENCES, SURROGATES, TEXTS, expected, fffd, words  # noqa: E402
from indonlp_rs import arrow  # noqa: E402
from indonlp_rs import spark as ispark  # noqa: E402
from indonlp_rs.spark import job  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("indonlp-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        # small Arrow batches, so one task hands several batches to a UDF
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _plain(value):
    """Spark Rows as dicts, recursively."""
    if hasattr(value, "asDict"):
        return {k: _plain(v) for k, v in value.asDict().items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _frame(spark, texts):
    rows = [(i, t) for i, t in enumerate(texts)]
    # 3 partitions over 2 cores: several tasks, some workers reused
    return spark.createDataFrame(rows, "id long, text string").repartition(3)


@pytest.mark.parametrize("kind", ["tokenize", "entities", "analyze"])
def test_udf_equals_direct_calls(spark, kind):
    udf = getattr(ispark, kind)
    rows = _frame(spark, TEXTS).select("id", udf("text").alias("out")).collect()
    assert len(rows) == len(TEXTS)
    for row in rows:
        text = TEXTS[row.id]
        assert _plain(row.out) == expected(kind, text), f"{kind} of text #{row.id} differs"


def test_stem_udf_equals_direct_calls(spark):
    ws = words(SENTENCES) + ["", None, "MEMPERKENALKAN", "ber-", "12,5%"]
    rows = _frame(spark, ws).select("id", ispark.stem("text").alias("out")).collect()
    assert len(rows) == len(ws)
    for row in rows:
        assert row.out == expected("stem", ws[row.id]), ws[row.id]


@pytest.mark.parametrize("kind", ["tokenize", "entities", "analyze"])
def test_lone_surrogates_are_u_fffd_with_the_same_offsets(spark, kind):
    udf = getattr(ispark, kind)
    rows = _frame(spark, SURROGATES).select("id", udf("text").alias("out")).collect()
    for row in rows:
        assert _plain(row.out) == fffd(expected(kind, SURROGATES[row.id]))


def test_invalid_utf8_is_read_as_u_fffd(spark):
    # Spark strings can hold any bytes (a text file read as it is); the UDF
    # reads them as Python's errors="replace" does, like make_valid_utf8.
    raw = [b"Jakarta \xff kota", b"\xed\xa0\x80 Bandung", b"Surabaya \xe2\x82"]
    df = spark.createDataFrame([(i, r.hex()) for i, r in enumerate(raw)], "id long, h string")
    bad = F.unhex("h").cast("string")
    rows = df.select(
        "id", ispark.analyze(bad).alias("doc"), F.make_valid_utf8(bad).alias("fixed")
    ).collect()
    for row in rows:
        text = raw[row.id].decode("utf-8", "replace")
        assert row.fixed == text
        assert _plain(row.doc) == expected("analyze", text)


def test_schemas_are_typed_columns(spark):
    df = _frame(spark, SENTENCES[:1]).select(
        ispark.tokenize("text").alias("t"),
        ispark.entities("text").alias("e"),
        ispark.analyze("text").alias("d"),
        ispark.stem("text").alias("s"),
    )
    types = {f.name: f.dataType.simpleString() for f in df.schema.fields}
    assert types["t"] == "array<struct<text:string,kind:string,start:int,end:int>>"
    assert types["e"] == (
        "array<struct<text:string,label:string,start:int,end:int,"
        "canonical:struct<name:string,iso2:string,iso3:string,geonames_id:bigint>>>"
    )
    assert types["d"].startswith("struct<sentences:array<struct<start:int,end:int>>,tokens:")
    assert types["s"] == "string"
    # typed means Spark SQL can reach into it without parsing anything
    n = df.select(F.size("d.tokens").alias("n")).first().n
    assert n == len(indonlp_rs.tokenize(SENTENCES[0]))


def test_each_worker_builds_its_analyzer_once(spark, monkeypatch):
    # In the executors: many batches (4 rows each), one Analyzer per process.
    frame = _frame(spark, (SENTENCES + [None, ""]) * 4)
    frame.select(ispark.analyze("text")).collect()

    @F.udf("string")
    def counts(_):
        import os as _os
        from indonlp_rs import arrow as a

        return f"{_os.getpid()} {a.stats['built:analyze']} {a.stats['batches:analyze']}"

    seen = {tuple(map(int, r[0].split())) for r in frame.select(counts("text")).collect()}
    per_pid = {pid: (built, batches) for pid, built, batches in seen}
    assert len(per_pid) == len(seen), "a worker's counts changed between rows"
    assert all(built <= 1 for built, _ in per_pid.values()), per_pid
    assert sum(b for _, b in per_pid.values()) > sum(n for n, _ in per_pid.values()), per_pid

    # In this process: one construction across batches of one set of options,
    # one more for other options.
    made = []
    real = indonlp_rs.Analyzer

    def counting(**kw):
        made.append(kw)
        return real(**kw)

    monkeypatch.setattr(indonlp_rs, "Analyzer", counting)
    monkeypatch.setattr(arrow, "_objects", {})
    for batch in (SENTENCES[:3], SENTENCES[3:], [None, ""]):
        arrow.analyze_arrow(pa.array(batch, pa.string()), threads=1)
    assert made == [{}]
    arrow.analyze_arrow(pa.array(SENTENCES, pa.string()), threads=1, entities=False)
    arrow.analyze_arrow(pa.array(SENTENCES, pa.string()), threads=1, entities=False)
    assert made == [{}, {"entities": False}]


def _check_job_output(path, texts):
    """Rows of the job's Parquet output, in input order, against the package."""
    import pyarrow.parquet as pq

    table = pq.read_table(path).sort_by("doc_id")
    rows = table.to_pylist()
    assert [r["text"] for r in rows] == texts
    for r in rows:
        doc = expected("analyze", r["text"])
        got = {k: r[k] for k in ("sentences", "tokens", "entities")}
        if doc is None:
            assert got == {"sentences": None, "tokens": None, "entities": None}
        else:
            assert got == doc, f"document {r['doc_id']} differs"
    return rows


def test_job_text_by_line(spark, tmp_path):
    lines = SENTENCES + ["", "   ", LONG]
    raw = "\n".join(lines).encode() + b"\nMedan \xff\xfe kota\n"
    src = tmp_path / "in" / "corpus.txt"
    src.parent.mkdir()
    src.write_bytes(raw)
    out = tmp_path / "out"
    assert job.main([str(src), str(out), "--format", "text", "--by", "line"]) == 0
    rows = _check_job_output(str(out), lines + ["Medan \ufffd\ufffd kota"])
    assert all(r["source"].endswith("corpus.txt") for r in rows)


def test_job_text_by_file_from_a_glob(spark, tmp_path):
    docs = {"a.txt": "\n".join(SENTENCES[:4]), "b.txt": "", "c.txt": LONG, "skip.md": "x"}
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    job.main([str(tmp_path / "*.txt"), str(out), "--by", "file"])
    import pyarrow.parquet as pq

    rows = pq.read_table(str(out)).to_pylist()
    by_name = {os.path.basename(r["source"]): r for r in rows}
    # Spark lists no empty file, so b.txt gives no document (README says so)
    assert sorted(by_name) == ["a.txt", "c.txt"]
    for name, r in by_name.items():
        assert r["text"] == docs[name]
        assert {k: r[k] for k in ("sentences", "tokens", "entities")} == expected(
            "analyze", docs[name]
        )


def test_job_jsonl_keeps_columns_and_nulls(spark, tmp_path):
    texts = SENTENCES + ["", None]
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": i, "body": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    job.main([str(src), str(out), "--format", "jsonl", "--column", "body"])
    import pyarrow.parquet as pq

    rows = pq.read_table(str(out)).to_pylist()
    assert sorted(r["id"] for r in rows) == list(range(len(texts)))
    for r in rows:
        assert r["body"] == texts[r["id"]]
        got = {k: r[k] for k in ("sentences", "tokens", "entities")}
        want = expected("analyze", r["body"])
        assert got == (want or {"sentences": None, "tokens": None, "entities": None})


def test_job_parquet_directory(spark, tmp_path):
    import pyarrow.parquet as pq

    src = tmp_path / "in"
    src.mkdir()
    pq.write_table(pa.table({"text": SENTENCES[:4]}), str(src / "part-0.parquet"))
    pq.write_table(pa.table({"text": SENTENCES[4:] + [None]}), str(src / "part-1.parquet"))
    out = tmp_path / "out"
    job.main([str(src), str(out), "--format", "parquet"])
    rows = pq.read_table(str(out)).to_pylist()
    assert sorted((r["text"] or "") for r in rows) == sorted(SENTENCES + [""])
    for r in rows:
        want = expected("analyze", r["text"])
        got = {k: r[k] for k in ("sentences", "tokens", "entities")}
        assert got == (want or {"sentences": None, "tokens": None, "entities": None})


def test_job_errors_name_the_problem(spark, tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"body": "x"}\n', encoding="utf-8")
    assert job.main([str(src), str(tmp_path / "out"), "--format", "jsonl"]) == 2
    assert "no column 'text' (columns: body)" in capsys.readouterr().err
    out = tmp_path / "exists"
    out.mkdir()
    (out / "keep").write_text("x")
    assert job.main([str(src), str(out), "--format", "jsonl", "--column", "body"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert (out / "keep").exists()
    assert job.main([str(tmp_path / "nothing*.txt"), str(tmp_path / "o2")]) == 1
    assert "nothing*.txt" in capsys.readouterr().err


def test_job_sets_pyspark_python_only_when_unset(spark, tmp_path, monkeypatch):
    src = tmp_path / "in.txt"
    src.write_text(SENTENCES[0], encoding="utf-8")
    monkeypatch.delenv("PYSPARK_PYTHON", raising=False)
    assert job.main([str(src), str(tmp_path / "out")]) == 0
    assert os.environ["PYSPARK_PYTHON"] == sys.executable
    monkeypatch.setenv("PYSPARK_PYTHON", "/opt/elsewhere/python")
    assert job.main([str(src), str(tmp_path / "out2")]) == 0
    assert os.environ["PYSPARK_PYTHON"] == "/opt/elsewhere/python"


def test_module_help_runs_without_spark():
    # `python -m indonlp_rs.spark --help` answers before any JVM starts
    r = subprocess.run(
        [sys.executable, "-m", "indonlp_rs.spark", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    for flag in (
        "INPUT",
        "OUTPUT",
        "--format {text,parquet,jsonl}",
        "--column",
        "--by {line,file}",
        "--master",
    ):
        assert flag in r.stdout, flag
