//! The output formats: a readable table, JSONL, TSV, CoNLL-U and BIO.
//!
//! Each unit is written into a byte buffer by a worker; offsets are
//! relative to the unit's text (`start`/`end` in bytes, `char_start` /
//! `char_end` in characters), and `line` says where the unit starts in its
//! source.

use crate::args::{Format, Task};
use crate::units::Unit;
use indonlp::{CharOffsets, Entity, Entry, Span, TokenKind};
use serde::Serialize;
use std::io::Write;
use std::ops::Range;

/// A token as the formats see it (from the tokenizer or the analyzer).
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

/// Everything computed for one unit.
pub struct View<'a> {
    pub unit: &'a Unit,
    pub tokens: Option<Vec<Tok<'a>>>,
    pub sentences: Vec<Sent>,
    pub entities: Option<&'a [Entity<'a>]>,
}

impl View<'_> {
    fn tokens(&self) -> &[Tok<'_>] {
        self.tokens.as_deref().unwrap_or(&[])
    }

    /// The BIO tag of token `i`, which is in `sentence`.
    fn tag(&self, i: usize, sentence: &Sent) -> Tag {
        let tokens = self.tokens();
        match (tokens[i].entity, self.entities) {
            (Some(e), Some(entities)) => {
                let inside = i > sentence.tokens.start && tokens[i - 1].entity == Some(e);
                Tag::Entity(inside, entities[e].kind().label())
            }
            _ => Tag::Outside,
        }
    }

    /// Whether token `i` is directly followed by text (no whitespace).
    fn no_space_after(&self, i: usize) -> bool {
        let end = self.tokens()[i].span.end;
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

/// Appends a number without going through `fmt` (hot in TSV and CoNLL-U).
fn push_num(out: &mut Vec<u8>, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

/// Appends `s` on one line: line breaks and tabs become spaces.
fn push_one_line(out: &mut Vec<u8>, s: &str) {
    if !s.contains(['\n', '\r', '\t']) {
        out.extend_from_slice(s.as_bytes());
    } else {
        out.extend_from_slice(one_line(s).as_bytes());
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

#[derive(Serialize)]
struct JsonUnit<'a> {
    source: &'a str,
    unit: u64,
    line: u64,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<Vec<JsonSentence<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tokens: Option<Vec<JsonToken<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    entities: Option<Vec<JsonEntity<'a>>>,
}

/// Byte and character offsets of a span; written as four plain fields
/// (`#[serde(flatten)]` would send every object through serde's slower map
/// path, which showed in profiles of large JSONL outputs).
struct Offsets {
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
}

impl Offsets {
    fn new(span: Span, chars: &mut CharOffsets<'_>) -> Offsets {
        let r = chars.span(span);
        Offsets {
            start: span.start,
            end: span.end,
            char_start: r.start,
            char_end: r.end,
        }
    }
}

struct JsonSentence<'a> {
    text: &'a str,
    offsets: Offsets,
    /// `[first, end)` indices into `tokens`.
    tokens: Option<[usize; 2]>,
}

impl Serialize for JsonSentence<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("JsonSentence", 6)?;
        st.serialize_field("text", self.text)?;
        st.serialize_field("start", &self.offsets.start)?;
        st.serialize_field("end", &self.offsets.end)?;
        st.serialize_field("char_start", &self.offsets.char_start)?;
        st.serialize_field("char_end", &self.offsets.char_end)?;
        // only when tokens are written
        if let Some(t) = &self.tokens {
            st.serialize_field("tokens", t)?;
        }
        st.end()
    }
}

struct JsonToken<'a> {
    text: &'a str,
    kind: TokenKind,
    offsets: Offsets,
    stem: Option<&'a str>,
    stopword: Option<bool>,
    /// Index into `entities` (null when outside one); absent without entities.
    entity: Option<Option<usize>>,
}

impl Serialize for JsonToken<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("JsonToken", 9)?;
        st.serialize_field("text", self.text)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("start", &self.offsets.start)?;
        st.serialize_field("end", &self.offsets.end)?;
        st.serialize_field("char_start", &self.offsets.char_start)?;
        st.serialize_field("char_end", &self.offsets.char_end)?;
        // the fields a subcommand does not compute are left out
        if let Some(stem) = self.stem {
            st.serialize_field("stem", stem)?;
        }
        if let Some(stop) = self.stopword {
            st.serialize_field("stopword", &stop)?;
        }
        if let Some(entity) = self.entity {
            st.serialize_field("entity", &entity)?;
        }
        st.end()
    }
}

