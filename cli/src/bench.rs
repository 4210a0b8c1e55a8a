//! `indonlp bench`: how fast the library runs on the user's own text, one
//! thread, per line and per file, beside `unicode-segmentation`'s word
//! bounds (what people otherwise use to split words) in the same run.
//!
//! With `--formats`, also `analyze` writing each output format with the
//! command's own code (units cut as the command cuts them, one output
//! buffer reused per batch, as a worker does), beside `analyze` alone: the
//! cost of a format, apart from the command's reading, threads and writing;
//! and the command's whole pipeline (reading the files, batches, 1 and 2
//! worker threads, output in order, counted instead of written), so the
//! command's own overhead shows apart from the format's.

use crate::args::{BenchArgs, By, Cli, Command, Format, Task};
use crate::input::{self, Source};
use crate::pipeline::{is_full, BATCH_BYTES};
use crate::report::{Reporter, Status};
use crate::units::{self, Batch, Stop, Unit};
use crate::work::{write_sources, Engine};
use clap::{Parser, ValueEnum};
use indonlp::{Analyzer, EntityTagger, Tokenizer};
use std::borrow::Cow;
use std::io::Write;
use std::sync::Arc;
use std::time::{Duration, Instant};
use unicode_segmentation::UnicodeSegmentation;

/// The fastest pass of a cell.
#[derive(Clone, Copy)]
struct Best {
    /// Wall-clock seconds.
    secs: f64,
    /// CPU seconds of the process (every thread), where the system reports them.
    cpu: Option<f64>,
    /// What the cell counted (tokens, words or output bytes).
    count: usize,
}

impl Best {
    /// CPU seconds, if the system reports them and they are precise
    /// enough (ticks of 1/100 s: passes of at least a second).
    fn cpu(&self) -> Option<f64> {
        self.cpu.filter(|&c| c >= 1.0)
    }
}

/// CPU time (user + system) of the process, all threads, from
/// `/proc/self/stat` (Linux; `None` elsewhere): the cells run one at a time,
/// so it is the measured cell's, pipeline threads included. Its unit is
/// the kernel's USER_HZ clock tick, 1/100 s on Linux: fine for passes of a
/// second or more, which is what the format rows run on a large file.
fn process_cpu() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // fields after the command name, which may contain spaces: state is
    // field 3, utime and stime fields 14 and 15
    let fields: Vec<&str> = stat[stat.rfind(')')? + 1..].split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<u64>().ok();
    Some((ticks(11)? + ticks(12)?) as f64 / 100.0)
}

/// Times every cell (task × per line / per file), interleaved: round after
/// round each cell runs one pass, until each has run for `budget` (at least
/// once). Interleaving spreads any load from other processes over all cells
/// alike, and the fastest pass of a cell is kept, the usual estimate on a
/// shared machine (for CPU time too: its least is kept separately).
fn measure_all(budget: Duration, cells: &mut [Box<dyn FnMut() -> usize + '_>]) -> Vec<Best> {
    let mut best = vec![
        Best {
            secs: f64::INFINITY,
            cpu: None,
            count: 0,
        };
        cells.len()
    ];
    let mut spent = vec![Duration::ZERO; cells.len()];
    loop {
        let mut ran = false;
        for (i, cell) in cells.iter_mut().enumerate() {
            if best[i].secs.is_finite() && spent[i] >= budget {
                continue;
            }
            let cpu_start = process_cpu();
            let start = Instant::now();
            let count = std::hint::black_box(cell());
            let took = start.elapsed();
            let cpu = cpu_start.zip(process_cpu()).map(|(a, b)| b - a);
            spent[i] += took;
            let b = &mut best[i];
            if took.as_secs_f64() < b.secs {
                b.secs = took.as_secs_f64();
                b.count = count;
            }
            if let Some(cpu) = cpu {
                b.cpu = Some(b.cpu.map_or(cpu, |c| c.min(cpu)));
            }
            ran = true;
        }
        if !ran {
            return best;
        }
    }
}

/// The files as whole-file units, as `--by file` reads them (a batch
/// each, as the command sends them).
fn read_all(files: &[std::path::PathBuf], report: &Reporter) -> Vec<Batch> {
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
        let mut batch = Batch::default();
        let r = units::read_units(
            &name,
            &mut *reader,
            By::File,
            false,
            report,
            &mut |index, line, text| {
                batch.push(&name, index, line, text);
                true
            },
        );
        match r {
            Err(Stop::Failed(m)) => report.error(&m),
            _ => texts.push(batch),
        }
    }
    texts
}

