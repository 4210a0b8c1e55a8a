//! The whole pipeline in one call: sentences, tokens with stems and stopword
//! flags, and the entities they belong to.

use crate::ner::{Entity, EntityTagger};
use crate::span::Span;
use crate::stem::Stemmer;
use crate::stopwords::StopWords;
use crate::tokenize::{Segmenter, Token, TokenKind, Tokenizer};
use std::borrow::Cow;
use std::ops::Range;
use std::sync::{Arc, LazyLock};

/// Runs the tokenizer, sentence splitter, stemmer, stopword list and entity
/// tagger over a text and returns one [`Document`].
///
/// Build it once and share it: it is `Send + Sync`, and cloning it is
/// cheap (the components sit behind `Arc`s).
///
/// ```
/// let doc = indonlp::Analyzer::new().analyze("Presiden Prabowo Subianto meresmikan jembatan di Surabaya.");
/// let ents: Vec<_> = doc.entities().iter().map(|e| (e.text(), e.kind().label())).collect();
/// assert_eq!(ents, [("Prabowo Subianto", "PERSON"), ("Surabaya", "CITY")]);
///
/// let t = &doc.tokens()[3];
/// assert_eq!((t.text(), t.stem()), ("meresmikan", "resmi"));
/// assert!(doc.tokens()[4].is_stopword() == false);
/// // Entity tokens keep their form: names stay names.
/// assert_eq!(doc.tokens()[1].stem(), "Prabowo");
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    tokenizer: Tokenizer,
    stemmer: Stemmer,
    stopwords: StopWords,
    tagger: Option<EntityTagger>,
}

static DEFAULT: LazyLock<Analyzer> = LazyLock::new(|| AnalyzerBuilder::default().build());

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

impl Analyzer {
    /// The default analyzer: UD tokens, the embedded stemmer, stopwords and
    /// gazetteers (built once on first use, then shared).
    ///
    /// ```
    /// let doc = indonlp::Analyzer::new().analyze("Ya.");
    /// assert_eq!(doc.tokens().len(), 2);
    /// ```
    pub fn new() -> Analyzer {
        DEFAULT.clone()
    }