struct JsonEntity<'a> {
    text: &'a str,
    label: &'static str,
    offsets: Offsets,
    canonical: Option<&'a Entry>,
}

impl Serialize for JsonEntity<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("JsonEntity", 7)?;
        st.serialize_field("text", self.text)?;
        st.serialize_field("label", self.label)?;
        st.serialize_field("start", &self.offsets.start)?;
        st.serialize_field("end", &self.offsets.end)?;
        st.serialize_field("char_start", &self.offsets.char_start)?;
        st.serialize_field("char_end", &self.offsets.char_end)?;
        st.serialize_field("canonical", &self.canonical)?;
        st.end()
    }
}

fn jsonl(task: Task, view: &View<'_>, out: &mut Vec<u8>) -> std::io::Result<()> {
    let text = view.unit.text.as_str();
    let with_tokens = view.tokens.is_some();
    let sentences = (task == Task::Sentences || with_tokens).then(|| {
        let mut chars = CharOffsets::new(text);
        view.sentences
            .iter()
            .map(|s| JsonSentence {
                text: &text[s.span],
                offsets: Offsets::new(s.span, &mut chars),
                tokens: with_tokens.then_some([s.tokens.start, s.tokens.end]),
            })
            .collect()
    });
    let tokens = view.tokens.as_ref().map(|tokens| {
        let mut chars = CharOffsets::new(text);
        tokens
            .iter()
            .map(|t| JsonToken {
                text: t.text,
                kind: t.kind,
                offsets: Offsets::new(t.span, &mut chars),
                stem: t.stem,
                stopword: t.stem.is_some().then_some(t.stopword),
                entity: view.entities.is_some().then_some(t.entity),
            })
            .collect()
    });
    let entities = view.entities.map(|entities| {
        let mut chars = CharOffsets::new(text);
        entities
            .iter()
            .map(|e| JsonEntity {
                text: e.text(),
                label: e.kind().label(),
                offsets: Offsets::new(e.span(), &mut chars),
                canonical: e.canonical(),
            })
            .collect()
    });
    let unit = JsonUnit {
        source: &view.unit.source,
        unit: view.unit.index,
        line: view.unit.line,
        text,
        sentences,
        tokens,
        entities,
    };
    serde_json::to_writer(&mut *out, &unit)?;
    out.push(b'\n');
    Ok(())
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
                writeln!(out, "{:>4}  {}", n + 1, one_line(&u.text.as_str()[s.span]))?;
            }
        }
        Task::Ner => {
            let entities = view.entities.unwrap_or(&[]);
            if entities.is_empty() {
                return Ok(());
            }
            writeln!(out, "{heading}")?;
            for e in entities {
                writeln!(
                    out,
                    "  {:<28} {:<8} {}",
                    one_line(e.text()),
                    e.kind().label(),
                    describe(e)
                )?;
            }
        }
        Task::Tokenize | Task::Stem | Task::Analyze => {
            if view.tokens().is_empty() {
                return Ok(());
            }
            writeln!(out, "{heading}")?;
            let stems = task != Task::Tokenize;
            for (n, s) in view.sentences.iter().enumerate() {
                writeln!(
                    out,
                    "sentence {}: {}",
                    n + 1,
                    one_line(&u.text.as_str()[s.span])
                )?;
                write!(out, "  {:<24} {:<13}", "token", "kind")?;
                if stems {
                    write!(out, " {:<18} {:<4}", "stem", "stop")?;
                }
                if view.entities.is_some() {
                    write!(out, " entity")?;
                }
                writeln!(out)?;
                for i in s.tokens.clone() {
                    let t = &view.tokens()[i];
                    write!(out, "  {:<24} {:<13}", one_line(t.text), t.kind.as_str())?;
                    if stems {
                        let stop = if t.stopword { "yes" } else { "" };
                        write!(out, " {:<18} {:<4}", one_line(t.stem.unwrap_or("")), stop)?;
                    }
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
                    writeln!(out)?;
                }
            }
            if let Some(entities) = view.entities.filter(|e| !e.is_empty()) {
                writeln!(out, "entities:")?;
                for e in entities {
                    writeln!(
                        out,
                        "  {:<28} {:<8} {}",
                        one_line(e.text()),
                        e.kind().label(),
                        describe(e)
                    )?;
                }
            }
            writeln!(out)?;
        }
    }
    Ok(())
}

/// Appends a TSV field (see [`field`]).
fn push_field(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(field(s).as_bytes());
}

