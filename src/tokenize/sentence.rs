//! Sentence segmentation over the token stream.
//!
//! Working on tokens rather than characters is what keeps it from being
//! fooled: `dll.`, `Prof.`, `B.J.`, `3,5`, `13.30` and `kompas.com` are
//! already single tokens, so a period token is a real full stop.

use super::tables;
use super::token::{Token, TokenKind};
use super::Tokens;
use crate::span::Span;
use std::iter::FusedIterator;

/// The sentences of a text as byte spans; returned by
/// [`Tokenizer::sentences`](crate::Tokenizer::sentences).
///
/// A sentence ends after `.`, `!`, `?`, `…` (plus any closing quotes or
/// brackets glued to them) when the next token does not start with a
/// lowercase letter; after a sentence-final abbreviation (`dll.`, `dsb.`,
/// `Tbk.`) when the next token starts with a capital; and at a blank line.
/// Spans run from the first to the last token, without surrounding space.
///
/// ```
/// let text = "Harga naik 3,5 persen. Warga mengeluh!";
/// let v: Vec<&str> = indonlp::sentences(text).map(|s| &text[s]).collect();
/// assert_eq!(v, ["Harga naik 3,5 persen.", "Warga mengeluh!"]);
/// ```
pub struct Sentences<'a, 't> {
    inner: Segmenter<'t, Tokens<'a, 't>>,
}

impl<'a, 't> Sentences<'a, 't> {
    pub(crate) fn new(tokens: Tokens<'a, 't>, text: &'t str) -> Self {
        Sentences {
            inner: Segmenter::new(tokens, text),
        }
    }
}

impl Iterator for Sentences<'_, '_> {
    type Item = Span;

    #[inline]
    fn next(&mut self) -> Option<Span> {
        self.inner.next()
    }
}

/// Sentence segmentation over any token stream, so that a caller holding
/// the tokens already (the analyzer) need not tokenize twice.
pub(crate) struct Segmenter<'t, I> {
    tokens: I,
    text: &'t str,
    peeked: Option<Token<'t>>,
}

impl<'t, I: Iterator<Item = Token<'t>>> Segmenter<'t, I> {
    pub(crate) fn new(tokens: I, text: &'t str) -> Self {
        Segmenter {
            tokens,
            text,
            peeked: None,
        }
    }

    fn next_token(&mut self) -> Option<Token<'t>> {
        loop {
            let t = match self.peeked.take() {
                Some(t) => t,
                None => self.tokens.next()?,
            };
            if t.kind() != TokenKind::Whitespace {
                return Some(t);
            }
        }
    }
}

impl<'t, I: Iterator<Item = Token<'t>>> Iterator for Segmenter<'t, I> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let first = self.next_token()?;
        let mut open = Open::new(&first);
        while let Some(t) = self.next_token() {
            if open.ends_before(self.text, &t) {
                self.peeked = Some(t);
                break;
            }
        }
        Some(open.span())
    }
}

/// A sentence being read: where it starts and ends so far, and what its
/// last token says about a boundary. The one definition of a boundary,
/// shared by [`Segmenter`] and the analyzer's pass over its tokens.
pub(crate) struct Open {
    start: usize,
    end: usize,
    state: End,
}

impl Open {
    /// A sentence opened by token `first` (not whitespace).
    #[inline]
    pub(crate) fn new(first: &Token<'_>) -> Open {
        Open {
            start: first.span().start,
            end: first.span().end,
            state: end_state(first),
        }
    }

    /// Whether the sentence ends before token `t` (not whitespace); when
    /// not, `t` joins it.
    #[inline]
    pub(crate) fn ends_before(&mut self, text: &str, t: &Token<'_>) -> bool {
        let gap = &text.as_bytes()[self.end..t.span().start];
        let blank_line = gap.len() >= 2 && gap.iter().filter(|&&b| b == b'\n').count() >= 2;
        if blank_line {
            return true;
        }
        let boundary = match self.state {
            End::No => false,
            End::Stop => {
                // Closing quotes and brackets glued to the stop stay in the sentence.
                if gap.is_empty() && is_closer(t) {
                    self.end = t.span().end;
                    return false;
                }
                !starts_lowercase(t)
            }
            End::Abbreviation => starts_uppercase_or_digit(t) && !gap.is_empty(),
        };
        if !boundary {
            self.end = t.span().end;
            self.state = end_state(t);
        }
        boundary
    }

    /// The sentence's span so far.
    #[inline]
    pub(crate) fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

enum End {
    No,
    /// After `.`, `!`, `?`: ends unless a lowercase word follows.
    Stop,
    /// After `dll.`: ends only if a capitalised word follows.
    Abbreviation,
}

fn is_terminator(t: &Token<'_>) -> bool {
    t.kind() == TokenKind::Punctuation && matches!(t.text().as_bytes()[0], b'.' | b'!' | b'?')
        || t.text() == "…"
}

fn is_closer(t: &Token<'_>) -> bool {
    matches!(
        t.text(),
        "\"" | "'" | "”" | "’" | ")" | "]" | "}" | "»" | "''"
    )
}

fn starts_lowercase(t: &Token<'_>) -> bool {
    t.text().chars().next().is_some_and(char::is_lowercase)
}

fn starts_uppercase_or_digit(t: &Token<'_>) -> bool {
    t.text()
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

#[inline]
fn end_state(t: &Token<'_>) -> End {
    match t.kind() {
        // Most tokens are words, and a word never ends a sentence.
        TokenKind::Word | TokenKind::Number => End::No,
        _ if is_terminator(t) => End::Stop,
        TokenKind::Abbreviation
            if tables::is_sentence_final_abbreviation(t.text().trim_end_matches('.')) =>
        {
            End::Abbreviation
        }
        _ => End::No,
    }
}

impl FusedIterator for Sentences<'_, '_> {}
