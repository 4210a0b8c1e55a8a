//! Stopword removal as a tantivy token filter.

use crate::stopwords::StopWords;
use tantivy_tokenizer_api::{Token, TokenFilter, TokenStream, Tokenizer};

/// A [`TokenFilter`] that drops Indonesian stopwords (case-insensitively,
/// with [`StopWords`]). The remaining tokens keep their positions, as with
/// tantivy's own `StopWordFilter`, so a phrase query skips a stopword where
/// the text had one.
///
/// ```
/// use tantivy_tokenizer_api::{TokenFilter, TokenStream, Tokenizer};
/// use indonlp::tantivy::{IndonesianTokenizer, StopWordFilter};
///
/// let words = IndonesianTokenizer::builder()
///     .remove_stopwords(false).stem(false).entity_synonyms(false)
///     .build();
/// let mut chain = StopWordFilter::new().transform(words);
/// let mut stream = chain.token_stream("Rumah yang dibangun itu");
/// let mut kept = Vec::new();
/// while let Some(t) = stream.next() {
///     kept.push((t.text.clone(), t.position));
/// }
/// assert_eq!(kept, [("rumah".to_owned(), 0), ("dibangun".to_owned(), 2)]);
/// ```
#[derive(Clone, Debug, Default)]
#[cfg_attr(docsrs, doc(cfg(feature = "tantivy")))]
pub struct StopWordFilter {
    stopwords: StopWords,
}

impl StopWordFilter {
    /// A filter over the embedded stopword list.
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
    /// let words = indonlp::tantivy::IndonesianTokenizer::builder().remove_stopwords(false).stem(false).build();
    /// let mut t = indonlp::tantivy::StopWordFilter::new().transform(words);
    /// assert_eq!(texts(&mut t, "jembatan yang rusak"), ["jembatan", "rusak"]);
    /// ```
    pub fn new() -> StopWordFilter {
        StopWordFilter::with_stopwords(StopWords::new())
    }

    /// A filter over your own list.
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
    /// let list = indonlp::StopWords::builder().add_word("dong").build().unwrap();
    /// let words = indonlp::tantivy::IndonesianTokenizer::builder().remove_stopwords(false).stem(false).build();
    /// let mut t = indonlp::tantivy::StopWordFilter::with_stopwords(list).transform(words);
    /// assert_eq!(texts(&mut t, "ayo dong"), ["ayo"]);
    /// ```
    pub fn with_stopwords(stopwords: StopWords) -> StopWordFilter {
        StopWordFilter { stopwords }
    }
}

impl TokenFilter for StopWordFilter {
    type Tokenizer<T: Tokenizer> = StopWordFilterWrapper<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> StopWordFilterWrapper<T> {
        StopWordFilterWrapper {
            inner: tokenizer,
            stopwords: self.stopwords,
        }
    }
}

/// The tokenizer made by [`StopWordFilter::transform`].
#[derive(Clone, Debug)]
pub struct StopWordFilterWrapper<T> {
    inner: T,
    stopwords: StopWords,
}

impl<T: Tokenizer> Tokenizer for StopWordFilterWrapper<T> {
    type TokenStream<'a> = StopWordStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StopWordStream::new(self.inner.token_stream(text), Some(&self.stopwords))
    }
}

/// The stream of [`StopWordFilterWrapper`]; with no list it passes every
/// token through.
pub struct StopWordStream<'a, S> {
    inner: S,
    stopwords: Option<&'a StopWords>,
}

impl<'a, S> StopWordStream<'a, S> {
    pub(super) fn new(inner: S, stopwords: Option<&'a StopWords>) -> Self {
        StopWordStream { inner, stopwords }
    }
}

impl<S: TokenStream> TokenStream for StopWordStream<'_, S> {
    fn advance(&mut self) -> bool {
        while self.inner.advance() {
            match self.stopwords {
                Some(list) if list.contains(&self.inner.token().text) => continue,
                _ => return true,
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.inner.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.inner.token_mut()
    }
}
