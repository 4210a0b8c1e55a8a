//! What an analysis returns: the document, its sentences and its tokens.

use super::word_cache::{Roots, StemRef};
use crate::ner::Entity;
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};
use std::ops::Range;
use std::sync::Arc;

/// The analysis of one text; borrows the text.
///
/// ```
/// let text = "Warga Korut tiba di Moskwa.";
/// let doc = indonlp::analyze(text);
/// let moskwa = doc.tokens().iter().find(|t| t.text() == "Moskwa").unwrap();
/// let e = doc.entity_of(moskwa).unwrap();
/// assert_eq!(e.canonical().unwrap().name(), "Moscow");
/// ```
#[derive(Clone, Debug)]
pub struct Document<'t> {
    pub(super) text: &'t str,
    pub(super) sentences: Vec<Sentence>,
    pub(super) tokens: Vec<AnalyzedToken<'t>>,
    pub(super) entities: Vec<Entity<'t>>,
}

impl<'t> Document<'t> {
    /// The analysed text.
    ///
    /// ```
    /// assert_eq!(indonlp::analyze("ya").text(), "ya");
    /// ```
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The sentences, in order.
    ///
    /// ```
    /// let doc = indonlp::analyze("Satu. Dua.");
    /// assert_eq!(doc.sentences()[1].tokens(), 2..4);
    /// ```
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// Every token, in order.
    ///
    /// ```
    /// let doc = indonlp::analyze("Mereka membaca buku.");
    /// let stems: Vec<_> = doc.tokens().iter().map(|t| t.stem()).collect();
    /// assert_eq!(stems, ["mereka", "baca", "buku", "."]);
    /// ```
    pub fn tokens(&self) -> &[AnalyzedToken<'t>] {
        &self.tokens
    }

    /// The tokens of one sentence.
    ///
    /// ```
    /// let doc = indonlp::analyze("Satu. Dua tiga.");
    /// let s = &doc.sentences()[1];
    /// assert_eq!(doc.sentence_tokens(s).len(), 3);
    /// ```
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[AnalyzedToken<'t>] {
        &self.tokens[sentence.tokens.clone()]
    }

    /// The named entities, in order.
    ///
    /// ```
    /// let doc = indonlp::analyze("Ia terbang ke Kairo.");
    /// assert_eq!(doc.entities()[0].kind(), indonlp::EntityKind::City);
    /// ```
    pub fn entities(&self) -> &[Entity<'t>] {
        &self.entities
    }

    /// The entity a token belongs to, if any.
    ///
    /// ```
    /// let doc = indonlp::analyze("Kim Jong-un tiba.");
    /// assert_eq!(doc.entity_of(&doc.tokens()[1]).unwrap().text(), "Kim Jong-un");
    /// assert!(doc.entity_of(&doc.tokens()[2]).is_none());
    /// ```
    pub fn entity_of(&self, token: &AnalyzedToken<'t>) -> Option<&Entity<'t>> {
        token.entity_index().and_then(|i| self.entities.get(i))
    }
}

/// A sentence of a [`Document`]: its byte span and the range of its tokens
/// in [`Document::tokens`].
///
/// ```
/// let text = "Hujan turun. Jalan licin.";
/// let doc = indonlp::analyze(text);
/// let s = &doc.sentences()[1];
/// assert_eq!(&text[s.span()], "Jalan licin.");
/// assert_eq!(doc.sentence_tokens(s)[0].text(), "Jalan");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub(super) span: Span,
    pub(super) tokens: Range<usize>,
}

impl Sentence {
    /// The sentence's byte span.
    ///
    /// ```
    /// let text = "Satu. Dua.";
    /// let doc = indonlp::analyze(text);
    /// assert_eq!(&text[doc.sentences()[0].span()], "Satu.");
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }

    /// The indices of its tokens in [`Document::tokens`].
    ///
    /// ```
    /// let doc = indonlp::analyze("Satu. Dua.");
    /// assert_eq!(doc.sentences()[0].tokens(), 0..2);
    /// ```
    pub fn tokens(&self) -> Range<usize> {
        self.tokens.clone()
    }
}

/// A token of a [`Document`] with its stem, stopword flag and entity.
///
/// ```
/// let doc = indonlp::analyze("yang membaca");
/// let t = &doc.tokens()[1];
/// assert_eq!((t.text(), t.stem(), t.is_stopword()), ("membaca", "baca", false));
/// ```
#[derive(Clone)]
pub struct AnalyzedToken<'t> {
    token: Token<'t>,
    /// The stem when it is a root spelled differently from the word
    /// (`menulis` → `tulis`), shared with the analyzer's word cache.
    roots: Option<Arc<Roots>>,
    /// The index of the token's entity, or [`NO_ENTITY`].
    entity: u32,
    /// Otherwise the stem is `text()[stem.0..stem.1]`...
    stem: (u8, u8),
    /// ...or the whole text ([`WHOLE`]); and [`STOPWORD`], [`INITIAL`].
    flags: u8,
}

