//! The complete Indonesian analyzer as one tantivy tokenizer.

use super::entity::EntityStream;
use super::stem::{StemCache, StemStream};
use super::stopwords::StopWordStream;
use super::words::WordStream;
use crate::ner::EntityTagger;
use crate::stem::Stemmer;
use crate::stopwords::StopWords;
use crate::tokenize::Tokenizer as Words;
use tantivy_tokenizer_api::{Token, TokenStream, Tokenizer};

/// The Indonesian analyzer for tantivy: indonlp's tokens, lowercased,
/// stopwords removed, words replaced by their roots and mentions of known
/// people, countries and cities replaced by one key per entity (see
/// [`EntitySynonymFilter`](super::EntitySynonymFilter)).
///
/// Register it under a name and use that name in the schema:
/// `index.tokenizers().register("indonesian", IndonesianTokenizer::new())`.
/// The same analyzer runs on queries, so `membangun` finds `pembangunan`
/// and `Korut` finds `Korea Utara`.
///
/// Cloning is cheap (the word lists and gazetteers are shared); each clone
/// has its own stem memo.
///
/// ```
/// use tantivy_tokenizer_api::{TokenStream, Tokenizer};
/// use indonlp::tantivy::IndonesianTokenizer;
///
/// let mut analyzer = IndonesianTokenizer::new();
/// let text = "Pembangunan jalan di Korea Utara, kata Menlu.";
/// let mut stream = analyzer.token_stream(text);
/// let mut got = Vec::new();
/// while let Some(t) = stream.next() {
///     got.push((t.position, t.text.clone(), &text[t.offset_from..t.offset_to]));
/// }
/// assert_eq!(got, [
///     (0, "bangun".to_owned(), "Pembangunan"),
///     (1, "jalan".to_owned(), "jalan"),
///     // position 2: the stopword `di`
///     (3, "=country:kp".to_owned(), "Korea Utara"),
///     // `kata` is a stopword; `Menlu` is not a name
///     (5, "menlu".to_owned(), "Menlu"),
/// ]);
/// ```
#[derive(Clone, Debug)]
#[cfg_attr(docsrs, doc(cfg(feature = "tantivy")))]
pub struct IndonesianTokenizer {
    words: Words,
    lowercase: bool,
    stopwords: Option<StopWords>,
    stems: Option<StemCache>,
    entities: Option<EntityTagger>,
}

impl Default for IndonesianTokenizer {
    fn default() -> Self {
        IndonesianTokenizer::new()
    }
}

impl IndonesianTokenizer {
    /// The complete analyzer over the embedded data: every step on.
    ///
    /// ```
    /// # use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// # fn texts(t: &mut impl Tokenizer, s: &str) -> Vec<String> {
    /// #     let mut out = Vec::new();
    /// #     let mut st = t.token_stream(s);
    /// #     while st.advance() { out.push(st.token().text.clone()); }
    /// #     out
    /// # }
    /// let mut t = indonlp::tantivy::IndonesianTokenizer::new();
    /// assert_eq!(texts(&mut t, "Pembangunan jembatan di Moskwa"), ["bangun", "jembatan", "=city:524901"]);
    /// ```
    pub fn new() -> IndonesianTokenizer {
        IndonesianTokenizer::builder().build()
    }

    /// A builder to switch steps off or give them your own data.
    ///
    /// ```
    /// # use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// # fn texts(t: &mut impl Tokenizer, s: &str) -> Vec<String> {
    /// #     let mut out = Vec::new();
    /// #     let mut st = t.token_stream(s);
    /// #     while st.advance() { out.push(st.token().text.clone()); }
    /// #     out
    /// # }
    /// let mut only_words = indonlp::tantivy::IndonesianTokenizer::builder()
    ///     .remove_stopwords(false)
    ///     .stem(false)
    ///     .entity_synonyms(false)
    ///     .build();
    /// assert_eq!(texts(&mut only_words, "Pembangunan di Moskwa."), ["pembangunan", "di", "moskwa"]);
    /// ```
    pub fn builder() -> IndonesianTokenizerBuilder {
        IndonesianTokenizerBuilder {
            words: None,
            lowercase: true,
            remove_stopwords: true,
            stopwords: None,
            stem: true,
            stemmer: None,
            entity_synonyms: true,
            tagger: None,
        }
    }
}

impl Tokenizer for IndonesianTokenizer {
    type TokenStream<'a> = IndonesianTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> IndonesianTokenStream<'a> {
        let words = WordStream::new(self.words.tokenize(text), self.lowercase);
        let kept = StopWordStream::new(words, self.stopwords.as_ref());
        let roots = StemStream::new(kept, self.stems.as_mut());
        IndonesianTokenStream {
            inner: EntityStream::new(roots, text, self.entities.as_ref()),
        }
    }
}

