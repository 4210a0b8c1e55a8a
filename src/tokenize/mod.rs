//! Tokenization: words, numbers, dates, URLs, abbreviations and the rest of
//! what Indonesian news and social text contains, plus sentence segmentation.
//!
//! The default output follows the Universal Dependencies Indonesian
//! treebanks' *tokens*: a word with a clitic is one token (`bukunya`),
//! reduplication and hyphenated names are one token (`anak-anak`, `Jong-un`),
//! punctuation is separate, `Rp10.000` is `Rp` + `10.000`. With
//! [`split_clitics`](TokenizerBuilder::split_clitics) the output follows UD
//! *words* instead (`buku` + `nya`).

mod clitic;
mod scan;
mod sentence;
mod tables;
mod token;

pub(crate) use sentence::Open;

/// A capacity for the tokens of `text` that running text rarely exceeds
/// (a token and its space average about six bytes), so collecting them
/// seldom reallocates.
pub(crate) fn expected_tokens(text: &str) -> usize {
    text.len() / 5 + 4
}

thread_local! {
    /// Each thread's buffer for the tokens of one call ([`with_tokens`]).
    static SCRATCH: Cell<Vec<Token<'static>>> = const { Cell::new(Vec::new()) };
}

/// Tokens a thread's buffer keeps room for between calls (a long
/// document's buffer shrinks back to this).
const MAX_KEPT_TOKENS: usize = 4096;

/// Calls `f` with the tokens of `text`, collected into this thread's
/// reused buffer: per-sentence calls then allocate nothing for them.
pub(crate) fn with_tokens<'t, R>(
    tokenizer: &Tokenizer,
    text: &'t str,
    f: impl FnOnce(&[Token<'t>]) -> R,
) -> R {
    // An empty `Vec<Token<'static>>` is a `Vec<Token<'t>>` (covariance).
    let mut tokens: Vec<Token<'t>> = SCRATCH.take();
    tokens.reserve(expected_tokens(text));
    tokens.extend(tokenizer.tokenize(text));
    let out = f(&tokens);
    tokens.clear();
    tokens.shrink_to(MAX_KEPT_TOKENS);
    // Back to `'static` for the next call: with no elements there is
    // nothing to convert, and collecting a vector's own iterator into a
    // vector of the same layout keeps its allocation.
    SCRATCH.set(tokens.into_iter().map(|_| unreachable!("empty")).collect());
    out
}
pub use sentence::Sentences;
pub use token::{Token, TokenKind};

use scan::Scanner;
use std::cell::Cell;
use std::iter::FusedIterator;
use std::sync::{Arc, LazyLock};

/// Splits text into tokens and sentences.
///
/// Cheap to clone and share between threads; build it once.
///
/// ```
/// use indonlp::Tokenizer;
///
/// let tok = Tokenizer::new();
/// let words: Vec<&str> = tok.tokenize("Anak-anak bermain di KONTAN.CO.ID, dll.").map(|t| t.text()).collect();
/// assert_eq!(words, ["Anak-anak", "bermain", "di", "KONTAN.CO.ID", ",", "dll."]);
/// ```
#[derive(Clone)]
pub struct Tokenizer {
    config: Arc<Config>,
}

/// A user-supplied "is this a word?" predicate for clitic splitting.
type Lexicon = Box<dyn Fn(&str) -> bool + Send + Sync>;

struct Config {
    split_clitics: bool,
    whitespace: bool,
    lexicon: Option<Lexicon>,
}

impl std::fmt::Debug for Tokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokenizer")
            .field("split_clitics", &self.config.split_clitics)
            .field("whitespace", &self.config.whitespace)
            .finish()
    }
}

static DEFAULT: LazyLock<Tokenizer> = LazyLock::new(|| TokenizerBuilder::default().build());

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer::new()
    }
}

impl Tokenizer {
    /// The default tokenizer: UD tokens, clitics attached, no whitespace tokens.
    ///
    /// ```
    /// let n = indonlp::Tokenizer::new().tokenize("Halo dunia!").count();
    /// assert_eq!(n, 3);
    /// ```
    pub fn new() -> Tokenizer {
        DEFAULT.clone()
    }

