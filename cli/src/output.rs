//! The output formats: a readable table, JSONL, TSV, CoNLL-U and BIO.
//!
//! Each unit is written into a byte buffer by a worker; offsets are
//! relative to the unit's text (`start`/`end` in bytes, `char_start` /
//! `char_end` in characters), and `line` says where the unit starts in its
//! source.

use crate::args::{Format, Task};
use crate::escape::{pad, push_json_str, push_num, push_tsv_field, UnitText};
use crate::units::Unit;
use indonlp::{AnalyzedToken, Entity, Span, TokenKind};
use std::io::Write;
use std::ops::Range;

/// A token as the formats see it (from the tokenizer or the analyzer).
#[derive(Clone, Copy)]
pub struct Tok<'a> {
    pub text: &'a str,
    pub span: Span,
    pub kind: TokenKind,
    pub stem: Option<&'a str>,
    pub stopword: bool,
    pub entity: Option<usize>,
}

pub struct Sent {
    pub span: Span,
    /// Indices into the unit's tokens (empty when tokens were not needed).
    pub tokens: Range<usize>,
}

/// A unit's tokens, when the task needs them.
pub enum Tokens<'a> {
    None,
    /// From the tokenizer, with the tagger's entities.
    Built(Vec<Tok<'a>>),
    /// The analyzer's, read where they are: copying them into a vector of
    /// their own cost an allocation per unit and, for `--by file`, a
    /// second copy of every token of the file in memory.
    Analyzed(&'a [AnalyzedToken<'a>]),
}

/// Everything computed for one unit.
pub struct View<'a> {
    pub unit: &'a Unit<'a>,
    pub tokens: Tokens<'a>,
    pub sentences: Vec<Sent>,
    pub entities: Option<&'a [Entity<'a>]>,
}

impl<'a> View<'a> {
    fn has_tokens(&self) -> bool {
        !matches!(self.tokens, Tokens::None)
    }

    fn token_count(&self) -> usize {
        match &self.tokens {
            Tokens::None => 0,
            Tokens::Built(v) => v.len(),
            Tokens::Analyzed(v) => v.len(),
        }
    }

    /// Token `i` (`i < token_count()`).
    #[inline]
    fn token(&self, i: usize) -> Tok<'_> {
        match &self.tokens {
            Tokens::Built(v) => v[i],
            Tokens::Analyzed(v) => {
                let t = &v[i];
                Tok {
                    text: t.text(),
                    span: t.span(),
                    kind: t.kind(),
                    stem: Some(t.stem()),
                    stopword: t.is_stopword(),
                    entity: t.entity_index(),
                }
            }
            Tokens::None => panic!("token {i} of a unit without tokens"),
        }
    }

    /// The entity index of token `i`.
    #[inline]
    fn entity_of(&self, i: usize) -> Option<usize> {
        match &self.tokens {
            Tokens::Built(v) => v[i].entity,
            Tokens::Analyzed(v) => v[i].entity_index(),
            Tokens::None => None,
        }
    }

    /// The BIO tag of token `i`, which is in `sentence`.
    fn tag(&self, i: usize, sentence: &Sent) -> Tag {
        match (self.entity_of(i), self.entities) {
            (Some(e), Some(entities)) => {
                let inside = i > sentence.tokens.start && self.entity_of(i - 1) == Some(e);
                Tag::Entity(inside, entities[e].kind().label())
            }
            _ => Tag::Outside,
        }
    }

    /// Whether token `i` is directly followed by text (no whitespace).
    fn no_space_after(&self, i: usize) -> bool {
        let end = self.token(i).span.end;
        self.unit.text[end..]
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace())
    }
}

/// `B-PERSON`, `I-CITY` or `O`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tag {
    Outside,
    /// (inside an entity begun earlier, label)
    Entity(bool, &'static str),
}