/// A TSV field: tab, line breaks and backslash escaped as `\t`, `\n`, `\r`, `\\`.
fn field(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['\t', '\n', '\r', '\\']) {
        return s.into();
    }
    let mut e = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        match c {
            '\t' => e.push_str("\\t"),
            '\n' => e.push_str("\\n"),
            '\r' => e.push_str("\\r"),
            '\\' => e.push_str("\\\\"),
            c => e.push(c),
        }
    }
    e.into()
}

fn tsv(task: Task, view: &View<'_>, out: &mut Vec<u8>) -> std::io::Result<()> {
    let u = view.unit;
    let text = u.text.as_str();
    let source = field(&u.source);
    let mut chars = CharOffsets::new(text);
    match task {
        Task::Sentences => {
            for (n, s) in view.sentences.iter().enumerate() {
                let c = chars.span(s.span);
                writeln!(
                    out,
                    "{source}\t{}\t{}\t{n}\t{}\t{}\t{}\t{}\t{}",
                    u.index,
                    u.line,
                    s.span.start,
                    s.span.end,
                    c.start,
                    c.end,
                    field(&text[s.span])
                )?;
            }
        }
        Task::Ner => {
            for e in view.entities.unwrap_or(&[]) {
                let c = chars.span(e.span());
                let (name, cc) = e
                    .canonical()
                    .map_or(("", ""), |c| (c.name(), c.country_code().unwrap_or("")));
                writeln!(
                    out,
                    "{source}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    u.index,
                    u.line,
                    e.span().start,
                    e.span().end,
                    c.start,
                    c.end,
                    e.kind().label(),
                    field(e.text()),
                    field(name),
                    cc
                )?;
            }
        }
        Task::Tokenize | Task::Stem | Task::Analyze => {
            // One row per token: written without `fmt`, this is the hot path.
            let mut prefix = Vec::new();
            push_field(&mut prefix, &source);
            prefix.push(b'\t');
            push_num(&mut prefix, u.index);
            prefix.push(b'\t');
            push_num(&mut prefix, u.line);
            prefix.push(b'\t');
            for (n, s) in view.sentences.iter().enumerate() {
                for (k, i) in s.tokens.clone().enumerate() {
                    let t = &view.tokens()[i];
                    let c = chars.span(t.span);
                    out.extend_from_slice(&prefix);
                    for x in [n, k, t.span.start, t.span.end, c.start, c.end] {
                        push_num(out, x as u64);
                        out.push(b'\t');
                    }
                    push_field(out, t.text);
                    out.push(b'\t');
                    out.extend_from_slice(t.kind.as_str().as_bytes());
                    if task != Task::Tokenize {
                        out.push(b'\t');
                        push_field(out, t.stem.unwrap_or(""));
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
fn push_conllu_field(out: &mut Vec<u8>, s: &str) {
    if s.is_empty() {
        out.push(b'_');
    } else {
        push_one_line(out, s);
    }
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
    let tokens = view.tokens();
    let mut first = true;
    for (n, s) in view.sentences.iter().enumerate() {
        if s.tokens.is_empty() {
            continue;
        }
        if first && u.index == 0 {
            writeln!(out, "# newdoc id = {}", id_part(&u.source))?;
        }
        first = false;
        writeln!(
            out,
            "# sent_id = {}:{}:{}",
            id_part(&u.source),
            u.index,
            n + 1
        )?;
        // The text the forms spell out: single spaces where the source has
        // any whitespace, so that FORMs + SpaceAfter reproduce it exactly.
        let last = s.tokens.end - 1;
        out.extend_from_slice(b"# text = ");
        for i in s.tokens.clone() {
            push_conllu_field(out, tokens[i].text);
            if i < last && !view.no_space_after(i) {
                out.push(b' ');
            }
        }
        out.push(b'\n');
        for (k, i) in s.tokens.clone().enumerate() {
            let t = &tokens[i];
            push_num(out, k as u64 + 1);
            out.push(b'\t');
            push_conllu_field(out, t.text);
            out.push(b'\t');
            match t.stem {
                Some(stem) => push_conllu_field(out, stem),
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
    let tokens = view.tokens();
    for s in &view.sentences {
        if s.tokens.is_empty() {
            continue;
        }
        for i in s.tokens.clone() {
            push_one_line(out, tokens[i].text);
            out.push(b'\t');
            view.tag(i, s).push(out);
            out.push(b'\n');
        }
        out.push(b'\n');
    }
    Ok(())
}