    /// The default tokenizer itself, for the crate's per-call paths: a
    /// clone is an atomic increment and decrement of one counter that
    /// every thread would share.
    pub(crate) fn shared() -> &'static Tokenizer {
        &DEFAULT
    }

    /// A builder for non-default behaviour.
    ///
    /// ```
    /// let tok = indonlp::Tokenizer::builder().split_clitics(true).build();
    /// let words: Vec<&str> = tok.tokenize("Apakah rumahnya jauh?").map(|t| t.text()).collect();
    /// assert_eq!(words, ["Apa", "kah", "rumah", "nya", "jauh", "?"]);
    /// ```
    pub fn builder() -> TokenizerBuilder {
        TokenizerBuilder::default()
    }

    /// Tokenizes `text`, lazily: tokens are found as the iterator advances.
    ///
    /// ```
    /// let text = "Minggu (13/7).";
    /// let toks: Vec<_> = indonlp::Tokenizer::new().tokenize(text).map(|t| t.text()).collect();
    /// assert_eq!(toks, ["Minggu", "(", "13/7", ")", "."]);
    /// ```
    pub fn tokenize<'a, 't>(&'a self, text: &'t str) -> Tokens<'a, 't> {
        Tokens {
            config: &self.config,
            text,
            scanner: Scanner::new(text, self.config.whitespace),
            pending: [None; 3],
            next: 0,
            end: 0,
        }
    }

    /// Splits `text` into sentences, yielding their byte spans.
    ///
    /// Not fooled by abbreviations, initials, decimals, URLs or closing quotes.
    ///
    /// ```
    /// let text = "Prof. B.J. Habibie lahir 25/6/1936. Ia presiden ke-3, dll. Harga naik 3,5 persen.";
    /// let sents: Vec<&str> = indonlp::Tokenizer::new().sentences(text).map(|s| &text[s]).collect();
    /// assert_eq!(sents, [
    ///     "Prof. B.J. Habibie lahir 25/6/1936.",
    ///     "Ia presiden ke-3, dll.",
    ///     "Harga naik 3,5 persen.",
    /// ]);
    /// ```
    pub fn sentences<'a, 't>(&'a self, text: &'t str) -> Sentences<'a, 't> {
        Sentences::new(self.tokenize(text), text)
    }
}

/// Builds a [`Tokenizer`].
///
/// ```
/// let tok = indonlp::Tokenizer::builder().split_clitics(true).whitespace(true).build();
/// let v: Vec<&str> = tok.tokenize("ambillah itu").map(|t| t.text()).collect();
/// assert_eq!(v, ["ambil", "lah", " ", "itu"]);
/// ```
#[derive(Default)]
pub struct TokenizerBuilder {
    split_clitics: bool,
    whitespace: bool,
    lexicon: Option<Lexicon>,
}

impl TokenizerBuilder {
    /// Split clitics off their hosts, producing UD words (`buku` + `nya`,
    /// `ku` + `lihat`) with the clitics as [`TokenKind::Clitic`]. Default `false`.
    ///
    /// ```
    /// let tok = indonlp::Tokenizer::builder().split_clitics(true).build();
    /// let v: Vec<&str> = tok.tokenize("katanya hanya").map(|t| t.text()).collect();
    /// assert_eq!(v, ["kata", "nya", "hanya"]);
    /// ```
    pub fn split_clitics(&mut self, yes: bool) -> &mut Self {
        self.split_clitics = yes;
        self
    }

    /// Also yield the whitespace between tokens as [`TokenKind::Whitespace`]
    /// tokens, so that the tokens concatenate back to the input. Default `false`.
    ///
    /// ```
    /// let tok = indonlp::Tokenizer::builder().whitespace(true).build();
    /// let text = "Ya,  tentu.\n";
    /// let joined: String = tok.tokenize(text).map(|t| t.text()).collect();
    /// assert_eq!(joined, text);
    /// ```
    pub fn whitespace(&mut self, yes: bool) -> &mut Self {
        self.whitespace = yes;
        self
    }

    /// A lexicon for clitic splitting: a function telling whether a
    /// lowercase candidate host (`buku` in `bukunya`) is a word. With it,
    /// `-ku`, `-mu`, `ku-` and `kau-` are split too (`bukuku` → `buku` + `ku`,
    /// but `berlaku` stays whole when `berla` is not a word).
    ///
    /// ```
    /// let tok = indonlp::Tokenizer::builder()
    ///     .split_clitics(true)
    ///     .lexicon(|w| matches!(w, "buku" | "lihat"))
    ///     .build();
    /// let v: Vec<&str> = tok.tokenize("bukuku kulihat berlaku").map(|t| t.text()).collect();
    /// assert_eq!(v, ["buku", "ku", "ku", "lihat", "berlaku"]);
    /// ```
    pub fn lexicon(&mut self, is_word: impl Fn(&str) -> bool + Send + Sync + 'static) -> &mut Self {
        self.lexicon = Some(Box::new(is_word));
        self
    }

    /// Builds the tokenizer. This cannot fail.
    ///
    /// ```
    /// let tok = indonlp::Tokenizer::builder().build();
    /// assert_eq!(tok.tokenize("satu dua").count(), 2);
    /// ```
    pub fn build(&mut self) -> Tokenizer {
        Tokenizer {
            config: Arc::new(Config {
                split_clitics: self.split_clitics,
                whitespace: self.whitespace,
                lexicon: self.lexicon.take(),
            }),
        }
    }
}