impl Tag {
    fn push(self, out: &mut Vec<u8>) {
        match self {
            Tag::Outside => out.push(b'O'),
            Tag::Entity(inside, label) => {
                out.extend_from_slice(if inside { b"I-" } else { b"B-" });
                out.extend_from_slice(label.as_bytes());
            }
        }
    }
}

/// The first line of a TSV output (column names); nothing for the others.
pub fn header(task: Task, format: Format) -> String {
    if format != Format::Tsv {
        return String::new();
    }
    let mut cols: Vec<&str> = match task {
        Task::Sentences => vec!["sentence", "start", "end", "char_start", "char_end", "text"],
        Task::Ner => vec![
            "start",
            "end",
            "char_start",
            "char_end",
            "label",
            "text",
            "canonical",
            "country_code",
        ],
        Task::Tokenize | Task::Stem | Task::Analyze => vec![
            "sentence",
            "token",
            "start",
            "end",
            "char_start",
            "char_end",
            "text",
            "kind",
        ],
    };
    if matches!(task, Task::Stem | Task::Analyze) {
        cols.extend(["stem", "stopword"]);
    }
    if task == Task::Analyze {
        cols.push("ner");
    }
    format!("source\tunit\tline\t{}\n", cols.join("\t"))
}

/// Appends the output for one unit.
pub fn write(task: Task, format: Format, view: &View<'_>, out: &mut Vec<u8>) {
    // Writing into a Vec cannot fail.
    let _ = match format {
        Format::Jsonl => jsonl(task, view, out),
        Format::Text => text(task, view, out),
        Format::Tsv => tsv(task, view, out),
        Format::Conllu => conllu(view, out),
        Format::Bio => bio(view, out),
    };
}

/// One JSON object per unit, written by hand (field by field, in the
/// order the format documents) rather than through `serde`: serialising
/// every token as a struct was most of the JSONL time. Strings are escaped
/// as `serde_json` escapes them; canonical entries, rare next to tokens,
/// still go through their `Serialize` implementation.
fn jsonl(task: Task, view: &View<'_>, out: &mut Vec<u8>) -> std::io::Result<()> {
    let u = view.unit;
    let text = u.text;
    let chars = UnitText::new(text);
    let with_tokens = view.has_tokens();
    out.extend_from_slice(b"{\"source\":");
    push_json_str(out, u.source);
    out.extend_from_slice(b",\"unit\":");
    push_num(out, u.index);
    out.extend_from_slice(b",\"line\":");
    push_num(out, u.line);
    out.extend_from_slice(b",\"text\":");
    chars.json_str(out, text);
    if task == Task::Sentences || with_tokens {
        let mut chars = chars.clone();
        out.extend_from_slice(b",\"sentences\":[");
        for (i, s) in view.sentences.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"text\":");
            chars.json_str(out, &text[s.span]);
            push_json_offsets(out, s.span, &mut chars);
            // `[first, end)` indices into `tokens`, only when tokens are written
            if with_tokens {
                out.extend_from_slice(b",\"tokens\":[");
                push_num(out, s.tokens.start);
                out.push(b',');
                push_num(out, s.tokens.end);
                out.push(b']');
            }
            out.push(b'}');
        }
        out.push(b']');
    }
    if with_tokens {
        let mut chars = chars.clone();
        out.extend_from_slice(b",\"tokens\":[");
        for i in 0..view.token_count() {
            let t = view.token(i);
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"text\":");
            chars.json_str(out, t.text);
            out.extend_from_slice(b",\"kind\":\"");
            out.extend_from_slice(t.kind.as_str().as_bytes());
            out.push(b'"');
            push_json_offsets(out, t.span, &mut chars);
            // the fields a subcommand does not compute are left out
            if let Some(stem) = t.stem {
                out.extend_from_slice(b",\"stem\":");
                chars.json_str(out, stem);
                out.extend_from_slice(if t.stopword {
                    b",\"stopword\":true"
                } else {
                    b",\"stopword\":false"
                });
            }
            // an index into `entities`, null outside one
            if view.entities.is_some() {
                out.extend_from_slice(b",\"entity\":");
                match t.entity {
                    Some(e) => push_num(out, e),
                    None => out.extend_from_slice(b"null"),
                }
            }
            out.push(b'}');
        }
        out.push(b']');
    }
    if let Some(entities) = view.entities {
        let mut chars = chars;
        out.extend_from_slice(b",\"entities\":[");
        for (i, e) in entities.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"text\":");
            chars.json_str(out, e.text());
            out.extend_from_slice(b",\"label\":");
            push_json_str(out, e.kind().label());
            push_json_offsets(out, e.span(), &mut chars);
            out.extend_from_slice(b",\"canonical\":");
            match e.canonical() {
                Some(entry) => serde_json::to_writer(&mut *out, entry)?,
                None => out.extend_from_slice(b"null"),
            }
            out.push(b'}');
        }
        out.push(b']');
    }
    out.extend_from_slice(b"}\n");
    Ok(())
}

