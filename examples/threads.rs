//! One analyzer shared by several threads: a file is cut into documents of
//! at most 64 KiB (at line breaks) and analysed in parallel, one `analyze`
//! call per document. A progress line goes to stderr when it is a terminal;
//! otherwise the only output is the summary on stdout.
//!
//! ```sh
//! cargo run --release --example threads -- FILE [THREADS]
//! ```

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

mod common;

/// The size of one document: `analyze` is called once per chunk.
const CHUNK_BYTES: usize = 64 << 10;

/// `text` cut into chunks of at most `max` bytes: at the last line break
/// in the window, or failing that the last space, or failing that a char
/// boundary, so no chunk is larger than `max` whatever the input (one
/// line without breaks would otherwise be one chunk, on one thread).
fn chunks(text: &str, max: usize) -> Vec<&str> {
    let mut chunks = Vec::with_capacity(text.len() / max + 1);
    let mut rest = text;
    while rest.len() > max {
        let mut end = max;
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let window = &rest.as_bytes()[..end];
        let cut = match window.iter().rposition(|&b| b == b'\n') {
            Some(i) => i + 1,
            None => window
                .iter()
                .rposition(|&b| b == b' ')
                .map_or(end, |i| i + 1),
        };
        chunks.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    if !rest.is_empty() {
        chunks.push(rest);
    }
    chunks
}

fn main() {
    common::check_args("threads FILE [THREADS]", &[], 2);
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: threads FILE [THREADS]");
        std::process::exit(2);
    };
    let threads: usize = match args.next().map(|t| t.parse()) {
        None => std::thread::available_parallelism().map_or(2, |n| n.get()),
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            eprintln!("threads: THREADS must be a positive number");
            std::process::exit(2);
        }
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("threads: {path}: {e}");
            std::process::exit(1);
        }
    };
    let text = String::from_utf8_lossy(&bytes);

    let chunks = chunks(&text, CHUNK_BYTES);
    // Built once; every thread uses the same one.
    let analyzer = indonlp::Analyzer::new();
    let _ = analyzer.analyze("Pemanasan."); // build the lazy defaults before timing
    let next = AtomicUsize::new(0);
    let done_bytes = AtomicUsize::new(0);
    // A progress line is for a person watching; in a log or a pipe it
    // would only be noise beside the summary.
    let progress = std::io::stderr().is_terminal();
    let started = Instant::now();
    let (tokens, entities) = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let (mut tokens, mut entities) = (0usize, 0usize);
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(chunk) = chunks.get(i) else { break };
                        let doc = analyzer.analyze(chunk);
                        tokens += doc.tokens().len();
                        entities += doc.entities().len();
                        let done =
                            done_bytes.fetch_add(chunk.len(), Ordering::Relaxed) + chunk.len();
                        if progress {
                            // `eprint!` would panic on a closed stderr
                            let _ = write!(
                                std::io::stderr(),
                                "\r{:>5.1}% of {} bytes",
                                100.0 * done as f64 / text.len() as f64,
                                text.len()
                            );
                        }
                    }
                    (tokens, entities)
                })
            })
            .collect();
        workers.into_iter().fold((0, 0), |acc, w| {
            let (t, e) = w.join().expect("worker thread panicked");
            (acc.0 + t, acc.1 + e)
        })
    });
    let secs = started.elapsed().as_secs_f64();
    if progress {
        let _ = writeln!(std::io::stderr());
    }
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{threads} threads, {} chunks of <= {} KiB: {tokens} tokens, {entities} entities in {secs:.3} s = {:.1} MB/s",
        chunks.len(),
        CHUNK_BYTES >> 10,
        text.len() as f64 / 1e6 / secs
    );
}

#[cfg(test)]
mod tests {
    use super::chunks;

    /// The chunks cover the text exactly, none is over the limit, and a
    /// cut falls after a line break when the window has one, else after a
    /// space, else on a char boundary.
    #[test]
    fn chunks_are_bounded_and_cut_at_line_breaks() {
        let lines = "Kalimat pertama di sini.\nKalimat kedua, agak panjang.\n".repeat(50);
        for (text, max) in [
            (lines.as_str(), 100),
            ("tanpa baris baru sama sekali ".repeat(20).as_str(), 64),
            (&"é".repeat(100), 7),
            ("", 10),
        ] {
            let got = chunks(text, max);
            assert_eq!(got.concat(), text);
            assert!(got.iter().all(|c| !c.is_empty() && c.len() <= max));
            if text.contains('\n') {
                assert!(got.iter().all(|c| c.ends_with('\n')), "{got:?}");
            } else if text.contains(' ') {
                assert!(got[..got.len() - 1].iter().all(|c| c.ends_with(' ')));
            }
        }
    }
}
