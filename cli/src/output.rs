//! The output formats: a readable table, JSONL, TSV, CoNLL-U and BIO.
//!
//! Each unit is written into a byte buffer by a worker; offsets are
//! relative to the unit's text (`start`/`end` in bytes, `char_start` /
//! `char_end` in characters), and `line` says where the unit starts in its
//! source.

use crate::args::{Format, Task};
use crate::escape::{
    pad, push_json_str, push_num, push_tsv_field, Digits, Escaping, Fragment, UnitText,
};
use crate::units::Unit;
use indonlp::{AnalyzedToken, Entity, Sentence, Span, TokenKind};
use std::io::Write;
use std::ops::Range;
use std::sync::LazyLock;

/// Every token kind, in the order of [`kind_index`].
const KINDS: [TokenKind; 15] = [
    TokenKind::Word,
    TokenKind::Clitic,
    TokenKind::Number,
    TokenKind::Date,
    TokenKind::Time,
    TokenKind::Currency,
    TokenKind::Abbreviation,
    TokenKind::Url,
    TokenKind::Email,
    TokenKind::Mention,
    TokenKind::Hashtag,
    TokenKind::Emoji,
    TokenKind::Punctuation,
    TokenKind::Symbol,
    TokenKind::Whitespace,
];

/// A kind's place in [`KINDS`] (`None` for a kind added to the library
/// later, which the formats then write the slow way).
fn kind_index(kind: TokenKind) -> Option<usize> {
    Some(match kind {
        TokenKind::Word => 0,
        TokenKind::Clitic => 1,
        TokenKind::Number => 2,
        TokenKind::Date => 3,
        TokenKind::Time => 4,
        TokenKind::Currency => 5,
        TokenKind::Abbreviation => 6,
        TokenKind::Url => 7,
        TokenKind::Email => 8,
        TokenKind::Mention => 9,
        TokenKind::Hashtag => 10,
        TokenKind::Emoji => 11,
        TokenKind::Punctuation => 12,
        TokenKind::Symbol => 13,
        TokenKind::Whitespace => 14,
        _ => return None,
    })
}

/// A format's constant text around each token kind, made once: one store
/// per token instead of a constant, the kind's name (a `memcpy` call) and
/// a quote or tab each appended on its own.
struct ByKind<const N: usize>([Fragment<N>; KINDS.len()]);

impl<const N: usize> ByKind<N> {
    /// `parts(kind)` end to end for every kind (they fit in `N` bytes).
    fn new(parts: impl Fn(TokenKind) -> [&'static [u8]; 3]) -> ByKind<N> {
        ByKind(KINDS.map(|k| Fragment::new(&parts(k)).expect("a kind's text fits")))
    }

    /// Appends the text of `kind`, or calls `slow` for a kind not in the table.
    #[inline]
    fn push(&self, out: &mut Vec<u8>, kind: TokenKind, slow: impl FnOnce(&mut Vec<u8>)) {
        match kind_index(kind) {
            Some(k) => self.0[k].push(out),
            None => slow(out),
        }
    }
}

/// JSONL: a token's text ends, then its kind, then its offsets begin.
static JSON_KIND: LazyLock<ByKind<32>> =
    LazyLock::new(|| ByKind::new(|k| [b"\",\"kind\":\"", k.as_str().as_bytes(), b"\",\"start\":"]));

/// TSV: the kind column.
static TSV_KIND: LazyLock<ByKind<16>> =
    LazyLock::new(|| ByKind::new(|k| [b"\t", k.as_str().as_bytes(), b""]));

/// The text table: the kind cell, padded to 13 characters, between spaces.
static TEXT_KIND: LazyLock<ByKind<16>> = LazyLock::new(|| {
    ByKind::new(|k| {
        let pad = 13usize.saturating_sub(k.as_str().len());
        [b" ", k.as_str().as_bytes(), &b"             "[..pad]]
    })
});

/// CoNLL-U: UPOS and the empty columns up to MISC.
static CONLLU_KIND: LazyLock<ByKind<24>> =
    LazyLock::new(|| ByKind::new(|k| [b"\t", upos(k).as_bytes(), b"\t_\t_\t_\t_\t_\t"]));

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

/// A unit's sentences.
pub enum Sentences<'a> {
    /// From the tokenizer.
    Built(Vec<Sent>),
    /// The analyzer's, read where they are (no vector per unit).
    Analyzed(&'a [Sentence]),
}

impl Sentences<'_> {
    fn is_empty(&self) -> bool {
        match self {
            Sentences::Built(v) => v.is_empty(),
            Sentences::Analyzed(v) => v.is_empty(),
        }
    }

