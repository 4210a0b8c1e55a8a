//! Stems words read one per line on stdin, writing exactly one line per input
//! line (the protocol of the lemma scorer). `--analyze` prints the breakdown
//! (`word<TAB>root<TAB>prefixes-root-suffixes`) instead; `--stats` only
//! builds the default stemmer and reports how long that took (run it under
//! `/usr/bin/time -v` for the resident memory).
//!
//! ```sh
//! printf 'pergerakan\nanak-anak\n' | cargo run --release --example stem
//! printf 'mempertanyakannya\n' | cargo run --release --example stem -- --analyze
//! /usr/bin/time -v cargo run --release --example stem -- --stats
//! ```

use std::io::{self, BufWriter, Write};

mod common;

fn main() {
    common::check_args(
        "stem [--analyze | --stats] < WORDS",
        &["--analyze", "--stats"],
        0,
    );
    if std::env::args().skip(1).any(|a| a == "--stats") {
        let start = std::time::Instant::now();
        let stemmer = indonlp::Stemmer::new();
        let root = stemmer.stem("pergerakannya");
        let elapsed = start.elapsed();
        println!(
            "default stemmer built in {:.2} ms ({} dictionary words; pergerakannya -> {root})",
            elapsed.as_secs_f64() * 1e3,
            stemmer.dictionary_len()
        );
        return;
    }
    let analyze = std::env::args().skip(1).any(|a| a == "--analyze");
    common::exit_on_error("stem", run(analyze));
}

fn run(analyze: bool) -> io::Result<()> {
    let stemmer = indonlp::Stemmer::new();
    let mut out = BufWriter::new(io::stdout().lock());
    common::for_each_line(io::stdin().lock(), |line| {
        let word = line.trim();
        if analyze {
            let a = stemmer.analyze(word);
            writeln!(out, "{word}\t{}\t{a}", a.root())
        } else {
            writeln!(out, "{}", stemmer.stem(word))
        }
    })?;
    out.flush()
}
