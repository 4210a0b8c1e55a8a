//! One analyzer shared by several threads: a file is cut into chunks at
//! line breaks and analysed in parallel, with a progress line.
//!
//! ```sh
//! cargo run --release --example threads -- FILE [THREADS]
//! ```

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

mod common;

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

    // Chunks of about 64 KiB, cut after a newline so no sentence is split.
    let mut chunks = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + (64 << 10)).min(text.len());
        while end < text.len() && (!text.is_char_boundary(end) || text.as_bytes()[end - 1] != b'\n')
        {
            end += 1;
        }
        chunks.push(&text[start..end]);
        start = end;
    }

    // Built once; every thread uses the same one.
    let analyzer = indonlp::Analyzer::new();
    let _ = analyzer.analyze("Pemanasan."); // build the lazy defaults before timing
    let next = AtomicUsize::new(0);
    let done_bytes = AtomicUsize::new(0);
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
                        // progress only: `eprint!` would panic on a closed stderr
                        let _ = write!(
                            std::io::stderr(),
                            "\r{:>5.1}% of {} bytes",
                            100.0 * done as f64 / text.len() as f64,
                            text.len()
                        );
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
    let _ = writeln!(std::io::stderr());
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{threads} threads, {} chunks: {tokens} tokens, {entities} entities in {secs:.3} s = {:.1} MB/s",
        chunks.len(),
        text.len() as f64 / 1e6 / secs
    );
}