/// `,"start":…,"end":…,"char_start":…,"char_end":…`
fn push_json_offsets(out: &mut Vec<u8>, span: Span, chars: &mut UnitText<'_>) {
    let c = chars.span(span);
    out.extend_from_slice(b",\"start\":");
    push_num(out, span.start);
    out.extend_from_slice(b",\"end\":");
    push_num(out, span.end);
    out.extend_from_slice(b",\"char_start\":");
    push_num(out, c.start);
    out.extend_from_slice(b",\"char_end\":");
    push_num(out, c.end);
}

/// One entity as a row of the text table.
fn entity_row(out: &mut Vec<u8>, e: &Entity<'_>) -> std::io::Result<()> {
    writeln!(
        out,
        "  {:<28} {:<8} {}",
        one_line(e.text()),
        e.kind().label(),
        describe(e)
    )
}

/// What a table shows about an entity's canonical entry.
fn describe(e: &Entity<'_>) -> String {
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
    if let Some(r) = c.role() {
        s.push_str(&format!(" — {r}"));
    }
    s
}

/// One line, for tables and comments: line breaks and tabs become spaces.
fn one_line(s: &str) -> String {
    s.replace(['\n', '\r', '\t'], " ")
}

fn text(task: Task, view: &View<'_>, out: &mut Vec<u8>) -> std::io::Result<()> {
    let u = view.unit;
    let heading = format!("── {} · unit {} · line {} ──", u.source, u.index, u.line);
    match task {
        Task::Sentences => {
            if view.sentences.is_empty() {
                return Ok(());
            }
            writeln!(out, "{heading}")?;
            for (n, s) in view.sentences.iter().enumerate() {
                writeln!(out, "{:>4}  {}", n + 1, one_line(&u.text[s.span]))?;
            }
        }
        Task::Ner => {
            let entities = view.entities.unwrap_or(&[]);
            if entities.is_empty() {
                return Ok(());
            }
            writeln!(out, "{heading}")?;
            for e in entities {
                entity_row(out, e)?;
            }
        }
        Task::Tokenize | Task::Stem | Task::Analyze => {
            if view.token_count() == 0 {
                return Ok(());
            }
            writeln!(out, "{heading}")?;
            let stems = task != Task::Tokenize;
            let unit_text = UnitText::new(u.text);
            // Token rows are written without `fmt` (one per token, the hot
            // path); cells pad as `{:<width}` does. Kinds and the stopword
            // column are ASCII words.
            let row = |out: &mut Vec<u8>, text: &str, kind: &str, stem: &str, stop: &str| {
                out.extend_from_slice(b"  ");
                unit_text.cell(out, text, 24);
                out.push(b' ');
                push_ascii_cell(out, kind, 13);
                if stems {
                    out.push(b' ');
                    unit_text.cell(out, stem, 18);
                    out.push(b' ');
                    push_ascii_cell(out, stop, 4);
                }
            };
            for (n, s) in view.sentences.iter().enumerate() {
                out.extend_from_slice(b"sentence ");
                push_num(out, n + 1);
                out.extend_from_slice(b": ");
                unit_text.one_line(out, &u.text[s.span]);
                out.push(b'\n');
                row(out, "token", "kind", "stem", "stop");
                if view.entities.is_some() {
                    out.extend_from_slice(b" entity");
                }
                out.push(b'\n');
                for i in s.tokens.clone() {
                    let t = view.token(i);
                    let stop = if t.stopword { "yes" } else { "" };
                    row(out, t.text, t.kind.as_str(), t.stem.unwrap_or(""), stop);
                    if view.entities.is_some() {
                        let tag = view.tag(i, s);
                        if tag != Tag::Outside {
                            out.push(b' ');
                            tag.push(out);
                        }
                    }
                    // no trailing spaces
                    while out.last() == Some(&b' ') {
                        out.pop();
                    }
                    out.push(b'\n');
                }
            }
            if let Some(entities) = view.entities.filter(|e| !e.is_empty()) {
                writeln!(out, "entities:")?;
                for e in entities {
                    entity_row(out, e)?;
                }
            }
            writeln!(out)?;
        }
    }
    Ok(())
}

