//! The token type and its kinds.

use crate::span::Span;

/// What a token is.
///
/// The set may grow, so it is `#[non_exhaustive]`: match with a wildcard arm.
///
/// ```
/// use indonlp::TokenKind;
///
/// let kinds: Vec<TokenKind> = indonlp::tokenize("Rp10.000 pada 13/7 pukul 08:00, dll.")
///     .map(|t| t.kind())
///     .collect();
/// assert_eq!(kinds, [
///     TokenKind::Currency, TokenKind::Number, TokenKind::Word, TokenKind::Date,
///     TokenKind::Word, TokenKind::Time, TokenKind::Punctuation, TokenKind::Abbreviation,
/// ]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters (any script), possibly with inner hyphens or apostrophes:
    /// `rumah`, `anak-anak`, `Jong-un`, `Jum'at`, `COVID-19`.
    Word,
    /// A clitic split off its host in clitic-splitting mode: `nya`, `ku`, `kau`, `lah`.
    Clitic,
    /// Digits with Indonesian separators: `10.000`, `3,5`, `2024`.
    Number,
    /// A day/month date: `13/7`, `25/9/2014`.
    Date,
    /// A clock time: `08:00`, `13.30`.
    Time,
    /// A currency symbol or code in front of an amount: `Rp`, `US$`, `$`, `€`.
    Currency,
    /// An abbreviation or initial with its period(s): `dll.`, `a.n.`, `Prof.`, `B.J.`.
    Abbreviation,
    /// A URL or bare domain: `https://x.id/a?b=1`, `KOMPAS.com`.
    Url,
    /// An e-mail address: `redaksi@contoh.id`.
    Email,
    /// A social-media mention: `@jokowi`.
    Mention,
    /// A hashtag: `#PemiluDamai`.
    Hashtag,
    /// An emoji, with its modifiers and joiners: `👍`, `👍🏽`.
    Emoji,
    /// Punctuation: `.`, `,`, `“`, `—`, `...`, `--`.
    Punctuation,
    /// Any other symbol: `%`, `°C`, `+`, `©`.
    Symbol,
    /// A run of whitespace; only produced when the tokenizer is built with
    /// [`whitespace(true)`](crate::TokenizerBuilder::whitespace).
    Whitespace,
}

impl TokenKind {
    /// A short lowercase name, stable across versions (`"word"`, `"number"`, ...).
    ///
    /// ```
    /// assert_eq!(indonlp::TokenKind::Hashtag.as_str(), "hashtag");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Clitic => "clitic",
            TokenKind::Number => "number",
            TokenKind::Date => "date",
            TokenKind::Time => "time",
            TokenKind::Currency => "currency",
            TokenKind::Abbreviation => "abbreviation",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Mention => "mention",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Emoji => "emoji",
            TokenKind::Punctuation => "punctuation",
            TokenKind::Symbol => "symbol",
            TokenKind::Whitespace => "whitespace",
        }
    }
}

/// One token: a slice of the input text, its byte span and its kind.
///
/// Tokens borrow the text they were found in; nothing is copied.
///
/// ```
/// let text = "Kim Jong-un tiba.";
/// let t = indonlp::tokenize(text).nth(1).unwrap();
/// assert_eq!(t.text(), "Jong-un");
/// assert_eq!(t.span(), indonlp::Span::new(4, 11));
/// assert_eq!(&text[t.span()], t.text());
/// assert_eq!(t.kind(), indonlp::TokenKind::Word);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token<'t> {
    pub(crate) text: &'t str,
    /// First byte of the text in the input (the end follows from the
    /// text's length: a 32-byte token is cheaper to copy than a 40-byte one).
    pub(crate) start: usize,
    pub(crate) kind: TokenKind,
}

impl<'t> Token<'t> {
    /// The token's text, borrowed from the input.
    ///
    /// ```
    /// assert_eq!(indonlp::tokenize("anak-anak").next().unwrap().text(), "anak-anak");
    /// ```
    #[inline]
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The token's byte span in the input.
    ///
    /// ```
    /// let t = indonlp::tokenize("  ya").next().unwrap();
    /// assert_eq!(t.span().range(), 2..4);
    /// ```
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    /// The token's kind.
    ///
    /// ```
    /// assert_eq!(indonlp::tokenize("@jokowi").next().unwrap().kind(), indonlp::TokenKind::Mention);
    /// ```
    #[inline]
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// Whether the token is a word or a clitic (something a stemmer or a
    /// tagger cares about).
    ///
    /// ```
    /// let words = indonlp::tokenize("Ya, 10 kali!").filter(|t| t.is_word()).count();
    /// assert_eq!(words, 2);
    /// ```
    #[inline]
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Clitic)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Token<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Token", 4)?;
        st.serialize_field("text", self.text)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.span().end)?;
        st.serialize_field("kind", &self.kind)?;
        st.end()
    }
}