    /// A builder to choose the components.
    ///
    /// ```
    /// let stemmer = indonlp::Stemmer::builder().protect("pemuda").build()?;
    /// let analyzer = indonlp::Analyzer::builder()
    ///     .split_clitics(true)
    ///     .stemmer(stemmer)
    ///     .entities(false)
    ///     .build();
    /// let doc = analyzer.analyze("Pemudanya pemuda Jakarta");
    /// let v: Vec<_> = doc.tokens().iter().map(|t| t.stem()).collect();
    /// assert_eq!(v, ["pemuda", "nya", "pemuda", "Jakarta"]);
    /// assert!(doc.entities().is_empty());
    /// # Ok::<(), indonlp::Error>(())
    /// ```
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// Analyses `text`. Any `&str` is accepted; the work is linear in its length.
    ///
    /// ```
    /// let text = "Anak-anak bermain. Mereka senang!";
    /// let doc = indonlp::Analyzer::new().analyze(text);
    /// assert_eq!(doc.sentences().len(), 2);
    /// assert_eq!(&text[doc.sentences()[1].span()], "Mereka senang!");
    /// assert_eq!(doc.tokens()[0].stem(), "anak");
    /// ```
    pub fn analyze<'t>(&self, text: &'t str) -> Document<'t> {
        let inner = &*self.inner;
        let entities: Vec<Entity<'t>> = match &inner.tagger {
            Some(t) => t.find_iter(text).collect(),
            None => Vec::new(),
        };

        // Running text repeats words: a direct-mapped cache stems most
        // distinct forms once per document. A collision only costs a
        // re-stem, so crafted input cannot make it slower than no cache.
        let slots = (text.len() / 8).next_power_of_two().clamp(64, 1 << 14);
        let mut cache: Vec<Option<CacheEntry<'t>>> = vec![None; slots];
        let mut tokens: Vec<AnalyzedToken<'t>> = Vec::with_capacity(text.len() / 6 + 1);
        let mut e = 0;
        for t in inner.tokenizer.tokenize(text) {
            // Which entity the token belongs to: entities are sorted, so one sweep.
            while e < entities.len() && entities[e].span().end <= t.span().start {
                e += 1;
            }
            let entity =
                (e < entities.len() && entities[e].span().start < t.span().end).then_some(e as u32);
            let (stem, stopword) = if !t.is_word() || entity.is_some() {
                (Cow::Borrowed(t.text()), false)
            } else {
                let slot = &mut cache[fx_hash(t.text()) as usize & (slots - 1)];
                match slot {
                    Some(c) if c.word == t.text() => (c.stem.clone(), c.stopword),
                    _ => {
                        let stem = inner.stemmer.stem(t.text());
                        let stopword = inner.stopwords.contains(t.text());
                        *slot = Some(CacheEntry {
                            word: t.text(),
                            stem: stem.clone(),
                            stopword,
                        });
                        (stem, stopword)
                    }
                }
            };
            tokens.push(AnalyzedToken {
                token: t,
                stem,
                stopword,
                entity,
            });
        }

        // Sentences with the range of token indices each covers; then the
        // capitalised first word of each sentence gets a second look.
        let mut sentences = Vec::new();
        let mut next = 0;
        for span in Segmenter::new(tokens.iter().map(|t| t.token), text) {
            let first = next;
            while next < tokens.len() && tokens[next].span().end <= span.end {
                next += 1;
            }
            sentences.push(Sentence {
                span,
                tokens: first..next,
            });
        }
        for s in &sentences {
            if let Some(t) = tokens.get_mut(s.tokens.start) {
                if t.token.is_word() && t.entity.is_none() && starts_capitalised(t.text()) {
                    t.stem = self.stem_sentence_initial(t.text());
                }
            }
        }
        Document {
            text,
            sentences,
            tokens,
            entities,
        }
    }

    /// A capitalised first word (`Pemerintah`, `Mereka`) is usually an
    /// ordinary word: stem its lowercase form when the dictionary knows it,
    /// and otherwise leave it alone, as it may be a name the gazetteer lacks.
    fn stem_sentence_initial<'t>(&self, word: &'t str) -> Cow<'t, str> {
        let lower = word.to_lowercase();
        let analysis = self.inner.stemmer.analyze(&lower);
        if analysis.is_known() || analysis.root() != lower {
            Cow::Owned(analysis.root().to_owned())
        } else {
            Cow::Borrowed(word)
        }
    }
}

fn starts_capitalised(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(|c| !c.is_uppercase())
}

/// Builds an [`Analyzer`] from components; each defaults to the embedded one.
///
/// Components that read user data (extra roots, custom stopwords, gazetteer
/// entries) are built with their own builders, which report errors with
/// file and line; this builder only assembles them and cannot fail.
///
/// ```
/// let analyzer = indonlp::Analyzer::builder().split_clitics(true).entities(false).build();
/// let doc = analyzer.analyze("Katanya hujan.");
/// assert_eq!(doc.tokens()[1].text(), "nya");
/// ```
#[derive(Default)]
pub struct AnalyzerBuilder {
    split_clitics: bool,
    no_entities: bool,
    tokenizer: Option<Tokenizer>,
    stemmer: Option<Stemmer>,
    stopwords: Option<StopWords>,
    tagger: Option<EntityTagger>,
}

impl AnalyzerBuilder {
    /// Split clitics off their hosts (UD words: `buku` + `nya`). Default `false`.
    /// Ignored when a tokenizer is given with [`tokenizer`](Self::tokenizer).
    ///
    /// ```
    /// let a = indonlp::Analyzer::builder().split_clitics(true).build();
    /// assert_eq!(a.analyze("rumahnya").tokens().len(), 2);
    /// ```
    pub fn split_clitics(&mut self, yes: bool) -> &mut Self {
        self.split_clitics = yes;
        self
    }

    /// Use this tokenizer.
    ///
    /// ```
    /// let tok = indonlp::Tokenizer::builder().split_clitics(true).build();
    /// let a = indonlp::Analyzer::builder().tokenizer(tok).build();
    /// assert_eq!(a.analyze("bukunya").tokens()[1].text(), "nya");
    /// ```
    pub fn tokenizer(&mut self, tokenizer: Tokenizer) -> &mut Self {
        self.tokenizer = Some(tokenizer);
        self
    }