fn tsv(task: Task, view: &View<'_>, out: &mut Vec<u8>) -> std::io::Result<()> {
    let u = view.unit;
    let text = u.text;
    let mut chars = UnitText::new(text);
    // `source<TAB>unit<TAB>line<TAB>`, the start of every row
    let mut prefix = Vec::new();
    push_tsv_field(&mut prefix, u.source);
    prefix.push(b'\t');
    push_num(&mut prefix, u.index);
    prefix.push(b'\t');
    push_num(&mut prefix, u.line);
    prefix.push(b'\t');
    let nums = |out: &mut Vec<u8>, nums: &[usize]| {
        for &x in nums {
            push_num(out, x);
            out.push(b'\t');
        }
    };
    match task {
        Task::Sentences => {
            for (n, s) in view.sentences.iter().enumerate() {
                let c = chars.span(s.span);
                out.extend_from_slice(&prefix);
                nums(out, &[n, s.span.start, s.span.end, c.start, c.end]);
                chars.tsv_field(out, &text[s.span]);
                out.push(b'\n');
            }
        }
        Task::Ner => {
            for e in view.entities.unwrap_or(&[]) {
                let c = chars.span(e.span());
                let (name, cc) = e
                    .canonical()
                    .map_or(("", ""), |c| (c.name(), c.country_code().unwrap_or("")));
                out.extend_from_slice(&prefix);
                nums(out, &[e.span().start, e.span().end, c.start, c.end]);
                out.extend_from_slice(e.kind().label().as_bytes());
                out.push(b'\t');
                chars.tsv_field(out, e.text());
                out.push(b'\t');
                push_tsv_field(out, name);
                out.push(b'\t');
                out.extend_from_slice(cc.as_bytes());
                out.push(b'\n');
            }
        }
        Task::Tokenize | Task::Stem | Task::Analyze => {
            for (n, s) in view.sentences.iter().enumerate() {
                for (k, i) in s.tokens.clone().enumerate() {
                    let t = view.token(i);
                    let c = chars.span(t.span);
                    out.extend_from_slice(&prefix);
                    nums(out, &[n, k, t.span.start, t.span.end, c.start, c.end]);
                    chars.tsv_field(out, t.text);
                    out.push(b'\t');
                    out.extend_from_slice(t.kind.as_str().as_bytes());
                    if task != Task::Tokenize {
                        out.push(b'\t');
                        chars.tsv_field(out, t.stem.unwrap_or(""));
                        out.extend_from_slice(if t.stopword { b"\ttrue" } else { b"\tfalse" });
                    }
                    if task == Task::Analyze {
                        out.push(b'\t');
                        view.tag(i, s).push(out);
                    }
                    out.push(b'\n');
                }
            }
        }
    }
    Ok(())
}

