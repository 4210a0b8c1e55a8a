#!/usr/bin/env python3
"""How much of the library's speed the `indonlp` command keeps (issue 11).

Run by a developer from the project root after `cargo build --release -p
indonlp-cli`; never by tests or CI. For each output format it sets three
figures side by side, all CPU seconds on the same input cut into lines:

1. `Analyzer::analyze` alone, one thread, in process (`indonlp bench`'s
   "analyze alone" row: the library's own per-thread speed);
2. `analyze` plus writing the format's bytes in process, one thread, with
   the command's own code (`indonlp bench --formats`: the cost of the
   format, without reading, threads, ordering or writing to stdout);
3. the command itself, `indonlp analyze --by line --threads N --format F
   FILE > /dev/null`, N = 1 and 2: CPU time (user + system, every thread:
   the reader, the workers and the writer) and wall time, the least of
   `--repeat` runs. /dev/null, so that the file system's cost of storing
   gigabytes is not counted as the tool's.

4. the command's fixed cost: the same command on a one-line input (building
   the tagger's tables and the library's other lazily built data, which
   the in-process figures leave out as they time warm passes).

Ratios: "cpu" = library seconds / command CPU seconds (1.00 = the command
costs nothing beyond the library; with N free cores it then runs N times
the per-thread speed); "wall" = library seconds / (N × command wall
seconds), the issue's definition, which on a shared machine also measures
the other users of its cores.

    cargo build --release -p indonlp-cli
    python3 tools/dev_text.py        # writes /tmp/real50.txt (developers only)
    python3 tools/cli_speed.py /tmp/real50.txt

With `--instructions`, it instead counts the instructions the command
executes (`valgrind --tool=callgrind`, which must be installed; slow, so
give it a few MB): per MB of input, in the whole command, in
`Analyzer::analyze` and in the format's writer, for each format. Counts do
not move with the machine's load as times do, so they compare two builds
(`--binary`) measured at different moments:

    head -c 5000000 /tmp/real50.txt | sed '$d' > /tmp/real5.txt
    python3 tools/cli_speed.py --instructions /tmp/real5.txt
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

FORMATS = ["bio", "conllu", "tsv", "jsonl", "text"]


def run_cli(binary, path, fmt, threads):
    """(CPU seconds, wall seconds) of one run of the command."""
    with open(os.devnull, "wb") as null:
        start = time.monotonic()
        proc = subprocess.Popen(
            [binary, "analyze", "--quiet", "--by", "line", "--threads", str(threads),
             "--format", fmt, path],
            stdout=null,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"indonlp analyze --format {fmt} exited with {proc.returncode}")
    return usage.ru_utime + usage.ru_stime, wall


def run_bench(binary, path, formats, budget):
    """{"analyze alone": seconds, fmt: (seconds, output MB)} per line, and the table."""
    out = subprocess.run(
        [binary, "bench", "--budget", str(budget), "--formats", ",".join(formats), path],
        check=True, capture_output=True, text=True,
    ).stdout
    if "CPU seconds" not in out:
        sys.exit("indonlp bench did not report CPU time (needs Linux /proc)")
    rows = {}
    for line in out.splitlines():
        m = re.match(r"(analyze alone|analyze → (\w+) \(([\d.]+) (MB|bytes)\))\s+([\d.]+)", line)
        if m:
            if m.group(2):
                size = float(m.group(3)) / (1 if m.group(4) == "MB" else 1e6)
                rows[m.group(2)] = (float(m.group(5)), size)
            else:
                rows["analyze alone"] = float(m.group(5))
    return rows, out


def instructions(binary, path, fmt, threads):
    """{"total": n, "analyze": n, "writer": n, "build": n, "reader": n}:
    instructions of one run under callgrind (inclusive, all threads)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        with open(os.devnull, "wb") as null:
            subprocess.run(
                ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", binary,
                 "analyze", "--quiet", "--by", "line", "--threads", str(threads),
                 "--format", fmt, path],
                stdout=null, stderr=subprocess.DEVNULL, check=True,
            )
        table = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--show-percs=no",
                                "--threshold=100", out],
                               check=True, capture_output=True, text=True).stdout
    names = {"total": "PROGRAM TOTALS", "analyze": "indonlp::analyze::Analyzer::analyze [",
             "writer": "indonlp::output::write [", "build": "indonlp::work::Engine::build [",
             "reader": "indonlp::units::read_units ["}
    counts = {}
    for line in table.splitlines():
        for key, name in names.items():
            if name in line and key not in counts:
                counts[key] = int(line.split()[0].replace(",", ""))
    return counts