/// The tokens of one text, from [`IndonesianTokenizer`]
/// (tantivy's `Tokenizer::token_stream`).
///
/// ```
/// use tantivy_tokenizer_api::{TokenStream, Tokenizer};
/// let mut t = indonlp::tantivy::IndonesianTokenizer::new();
/// let mut stream = t.token_stream("Rumah yang dibangun");
/// let mut seen = Vec::new();
/// while stream.advance() {
///     let tok = stream.token();
///     seen.push((tok.text.clone(), tok.position, tok.offset_from, tok.offset_to));
/// }
/// // The stopword `yang` leaves its position empty; offsets are bytes.
/// assert_eq!(seen, [("rumah".to_owned(), 0, 0, 5), ("bangun".to_owned(), 2, 11, 19)]);
/// ```
pub struct IndonesianTokenStream<'a> {
    inner: EntityStream<StemStream<'a, StopWordStream<'a, WordStream<'a>>>>,
}

impl TokenStream for IndonesianTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.inner.advance()
    }

    fn token(&self) -> &Token {
        self.inner.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.inner.token_mut()
    }
}

/// Options for an [`IndonesianTokenizer`]; every step is on by default.
///
/// ```
/// use tantivy_tokenizer_api::{TokenStream, Tokenizer};
/// // only `di` is a stopword here
/// let stopwords = indonlp::StopWords::builder().defaults(false).add_word("di").build()?;
/// let mut analyzer = indonlp::tantivy::IndonesianTokenizer::builder()
///     .stopwords(stopwords)
///     .entity_synonyms(false)
///     .build();
/// let mut stream = analyzer.token_stream("Ia tiba pukul 08:00 di Jakarta");
/// let mut terms = Vec::new();
/// while let Some(t) = stream.next() {
///     terms.push(t.text.clone());
/// }
/// assert_eq!(terms, ["ia", "tiba", "pukul", "08:00", "jakarta"]);
/// # Ok::<(), indonlp::Error>(())
/// ```
#[derive(Clone, Debug)]
#[cfg_attr(docsrs, doc(cfg(feature = "tantivy")))]
pub struct IndonesianTokenizerBuilder {
    words: Option<Words>,
    lowercase: bool,
    remove_stopwords: bool,
    stopwords: Option<StopWords>,
    stem: bool,
    stemmer: Option<Stemmer>,
    entity_synonyms: bool,
    tagger: Option<EntityTagger>,
}

impl IndonesianTokenizerBuilder {
    /// Lowercase every token (default `true`). Turn it off only for a
    /// case-sensitive field: the stemmer then leaves capitalised words alone.
    ///
    /// ```
    /// # use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// # fn texts(t: &mut impl Tokenizer, s: &str) -> Vec<String> {
    /// #     let mut out = Vec::new();
    /// #     let mut st = t.token_stream(s);
    /// #     while st.advance() { out.push(st.token().text.clone()); }
    /// #     out
    /// # }
    /// let mut t = indonlp::tantivy::IndonesianTokenizer::builder().lowercase(false).entity_synonyms(false).build();
    /// assert_eq!(texts(&mut t, "Warga Bandung"), ["Warga", "Bandung"]);
    /// ```
    pub fn lowercase(&mut self, yes: bool) -> &mut Self {
        self.lowercase = yes;
        self
    }

    /// Drop stopwords (default `true`); the other tokens keep their
    /// positions.
    ///
    /// ```
    /// # use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// # fn texts(t: &mut impl Tokenizer, s: &str) -> Vec<String> {
    /// #     let mut out = Vec::new();
    /// #     let mut st = t.token_stream(s);
    /// #     while st.advance() { out.push(st.token().text.clone()); }
    /// #     out
    /// # }
    /// let mut t = indonlp::tantivy::IndonesianTokenizer::builder().remove_stopwords(false).build();
    /// assert_eq!(texts(&mut t, "rumah yang dibangun"), ["rumah", "yang", "bangun"]);
    /// ```
    pub fn remove_stopwords(&mut self, yes: bool) -> &mut Self {
        self.remove_stopwords = yes;
        self
    }

    /// Replace words by their roots (default `true`).
    ///
    /// ```
    /// # use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// # fn texts(t: &mut impl Tokenizer, s: &str) -> Vec<String> {
    /// #     let mut out = Vec::new();
    /// #     let mut st = t.token_stream(s);
    /// #     while st.advance() { out.push(st.token().text.clone()); }
    /// #     out
    /// # }
    /// let mut t = indonlp::tantivy::IndonesianTokenizer::builder().stem(false).build();
    /// assert_eq!(texts(&mut t, "rumah yang dibangun"), ["rumah", "dibangun"]);
    /// ```
    pub fn stem(&mut self, yes: bool) -> &mut Self {
        self.stem = yes;
        self
    }

