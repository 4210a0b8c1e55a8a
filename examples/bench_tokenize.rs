//! Measures tokenizer throughput on your own text, against
//! `unicode-segmentation`'s word bounds (`split_word_bounds`, whitespace
//! segments dropped) on the same text, in the same run: the whole file in
//! one call, and each line in its own call (a one-sentence-per-line file
//! gives the per-sentence speed), with the ratios.
//!
//! ```sh
//! cargo run --release --example bench_tokenize -- FILE
//! ```

use std::io::{self, Write};
use std::time::{Duration, Instant};
use unicode_segmentation::UnicodeSegmentation;

mod common;

/// Runs `f` repeatedly for at least `budget`, returning (seconds per run, result).
fn measure(budget: Duration, mut f: impl FnMut() -> usize) -> (f64, usize) {
    let mut result = f(); // warm-up (and lazy initialisation)
    let start = Instant::now();
    let mut runs = 0u32;
    while start.elapsed() < budget || runs < 3 {
        result = std::hint::black_box(f());
        runs += 1;
    }
    (start.elapsed().as_secs_f64() / runs as f64, result)
}

/// The baseline of issue 9: UAX #29 word bounds (`split_word_bounds`),
/// whitespace segments dropped.
fn word_bounds(text: &str) -> usize {
    text.split_word_bounds()
        .filter(|w| !w.trim().is_empty())
        .count()
}

fn main() {
    common::check_args("bench_tokenize FILE", &[], 1);
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bench_tokenize FILE");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("bench_tokenize: {path}: {e}");
            std::process::exit(1);
        }
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    // Per-line calls: each line (a sentence, in a one-sentence-per-line
    // file) is tokenized by its own call, the way most users call it.
    let lines: Vec<&str> = text.lines().collect();
    let mb = text.len() as f64 / 1e6;
    let line_mb = lines.iter().map(|l| l.len()).sum::<usize>() as f64 / 1e6;
    let budget = Duration::from_secs(2);
    let tokenizer = indonlp::Tokenizer::new();

    let (t_ours, n_ours) = measure(budget, || tokenizer.tokenize(&text).count());
    let (t_useg, n_useg) = measure(budget, || word_bounds(&text));
    let (tl_ours, nl_ours) = measure(budget, || {
        lines.iter().map(|l| tokenizer.tokenize(l).count()).sum()
    });
    let (tl_useg, nl_useg) = measure(budget, || lines.iter().map(|l| word_bounds(l)).sum());
    let report = || -> io::Result<()> {
        let mut out = io::stdout().lock();
        writeln!(
            out,
            "input: {path}, {mb:.2} MB, {} lines ({line_mb:.2} MB without line ends)",
            lines.len()
        )?;
        for (call, mb, rows) in [
            (
                "whole file, one call",
                mb,
                [
                    ("indonlp", t_ours, n_ours),
                    ("unicode-segmentation", t_useg, n_useg),
                ],
            ),
            (
                "one call per line",
                line_mb,
                [
                    ("indonlp", tl_ours, nl_ours),
                    ("unicode-segmentation", tl_useg, nl_useg),
                ],
            ),
        ] {
            writeln!(out, "{call}:")?;
            for (name, t, n) in rows {
                writeln!(
                    out,
                    "  {name:<22} {:>9.1} MB/s {:>12.0} tokens/s  ({n} tokens)",
                    mb / t,
                    n as f64 / t
                )?;
            }
            writeln!(
                out,
                "  ratio indonlp/unicode-segmentation: {:.2}",
                rows[1].1 / rows[0].1
            )?;
        }
        writeln!(
            out,
            "per line / whole file: indonlp {:.2}, unicode-segmentation {:.2}",
            (line_mb / tl_ours) / (mb / t_ours),
            (line_mb / tl_useg) / (mb / t_useg)
        )
    };
    // `println!` panics when the reader has gone (`| head -1`): a closed
    // pipe just ends the output.
    match report() {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("bench_tokenize: {e}");
            std::process::exit(1);
        }
        _ => {}
    }
}