def print_instructions(args, formats, threads):
    mb = os.path.getsize(args.file) / 1e6
    print(f"input {mb:.1f} MB, --by line; millions of instructions per MB of input "
          f"(callgrind, {args.binary})\n")
    print("| format | threads | whole command | analyze | format writer | "
          "building (once) | reading | the rest |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for fmt in formats:
        for n in threads:
            c = instructions(args.binary, args.file, fmt, n)
            per = {k: v / mb / 1e6 for k, v in c.items()}
            rest = per["total"] - sum(per.get(k, 0) for k in ("analyze", "writer", "build", "reader"))
            print(f"| {fmt} | {n} | {per['total']:.1f} | {per.get('analyze', 0):.1f} | "
                  f"{per.get('writer', 0):.1f} | {per.get('build', 0):.1f} | "
                  f"{per.get('reader', 0):.1f} | {rest:.1f} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("--binary", default="target/release/indonlp")
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--budget", type=float, default=3.0,
                    help="indonlp bench --budget (seconds per cell)")
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions with callgrind instead of timing")
    args = ap.parse_args()
    formats = args.formats.split(",")
    threads = [int(t) for t in args.threads.split(",")]
    if args.instructions:
        print_instructions(args, formats, threads)
        return
    mb = os.path.getsize(args.file) / 1e6
    load_before = os.getloadavg()

    bench, table = run_bench(args.binary, args.file, formats, args.budget)
    best = {}
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("Presiden Prabowo Subianto tiba di Jakarta.\n")
        one_line = f.name
    startup = float("inf")
    for _ in range(args.repeat):  # interleaved, so load changes hit every cell
        startup = min(startup, run_cli(args.binary, one_line, "jsonl", 1)[0])
        for fmt in formats:
            for n in threads:
                cpu, wall = run_cli(args.binary, args.file, fmt, n)
                old = best.get((fmt, n), (float("inf"), float("inf")))
                best[(fmt, n)] = (min(old[0], cpu), min(old[1], wall))
    load_after = os.getloadavg()
    os.remove(one_line)

    lib = bench["analyze alone"]
    print(table)
    print(f"input {mb:.1f} MB, --by line; load average {load_before[0]:.1f} before, "
          f"{load_after[0]:.1f} after, on {os.cpu_count()} cores; command: least of "
          f"{args.repeat} runs; all figures in seconds")
    print(f"library: analyze alone {lib:.2f} s CPU ({mb / lib:.1f} MB/s per thread)")
    print(f"the command on a one-line input (its fixed cost, in every command figure): "
          f"{startup:.2f} s CPU\n")
    head = "| format | output | analyze + format (in process) |"
    rule = "|---|---:|---:|"
    for n in threads:
        head += f" command, {n} thread{'s' if n > 1 else ''}: CPU / wall |" \
                f" vs analyze alone: cpu / wall | vs analyze + format: cpu / wall |"
        rule += "---:|---:|---:|"
    print(head)
    print(rule)
    for fmt in formats:
        fmt_secs, out_mb = bench[fmt]
        row = f"| {fmt} | {out_mb:.0f} MB | {fmt_secs:.2f} ({lib / fmt_secs:.0%} of analyze alone) |"
        for n in threads:
            cpu, wall = best[(fmt, n)]
            row += (f" {cpu:.2f} / {wall:.2f} |"
                    f" {lib / cpu:.0%} / {lib / (n * wall):.0%} |"
                    f" {fmt_secs / cpu:.0%} / {fmt_secs / (n * wall):.0%} |")
        print(row)


if __name__ == "__main__":
    main()
