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

use std::io::{self, BufRead, BufWriter, Write};

fn main() {
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
    if let Err(e) = run(analyze) {
        // A closed pipe (`| head`) is a normal way to stop.
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("stem: {e}");
            std::process::exit(1);
        }
    }
}

fn run(analyze: bool) -> io::Result<()> {
    let stemmer = indonlp::Stemmer::new();
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        // Invalid UTF-8 is replaced rather than fatal, so the output keeps
        // one line per input line.
        let line = String::from_utf8_lossy(&buf);
        let word = line.trim_end_matches(['\n', '\r']).trim();
        if analyze {
            let a = stemmer.analyze(word);
            writeln!(out, "{word}\t{}\t{a}", a.root())?;
        } else {
            writeln!(out, "{}", stemmer.stem(word))?;
        }
    }
    out.flush()
}
