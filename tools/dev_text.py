#!/usr/bin/env python3
"""Real-text inputs and targets for the speed benches (issue 9).

Run by a developer from the project root, with the shared development data
checked out next to the project (`../shared/dev`). Never run by tests or CI:
nothing it reads or writes is part of the project.

It does two things:

1. Writes the development text cut into sentences, one per line
   (`tok/*_dev.txt` lines are sentences already) to `--sentences`
   (default /tmp/dev_sentences.txt), and the same lines repeated to
   `--big-mb` MB (default 50) in `--big` (default /tmp/real50.txt).
2. Prints the summary statistics of that text that the generated bench
   corpus (`benches/common/corpus.rs`) is tuned to match: sentence length in
   bytes and gold tokens, token length, the capitalised-word rate, and the
   entity rate of the gold NER dev sets. Only these few numbers may be
   copied into the project (as targets in a comment); the text may not.

    python3 tools/dev_text.py
    INDONLP_BENCH_TEXT=/tmp/dev_sentences.txt cargo bench --bench tokenize
    cargo run --release --example threads -- /tmp/real50.txt 1
"""

import argparse
import glob
import json
import os
import statistics
import sys


def percentile(sorted_xs, p):
    return sorted_xs[min(len(sorted_xs) - 1, int(p / 100 * len(sorted_xs)))]


def is_word(tok):
    return tok[:1].isalpha()


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared", "dev"))
    ap.add_argument("--sentences", default="/tmp/dev_sentences.txt")
    ap.add_argument("--big", default="/tmp/real50.txt")
    ap.add_argument("--big-mb", type=float, default=50.0)
    args = ap.parse_args()

    tok_files = sorted(glob.glob(os.path.join(args.shared, "tok", "*_dev.txt")))
    if not tok_files:
        sys.exit(f"dev_text: no tok/*_dev.txt under {args.shared}")

    sentences, tokens = [], []
    for path in tok_files:
        with open(path, encoding="utf-8") as f:
            lines = [l.rstrip("\n") for l in f]
        with open(path[: -len(".txt")] + ".tokens.txt", encoding="utf-8") as f:
            gold = [l.rstrip("\n").split("\t") for l in f]
        if len(gold) != len(lines):
            sys.exit(f"dev_text: {path}: {len(lines)} lines but {len(gold)} token lines")
        for line, toks in zip(lines, gold):
            if line.strip():
                sentences.append(line)
                tokens.append([t for t in toks if t])

    with open(args.sentences, "w", encoding="utf-8") as f:
        for s in sentences:
            f.write(s + "\n")
    block = "".join(s + "\n" for s in sentences).encode("utf-8")
    want = int(args.big_mb * 1e6)
    with open(args.big, "wb") as f:
        written = 0
        while written < want:
            f.write(block)
            written += len(block)
    print(f"wrote {args.sentences}: {len(sentences)} sentences, {len(block)} bytes")
    print(f"wrote {args.big}: {written} bytes ({written // len(block)} copies)")

    sent_bytes = sorted(len(s.encode("utf-8")) for s in sentences)
    sent_toks = sorted(len(t) for t in tokens)
    all_toks = [t for ts in tokens for t in ts]
    words = [t for t in all_toks if is_word(t)]
    caps = [w for w in words if w[0].isupper()]
    print()
    print(f"tok dev ({', '.join(os.path.basename(p) for p in tok_files)}), gold tokens:")
    print(
        "  sentence bytes: mean %.1f, p10 %d, median %d, p90 %d"
        % (statistics.mean(sent_bytes), percentile(sent_bytes, 10),
           percentile(sent_bytes, 50), percentile(sent_bytes, 90))
    )
    print(
        "  sentence tokens: mean %.1f, p10 %d, median %d, p90 %d"
        % (statistics.mean(sent_toks), percentile(sent_toks, 10),
           percentile(sent_toks, 50), percentile(sent_toks, 90))
    )
    print("  token bytes: mean %.2f; word-token bytes: mean %.2f"
          % (statistics.mean(len(t.encode()) for t in all_toks),
             statistics.mean(len(w.encode()) for w in words)))
    print("  word tokens: %.1f%% of tokens; capitalised: %.1f%% of word tokens"
          % (100 * len(words) / len(all_toks), 100 * len(caps) / len(words)))
    first = words[:20000]
    print("  distinct forms in the first %d word tokens: %d (lowercased), %d capitalised"
          % (len(first), len({w.lower() for w in first}),
             len({w for w in first if w[0].isupper()})))
    non_ascii = sum(1 for s in sentences for c in s if ord(c) > 127)
    print("  non-ASCII chars: %.2f%% of chars" % (100 * non_ascii / sum(len(s) for s in sentences)))

    print()
    print("ner dev (gold, per 100 tokens; PER and LOC are the kinds the tagger has):")
    for path in sorted(glob.glob(os.path.join(args.shared, "ner", "*_dev.jsonl"))):
        if os.path.basename(path).startswith("gpe_"):
            continue
        n_tok, counts = 0, {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                obj = json.loads(line)
                n_tok += len(obj["text"].split())
                for e in obj["entities"]:
                    counts[e["label"]] = counts.get(e["label"], 0) + 1
        rates = ", ".join(f"{k} {100 * v / n_tok:.2f}" for k, v in sorted(counts.items()))
        print(f"  {os.path.basename(path)}: {n_tok} tokens; {rates}")
    for path in sorted(glob.glob(os.path.join(args.shared, "ner", "gpe_*.jsonl"))):
        n_tok, n_req, n_opt = 0, 0, 0
        with open(path, encoding="utf-8") as f:
            for line in f:
                obj = json.loads(line)
                n_tok += len(obj["text"].split())
                for m in obj["mentions"]:
                    if m.get("optional"):
                        n_opt += 1
                    else:
                        n_req += 1
        print(f"  {os.path.basename(path)}: country/city mentions {100 * n_req / n_tok:.2f}"
              f" required, {100 * (n_req + n_opt) / n_tok:.2f} with optional")


if __name__ == "__main__":
    main()
