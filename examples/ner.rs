//! Tags people, countries and cities on each line of standard input.
//!
//! For every input line it writes exactly one JSON object:
//! `{"text": .., "entities": [{"start", "end", "byte_start", "byte_end",
//! "label", "text", "canonical"}]}` with `start`/`end` in characters (code
//! points, end exclusive). This is the protocol of the project's NER scorer.
//!
//! ```sh
//! echo "Presiden Rusia Vladimir Putin tiba di Moskwa." | cargo run --release --example ner
//! ```
//!
//! `--locative` tags countries and cities only in locative use (`di
//! Jakarta`, not `warga Jepang`), the convention of idner-news-2k.
//!
//! `--document` reads all input lines as one running text (a person named
//! in full on an earlier line is known by surname on later ones); the
//! output is the same, one JSON object per input line with offsets into
//! that line.
//!
//! Invalid UTF-8 is replaced by U+FFFD (the line is still answered); a
//! closed output pipe ends the program quietly.

use std::io::{self, BufWriter, Write};

mod common;

fn json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn line_json<'t>(
    line: &str,
    found: impl Iterator<Item = indonlp::Entity<'t>>,
    base: usize,
) -> String {
    let mut out = String::with_capacity(line.len() * 2 + 32);
    out.push_str("{\"text\": ");
    json_str(&mut out, line);
    out.push_str(", \"entities\": [");
    let mut chars = indonlp::CharOffsets::new(line);
    for (n, e) in found.enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        let span = indonlp::Span::new(e.span().start - base, e.span().end - base);
        let indonlp::Span { start, end } = span;
        let (start, end) = (chars.char_offset(start), chars.char_offset(end));
        out.push_str(&format!(
            "{{\"start\": {start}, \"end\": {end}, \"byte_start\": {}, \"byte_end\": {}, \"label\": \"{}\", \"text\": ",
            span.start,
            span.end,
            e.kind().label()
        ));
        json_str(&mut out, e.text());
        out.push_str(", \"canonical\": ");
        match e.canonical() {
            None => out.push_str("null"),
            Some(c) => {
                out.push_str("{\"name\": ");
                json_str(&mut out, c.name());
                if let Some(cc) = c.country_code() {
                    out.push_str(", \"country_code\": ");
                    json_str(&mut out, cc);
                }
                if let Some(g) = c.geonames_id() {
                    out.push_str(&format!(", \"geonames_id\": {g}"));
                }
                if let Some(p) = c.population() {
                    out.push_str(&format!(", \"population\": {p}"));
                }
                out.push('}');
            }
        }
        out.push('}');
    }
    out.push_str("]}\n");
    out
}

fn run() -> io::Result<()> {
    // `--locative`: countries and cities only in locative use, the
    // convention of idner-news-2k (see `locative_places_only`).
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tagger = if args.iter().any(|a| a == "--locative") {
        indonlp::EntityTagger::builder()
            .locative_places_only(true)
            .build()
            .expect("the embedded gazetteers are valid")
    } else {
        indonlp::EntityTagger::new()
    };
    let mut out = BufWriter::new(io::stdout().lock());
    if !args.iter().any(|a| a == "--document") {
        common::for_each_line(io::stdin().lock(), |line| {
            out.write_all(line_json(line, tagger.find_iter(line), 0).as_bytes())
        })?;
        return out.flush();
    }
    // One text, lines joined by `\n` (a line break ends a sentence); each
    // entity goes back to its line.
    let mut text = String::new();
    let mut starts = Vec::new();
    common::for_each_line(io::stdin().lock(), |line| {
        starts.push(text.len());
        text.push_str(line);
        text.push('\n');
        Ok(())
    })?;
    let mut found = tagger.find_iter(&text).peekable();
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(text.len(), |&s| s) - 1;
        let on_line = std::iter::from_fn(|| found.next_if(|e| e.span().end <= end));
        out.write_all(line_json(&text[start..end], on_line, start).as_bytes())?;
    }
    out.flush()
}

fn main() {
    common::check_args(
        "ner [--locative] [--document] < TEXT",
        &["--locative", "--document"],
        0,
    );
    common::exit_on_error("ner", run());
}
