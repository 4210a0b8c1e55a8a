//! Stemming as a tantivy token filter.

use crate::stem::{CachedStemmer, Stemmer};
use tantivy_tokenizer_api::{Token, TokenFilter, TokenStream, Tokenizer};

/// A [`TokenFilter`] that replaces each token by its root (kata dasar),
/// through a [`CachedStemmer`] so a repeated word is analysed once.
///
/// Put it after lowercasing: the default [`Stemmer`] leaves capitalised
/// words alone (they are names in running text), and a search must map
/// `Pembangunan` and `pembangunan` to the same term.
///
/// ```
/// use tantivy_tokenizer_api::{TokenFilter, TokenStream, Tokenizer};
/// use indonlp::tantivy::{IndonesianTokenizer, StemFilter};
///
/// let words = IndonesianTokenizer::builder()
///     .remove_stopwords(false).stem(false).entity_synonyms(false)
///     .build();
/// let mut chain = StemFilter::new().transform(words);
/// let mut stream = chain.token_stream("Pembangunan jembatan dimulai");
/// let mut roots = Vec::new();
/// while let Some(t) = stream.next() {
///     roots.push(t.text.clone());
/// }
/// assert_eq!(roots, ["bangun", "jembatan", "mulai"]);
/// ```
#[derive(Clone, Debug, Default)]
#[cfg_attr(docsrs, doc(cfg(feature = "tantivy")))]
pub struct StemFilter {
    stemmer: Stemmer,
}

impl StemFilter {
    /// A filter over the embedded stemmer.
    ///
    /// ```
    /// # use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// # fn texts(t: &mut impl Tokenizer, s: &str) -> Vec<String> {
    /// #     let mut out = Vec::new();
    /// #     let mut st = t.token_stream(s);
    /// #     while st.advance() { out.push(st.token().text.clone()); }
    /// #     out
    /// # }
    /// use tantivy_tokenizer_api::TokenFilter;
    /// let words = indonlp::tantivy::IndonesianTokenizer::builder().stem(false).build();
    /// let mut t = indonlp::tantivy::StemFilter::new().transform(words);
    /// assert_eq!(texts(&mut t, "pembangunan"), ["bangun"]);
    /// ```
    pub fn new() -> StemFilter {
        StemFilter::with_stemmer(Stemmer::new())
    }

    /// A filter over your own stemmer (extra roots, protected words).
    ///
    /// ```
    /// # use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// # fn texts(t: &mut impl Tokenizer, s: &str) -> Vec<String> {
    /// #     let mut out = Vec::new();
    /// #     let mut st = t.token_stream(s);
    /// #     while st.advance() { out.push(st.token().text.clone()); }
    /// #     out
    /// # }
    /// use tantivy_tokenizer_api::TokenFilter;
    /// let s = indonlp::Stemmer::builder().protect("pemuda").build().unwrap();
    /// let words = indonlp::tantivy::IndonesianTokenizer::builder().stem(false).build();
    /// let mut t = indonlp::tantivy::StemFilter::with_stemmer(s).transform(words);
    /// assert_eq!(texts(&mut t, "pemuda"), ["pemuda"]);
    /// ```
    pub fn with_stemmer(stemmer: Stemmer) -> StemFilter {
        StemFilter { stemmer }
    }
}

impl TokenFilter for StemFilter {
    type Tokenizer<T: Tokenizer> = StemFilterWrapper<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> StemFilterWrapper<T> {
        StemFilterWrapper {
            inner: tokenizer,
            cache: StemCache::new(self.stemmer),
        }
    }
}

/// The tokenizer made by [`StemFilter::transform`].
#[derive(Clone, Debug)]
pub struct StemFilterWrapper<T> {
    inner: T,
    cache: StemCache,
}

impl<T: Tokenizer> Tokenizer for StemFilterWrapper<T> {
    type TokenStream<'a> = StemStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StemStream::new(self.inner.token_stream(text), Some(&mut self.cache))
    }
}

/// A stemmer with its memo. tantivy clones a tokenizer for every segment
/// writer and every parsed query, so a clone starts with an empty memo
/// instead of copying up to 100,000 remembered words.
#[derive(Debug)]
pub(super) struct StemCache {
    stemmer: Stemmer,
    cache: CachedStemmer,
}

impl StemCache {
    pub(super) fn new(stemmer: Stemmer) -> StemCache {
        StemCache {
            cache: stemmer.cached(),
            stemmer,
        }
    }
}

impl Clone for StemCache {
    fn clone(&self) -> StemCache {
        StemCache::new(self.stemmer.clone())
    }
}

/// The stream of [`StemFilterWrapper`]; with no stemmer it passes every
/// token through unchanged.
pub struct StemStream<'a, S> {
    inner: S,
    cache: Option<&'a mut StemCache>,
    scratch: String,
}

impl<'a, S> StemStream<'a, S> {
    pub(super) fn new(inner: S, cache: Option<&'a mut StemCache>) -> Self {
        StemStream {
            inner,
            cache,
            scratch: String::new(),
        }
    }
}

impl<S: TokenStream> TokenStream for StemStream<'_, S> {
    fn advance(&mut self) -> bool {
        if !self.inner.advance() {
            return false;
        }
        if let Some(cache) = self.cache.as_deref_mut() {
            let token = self.inner.token_mut();
            let root = cache.cache.stem(&token.text);
            if root != token.text {
                // the root may borrow the token's text: copy it aside, then swap
                self.scratch.clear();
                self.scratch.push_str(root);
                std::mem::swap(&mut token.text, &mut self.scratch);
            }
        }
        true
    }

    fn token(&self) -> &Token {
        self.inner.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.inner.token_mut()
    }
}
