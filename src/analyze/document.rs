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
        token.entity.map(|i| &self.entities[i as usize])
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnalyzedToken<'t> {
    pub(super) token: Token<'t>,
    pub(super) stem: Stem<'t>,
    pub(super) stopword: bool,
    pub(super) entity: Option<u32>,
}

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
        self.stem.as_str()
    }

    /// Whether the token is a stopword (never true inside an entity, so the
    /// `Pak` of a name's cue is still a stopword but `Ibu Kota` in a name is not).
    ///
    /// ```
    /// let doc = indonlp::analyze("yang baru");
    /// assert!(doc.tokens()[0].is_stopword());
    /// ```
    pub fn is_stopword(&self) -> bool {
        self.stopword
    }

    /// The index of the token's entity in [`Document::entities`], if any.
    ///
    /// ```
    /// let doc = indonlp::analyze("di Jakarta");
    /// assert_eq!(doc.tokens()[1].entity_index(), Some(0));
    /// ```
    pub fn entity_index(&self) -> Option<usize> {
        self.entity.map(|i| i as usize)
    }
}

/// A token's stem: a slice of the text (unchanged words, `dibaca` →
/// `baca`) or a root spelled differently from the word (`menulis` → `tulis`),
/// shared with the analyzer's word cache rather than copied.
#[derive(Clone, Debug)]
pub(super) enum Stem<'t> {
    Text(&'t str),
    /// One of the word cache's roots: as a sentence's first word or not.
    Root(Arc<Roots>, bool),
}

impl<'t> Stem<'t> {
    pub(super) fn of(word: &'t str, stem: StemRef<'_>) -> Stem<'t> {
        match stem {
            StemRef::Slice(a, b) => Stem::Text(&word[a as usize..b as usize]),
            StemRef::Root(roots, initial) => Stem::Root(roots.clone(), initial),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            Stem::Text(s) => s,
            Stem::Root(r, initial) => r.get(*initial),
        }
    }
}

impl PartialEq for Stem<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Stem<'_> {}

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
                stopword: t.stopword,
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
