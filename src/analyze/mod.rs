//! The whole pipeline in one call: sentences, tokens with stems and stopword
//! flags, and the entities they belong to.

mod batch;
mod document;
mod stream;
mod word_cache;

pub use document::{AnalyzedToken, Document, Sentence};

use crate::cache::{WordCache, WordKey};
use crate::ner::{EntityTagger, WordInfo};
use crate::stem::Stemmer;
use crate::stopwords::StopWords;
use crate::tokenize::{with_tokens, Open, Token, TokenKind, Tokenizer};
use std::cell::RefCell;
use std::sync::{Arc, LazyLock};
use word_cache::{Known, Seen, StemOf};

thread_local! {
    /// Each thread's buffer of per-token tagger flags, reused by calls so a
    /// sentence-sized call does not allocate one.
    static INFOS: RefCell<Vec<WordInfo>> = const { RefCell::new(Vec::new()) };
}

/// Flags the buffer keeps room for between calls (it shrinks back after a
/// long document).
const MAX_KEPT_INFOS: usize = 4096;

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
    /// Stems and stopword flags of the word forms seen so far, shared by
    /// every thread and call.
    words: WordCache<Known>,
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
        // One scan of the text: every later stage reads these tokens.
        with_tokens(&self.inner.tokenizer, text, |words| {
            self.analyze_tokens(text, words)
        })
    }

    /// [`Analyzer::analyze`] of `text` given its tokens.
    fn analyze_tokens<'t>(&self, text: &'t str, words: &[Token<'t>]) -> Document<'t> {
        let inner = &*self.inner;
        let sentences = sentences_of(text, words);

        // One look-up per word in the word cache gives its stem (as a
        // sentence's first word or not), its stopword flag and what the
        // tagger's word lists say of it.
        let mut tokens: Vec<AnalyzedToken<'t>> = Vec::with_capacity(words.len());
        let entities = INFOS.with(|cell| {
            let mut own = Vec::new();
            let mut shared = cell.try_borrow_mut();
            let infos: &mut Vec<WordInfo> = match shared {
                Ok(ref mut v) => v,
                Err(_) => &mut own,
            };
            infos.clear();
            self.look_up(text, words, &sentences, &mut tokens, infos);
            let entities = match &inner.tagger {
                Some(t) => t.tag_tokens(text, words, Some(infos)),
                None => Vec::new(),
            };
            infos.clear();
            infos.shrink_to(MAX_KEPT_INFOS);
            entities
        });
        // Names keep their form: an entity's tokens are not stemmed and
        // are not stopwords.
        let mut e = 0;
        for t in tokens.iter_mut() {
            if e == entities.len() {
                break;
            }
            let span = t.span();
            // Entities are sorted, so one sweep finds each token's.
            while e < entities.len() && entities[e].span().end <= span.start {
                e += 1;
            }
            if e < entities.len() && entities[e].span().start < span.end {
                t.set_entity(e);
            }
        }
        Document {
            text,
            sentences,
            tokens,
            entities,
        }
    }

    /// Each token with its stem and stopword flag, and (when the analyzer
    /// tags entities) what the tagger's word lists say of it, in `infos`.
    fn look_up<'t>(
        &self,
        text: &'t str,
        words: &[Token<'t>],
        sentences: &[Sentence],
        tokens: &mut Vec<AnalyzedToken<'t>>,
        infos: &mut Vec<WordInfo>,
    ) {
        let inner = &*self.inner;
        let tagging = inner.tagger.is_some();
        let mut s = 0;
        for (i, &t) in words.iter().enumerate() {
            while s < sentences.len() && sentences[s].tokens.end <= i {
                s += 1;
            }
            let w = t.text();
            if !t.is_word() {
                tokens.push(AnalyzedToken::unstemmed(t));
                // Titles and initials (`Dr.`, `M.`) start names too.
                match (&inner.tagger, t.kind()) {
                    (Some(tagger), TokenKind::Abbreviation) => infos.push(tagger.token_info(w)),
                    (Some(_), _) => infos.push(WordInfo::default()),
                    (None, _) => {}
                }
                continue;
            }
            let initial = sentences.get(s).is_some_and(|x| x.tokens.start == i);
            let (token, info) = inner.words.get_or_make_key(
                WordKey::within(text, t.span().start, w.len()),
                || self.learn(w),
                |hit| {
                    let k = Seen::new(hit);
                    (AnalyzedToken::new(t, k.stem(initial), k.stopword), k.tag)
                },
            );
            tokens.push(token);
            if tagging {
                infos.push(info);
            }
        }
    }

    /// Everything the analyzer says about a word form, for the word cache.
    fn learn(&self, word: &str) -> Known {
        let inner = &*self.inner;
        let stem = StemOf::new(word, &inner.stemmer.stem(word));
        // A capitalised first word (`Pemerintah`, `Mereka`) is usually an
        // ordinary word: stem its lowercase form when the dictionary knows
        // it, and otherwise leave it alone, as it may be a name the
        // gazetteer lacks.
        let initial = if starts_capitalised(word) {
            let lower = word.to_lowercase();
            let analysis = inner.stemmer.analyze(&lower);
            if analysis.is_known() || analysis.root() != lower {
                StemOf::new(word, analysis.root())
            } else {
                StemOf::new(word, word)
            }
        } else {
            stem.clone()
        };
        let tag = inner
            .tagger
            .as_ref()
            .map_or_else(WordInfo::default, |t| t.token_info(word));
        Known::new(stem, initial, inner.stopwords.contains(word), tag)
    }
}

/// The sentences of `text` over its tokens, in one pass. A sentence's
/// token range runs from the end of the previous one to its last token, so
/// whitespace tokens between sentences (when the tokenizer keeps them) open
/// the next one.
fn sentences_of(text: &str, words: &[Token<'_>]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut open: Option<Open> = None;
    let (mut first, mut last) = (0, 0);
    for (i, t) in words.iter().enumerate() {
        if t.kind() == TokenKind::Whitespace {
            continue;
        }
        let joins = open.as_mut().is_some_and(|o| !o.ends_before(text, t));
        if !joins {
            if let Some(done) = open.replace(Open::new(t)) {
                sentences.push(Sentence {
                    span: done.span(),
                    tokens: first..last,
                });
                first = last;
            }
        }
        last = i + 1;
    }
    if let Some(done) = open {
        sentences.push(Sentence {
            span: done.span(),
            tokens: first..last,
        });
    }
    sentences
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
                words: WordCache::new(),
            }),
        }
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