    /// Use this stemmer (for extra roots, protected words, lexicalised forms).
    ///
    /// ```
    /// let s = indonlp::Stemmer::builder().add_lexicalized("pendapatan").build()?;
    /// let a = indonlp::Analyzer::builder().stemmer(s).build();
    /// assert_eq!(a.analyze("pendapatan naik").tokens()[0].stem(), "pendapatan");
    /// # Ok::<(), indonlp::Error>(())
    /// ```
    pub fn stemmer(&mut self, stemmer: Stemmer) -> &mut Self {
        self.stemmer = Some(stemmer);
        self
    }

    /// Use this stopword list.
    ///
    /// ```
    /// let sw = indonlp::StopWords::builder().defaults(false).add_word("dong").build()?;
    /// let a = indonlp::Analyzer::builder().stopwords(sw).build();
    /// let doc = a.analyze("ayo dong");
    /// assert!(!doc.tokens()[0].is_stopword() && doc.tokens()[1].is_stopword());
    /// # Ok::<(), indonlp::Error>(())
    /// ```
    pub fn stopwords(&mut self, stopwords: StopWords) -> &mut Self {
        self.stopwords = Some(stopwords);
        self
    }

    /// Use this entity tagger (for gazetteer extensions).
    ///
    /// ```
    /// let tagger = indonlp::EntityTagger::builder().add_person("Sri Wahyuni", &["Yuni"], Some("ID")).build()?;
    /// let a = indonlp::Analyzer::builder().tagger(tagger).build();
    /// assert_eq!(a.analyze("Sri Wahyuni datang.").entities()[0].text(), "Sri Wahyuni");
    /// # Ok::<(), indonlp::Error>(())
    /// ```
    pub fn tagger(&mut self, tagger: EntityTagger) -> &mut Self {
        self.tagger = Some(tagger);
        self
    }

    /// Whether to tag entities at all (default `true`); without them analysis
    /// is faster.
    ///
    /// ```
    /// let a = indonlp::Analyzer::builder().entities(false).build();
    /// assert!(a.analyze("Presiden Joko Widodo").entities().is_empty());
    /// ```
    pub fn entities(&mut self, yes: bool) -> &mut Self {
        self.no_entities = !yes;
        self
    }

    /// Assembles the analyzer.
    ///
    /// ```
    /// let a = indonlp::Analyzer::builder().build();
    /// assert_eq!(a.analyze("di Jakarta").entities().len(), 1);
    /// ```
    pub fn build(&mut self) -> Analyzer {
        let tokenizer = self.tokenizer.take().unwrap_or_else(|| {
            if self.split_clitics {
                Tokenizer::builder().split_clitics(true).build()
            } else {
                Tokenizer::new()
            }
        });
        let tagger = if self.no_entities {
            None
        } else {
            Some(self.tagger.take().unwrap_or_default())
        };
        Analyzer {
            inner: Arc::new(Inner {
                tokenizer,
                stemmer: self.stemmer.take().unwrap_or_default(),
                stopwords: self.stopwords.take().unwrap_or_default(),
                tagger,
            }),
        }
    }
}

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
    text: &'t str,
    sentences: Vec<Sentence>,
    tokens: Vec<AnalyzedToken<'t>>,
    entities: Vec<Entity<'t>>,
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
    span: Span,
    tokens: Range<usize>,
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

#[derive(Clone)]
struct CacheEntry<'t> {
    word: &'t str,
    stem: Cow<'t, str>,
    stopword: bool,
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
    token: Token<'t>,
    stem: Cow<'t, str>,
    stopword: bool,
    entity: Option<u32>,
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
        &self.stem
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

/// Analyses `text` with the default [`Analyzer`].
///
/// ```
/// let doc = indonlp::analyze("JAKARTA — Hujan turun.");
/// assert_eq!(doc.entities()[0].text(), "JAKARTA");
/// ```
pub fn analyze(text: &str) -> Document<'_> {
    DEFAULT.analyze(text)
}

/// FxHash: a fast hash for short word keys, good enough to spread a
/// direct-mapped cache.
#[inline]
fn fx_hash(word: &str) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut hash = 0u64;
    let mut chunks = word.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    for &b in chunks.remainder() {
        hash = (hash.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
    }
    hash
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