/// A CoNLL-U FORM or LEMMA: no tabs or line breaks; `_` for empty.
fn push_conllu_field(out: &mut Vec<u8>, text: &UnitText<'_>, s: &str) {
    if s.is_empty() {
        out.push(b'_');
    } else {
        text.one_line(out, s);
    }
}

/// An ASCII word (a token kind, `yes`) padded with spaces to `width`.
fn push_ascii_cell(out: &mut Vec<u8>, s: &str, width: usize) {
    debug_assert!(s.bytes().all(|b| b.is_ascii_graphic()));
    out.extend_from_slice(s.as_bytes());
    pad(out, width.saturating_sub(s.len()));
}

/// A `sent_id` without whitespace (which the format forbids there).
fn id_part(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .collect()
}

fn upos(kind: TokenKind) -> &'static str {
    match kind {
        TokenKind::Punctuation => "PUNCT",
        TokenKind::Number => "NUM",
        TokenKind::Symbol | TokenKind::Currency => "SYM",
        _ => "_",
    }
}

fn conllu(view: &View<'_>, out: &mut Vec<u8>) -> std::io::Result<()> {
    let u = view.unit;
    let text = UnitText::new(u.text);
    // `# sent_id = SOURCE:UNIT:`, built at the unit's first sentence with tokens
    let mut sent_id: Option<Vec<u8>> = None;
    for (n, s) in view.sentences.iter().enumerate() {
        if s.tokens.is_empty() {
            continue;
        }
        let sent_id = sent_id.get_or_insert_with(|| {
            let id = id_part(u.source);
            if u.index == 0 {
                out.extend_from_slice(b"# newdoc id = ");
                out.extend_from_slice(id.as_bytes());
                out.push(b'\n');
            }
            let mut p = b"# sent_id = ".to_vec();
            p.extend_from_slice(id.as_bytes());
            p.push(b':');
            push_num(&mut p, u.index);
            p.push(b':');
            p
        });
        out.extend_from_slice(sent_id);
        push_num(out, n + 1);
        out.push(b'\n');
        // The text the forms spell out: single spaces where the source has
        // any whitespace, so that FORMs + SpaceAfter reproduce it exactly.
        let last = s.tokens.end - 1;
        out.extend_from_slice(b"# text = ");
        for i in s.tokens.clone() {
            push_conllu_field(out, &text, view.token(i).text);
            if i < last && !view.no_space_after(i) {
                out.push(b' ');
            }
        }
        out.push(b'\n');
        for (k, i) in s.tokens.clone().enumerate() {
            let t = view.token(i);
            push_num(out, k + 1);
            out.push(b'\t');
            push_conllu_field(out, &text, t.text);
            out.push(b'\t');
            match t.stem {
                Some(stem) => push_conllu_field(out, &text, stem),
                None => out.push(b'_'),
            }
            out.push(b'\t');
            out.extend_from_slice(upos(t.kind).as_bytes());
            out.extend_from_slice(b"\t_\t_\t_\t_\t_\t");
            let tag = match view.entities {
                Some(_) => view.tag(i, s),
                None => Tag::Outside,
            };
            let no_space = view.no_space_after(i);
            if tag != Tag::Outside {
                out.extend_from_slice(b"NER=");
                tag.push(out);
                if no_space {
                    out.push(b'|');
                }
            }
            if no_space {
                out.extend_from_slice(b"SpaceAfter=No");
            }
            if tag == Tag::Outside && !no_space {
                out.push(b'_');
            }
            out.push(b'\n');
        }
        out.push(b'\n');
    }
    Ok(())
}

fn bio(view: &View<'_>, out: &mut Vec<u8>) -> std::io::Result<()> {
    let text = UnitText::new(view.unit.text);
    for s in &view.sentences {
        if s.tokens.is_empty() {
            continue;
        }
        for i in s.tokens.clone() {
            text.one_line(out, view.token(i).text);
            out.push(b'\t');
            view.tag(i, s).push(out);
            out.push(b'\n');
        }
        out.push(b'\n');
    }
    Ok(())
}
