//! Tokenizes text line by line.
//!
//! ```sh
//! cargo run --release --example tokenize -- examples/sample.txt
//! echo "Anak-anak bermain di Jakarta." | cargo run --example tokenize
//! ```
//!
//! For each input line, writes exactly one output line: the line's tokens
//! separated by TAB. `--split-clitics` splits clitics (UD words);
//! `--spans` writes a JSON array of `[start, end]` character offsets
//! instead. Lines that are not valid UTF-8 are decoded lossily (invalid
//! bytes become U+FFFD) so the line count is kept.

use std::io::{self, BufRead, BufWriter, Write};

mod common;

fn main() {
    common::check_args(
        "tokenize [--split-clitics] [--spans] [FILE]",
        &["--split-clitics", "--spans"],
        1,
    );
    common::exit_on_error("tokenize", run());
}

fn run() -> io::Result<()> {
    let mut split = false;
    let mut spans = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--split-clitics" => split = true,
            "--spans" => spans = true,
            "-h" | "--help" => {
                println!("usage: tokenize [--split-clitics] [--spans] [FILE]");
                return Ok(());
            }
            _ if arg.starts_with("--") => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!("unknown option {arg}"),
                ))
            }
            _ => path = Some(arg),
        }
    }
    let tokenizer = indonlp::Tokenizer::builder().split_clitics(split).build();
    let input: Box<dyn BufRead> = match &path {
        Some(p) => Box::new(io::BufReader::new(
            std::fs::File::open(p).map_err(|e| io::Error::new(e.kind(), format!("{p}: {e}")))?,
        )),
        None => Box::new(io::stdin().lock()),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    common::for_each_line(input, |line| {
        if spans {
            let mut first = true;
            out.write_all(b"[")?;
            for (_, r) in tokenizer.tokenize(line).with_char_offsets() {
                if !first {
                    out.write_all(b", ")?;
                }
                first = false;
                write!(out, "[{}, {}]", r.start, r.end)?;
            }
            out.write_all(b"]\n")?;
        } else {
            let mut first = true;
            for t in tokenizer.tokenize(line) {
                if !first {
                    out.write_all(b"\t")?;
                }
                first = false;
                out.write_all(t.text().as_bytes())?;
            }
            out.write_all(b"\n")?;
        }
        Ok(())
    })?;
    out.flush()
}
