//! Runs one adversarial input through one component, once, so that
//! `/usr/bin/time -v` can report its peak memory (criterion's process is
//! no use for that: it holds every case at once).
//!
//! `cargo run --release --example adversarial_mem -- CASE BYTES [COMPONENT]`
//!
//! CASE is a name from `benches/common/adversarial.rs` or `long_word`;
//! COMPONENT is `tokenize`, `sentences`, `analyze`, `entities`, `stem` or
//! `all` (the default). Prints the output counts and the time taken.

#[path = "../benches/common/adversarial.rs"]
mod adversarial;

use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(case), Some(bytes)) = (args.first(), args.get(1)) else {
        eprintln!(
            "usage: adversarial_mem CASE BYTES [tokenize|sentences|analyze|entities|stem|all]"
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
    // Build the lazy defaults first, so the time is the component's alone.
    let tokenizer = indonlp::Tokenizer::new();
    let tagger = indonlp::EntityTagger::new();
    let stemmer = indonlp::Stemmer::new();
    let analyzer = indonlp::Analyzer::new();
    let _ = analyzer.analyze("Presiden Joko Widodo tiba di Jakarta.");
    let start = Instant::now();
    let all = component == "all";
    if all || component == "tokenize" {
        println!("tokens: {}", tokenizer.tokenize(&text).count());
    }
    if all || component == "sentences" {
        println!("sentences: {}", tokenizer.sentences(&text).count());
    }
    if all || component == "analyze" {
        println!(
            "analyzed tokens: {}",
            analyzer.analyze(&text).tokens().len()
        );
    }
    if all || component == "entities" {
        println!("entities: {}", tagger.find_iter(&text).count());
    }
    if all || component == "stem" {
        println!("stem bytes: {}", stemmer.stem(&text).len());
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{case} {} bytes {component}: {:.3} s, {:.1} MB/s",
        text.len(),
        secs,
        text.len() as f64 / 1e6 / secs
    );
    ExitCode::SUCCESS
}
