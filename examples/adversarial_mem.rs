//! Runs one adversarial input through one component, once, so that
//! `/usr/bin/time -v` can report its peak memory (criterion's process is
//! no use for that: it holds every case at once).
//!
//! `cargo run --release --example adversarial_mem -- CASE BYTES [COMPONENT [REPEAT]]`
//!
//! CASE is a name from `benches/common/adversarial.rs` or `long_word`;
//! COMPONENT is `tokenize`, `sentences`, `analyze`, `entities`, `stem` or
//! `all` (the default) or `none` (the baseline: the input alone). Prints
//! the output counts and the time taken.

#[path = "../benches/common/adversarial.rs"]
mod adversarial;

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

mod common;

fn main() -> ExitCode {
    common::check_args(
        "adversarial_mem CASE BYTES [tokenize|sentences|analyze|entities|stem|all|none [REPEAT]]",
        &[],
        4,
    );
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(case), Some(bytes)) = (args.first(), args.get(1)) else {
        eprintln!(
            "usage: adversarial_mem CASE BYTES [tokenize|sentences|analyze|entities|stem|all|none]"
        );
        eprintln!(
            "cases: long_word {}",
            adversarial::CASES
                .iter()
                .map(|c| c.name)
                .collect::<Vec<_>>()
                .join(" ")
        );
        return ExitCode::from(2);
    };
    let Ok(bytes) = bytes.parse::<usize>() else {
        eprintln!("adversarial_mem: BYTES must be a number");
        return ExitCode::from(2);
    };
    let text = if case == "long_word" {
        adversarial::long_word(bytes)
    } else {
        match adversarial::find(case) {
            Some(c) => adversarial::make(c, bytes),
            None => {
                eprintln!("adversarial_mem: unknown case {case:?}");
                return ExitCode::from(2);
            }
        }
    };
    let component = args.get(2).map_or("all", String::as_str);
    let all = component == "all";
    let wants = |c: &str| all || component == c;
    // Build (only) the lazy defaults the component needs before timing, so
    // that the peak memory above the `none` baseline is the component's.
    let tokenizer = indonlp::Tokenizer::new();
    let tagger = wants("entities").then(indonlp::EntityTagger::new);
    let stemmer = wants("stem").then(indonlp::Stemmer::new);
    let analyzer = wants("analyze").then(|| {
        let a = indonlp::Analyzer::new();
        let _ = a.analyze("Presiden Joko Widodo tiba di Jakarta.");
        a
    });
    // One buffer written at the end: `println!` would panic when the reader
    // has gone (`| head -1`).
    let mut out = String::new();
    macro_rules! outln {
        ($out:ident, $($arg:tt)*) => {{
            $out.push_str(&format!($($arg)*));
            $out.push('\n');
        }};
    }
    // Optional REPEAT: the best of that many runs (warm caches, as in the
    // criterion bench), to tell a cache step from superlinear growth.
    let repeat: u32 = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(1).max(1);
    let mut secs = f64::INFINITY;
    for _ in 0..repeat {
        out.clear();
        let start = Instant::now();
        if wants("tokenize") {
            outln!(out, "tokens: {}", tokenizer.tokenize(&text).count());
        }
        if wants("sentences") {
            outln!(out, "sentences: {}", tokenizer.sentences(&text).count());
        }
        if let Some(analyzer) = &analyzer {
            outln!(
                out,
                "analyzed tokens: {}",
                analyzer.analyze(&text).tokens().len()
            );
        }
        if let Some(tagger) = &tagger {
            outln!(out, "entities: {}", tagger.find_iter(&text).count());
        }
        if let Some(stemmer) = &stemmer {
            outln!(out, "stem bytes: {}", stemmer.stem(&text).len());
        }
        secs = secs.min(start.elapsed().as_secs_f64());
    }
    outln!(
        out,
        "{case} {} bytes {component}: {:.3} s, {:.1} MB/s",
        text.len(),
        secs,
        text.len() as f64 / 1e6 / secs
    );
    let _ = std::io::stdout().write_all(out.as_bytes());
    ExitCode::SUCCESS
}
