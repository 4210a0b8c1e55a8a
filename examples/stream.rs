//! Analyses a file (or standard input) of any size in bounded memory with
//! `Analyzer::analyze_reader`, and prints what it found and how fast.
//!
//! ```sh
//! cargo run --release --example stream -- FILE
//! /usr/bin/time -v target/release/examples/stream BIG.txt   # peak memory
//! ```

use std::collections::BTreeMap;
use std::io::Read;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let input: Box<dyn Read> = match args.as_slice() {
        [] => Box::new(std::io::stdin().lock()),
        [path] if !path.starts_with('-') || path == "-" => {
            if path == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                match std::fs::File::open(path) {
                    Ok(f) => Box::new(f),
                    Err(e) => {
                        eprintln!("stream: {path}: {e}");
                        std::process::exit(1);
                    }
                }
            }
        }
        _ => {
            eprintln!("usage: stream [FILE]");
            std::process::exit(2);
        }
    };
    let analyzer = indonlp::Analyzer::new();
    let start = Instant::now();
    let (mut bytes, mut chunks, mut tokens, mut sentences) = (0u64, 0u64, 0u64, 0u64);
    let mut entities: BTreeMap<&'static str, u64> = BTreeMap::new();
    let result = analyzer.analyze_reader(input, |offset, doc| {
        bytes = offset + doc.text().len() as u64;
        chunks += 1;
        tokens += doc.tokens().len() as u64;
        sentences += doc.sentences().len() as u64;
        for e in doc.entities() {
            *entities.entry(e.kind().label()).or_default() += 1;
        }
    });
    if let Err(e) = result {
        eprintln!("stream: {e}");
        std::process::exit(1);
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{bytes} bytes in {chunks} chunks: {sentences} sentences, {tokens} tokens, entities {entities:?}"
    );
    println!(
        "{:.1} s, {:.1} MB/s on one thread",
        secs,
        bytes as f64 / secs.max(1e-9) / 1e6
    );
}
