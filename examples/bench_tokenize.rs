//! Measures tokenizer throughput on your own text, against
//! `unicode-segmentation`'s word bounds on the same text, in the same run.
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
    let mb = text.len() as f64 / 1e6;
    let budget = Duration::from_secs(2);
    let tokenizer = indonlp::Tokenizer::new();

    let (t_ours, n_ours) = measure(budget, || tokenizer.tokenize(&text).count());
    let (t_useg, n_useg) = measure(budget, || {
        text.split_word_bounds()
            .filter(|w| !w.trim().is_empty())
            .count()
    });
    let report = || -> io::Result<()> {
        let mut out = io::stdout().lock();
        writeln!(out, "input: {path}, {:.2} MB", mb)?;
        for (name, t, n) in [
            ("indonlp", t_ours, n_ours),
            ("unicode-segmentation", t_useg, n_useg),
        ] {
            writeln!(
                out,
                "{name:<22} {:>9.1} MB/s {:>12.0} tokens/s  ({n} tokens)",
                mb / t,
                n as f64 / t
            )?;
        }
        writeln!(
            out,
            "ratio indonlp/unicode-segmentation: {:.2}",
            t_useg / t_ours
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