/// The tokens of a text; returned by [`Tokenizer::tokenize`].
///
/// ```
/// let mut tokens = indonlp::tokenize("Halo, dunia");
/// assert_eq!(tokens.next().unwrap().text(), "Halo");
/// assert_eq!(tokens.map(|t| t.text()).collect::<Vec<_>>(), [",", "dunia"]);
/// ```
pub struct Tokens<'a, 't> {
    config: &'a Config,
    text: &'t str,
    scanner: Scanner<'t>,
    /// Clitic-split parts not yet yielded: `pending[next..end]`.
    pending: [Option<Token<'t>>; 3],
    next: u8,
    end: u8,
}

impl<'t> Tokens<'_, 't> {
    /// The text being tokenized.
    ///
    /// ```
    /// let tok = indonlp::Tokenizer::new();
    /// assert_eq!(tok.tokenize("ya").text(), "ya");
    /// ```
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Pairs each token with its span in characters (Unicode scalar
    /// values) rather than bytes, as many tools (and Python) count.
    ///
    /// ```
    /// let text = "“Ya” katanya";
    /// let spans: Vec<_> = indonlp::tokenize(text).with_char_offsets().map(|(_, s)| s).collect();
    /// assert_eq!(spans, [0..1, 1..3, 3..4, 5..12]);
    /// ```
    pub fn with_char_offsets(self) -> WithCharOffsets<'t, Self> {
        WithCharOffsets {
            offsets: crate::CharOffsets::new(self.text),
            tokens: self,
        }
    }

    #[inline]
    fn make(&self, s: usize, e: usize, kind: TokenKind) -> Token<'t> {
        Token {
            text: &self.text[s..e],
            start: s,
            kind,
        }
    }
}

impl<'t> Iterator for Tokens<'_, 't> {
    type Item = Token<'t>;

    #[inline]
    fn next(&mut self) -> Option<Token<'t>> {
        if self.next < self.end {
            let t = self.pending[self.next as usize].take();
            self.next += 1;
            return t;
        }
        let (s, e, kind) = self.scanner.next_token()?;
        if self.config.split_clitics && kind == TokenKind::Word {
            let lexicon = self
                .config
                .lexicon
                .as_deref()
                .map(|f| f as &dyn Fn(&str) -> bool);
            if let Some(parts) = clitic::split(&self.text[s..e], lexicon) {
                let n = parts.len as usize;
                let mut first = None;
                for (i, &(ps, pe, clitic)) in parts.parts[..n].iter().enumerate() {
                    let k = if clitic {
                        TokenKind::Clitic
                    } else {
                        TokenKind::Word
                    };
                    let t = self.make(s + ps as usize, s + pe as usize, k);
                    if i == 0 {
                        first = Some(t);
                    } else {
                        self.pending[i - 1] = Some(t);
                    }
                }
                self.next = 0;
                self.end = (n - 1) as u8;
                return first;
            }
        }
        Some(self.make(s, e, kind))
    }
}

impl FusedIterator for Tokens<'_, '_> {}

/// Tokens paired with character spans; see [`Tokens::with_char_offsets`].
///
/// ```
/// let (t, chars) = indonlp::tokenize("“Ya”").with_char_offsets().nth(1).unwrap();
/// assert_eq!((t.text(), t.span().range(), chars), ("Ya", 3..5, 1..3));
/// ```
pub struct WithCharOffsets<'t, I> {
    offsets: crate::CharOffsets<'t>,
    tokens: I,
}

impl<'t, I: Iterator<Item = Token<'t>>> Iterator for WithCharOffsets<'t, I> {
    type Item = (Token<'t>, std::ops::Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        let t = self.tokens.next()?;
        let r = self.offsets.span(t.span());
        Some((t, r))
    }
}

impl<'t, I: FusedIterator<Item = Token<'t>>> FusedIterator for WithCharOffsets<'t, I> {}

/// Tokenizes `text` with the default [`Tokenizer`].
///
/// ```
/// let toks: Vec<&str> = indonlp::tokenize("Rp10.000 untuk @budi #PemiluDamai 👍").map(|t| t.text()).collect();
/// assert_eq!(toks, ["Rp", "10.000", "untuk", "@budi", "#PemiluDamai", "👍"]);
/// ```
pub fn tokenize(text: &str) -> Tokens<'static, '_> {
    Tokenizer::shared().tokenize(text)
}

/// Splits `text` into sentences with the default [`Tokenizer`], yielding byte spans.
///
/// ```
/// let text = "Dia datang. “Saya senang!” katanya.";
/// let n = indonlp::sentences(text).count();
/// assert_eq!(n, 2);
/// ```
pub fn sentences(text: &str) -> Sentences<'static, '_> {
    Tokenizer::shared().sentences(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_calls_tokens_come_from_one_reused_buffer() {
        let tok = Tokenizer::shared();
        let texts = [
            "Ia pergi ke Bandung.",
            "",
            "Budi, Ani dan Siti datang kemarin sore.",
        ];
        for text in texts {
            let direct: Vec<Token<'_>> = tok.tokenize(text).collect();
            // A call inside a call gets its own (new) buffer.
            let nested = with_tokens(tok, text, |outer| {
                with_tokens(tok, "lain", |inner| assert_eq!(inner.len(), 1));
                outer.to_vec()
            });
            assert_eq!(nested, direct);
        }
        // The buffer is kept for the next call (collecting an empty vector
        // into one of the same layout keeps its allocation).
        with_tokens(tok, texts[2], |_| ());
        assert!(SCRATCH.take().capacity() >= expected_tokens(texts[2]));
    }
}
