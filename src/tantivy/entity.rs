//! Entity synonyms: every spelling of a known person, country or city
//! becomes one canonical term.

use crate::ner::{EntityKind, EntityTagger, Entry};
use crate::span::Span;
use tantivy_tokenizer_api::{Token, TokenFilter, TokenStream, Tokenizer};

/// The term a mention of `entry` is indexed as: `=country:kp` (ISO 3166
/// alpha-2 code), `=city:524901` (GeoNames id), `=person:vladimir putin`
/// (canonical name, lowercase). No indexed word can start with `=` (the
/// tokenizer makes it a symbol, which is not indexed), so a key never
/// collides with a word.
///
/// Use it to build a query by hand, e.g. a `TermQuery` for every document
/// that mentions a country.
///
/// ```
/// use indonlp::tantivy::entity_key;
/// let korut = indonlp::entities("Korut").next().unwrap();
/// let north_korea = indonlp::entities("North Korea").next().unwrap();
/// assert_eq!(entity_key(korut.canonical().unwrap()), "=country:kp");
/// assert_eq!(entity_key(north_korea.canonical().unwrap()), "=country:kp");
/// let moskwa = indonlp::entities("di Moskwa").next().unwrap();
/// assert_eq!(entity_key(moskwa.canonical().unwrap()), "=city:524901");
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "tantivy")))]
pub fn entity_key(entry: &Entry) -> String {
    match (entry.kind(), entry.country_code(), entry.geonames_id()) {
        (EntityKind::Country, Some(code), _) => format!("=country:{}", code.to_lowercase()),
        (EntityKind::City, _, Some(id)) => format!("=city:{id}"),
        // entries from a user's gazetteer may lack codes: the name (and the
        // country, for cities) still identifies them
        (EntityKind::City, code, None) => format!(
            "=city:{}:{}",
            entry.name().to_lowercase(),
            code.unwrap_or("").to_lowercase()
        ),
        (kind, _, _) => format!(
            "={}:{}",
            kind.label().to_lowercase(),
            entry.name().to_lowercase()
        ),
    }
}

/// A [`TokenFilter`] that replaces each mention of a known person, country
/// or city by its [`entity_key`], so `Korut`, `Korea Utara` and `North
/// Korea` are one term, and `Moskwa`, `Moskow` and `Moscow` another.
///
/// It runs the [`EntityTagger`] on the original text (names are recognised
/// by their capitals, so the filter may come after lowercasing) and matches
/// the upstream tokens by their byte offsets. A mention of several words
/// becomes one token at the position of its first word, with the
/// mention's offsets, and the following tokens move up: `warga Korea Utara
/// berunding` and `warga Korut berunding` have the same positions, so phrase queries
/// match across spellings. Mentions the tagger finds without a gazetteer
/// entry (people recognised only from context) stay as words.
///
/// Put it last in a chain: a stemmer after it would see the keys.
///
/// ```
/// use tantivy_tokenizer_api::{TokenFilter, TokenStream, Tokenizer};
/// use indonlp::tantivy::{EntitySynonymFilter, IndonesianTokenizer};
///
/// let words = IndonesianTokenizer::builder().entity_synonyms(false).build();
/// let mut chain = EntitySynonymFilter::new().transform(words);
/// let text = "Warga Korea Utara berunding";
/// let mut stream = chain.token_stream(text);
/// let mut got = Vec::new();
/// while let Some(t) = stream.next() {
///     got.push((t.text.clone(), t.position, &text[t.offset_from..t.offset_to]));
/// }
/// assert_eq!(got, [
///     ("warga".to_owned(), 0, "Warga"),
///     ("=country:kp".to_owned(), 1, "Korea Utara"),
///     ("runding".to_owned(), 2, "berunding"),
/// ]);
/// ```
#[derive(Clone, Debug, Default)]
#[cfg_attr(docsrs, doc(cfg(feature = "tantivy")))]
pub struct EntitySynonymFilter {
    tagger: EntityTagger,
}

impl EntitySynonymFilter {
    /// A filter over the embedded gazetteers.
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
    /// let words = indonlp::tantivy::IndonesianTokenizer::builder().entity_synonyms(false).lowercase(false).build();
    /// let mut t = indonlp::tantivy::EntitySynonymFilter::new().transform(words);
    /// assert_eq!(texts(&mut t, "Korut"), texts(&mut t, "Korea Utara"));
    /// ```
    pub fn new() -> EntitySynonymFilter {
        EntitySynonymFilter::with_tagger(EntityTagger::new())
    }

