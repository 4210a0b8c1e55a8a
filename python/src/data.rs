//! Owned results of one text, computed without the GIL (in worker threads
//! for the batch calls) and turned into Python objects afterwards.
//!
//! Offsets are kept in both units: characters (Python's convention, what
//! the objects show by default) and bytes of the UTF-8 text (on request);
//! plain tokens keep bytes, and their characters are counted when first
//! read.

use crate::spare::Spare;
use indonlp::{CharOffsets, Entity, Span, TokenKind};
use std::collections::HashMap;
use std::sync::Arc;

/// A half-open range in characters and in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Range2 {
    pub chars: (usize, usize),
    pub bytes: (usize, usize),
}

impl Range2 {
    fn new(offsets: &mut Chars<'_>, span: Span) -> Range2 {
        let chars = match offsets {
            Chars::Ascii => (span.start, span.end),
            Chars::Counted(o) => {
                let c = o.span(span);
                (c.start, c.end)
            }
        };
        Range2 {
            chars,
            bytes: (span.start, span.end),
        }
    }

    /// The range in the unit the caller asked for.
    pub fn get(&self, bytes: bool) -> (usize, usize) {
        if bytes {
            self.bytes
        } else {
            self.chars
        }
    }
}

/// Character offsets of byte spans given in increasing order. In ASCII
/// text (checked at memory speed) they are the byte offsets and nothing is
/// counted.
pub(crate) enum Chars<'t> {
    Ascii,
    Counted(CharOffsets<'t>),
}

impl<'t> Chars<'t> {
    pub fn new(text: &'t str) -> Chars<'t> {
        if text.is_ascii() {
            Chars::Ascii
        } else {
            Chars::Counted(CharOffsets::new(text))
        }
    }
}

/// A token of a plain tokenization, in bytes, and its kind: what a `Token`
/// object shows (character offsets are counted when first asked for).
#[derive(Clone, Copy, Debug)]
pub(crate) struct TokSpan {
    pub bytes: (usize, usize),
    pub kind: TokenKind,
}

/// The tokens of one text, and whether the text is ASCII (character
/// offsets are then the byte offsets).
#[derive(Debug)]
pub(crate) struct Tokenized {
    pub tokens: Vec<TokSpan>,
    pub ascii: bool,
}

/// An analysed token (stem, stopword flag, entity).
#[derive(Clone, Debug)]
pub(crate) struct TokData {
    pub range: Range2,
    pub kind: TokenKind,
    /// `None` when the stem is the token's own text (most tokens): the text
    /// is then sliced from the caller's string, no copy is kept.
    pub stem: Option<Box<str>>,
    pub is_stopword: bool,
    pub entity: Option<u32>,
}

/// A canonical gazetteer entry.
#[derive(Debug)]
pub(crate) struct Canon {
    pub name: Box<str>,
    pub iso2: Option<Box<str>>,
    pub iso3: Option<Box<str>>,
    pub geonames_id: Option<u32>,
    pub population: Option<u64>,
    pub role: Option<Box<str>>,
}

/// An entity mention.
#[derive(Clone, Debug)]
pub(crate) struct EntData {
    pub range: Range2,
    pub label: &'static str,
    pub canonical: Option<Arc<Canon>>,
}

/// Everything computed for one text; unused parts stay empty.
#[derive(Debug, Default)]
pub(crate) struct DocData {
    pub sentences: Vec<Range2>,
    pub tokens: Vec<TokData>,
    pub entities: Vec<EntData>,
}

pub(crate) fn entity(offsets: &mut Chars<'_>, e: &Entity<'_>) -> EntData {
    EntData {
        range: Range2::new(offsets, e.span()),
        label: e.kind().label(),
        canonical: e.canonical().map(|c| {
            Arc::new(Canon {
                name: c.name().into(),
                iso2: c.country_code().map(Into::into),
                iso3: c.iso3().map(Into::into),
                geonames_id: c.geonames_id(),
                population: c.population(),
                role: c.role().map(Into::into),
            })
        }),
    }
}

/// Token span buffers of up to this many tokens (6 MB) are reused.
const SPARE_SPANS: usize = 1 << 18;

/// Texts of at least this many bytes take the spare buffer.
const SPARE_FROM_BYTES: usize = 1 << 16;

/// A spare buffer for `tokens` (see `spare.rs`).
pub(crate) static SPANS: Spare<TokSpan> = Spare::new(SPARE_SPANS);

pub(crate) fn tokens(tokenizer: &indonlp::Tokenizer, text: &str) -> Tokenized {
    // A small text leaves the large spare buffer to a large one.
    let mut tokens = if text.len() >= SPARE_FROM_BYTES {
        SPANS.take()
    } else {
        Vec::new()
    };
    tokens.extend(tokenizer.tokenize(text).map(|t| TokSpan {
        bytes: (t.span().start, t.span().end),
        kind: t.kind(),
    }));
    Tokenized {
        tokens,
        ascii: text.is_ascii(),
    }
}

/// The character offsets of byte spans of `text` given in increasing order.
pub(crate) fn char_spans(
    text: &str,
    spans: impl Iterator<Item = (usize, usize)>,
) -> Vec<(usize, usize)> {
    let mut offsets = CharOffsets::new(text);
    spans
        .map(|(s, e)| {
            let c = offsets.span(Span::new(s, e));
            (c.start, c.end)
        })
        .collect()
}

pub(crate) fn sentences(tokenizer: &indonlp::Tokenizer, text: &str) -> Vec<Range2> {
    let mut offsets = Chars::new(text);
    tokenizer
        .sentences(text)
        .map(|s| Range2::new(&mut offsets, s))
        .collect()
}

pub(crate) fn entities(tagger: &indonlp::EntityTagger, text: &str) -> DocData {
    let mut offsets = Chars::new(text);
    DocData {
        entities: tagger
            .find_iter(text)
            .map(|e| entity(&mut offsets, &e))
            .collect(),
        ..DocData::default()
    }
}

/// Per-word stem overrides (word as written, then lowercased).
pub(crate) type Overrides = HashMap<String, String>;

pub(crate) fn lookup<'a>(overrides: &'a Overrides, word: &str) -> Option<&'a str> {
    if overrides.is_empty() {
        return None;
    }
    overrides
        .get(word)
        .or_else(|| overrides.get(&word.to_lowercase()))
        .map(String::as_str)
}

pub(crate) fn analyze(analyzer: &indonlp::Analyzer, overrides: &Overrides, text: &str) -> DocData {
    let doc = analyzer.analyze(text);
    // Three increasing sequences: one converter each keeps every one linear.
    let mut offsets = Chars::new(text);
    let sentences = doc
        .sentences()
        .iter()
        .map(|s| Range2::new(&mut offsets, s.span()))
        .collect();
    let mut offsets = Chars::new(text);
    let tokens = doc
        .tokens()
        .iter()
        .map(|t| {
            let mut stem = t.stem();
            if t.kind() == indonlp::TokenKind::Word && t.entity_index().is_none() {
                stem = lookup(overrides, t.text()).unwrap_or(stem);
            }
            TokData {
                range: Range2::new(&mut offsets, t.span()),
                kind: t.kind(),
                stem: (stem != t.text()).then(|| stem.into()),
                is_stopword: t.is_stopword(),
                entity: t.entity_index().map(|i| i as u32),
            }
        })
        .collect();
    let mut offsets = Chars::new(text);
    let entities = doc
        .entities()
        .iter()
        .map(|e| entity(&mut offsets, e))
        .collect();
    DocData {
        sentences,
        tokens,
        entities,
    }
}