// 48 bytes, not the 72 of an enum stem beside an optional index: a 64 KiB
// document's tokens then stay clear of half the cache the word look-ups use.
const NO_ENTITY: u32 = u32::MAX;
/// The stem is the token's whole text (non-words, names).
const WHOLE: u8 = 1;
const STOPWORD: u8 = 1 << 1;
/// `roots` holds the sentence-initial root.
const INITIAL: u8 = 1 << 2;

impl<'t> AnalyzedToken<'t> {
    /// The underlying token (text, span, kind).
    ///
    /// ```
    /// let doc = indonlp::analyze("Halo");
    /// assert_eq!(doc.tokens()[0].token().kind(), indonlp::TokenKind::Word);
    /// ```
    pub fn token(&self) -> Token<'t> {
        self.token
    }

    /// The token's text.
    ///
    /// ```
    /// assert_eq!(indonlp::analyze("Halo").tokens()[0].text(), "Halo");
    /// ```
    pub fn text(&self) -> &'t str {
        self.token.text()
    }

    /// The token's byte span.
    ///
    /// ```
    /// assert_eq!(indonlp::analyze(" ya").tokens()[0].span(), indonlp::Span::new(1, 3));
    /// ```
    pub fn span(&self) -> Span {
        self.token.span()
    }

    /// The token's kind.
    ///
    /// ```
    /// assert_eq!(indonlp::analyze("10.000").tokens()[0].kind(), indonlp::TokenKind::Number);
    /// ```
    pub fn kind(&self) -> TokenKind {
        self.token.kind()
    }

    /// The root word; the token's own text for non-words and for tokens of
    /// an entity (names are not stemmed).
    ///
    /// ```
    /// let doc = indonlp::analyze("kebijakan Bekasi");
    /// assert_eq!(doc.tokens()[0].stem(), "bijak");
    /// assert_eq!(doc.tokens()[1].stem(), "Bekasi");
    /// ```
    pub fn stem(&self) -> &str {
        let text = self.token.text();
        match &self.roots {
            Some(roots) => roots.get(self.flags & INITIAL != 0),
            None if self.flags & WHOLE != 0 => text,
            None => text
                .get(self.stem.0 as usize..self.stem.1 as usize)
                .unwrap_or(text),
        }
    }

    /// Whether the token is a stopword (never true inside an entity, so the
    /// `Pak` of a name's cue is still a stopword but `Ibu Kota` in a name is not).
    ///
    /// ```
    /// let doc = indonlp::analyze("yang baru");
    /// assert!(doc.tokens()[0].is_stopword());
    /// ```
    pub fn is_stopword(&self) -> bool {
        self.flags & STOPWORD != 0
    }

    /// The index of the token's entity in [`Document::entities`], if any.
    ///
    /// ```
    /// let doc = indonlp::analyze("di Jakarta");
    /// assert_eq!(doc.tokens()[1].entity_index(), Some(0));
    /// ```
    pub fn entity_index(&self) -> Option<usize> {
        (self.entity != NO_ENTITY).then_some(self.entity as usize)
    }

    /// A token whose stem is its text (a non-word).
    pub(super) fn unstemmed(token: Token<'t>) -> AnalyzedToken<'t> {
        AnalyzedToken {
            token,
            roots: None,
            entity: NO_ENTITY,
            stem: (0, 0),
            flags: WHOLE,
        }
    }

    /// A word with its stem as the word cache gives it.
    pub(super) fn new(token: Token<'t>, stem: StemRef<'_>, stopword: bool) -> AnalyzedToken<'t> {
        let stopword = if stopword { STOPWORD } else { 0 };
        match stem {
            StemRef::Slice(a, b) => AnalyzedToken {
                token,
                roots: None,
                entity: NO_ENTITY,
                stem: (a, b),
                flags: stopword,
            },
            StemRef::Root(roots, initial) => AnalyzedToken {
                token,
                roots: Some(roots.clone()),
                entity: NO_ENTITY,
                stem: (0, 0),
                flags: stopword | if initial { INITIAL } else { 0 },
            },
        }
    }

    /// Makes the token part of entity `index`: names keep their form, so
    /// it is not stemmed and is no stopword.
    pub(super) fn set_entity(&mut self, index: usize) {
        self.roots = None;
        self.flags = WHOLE;
        self.entity = index as u32;
    }
}

impl PartialEq for AnalyzedToken<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.token == other.token
            && self.stem() == other.stem()
            && self.is_stopword() == other.is_stopword()
            && self.entity == other.entity
    }
}

impl Eq for AnalyzedToken<'_> {}

impl std::fmt::Debug for AnalyzedToken<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AnalyzedToken")
            .field("token", &self.token)
            .field("stem", &self.stem())
            .field("stopword", &self.is_stopword())
            .field("entity", &self.entity_index())
            .finish()
    }
}