    /// A filter over your own tagger (extra people, places, aliases).
    ///
    /// ```
    /// use indonlp::EntityKind;
    /// let tagger = indonlp::EntityTagger::builder()
    ///     .add_alias(EntityKind::City, "Betawi", "Jakarta")
    ///     .build()
    ///     .unwrap();
    /// # use tantivy_tokenizer_api::{TokenStream, Tokenizer};
    /// # fn texts(t: &mut impl Tokenizer, s: &str) -> Vec<String> {
    /// #     let mut out = Vec::new();
    /// #     let mut st = t.token_stream(s);
    /// #     while st.advance() { out.push(st.token().text.clone()); }
    /// #     out
    /// # }
    /// use tantivy_tokenizer_api::TokenFilter;
    /// let words = indonlp::tantivy::IndonesianTokenizer::builder().entity_synonyms(false).lowercase(false).build();
    /// let mut t = indonlp::tantivy::EntitySynonymFilter::with_tagger(tagger).transform(words);
    /// assert_eq!(texts(&mut t, "di Betawi"), texts(&mut t, "di Jakarta"));
    /// ```
    pub fn with_tagger(tagger: EntityTagger) -> EntitySynonymFilter {
        EntitySynonymFilter { tagger }
    }
}

impl TokenFilter for EntitySynonymFilter {
    type Tokenizer<T: Tokenizer> = EntitySynonymFilterWrapper<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> EntitySynonymFilterWrapper<T> {
        EntitySynonymFilterWrapper {
            inner: tokenizer,
            tagger: self.tagger,
        }
    }
}

/// The tokenizer made by [`EntitySynonymFilter::transform`].
#[derive(Clone, Debug)]
pub struct EntitySynonymFilterWrapper<T> {
    inner: T,
    tagger: EntityTagger,
}

impl<T: Tokenizer> Tokenizer for EntitySynonymFilterWrapper<T> {
    type TokenStream<'a> = EntityStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        EntityStream::new(self.inner.token_stream(text), text, Some(&self.tagger))
    }
}

/// The stream of [`EntitySynonymFilterWrapper`]; with no tagger it passes
/// every token through.
pub struct EntityStream<S> {
    inner: S,
    /// Mentions with an entry, in text order: span and key.
    mentions: Vec<(Span, String)>,
    /// The first mention that does not end before the current token.
    next_mention: usize,
    /// The mention whose first token was emitted, with that token's
    /// upstream position and the shift before it.
    open: Option<(usize, usize, usize)>,
    /// How many positions the collapsed mentions so far have removed.
    shift: usize,
    /// The token handed out when the text has mentions: a copy, because
    /// tokenizers such as tantivy's `SimpleTokenizer` number the next token
    /// from the position left in their own.
    token: Token,
}

impl<S> EntityStream<S> {
    pub(super) fn new(inner: S, text: &str, tagger: Option<&EntityTagger>) -> Self {
        let mentions = match tagger {
            Some(tagger) => tagger
                .find_iter(text)
                .filter_map(|e| Some((e.span(), entity_key(e.canonical()?))))
                .collect(),
            None => Vec::new(),
        };
        EntityStream {
            inner,
            mentions,
            next_mention: 0,
            open: None,
            shift: 0,
            token: Token::default(),
        }
    }
}

impl<S: TokenStream> TokenStream for EntityStream<S> {
    fn advance(&mut self) -> bool {
        while self.inner.advance() {
            if self.mentions.is_empty() {
                return true;
            }
            let token = &mut self.token;
            let upstream = self.inner.token();
            // field by field: `Token`'s derived `clone_from` allocates a new String
            token.text.clear();
            token.text.push_str(&upstream.text);
            token.offset_from = upstream.offset_from;
            token.offset_to = upstream.offset_to;
            token.position = upstream.position;
            token.position_length = upstream.position_length;
            while self
                .mentions
                .get(self.next_mention)
                .is_some_and(|(span, _)| span.end <= token.offset_from)
            {
                self.next_mention += 1;
            }
            let overlapping = self
                .mentions
                .get(self.next_mention)
                .filter(|(span, _)| span.start < token.offset_to);
            match (overlapping, self.open) {
                // a later word of a mention already emitted: it takes no position
                (Some(_), Some((open, first_position, shift))) if open == self.next_mention => {
                    self.shift = shift + token.position.saturating_sub(first_position);
                }
                (Some((span, key)), _) => {
                    self.open = Some((self.next_mention, token.position, self.shift));
                    token.text.clear();
                    token.text.push_str(key);
                    token.offset_from = span.start;
                    token.offset_to = span.end;
                    token.position = token.position.saturating_sub(self.shift);
                    token.position_length = 1;
                    return true;
                }
                (None, _) => {
                    token.position = token.position.saturating_sub(self.shift);
                    return true;
                }
            }
        }
        false
    }

    fn token(&self) -> &Token {
        if self.mentions.is_empty() {
            self.inner.token()
        } else {
            &self.token
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        if self.mentions.is_empty() {
            self.inner.token_mut()
        } else {
            &mut self.token
        }
    }
}