    /// Replace mentions of known people, countries and cities by their
    /// [`entity_key`](super::entity_key) (default `true`).
    ///
    /// ```
    /// # use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// # fn texts(t: &mut impl Tokenizer, s: &str) -> Vec<String> {
    /// #     let mut out = Vec::new();
    /// #     let mut st = t.token_stream(s);
    /// #     while st.advance() { out.push(st.token().text.clone()); }
    /// #     out
    /// # }
    /// let mut t = indonlp::tantivy::IndonesianTokenizer::builder().entity_synonyms(false).build();
    /// assert_eq!(texts(&mut t, "warga Korea Utara"), ["warga", "korea", "utara"]);
    /// ```
    pub fn entity_synonyms(&mut self, yes: bool) -> &mut Self {
        self.entity_synonyms = yes;
        self
    }

    /// Split text with this tokenizer instead of the default.
    ///
    /// ```
    /// # use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// # fn texts(t: &mut impl Tokenizer, s: &str) -> Vec<String> {
    /// #     let mut out = Vec::new();
    /// #     let mut st = t.token_stream(s);
    /// #     while st.advance() { out.push(st.token().text.clone()); }
    /// #     out
    /// # }
    /// let words = indonlp::Tokenizer::builder().split_clitics(true).build();
    /// let mut t = indonlp::tantivy::IndonesianTokenizer::builder().tokenizer(words).build();
    /// assert_eq!(texts(&mut t, "rumahnya"), ["rumah", "nya"]);
    /// ```
    pub fn tokenizer(&mut self, tokenizer: crate::Tokenizer) -> &mut Self {
        self.words = Some(tokenizer);
        self
    }

    /// Remove this list instead of the default stopwords.
    ///
    /// ```
    /// # use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// # fn texts(t: &mut impl Tokenizer, s: &str) -> Vec<String> {
    /// #     let mut out = Vec::new();
    /// #     let mut st = t.token_stream(s);
    /// #     while st.advance() { out.push(st.token().text.clone()); }
    /// #     out
    /// # }
    /// let list = indonlp::StopWords::builder().defaults(false).add_word("yang").build().unwrap();
    /// let mut t = indonlp::tantivy::IndonesianTokenizer::builder().stopwords(list).stem(false).build();
    /// assert_eq!(texts(&mut t, "rumah yang ada"), ["rumah", "ada"]);
    /// ```
    pub fn stopwords(&mut self, stopwords: StopWords) -> &mut Self {
        self.stopwords = Some(stopwords);
        self
    }

    /// Stem with this stemmer instead of the default.
    ///
    /// ```
    /// # use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// # fn texts(t: &mut impl Tokenizer, s: &str) -> Vec<String> {
    /// #     let mut out = Vec::new();
    /// #     let mut st = t.token_stream(s);
    /// #     while st.advance() { out.push(st.token().text.clone()); }
    /// #     out
    /// # }
    /// let s = indonlp::Stemmer::builder().protect("pemuda").build().unwrap();
    /// let mut t = indonlp::tantivy::IndonesianTokenizer::builder().stemmer(s).build();
    /// assert_eq!(texts(&mut t, "pemuda"), ["pemuda"]);
    /// ```
    pub fn stemmer(&mut self, stemmer: Stemmer) -> &mut Self {
        self.stemmer = Some(stemmer);
        self
    }

    /// Find entities with this tagger instead of the default.
    ///
    /// ```
    /// # use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// # fn texts(t: &mut impl Tokenizer, s: &str) -> Vec<String> {
    /// #     let mut out = Vec::new();
    /// #     let mut st = t.token_stream(s);
    /// #     while st.advance() { out.push(st.token().text.clone()); }
    /// #     out
    /// # }
    /// let tagger = indonlp::EntityTagger::builder().add_person("Budi Gunawan Sadikin", &["BGS"], Some("ID")).build().unwrap();
    /// let mut t = indonlp::tantivy::IndonesianTokenizer::builder().entity_tagger(tagger).build();
    /// assert_eq!(texts(&mut t, "BGS"), texts(&mut t, "Budi Gunawan Sadikin"));
    /// ```
    pub fn entity_tagger(&mut self, tagger: EntityTagger) -> &mut Self {
        self.tagger = Some(tagger);
        self
    }

    /// The tokenizer. It cannot fail: the components are already built.
    ///
    /// ```
    /// # use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// # fn texts(t: &mut impl Tokenizer, s: &str) -> Vec<String> {
    /// #     let mut out = Vec::new();
    /// #     let mut st = t.token_stream(s);
    /// #     while st.advance() { out.push(st.token().text.clone()); }
    /// #     out
    /// # }
    /// let mut t = indonlp::tantivy::IndonesianTokenizer::builder().build();
    /// assert_eq!(texts(&mut t, "dibangun"), ["bangun"]);
    /// ```
    pub fn build(&self) -> IndonesianTokenizer {
        IndonesianTokenizer {
            words: self.words.clone().unwrap_or_default(),
            lowercase: self.lowercase,
            stopwords: self
                .remove_stopwords
                .then(|| self.stopwords.clone().unwrap_or_default()),
            stems: self
                .stem
                .then(|| StemCache::new(self.stemmer.clone().unwrap_or_default())),
            entities: self
                .entity_synonyms
                .then(|| self.tagger.clone().unwrap_or_default()),
        }
    }
}