/// With the `serde` feature a [`Document`] serialises with byte offsets
/// (`start`, `end`) and character offsets (`char_start`, `char_end`) on
/// every sentence, token and entity.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// let doc = indonlp::analyze("“Ya,” kata Jokowi.");
/// let json = serde_json::to_value(&doc).unwrap();
/// assert_eq!(json["tokens"][1]["text"], "Ya");
/// assert_eq!(json["tokens"][1]["start"], 3);       // bytes: “ is three
/// assert_eq!(json["tokens"][1]["char_start"], 1);  // chars
/// assert_eq!(json["entities"][0]["label"], "PERSON");
/// # }
/// ```
#[cfg(feature = "serde")]
impl serde::Serialize for Document<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Document", 4)?;
        st.serialize_field("text", self.text)?;
        let mut offsets = crate::CharOffsets::new(self.text);
        let sentences: Vec<ser::Sentence> = self
            .sentences
            .iter()
            .map(|x| ser::Sentence {
                span: ser::Offsets::new(x.span, &mut offsets),
                first_token: x.tokens.start,
                end_token: x.tokens.end,
            })
            .collect();
        st.serialize_field("sentences", &sentences)?;
        let mut offsets = crate::CharOffsets::new(self.text);
        let tokens: Vec<ser::Token<'_>> = self
            .tokens
            .iter()
            .map(|t| ser::Token {
                text: t.text(),
                kind: t.kind(),
                span: ser::Offsets::new(t.span(), &mut offsets),
                stem: t.stem(),
                stopword: t.is_stopword(),
                entity: t.entity_index(),
            })
            .collect();
        st.serialize_field("tokens", &tokens)?;
        let mut offsets = crate::CharOffsets::new(self.text);
        let entities: Vec<ser::Entity<'_>> = self
            .entities
            .iter()
            .map(|e| ser::Entity {
                text: e.text(),
                label: e.kind().label(),
                span: ser::Offsets::new(e.span(), &mut offsets),
                canonical: e.canonical(),
            })
            .collect();
        st.serialize_field("entities", &entities)?;
        st.end()
    }
}

#[cfg(feature = "serde")]
mod ser {
    use crate::span::Span;
    use serde::Serialize;

    #[derive(Serialize)]
    pub(super) struct Offsets {
        start: usize,
        end: usize,
        char_start: usize,
        char_end: usize,
    }

    impl Offsets {
        pub(super) fn new(span: Span, chars: &mut crate::CharOffsets<'_>) -> Offsets {
            let r = chars.span(span);
            Offsets {
                start: span.start,
                end: span.end,
                char_start: r.start,
                char_end: r.end,
            }
        }
    }

    #[derive(Serialize)]
    pub(super) struct Sentence {
        #[serde(flatten)]
        pub(super) span: Offsets,
        pub(super) first_token: usize,
        pub(super) end_token: usize,
    }

    #[derive(Serialize)]
    pub(super) struct Token<'a> {
        pub(super) text: &'a str,
        pub(super) kind: crate::TokenKind,
        #[serde(flatten)]
        pub(super) span: Offsets,
        pub(super) stem: &'a str,
        pub(super) stopword: bool,
        pub(super) entity: Option<usize>,
    }

    #[derive(Serialize)]
    pub(super) struct Entity<'a> {
        pub(super) text: &'a str,
        pub(super) label: &'static str,
        #[serde(flatten)]
        pub(super) span: Offsets,
        pub(super) canonical: Option<&'a crate::Entry>,
    }
}

#[cfg(test)]
mod tests {
    use super::AnalyzedToken;

    #[test]
    fn a_token_is_48_bytes() {
        assert_eq!(std::mem::size_of::<AnalyzedToken<'_>>(), 48);
    }

    #[test]
    fn every_kind_of_stem_reads_back() {
        // A sentence-initial root, a root, a slice, a stopword, a non-word
        // and a name, each stored its own way.
        let doc = crate::analyze("Menulis dan menulis buku, kata Joko Widodo.");
        let seen: Vec<_> = doc
            .tokens()
            .iter()
            .map(|t| (t.stem(), t.is_stopword(), t.entity_index()))
            .collect();
        assert_eq!(
            seen,
            [
                ("tulis", false, None),
                ("dan", true, None),
                ("tulis", false, None),
                ("buku", false, None),
                (",", false, None),
                ("kata", true, None),
                ("Joko", false, Some(0)),
                ("Widodo", false, Some(0)),
                (".", false, None),
            ]
        );
        let again = crate::analyze("Menulis dan menulis buku, kata Joko Widodo.");
        assert_eq!(doc.tokens(), again.tokens());
        assert_ne!(doc.tokens()[0], doc.tokens()[2], "same stem, other span");
    }
}
