//! `indonlp bench`: how fast the library runs on the user's own text, one
//! thread, per line and per file, beside `unicode-segmentation`'s word
//! bounds (what people otherwise use to split words) in the same run.

use crate::args::{BenchArgs, By};
use crate::input::{self, Source};
use crate::report::{Reporter, Status};
use crate::units::{self, Stop};
use indonlp::{Analyzer, EntityTagger, Tokenizer};
use std::io::Write;
use std::time::{Duration, Instant};
use unicode_segmentation::UnicodeSegmentation;

/// Times every cell (task × per line / per file), interleaved: round after
/// round each cell runs one pass, until each has run for `budget` (at least
/// once). Interleaving spreads any load from other processes over all cells
/// alike, and the fastest pass of a cell is kept, the usual estimate on a
/// shared machine. Returns (seconds per pass, count) per cell.
fn measure_all(
    budget: Duration,
    cells: &mut [Box<dyn FnMut() -> usize + '_>],
) -> Vec<(f64, usize)> {
    let mut best = vec![(f64::INFINITY, 0); cells.len()];
    let mut spent = vec![Duration::ZERO; cells.len()];
    loop {
        let mut ran = false;
        for (i, cell) in cells.iter_mut().enumerate() {
            if best[i].0.is_finite() && spent[i] >= budget {
                continue;
            }
            let start = Instant::now();
            let count = std::hint::black_box(cell());
            let took = start.elapsed();
            spent[i] += took;
            if took.as_secs_f64() < best[i].0 {
                best[i] = (took.as_secs_f64(), count);
            }
            ran = true;
        }
        if !ran {
            return best;
        }
    }
}

fn read_all(files: &[std::path::PathBuf], report: &Reporter) -> Vec<String> {
    let mut texts = Vec::new();
    for path in files {
        let source = Source::File(path.clone());
        let name = source.name();
        let mut reader = match input::open(&source, report) {
            Ok(r) => r,
            Err(e) => {
                report.error(&format!("{name}: {}", crate::work::io_reason(&e)));
                continue;
            }
        };
        let r = units::read_units(&name, &mut *reader, By::File, false, report, &mut |u| {
            texts.push(u.text);
            true
        });
        if let Err(Stop::Failed(m)) = r {
            report.error(&m);
        }
    }
    texts
}

pub fn run(args: &BenchArgs) -> Result<Status, String> {
    if !(args.budget.is_finite() && args.budget >= 0.0) {
        return Err(format!("--budget {}: not a number of seconds", args.budget));
    }
    let report = Reporter::new(true);
    let texts = read_all(&args.files, &report);
    if texts.is_empty() {
        return Ok(report.finish());
    }
    let lines: Vec<&str> = texts.iter().flat_map(|t| t.lines()).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    let budget = Duration::from_secs_f64(args.budget);

    let tokenizer = Tokenizer::new();
    let tagger = EntityTagger::new();
    let analyzer = Analyzer::new();
    // Build the lazy defaults before timing.
    let _ = analyzer.analyze("Presiden tiba di Jakarta.");
    let _ = tagger.find_iter("di Jakarta").count();

    type Task<'a> = (&'a str, Box<dyn Fn(&str) -> usize + 'a>);
    let tasks: [Task; 4] = [
        (
            "indonlp tokenize",
            Box::new(|s| tokenizer.tokenize(s).count()),
        ),
        (
            "indonlp entities",
            Box::new(|s| tagger.find_iter(s).count()),
        ),
        (
            "indonlp analyze",
            Box::new(|s| analyzer.analyze(s).tokens().len()),
        ),
        (
            "unicode-segmentation",
            Box::new(|s| {
                s.split_word_bounds()
                    .filter(|w| !w.trim().is_empty())
                    .count()
            }),
        ),
    ];
    let started = Instant::now();
    let mut cells: Vec<Box<dyn FnMut() -> usize + '_>> = Vec::new();
    for (_, f) in &tasks {
        let (lines, texts) = (&lines, &texts);
        cells.push(Box::new(move || lines.iter().map(|l| f(l)).sum()));
        cells.push(Box::new(move || texts.iter().map(|t| f(t)).sum()));
    }
    // [task][per line, per file] = (seconds per pass, count)
    let results: Vec<[(f64, usize); 2]> = measure_all(budget, &mut cells)
        .chunks(2)
        .map(|c| [c[0], c[1]])
        .collect();
    drop(cells);
    // tokens/s counts indonlp's tokens for the indonlp rows and
    // unicode-segmentation's non-space segments for its own row.
    let tokens = [results[0][0].1, results[0][1].1];
    let words = [results[3][0].1, results[3][1].1];

    let mut out = std::io::stdout().lock();
    let table = (|| -> std::io::Result<()> {
        writeln!(
            out,
            "input: {} file{}, {}, {} lines; {} indonlp tokens, {} unicode-segmentation words",
            texts.len(),
            if texts.len() == 1 { "" } else { "s" },
            if bytes >= 1_000_000 {
                format!("{mb:.2} MB")
            } else {
                format!("{bytes} bytes")
            },
            lines.len(),
            tokens[1],
            words[1]
        )?;
        writeln!(
            out,
            "one thread; each cell is the fastest of its passes over the whole input (cells interleaved, ≥ {:.1} s each)\n",
            args.budget
        )?;
        writeln!(
            out,
            "{:<22} {:>30}   {:>30}",
            "", "──── per line ────", "──── per file ────"
        )?;
        writeln!(
            out,
            "{:<22} {:>9} {:>11} {:>8}   {:>9} {:>11} {:>8}",
            "task", "MB/s", "tokens/s", "× useg", "MB/s", "tokens/s", "× useg"
        )?;
        for (i, (name, _)) in tasks.iter().enumerate() {
            write!(out, "{name:<22}")?;
            for mode in 0..2 {
                let secs = results[i][mode].0;
                let useg_secs = results[3][mode].0;
                let count = if i == 3 { words[mode] } else { tokens[mode] };
                if mode == 1 {
                    write!(out, "  ")?;
                }
                write!(
                    out,
                    " {:>9.1} {:>11} {:>7.2}×",
                    mb / secs,
                    human(count as f64 / secs),
                    useg_secs / secs
                )?;
            }
            writeln!(out)?;
        }
        writeln!(
            out,
            "\n× useg: speed relative to unicode-segmentation word bounds on the same text (higher is faster)"
        )?;
        writeln!(out, "measured in {:.1} s", started.elapsed().as_secs_f64())
    })();
    match table {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            report.error(&format!("writing output: {}", crate::work::io_reason(&e)))
        }
        _ => {}
    }
    Ok(report.finish())
}

/// `12.3 M` style numbers for the table.
fn human(x: f64) -> String {
    if x >= 1e9 {
        format!("{:.2} G", x / 1e9)
    } else if x >= 1e6 {
        format!("{:.2} M", x / 1e6)
    } else if x >= 1e3 {
        format!("{:.1} k", x / 1e3)
    } else {
        format!("{x:.0}")
    }
}
