#!/usr/bin/env python3
"""Summarise the last criterion run as a table: MB/s of every row and its
ratio to the `unicode_segmentation_word_bounds` row of the same group (the
baseline of issue 9), so the README's speed table can be filled from one run.

    INDONLP_BENCH_TEXT=/tmp/dev_sentences.txt cargo bench --bench tokenize \\
        --bench ner --bench analyze -- --warm-up-time 1 --measurement-time 2
    python3 tools/bench_table.py            # all groups
    python3 tools/bench_table.py per_sentence batch   # groups matching a word

Reads target/criterion/<group>/<bench>/new/{benchmark,estimates}.json, i.e.
whatever ran last under each name (a generated-text run and a file run
overwrite each other). Time per iteration is criterion's slope estimate
(mean when there is no slope). MB = 10^6 bytes.
"""

import json
import os
import sys

BASELINE = "unicode_segmentation_word_bounds"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    crit = os.path.join(root, "target", "criterion")
    words = sys.argv[1:]
    rows = []
    for dirpath, _dirs, files in os.walk(crit):
        if os.path.basename(dirpath) != "new" or "benchmark.json" not in files:
            continue
        with open(os.path.join(dirpath, "benchmark.json")) as f:
            bench = json.load(f)
        with open(os.path.join(dirpath, "estimates.json")) as f:
            est = json.load(f)
        nbytes = (bench.get("throughput") or {}).get("Bytes")
        if nbytes is None:
            continue
        ns = (est.get("slope") or est["mean"])["point_estimate"]
        group, name = bench["group_id"], bench["function_id"] or ""
        if bench.get("value_str"):
            name = f"{name}/{bench['value_str']}"
        if words and not any(w in group for w in words):
            continue
        rows.append((group, name, nbytes * 1e3 / ns))
    if not rows:
        sys.exit(f"bench_table: no criterion results with byte throughput under {crit}")
    speed = {(g, n): v for g, n, v in rows}
    print(f"| group | bench | MB/s | ratio to {BASELINE} |")
    print("|---|---|---|---|")
    for group, name, mbs in sorted(rows):
        # in `batch` the baseline row carries the same suffix (`/sentences`)
        suffix = name[name.index("/"):] if "/" in name else ""
        base = speed.get((group, BASELINE + suffix))
        ratio = f"{mbs / base:.2f}x" if base else ""
        print(f"| {group} | {name} | {mbs:.1f} | {ratio} |")


if __name__ == "__main__":
    main()