    fn iter(&self) -> impl Iterator<Item = Sent> + '_ {
        let len = match self {
            Sentences::Built(v) => v.len(),
            Sentences::Analyzed(v) => v.len(),
        };
        (0..len).map(|i| match self {
            Sentences::Built(v) => Sent {
                span: v[i].span,
                tokens: v[i].tokens.clone(),
            },
            Sentences::Analyzed(v) => Sent {
                span: v[i].span(),
                tokens: v[i].tokens(),
            },
        })
    }
}

/// Everything computed for one unit.
pub struct View<'a> {
    pub unit: &'a Unit<'a>,
    pub tokens: Tokens<'a>,
    pub sentences: Sentences<'a>,
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

    /// Whether the token ending at byte `end` is directly followed by text
    /// (no whitespace). An ASCII byte is looked at as it is (whitespace
    /// there is `\t` to `\r` and the space, as for `char::is_whitespace`);
    /// decoding a character for every token was a tenth of the CoNLL-U
    /// writer.
    #[inline]
    fn no_space_after(&self, end: usize) -> bool {
        match self.unit.text.as_bytes().get(end) {
            None => false,
            Some(&b) if b.is_ascii() => !matches!(b, b'\t'..=b'\r' | b' '),
            Some(_) => self.unit.text[end..]
                .chars()
                .next()
                .is_some_and(|c| !c.is_whitespace()),
        }
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
// one call per unit; inlined together into `write`, each writer ran 2-3 M
// instructions per MB slower or faster with every change to another
#[inline(never)]
fn jsonl(task: Task, view: &View<'_>, out: &mut Vec<u8>) -> std::io::Result<()> {
    let u = view.unit;
    let text = u.text;
    let chars = UnitText::new(text, Escaping::Json);
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
        let kinds = &*JSON_KIND;
        for i in 0..view.token_count() {
            let t = view.token(i);
            // the quotes and keys around the text and kind are written with
            // the constant text next to them
            out.extend_from_slice(if i > 0 {
                b",{\"text\":\""
            } else {
                b"{\"text\":\""
            });
            chars.json_content(out, t.text);
            kinds.push(out, t.kind, |out| {
                out.extend_from_slice(b"\",\"kind\":\"");
                out.extend_from_slice(t.kind.as_str().as_bytes());
                out.extend_from_slice(b"\",\"start\":");
            });
            push_json_offsets_from_start(out, t.span, &mut chars);
            // the fields a subcommand does not compute are left out
            if let Some(stem) = t.stem {
                out.extend_from_slice(b",\"stem\":\"");
                chars.json_content(out, stem);
                // most tokens (`analyze`) end with one of these constants
                if view.entities.is_some() && t.entity.is_none() {
                    out.extend_from_slice(if t.stopword {
                        b"\",\"stopword\":true,\"entity\":null}"
                    } else {
                        b"\",\"stopword\":false,\"entity\":null}"
                    });
                    continue;
                }
                out.extend_from_slice(if t.stopword {
                    b"\",\"stopword\":true"
                } else {
                    b"\",\"stopword\":false"
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
    out.extend_from_slice(b",\"start\":");
    push_json_offsets_from_start(out, span, chars);
}

/// [`push_json_offsets`] after its `,"start":`. In an ASCII unit the
/// character offsets are the byte offsets, whose digits are made once.
#[inline]
fn push_json_offsets_from_start(out: &mut Vec<u8>, span: Span, chars: &mut UnitText<'_>) {
    let (start, end) = (Digits::of(span.start), Digits::of(span.end));
    start.push(out);
    out.extend_from_slice(b",\"end\":");
    end.push(out);
    out.extend_from_slice(b",\"char_start\":");
    if chars.is_ascii() {
        start.push(out);
        out.extend_from_slice(b",\"char_end\":");
        end.push(out);
    } else {
        let c = chars.span(span);
        push_num(out, c.start);
        out.extend_from_slice(b",\"char_end\":");
        push_num(out, c.end);
    }
}

/// The text table's column heads, padded as the rows' cells: (without,
/// with the stem columns).
static TEXT_HEADS: LazyLock<(String, String)> = LazyLock::new(|| {
    let tokens = format!("  {:<24} {:<13}", "token", "kind");
    let stems = format!("{tokens} {:<18} {:<4}", "stem", "stop");
    (tokens, stems)
});

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
            let unit_text = UnitText::new(u.text, Escaping::Lines);
            // Token rows are written without `fmt` (one per token, the hot
            // path); cells pad as `{:<width}` does. Kinds and the stopword
            // column are ASCII words.
            let kinds = &*TEXT_KIND;
            // `last`: nothing follows the stem, so neither its padding nor
            // the empty stop cell is written (trailing spaces are cut anyway)
            let row = |out: &mut Vec<u8>, t: &Tok<'_>, stop: &str, last: bool| {
                out.extend_from_slice(b"  ");
                unit_text.cell(out, t.text, 24);
                kinds.push(out, t.kind, |out| {
                    out.push(b' ');
                    push_ascii_cell(out, t.kind.as_str(), 13);
                });
                if stems {
                    out.push(b' ');
                    let stem = t.stem.unwrap_or("");
                    if last {
                        unit_text.cell(out, stem, 0);
                    } else {
                        unit_text.cell(out, stem, 18);
                        out.push(b' ');
                        push_ascii_cell(out, stop, 4);
                    }
                }
            };
            for (n, s) in view.sentences.iter().enumerate() {
                out.extend_from_slice(b"sentence ");
                push_num(out, n + 1);
                out.extend_from_slice(b": ");
                unit_text.one_line(out, &u.text[s.span]);
                out.push(b'\n');
                let heads = &*TEXT_HEADS;
                out.extend_from_slice(if stems { &heads.1 } else { &heads.0 }.as_bytes());
                if view.entities.is_some() {
                    out.extend_from_slice(b" entity");
                }
                out.push(b'\n');
                for i in s.tokens.clone() {
                    let t = view.token(i);
                    let stop = if t.stopword { "yes" } else { "" };
                    let tag = match view.entities {
                        Some(_) => view.tag(i, &s),
                        None => Tag::Outside,
                    };
                    row(out, &t, stop, stop.is_empty() && tag == Tag::Outside);
                    if tag != Tag::Outside {
                        out.push(b' ');
                        tag.push(out);
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

// one call per unit; inlined together into `write`, each writer ran 2-3 M
// instructions per MB slower or faster with every change to another
#[inline(never)]
fn tsv(task: Task, view: &View<'_>, out: &mut Vec<u8>) -> std::io::Result<()> {
    let u = view.unit;
    let text = u.text;
    let mut chars = UnitText::new(text, Escaping::Tsv);
    // `source<TAB>unit<TAB>line<TAB>`, the start of every row
    let unit_start = RowStart::new(out, |out| {
        push_tsv_field(out, u.source);
        out.push(b'\t');
        push_num(out, u.index);
        out.push(b'\t');
        push_num(out, u.line);
        out.push(b'\t');
    });
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
                unit_start.push(out);
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
                unit_start.push(out);
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
            let kinds = &*TSV_KIND;
            for (n, s) in view.sentences.iter().enumerate() {
                // ... and the sentence's number
                let sentence_start = RowStart::new(out, |out| {
                    unit_start.push(out);
                    push_num(out, n);
                    out.push(b'\t');
                });
                for (k, i) in s.tokens.clone().enumerate() {
                    let t = view.token(i);
                    sentence_start.push(out);
                    push_num(out, k);
                    out.push(b'\t');
                    push_tsv_offsets(out, t.span, &mut chars);
                    chars.tsv_field(out, t.text);
                    kinds.push(out, t.kind, |out| {
                        out.push(b'\t');
                        out.extend_from_slice(t.kind.as_str().as_bytes());
                    });
                    if task != Task::Tokenize {
                        out.push(b'\t');
                        chars.tsv_field(out, t.stem.unwrap_or(""));
                    }
                    // the row's last columns, one constant for most tokens
                    match (task, view.tag(i, &s)) {
                        (Task::Analyze, Tag::Outside) => out.extend_from_slice(if t.stopword {
                            b"\ttrue\tO\n"
                        } else {
                            b"\tfalse\tO\n"
                        }),
                        (Task::Analyze, tag) => {
                            out.extend_from_slice(if t.stopword {
                                b"\ttrue\t"
                            } else {
                                b"\tfalse\t"
                            });
                            tag.push(out);
                            out.push(b'\n');
                        }
                        (Task::Stem, _) => out.extend_from_slice(if t.stopword {
                            b"\ttrue\n"
                        } else {
                            b"\tfalse\n"
                        }),
                        _ => out.push(b'\n'),
                    }
                }
            }
        }
    }
    Ok(())
}

/// The columns a unit's or a sentence's rows start with, written once and
/// copied for each row: with one store of a fixed size when they fit (a
/// path of up to about 40 bytes), which also spares an allocation per unit.
enum RowStart {
    Short(Fragment<64>),
    Long(Vec<u8>),
}

impl RowStart {
    /// What `write` appends (made in `out`, then taken off it).
    fn new(out: &mut Vec<u8>, write: impl FnOnce(&mut Vec<u8>)) -> RowStart {
        let at = out.len();
        write(out);
        let columns = &out[at..];
        let start = match Fragment::new(&[columns]) {
            Some(f) => RowStart::Short(f),
            None => RowStart::Long(columns.to_vec()),
        };
        out.truncate(at);
        start
    }

    #[inline]
    fn push(&self, out: &mut Vec<u8>) {
        match self {
            RowStart::Short(f) => f.push(out),
            RowStart::Long(v) => out.extend_from_slice(v),
        }
    }
}

/// `start<TAB>end<TAB>char_start<TAB>char_end<TAB>`; in an ASCII unit the
/// character offsets are the byte offsets, whose digits are made once.
#[inline]
fn push_tsv_offsets(out: &mut Vec<u8>, span: Span, chars: &mut UnitText<'_>) {
    let (start, end) = (Digits::of(span.start), Digits::of(span.end));
    let (char_start, char_end) = if chars.is_ascii() {
        (start, end)
    } else {
        let c = chars.span(span);
        (Digits::of(c.start), Digits::of(c.end))
    };
    for d in [start, end, char_start, char_end] {
        d.push(out);
        out.push(b'\t');
    }
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

// one call per unit; inlined together into `write`, each writer ran 2-3 M
// instructions per MB slower or faster with every change to another
#[inline(never)]
fn conllu(view: &View<'_>, out: &mut Vec<u8>) -> std::io::Result<()> {
    let u = view.unit;
    let text = UnitText::new(u.text, Escaping::Lines);
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
            let t = view.token(i);
            push_conllu_field(out, &text, t.text);
            if i < last && !view.no_space_after(t.span.end) {
                out.push(b' ');
            }
        }
        out.push(b'\n');
        let kinds = &*CONLLU_KIND;
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
            kinds.push(out, t.kind, |out| {
                out.push(b'\t');
                out.extend_from_slice(upos(t.kind).as_bytes());
                out.extend_from_slice(b"\t_\t_\t_\t_\t_\t");
            });
            let tag = match view.entities {
                Some(_) => view.tag(i, &s),
                None => Tag::Outside,
            };
            let no_space = view.no_space_after(t.span.end);
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

// one call per unit; inlined together into `write`, each writer ran 2-3 M
// instructions per MB slower or faster with every change to another
#[inline(never)]
fn bio(view: &View<'_>, out: &mut Vec<u8>) -> std::io::Result<()> {
    let text = UnitText::new(view.unit.text, Escaping::Lines);
    for s in view.sentences.iter() {
        if s.tokens.is_empty() {
            continue;
        }
        for i in s.tokens.clone() {
            text.one_line(out, view.token(i).text);
            match view.tag(i, &s) {
                Tag::Outside => out.extend_from_slice(b"\tO\n"),
                tag => {
                    out.push(b'\t');
                    tag.push(out);
                    out.push(b'\n');
                }
            }
        }
        out.push(b'\n');
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_tables_hold_every_kind_in_order() {
        for (i, &k) in KINDS.iter().enumerate() {
            assert_eq!(kind_index(k), Some(i), "{k:?}");
            let text = |table: &ByKind<32>| {
                let mut out = Vec::new();
                table.push(&mut out, k, |_| panic!("{k:?} not in the table"));
                String::from_utf8(out).unwrap()
            };
            assert_eq!(
                text(&JSON_KIND),
                format!("\",\"kind\":\"{}\",\"start\":", k.as_str())
            );
        }
        // the padded cells of the text table, the CoNLL-U and TSV columns
        for &k in &KINDS {
            let (mut cell, mut conllu) = (Vec::new(), Vec::new());
            TEXT_KIND.push(&mut cell, k, |_| panic!());
            CONLLU_KIND.push(&mut conllu, k, |_| panic!());
            let mut tsv = Vec::new();
            TSV_KIND.push(&mut tsv, k, |_| panic!());
            assert_eq!(tsv, format!("\t{}", k.as_str()).as_bytes());
            assert_eq!(cell, format!(" {:<13}", k.as_str()).as_bytes());
            assert_eq!(conllu, format!("\t{}\t_\t_\t_\t_\t_\t", upos(k)).as_bytes());
        }
    }

    #[test]
    fn space_after_an_ascii_byte_is_what_char_is_whitespace_says() {
        let source = "t";
        for b in 0u8..0x80 {
            let text = format!("x{}", b as char);
            let unit = Unit {
                source,
                index: 0,
                line: 1,
                text: &text,
            };
            let view = View {
                unit: &unit,
                tokens: Tokens::None,
                sentences: Sentences::Built(Vec::new()),
                entities: None,
            };
            assert_eq!(
                view.no_space_after(1),
                !(b as char).is_whitespace(),
                "{b:#x}"
            );
        }
    }
}
