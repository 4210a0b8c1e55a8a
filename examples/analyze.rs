//! The whole pipeline on a text: sentences, tokens, stems, stopwords and
//! entities.
//!
//! ```sh
//! cargo run --release --example analyze                       # the bundled sample
//! cargo run --release --example analyze -- article.txt        # a file
//! echo "Presiden Rusia tiba di Jakarta." | cargo run --release --example analyze -- -
//! cargo run --release --features serde --example analyze -- --json   # the Document as JSON
//! ```

use std::io::{self, Read, Write};

mod common;

const SAMPLE: &str = include_str!("sample.txt");

fn main() {
    common::check_args(
        "analyze [--json] [FILE | -]   (no FILE: the bundled sample)",
        &["--json"],
        1,
    );
    common::exit_on_error("analyze", run());
}

fn run() -> io::Result<()> {
    let mut json = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!("usage: analyze [--json] [FILE | -]   (no FILE: the bundled sample)");
                return Ok(());
            }
            _ if arg.starts_with("--") => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!("unknown option {arg}"),
                ));
            }
            _ => path = Some(arg),
        }
    }
    let text = match path.as_deref() {
        None => SAMPLE.to_owned(),
        Some("-") => {
            let mut bytes = Vec::new();
            io::stdin().read_to_end(&mut bytes)?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
        Some(p) => {
            let bytes =
                std::fs::read(p).map_err(|e| io::Error::new(e.kind(), format!("{p}: {e}")))?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    let analyzer = indonlp::Analyzer::new();
    let doc = analyzer.analyze(&text);
    let mut out = io::BufWriter::new(io::stdout().lock());
    if json {
        write_json(&mut out, &doc)?;
    } else {
        write_table(&mut out, &doc)?;
    }
    out.flush()
}

#[cfg(feature = "serde")]
fn write_json(out: &mut impl Write, doc: &indonlp::Document<'_>) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, doc)?;
    writeln!(out)
}

#[cfg(not(feature = "serde"))]
fn write_json(_: &mut impl Write, _: &indonlp::Document<'_>) -> io::Result<()> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "--json needs the serde feature: cargo run --release --features serde --example analyze -- --json",
    ))
}

fn describe(e: &indonlp::Entity<'_>) -> String {
    let Some(c) = e.canonical() else {
        return "(from context)".to_owned();
    };
    let mut s = c.name().to_owned();
    if let Some(cc) = c.country_code() {
        s.push_str(&format!(", {cc}"));
    }
    if let Some(id) = c.geonames_id() {
        s.push_str(&format!(", GeoNames {id}"));
    }
    if let Some(p) = c.population() {
        s.push_str(&format!(", pop. {p}"));
    }
    if let Some(r) = c.role() {
        s.push_str(&format!(" — {r}"));
    }
    s
}

fn write_table(out: &mut impl Write, doc: &indonlp::Document<'_>) -> io::Result<()> {
    for (n, sentence) in doc.sentences().iter().enumerate() {
        writeln!(out, "sentence {}: {}", n + 1, &doc.text()[sentence.span()])?;
        writeln!(
            out,
            "  {:<24} {:<13} {:<18} {:<4} entity",
            "token", "kind", "stem", "stop"
        )?;
        for t in doc.sentence_tokens(sentence) {
            let entity = doc.entity_of(t).map(|e| e.kind().label()).unwrap_or("");
            writeln!(
                out,
                "  {:<24} {:<13} {:<18} {:<4} {}",
                t.text(),
                t.kind().as_str(),
                t.stem(),
                if t.is_stopword() { "yes" } else { "" },
                entity
            )?;
        }
        writeln!(out)?;
    }
    writeln!(out, "entities:")?;
    for e in doc.entities() {
        writeln!(
            out,
            "  {:<24} {:<8} {}",
            e.text(),
            e.kind().label(),
            describe(e)
        )?;
    }
    Ok(())
}
