"""The cost of Spark around indonlp: one text corpus (one document per line)
through the package in one process and through the Spark job.

    python python/benches/spark_corpus.py CORPUS.txt [--masters "local[1],local[2]"]

Rows: `analyze_many` alone (reading the lines, no output), the same plus the
job's Arrow conversion and a Parquet write (what the job does, minus Spark),
then `python -m indonlp_rs.spark`'s work on each master, timed from a started
session to the written Parquet (Spark's JVM start is shown apart). Spark's
share is the part of a job row's time beyond the single-process rows with the
same number of cores (negative: Spark was faster). Needs the spark extra; run it on a quiet machine.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time


def single_process(path: str, threads: int) -> dict:
    import pyarrow as pa
    import pyarrow.parquet as pq

    import indonlp_rs
    from indonlp_rs import arrow

    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    analyzer = indonlp_rs.Analyzer()
    analyzer.analyze_many(lines[:100], threads=threads)  # warm lazy data
    t = time.perf_counter()
    analyzer.analyze_many(lines, threads=threads)
    alone = time.perf_counter() - t

    t = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        step = 10_000  # Spark's Arrow batch size
        writer = None
        for i in range(0, len(lines), step):
            batch = lines[i : i + step]
            docs = arrow.analyze_arrow(pa.array(batch, pa.string()), threads=threads)
            table = pa.table({"text": batch, "doc": docs})
            writer = writer or pq.ParquetWriter(os.path.join(out, "x.parquet"), table.schema)
            writer.write_table(table)
        writer.close()
    with_output = time.perf_counter() - t
    return {"alone": alone, "with_output": with_output}


def spark_job(path: str, master: str) -> dict:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from indonlp_rs.spark import job

    t = time.perf_counter()
    spark = (
        SparkSession.builder.master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    spark.range(1).collect()
    start = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        job.run(spark, path, os.path.join(out, "o"), overwrite=True)
        run = time.perf_counter() - t
    spark.stop()
    return {"start": start, "run": run}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus")
    p.add_argument("--masters", default="local[1],local[2]")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:  # one JVM per master: run in a fresh process
        print(spark_job(args.corpus, args.child))
        return
    mb = os.path.getsize(args.corpus) / 1e6
    print(f"corpus: {args.corpus}, {mb:.1f} MB; load average {os.getloadavg()[0]:.1f}")
    print("| run | cores | seconds | MB/s | beyond `analyze_many` | beyond + Arrow + Parquet |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    base, full = {}, {}
    for threads in (1, 2):
        r = single_process(args.corpus, threads)
        base[threads], full[threads] = r["alone"], r["with_output"]
        print(
            f"| `analyze_many` alone | {threads} | {r['alone']:.1f} | {mb / r['alone']:.1f} | | |"
        )
        print(
            f"| `analyze_many` + Arrow + Parquet | {threads} | {r['with_output']:.1f} "
            f"| {mb / r['with_output']:.1f} | | |"
        )
    for master in args.masters.split(","):
        out = (
            subprocess.run(
                [sys.executable, __file__, args.corpus, "--child", master],
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        r = eval(out)  # our own child's dict
        cores = int(master[len("local[") : -1]) if master.startswith("local[") else 0
        share = 1 - base.get(cores, float("nan")) / r["run"]
        share_full = 1 - full.get(cores, float("nan")) / r["run"]
        print(
            f"| Spark job, `{master}` (JVM start {r['start']:.0f} s apart) | {cores} "
            f"| {r['run']:.1f} | {mb / r['run']:.1f} | {share:.0%} | {share_full:.0%} |"
        )


if __name__ == "__main__":
    main()