/// The files' lines as `--by line` cuts them, in the command's batches.
fn line_batches(files: &[Batch], report: &Reporter) -> Vec<Batch> {
    let mut batches = Vec::new();
    let mut batch = Batch::default();
    for file in files.iter().flat_map(Batch::iter) {
        let source: Arc<str> = Arc::from(file.source);
        let mut text = file.text.as_bytes();
        let mut emit = |index, line, text: Cow<'_, str>| {
            batch.push(&source, index, line, text);
            if is_full(&batch) {
                batches.push(std::mem::take(&mut batch));
            }
            true
        };
        let _ = units::read_units(file.source, &mut text, By::Line, false, report, &mut emit);
    }
    if batch.len() > 0 {
        batches.push(batch);
    }
    batches
}

pub fn run(args: &BenchArgs) -> Result<Status, String> {
    if !(args.budget.is_finite() && args.budget >= 0.0) {
        return Err(format!("--budget {}: not a number of seconds", args.budget));
    }
    let report = Reporter::new(true);
    let files = read_all(&args.files, &report);
    if files.is_empty() {
        return Ok(report.finish());
    }
    let line_units = line_batches(&files, &report);
    let texts: Vec<&str> = files.iter().flat_map(Batch::iter).map(|u| u.text).collect();
    let lines: Vec<&str> = line_units
        .iter()
        .flat_map(Batch::iter)
        .map(|u| u.text)
        .collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
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
    let formats: Vec<Format> = {
        let mut v = Vec::new();
        for &f in args.formats.iter().flatten() {
            if !v.contains(&f) {
                v.push(f);
            }
        }
        v
    };
    let engines = formats
        .iter()
        .map(|&f| engine(f))
        .collect::<Result<Vec<_>, _>>()?;
    // the pipeline reads the files again: only those read well above
    let sources: Vec<Source> = args
        .files
        .iter()
        .map(|p| Source::File(p.clone()))
        .filter(|s| {
            let name = s.name();
            files
                .iter()
                .flat_map(Batch::iter)
                .any(|u| *u.source == *name)
        })
        .collect();
    let quiet = Reporter::new(true);
    let started = Instant::now();
    let mut cells: Vec<Box<dyn FnMut() -> usize + '_>> = Vec::new();
    for (_, f) in &tasks {
        let (lines, texts) = (&lines, &texts);
        cells.push(Box::new(move || lines.iter().map(|l| f(l)).sum()));
        cells.push(Box::new(move || texts.iter().map(|t| f(t)).sum()));
    }
    for e in &engines {
        for units in [&line_units, &files] {
            let mut buf = Vec::new();
            cells.push(Box::new(move || write_all(e, units, &mut buf)));
        }
    }
    for e in &engines {
        for threads in [1, 2] {
            let (sources, quiet) = (&sources, &quiet);
            cells.push(Box::new(move || {
                let mut out = Counted(0);
                let r = write_sources(e, sources, Some(By::Line), false, threads, quiet, &mut out);
                r.expect("counting cannot fail");
                out.0
            }));
        }
    }
    // [row][per line, per file]
    let results: Vec<[Best; 2]> = measure_all(budget, &mut cells)
        .chunks(2)
        .map(|c| [c[0], c[1]])
        .collect();
    drop(cells);
    // tokens/s counts indonlp's tokens for the indonlp rows and
    // unicode-segmentation's non-space segments for its own row.
    let tokens = [results[0][0].count, results[0][1].count];
    let words = [results[3][0].count, results[3][1].count];

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
                let secs = results[i][mode].secs;
                let useg_secs = results[3][mode].secs;
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
        if !formats.is_empty() {
            let (by_format, pipeline) = results[4..].split_at(formats.len());
            format_table(&mut out, mb, &results[2], &formats, by_format)?;
            pipeline_table(&mut out, &results[2][0], &formats, by_format, pipeline)?;
        }
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

/// The engine `indonlp analyze --format FORMAT` builds (parsed from that
/// command line, so every default is the command's).
fn engine(format: Format) -> Result<Engine, String> {
    let name = format.to_possible_value().expect("no hidden formats");
    let cli = Cli::try_parse_from(["indonlp", "analyze", "--format", name.get_name()])
        .map_err(|e| e.to_string())?;
    let Command::Analyze(common) = &cli.command else {
        unreachable!("parsed as analyze")
    };
    let engine = Engine::build(Task::Analyze, format, common)?;
    // build the lazy defaults before timing
    let warm = Unit {
        source: "warm",
        index: 0,
        line: 1,
        text: "Presiden tiba di Jakarta.",
    };
    engine.write_unit(&warm, &mut Vec::new());
    Ok(engine)
}

/// What a worker does with every batch of units: analyse and write each
/// into a buffer reused from batch to batch. Returns the output's length.
fn write_all(engine: &Engine, batches: &[Batch], buf: &mut Vec<u8>) -> usize {
    let mut written = 0;
    for batch in batches {
        for unit in batch.iter() {
            engine.write_unit(&unit, buf);
        }
        written += buf.len();
        buf.clear();
    }
    written
}

/// `analyze` alone and with each format's output: seconds, MB/s of input,
/// the output's size, and the share of `analyze`'s speed kept.
fn format_table(
    out: &mut dyn Write,
    mb: f64,
    analyze: &[Best; 2],
    formats: &[Format],
    results: &[[Best; 2]],
) -> std::io::Result<()> {
    let cpu = analyze
        .iter()
        .chain(results.iter().flatten())
        .all(|b| b.cpu().is_some());
    // CPU time where the system reports it: on a shared machine it is the
    // fairer figure to set beside the command's CPU time.
    let secs = |b: &Best| {
        if cpu {
            b.cpu().unwrap_or(b.secs)
        } else {
            b.secs
        }
    };
    writeln!(
        out,
        "\nanalyze writing each format, one thread, the command's own code (its units, its \
         {} KiB batches, output kept in memory); {} of the fastest pass",
        BATCH_BYTES >> 10,
        if cpu { "CPU seconds" } else { "seconds" }
    )?;
    writeln!(
        out,
        "{:<30} {:>30}   {:>30}",
        "", "──── per line ────", "──── per file ────"
    )?;
    writeln!(
        out,
        "{:<30} {:>9} {:>9} {:>10}   {:>9} {:>9} {:>10}",
        "task (per-line output)", "seconds", "MB/s", "× analyze", "seconds", "MB/s", "× analyze"
    )?;
    let row = |out: &mut dyn Write, name: &str, cells: &[Best; 2]| -> std::io::Result<()> {
        write!(out, "{name:<30}")?;
        for mode in 0..2 {
            if mode == 1 {
                write!(out, "  ")?;
            }
            let s = secs(&cells[mode]);
            write!(
                out,
                " {s:>9.2} {:>9.1} {:>9.2}×",
                mb / s,
                secs(&analyze[mode]) / s
            )?;
        }
        writeln!(out)
    };
    row(out, "analyze alone", analyze)?;
    for (f, cells) in formats.iter().zip(results) {
        let name = f.to_possible_value().expect("no hidden formats");
        // the per-line output, the same bytes `--by line` writes
        let bytes = cells[0].count;
        let size = if bytes >= 1_000_000 {
            format!("{:.1} MB", bytes as f64 / 1e6)
        } else {
            format!("{bytes} bytes")
        };
        row(
            out,
            &format!("analyze → {} ({size})", name.get_name()),
            cells,
        )?;
    }
    writeln!(
        out,
        "× analyze: the share of analyze's own speed kept while writing the format (1.00× = free)"
    )
}

/// A writer that only counts the bytes.
struct Counted(usize);

impl Write for Counted {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The command's pipeline per line on 1 and 2 threads, beside `analyze`
/// alone and `analyze` writing the format on one thread.
fn pipeline_table(
    out: &mut dyn Write,
    analyze: &Best,
    formats: &[Format],
    by_format: &[[Best; 2]],
    pipeline: &[[Best; 2]],
) -> std::io::Result<()> {
    let cpu = |b: &Best| b.cpu();
    let all = |b: &[[Best; 2]]| b.iter().flatten().all(|b| cpu(b).is_some());
    let (Some(lib), true, true) = (cpu(analyze), all(by_format), all(pipeline)) else {
        return writeln!(
            out,
            "\n(the pipeline's figures need CPU time from /proc and passes of a second or more)"
        );
    };
    writeln!(
        out,
        "\nthe command's pipeline, --by line, in process (reading the files, batches, worker \
         threads, output in input order, counted instead of written)"
    )?;
    writeln!(
        out,
        "{:<8} {:>7} {:>8} {:>8}   {:>19}   {:>19}",
        "format", "threads", "CPU s", "wall s", "of analyze alone", "of analyze + format"
    )?;
    for ((f, one), cells) in formats.iter().zip(by_format).zip(pipeline) {
        let name = f.to_possible_value().expect("no hidden formats");
        let with_format = cpu(&one[0]).unwrap_or(one[0].secs);
        for (threads, b) in [1.0, 2.0].iter().zip(cells) {
            let cpu = cpu(b).unwrap_or(b.secs);
            writeln!(
                out,
                "{:<8} {threads:>7} {cpu:>8.2} {:>8.2}   {:>8.0}% / {:>5.0}%   {:>8.0}% / {:>5.0}%",
                name.get_name(),
                b.secs,
                100.0 * lib / cpu,
                100.0 * lib / (threads * b.secs),
                100.0 * with_format / cpu,
                100.0 * with_format / (threads * b.secs),
            )?;
        }
    }
    writeln!(
        out,
        "of X: X's CPU seconds / the pipeline's CPU seconds, and / (threads × its wall seconds); \
         100 % / 100 % = threads × X's one-thread speed"
    )
}
