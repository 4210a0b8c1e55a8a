//! The whole pipeline in one call: sentences, tokens with stems and stopword
//! flags, and the entities they belong to.

mod batch;
mod document;
mod stream;
mod word_cache;

pub use document::{AnalyzedToken, Document, Sentence};

use crate::ner::{Entity, EntityTagger, WordInfo};
use crate::stem::Stemmer;
use crate::stopwords::StopWords;
use crate::tokenize::{expected_tokens, Segmenter, Token, TokenKind, Tokenizer};
use document::Stem;
use std::sync::{Arc, LazyLock};
use word_cache::{Known, StemOf, WordCache};

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
    words: WordCache,
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
        // One scan of the text: every later stage reads these tokens.
        let mut words: Vec<Token<'t>> = Vec::with_capacity(expected_tokens(text));
        words.extend(inner.tokenizer.tokenize(text));
        let mut sentences = Vec::new();
        let mut next = 0;
        for span in Segmenter::new(words.iter().copied(), text) {
            let first = next;
            while next < words.len() && words[next].span().end <= span.end {
                next += 1;
            }
            sentences.push(Sentence {
                span,
                tokens: first..next,
            });
        }

        // One look-up per word in the word cache gives its stem (as a
        // sentence's first word or not), its stopword flag and what the
        // tagger's word lists say of it.
        let mut looked: Vec<(Stem<'t>, bool)> = Vec::with_capacity(words.len());
        // Only an analyzer with a tagger needs the tagger's view of words.
        let tagging = inner.tagger.is_some();
        let mut infos: Vec<WordInfo> = Vec::with_capacity(if tagging { words.len() } else { 0 });
        let mut s = 0;
        for (i, t) in words.iter().enumerate() {
            while s < sentences.len() && sentences[s].tokens.end <= i {
                s += 1;
            }
            let w = t.text();
            if !t.is_word() {
                looked.push((Stem::Text(w), false));
                // Titles and initials (`Dr.`, `M.`) start names too.
                match (&inner.tagger, t.kind()) {
                    (Some(tagger), TokenKind::Abbreviation) => infos.push(tagger.token_info(w)),
                    (Some(_), _) => infos.push(WordInfo::default()),
                    (None, _) => {}
                }
                continue;
            }
            let initial = sentences.get(s).is_some_and(|x| x.tokens.start == i);
            let (stem, stopword, info) = inner.words.get_or_make(
                w,
                || self.learn(w),
                |k| {
                    let stem = if initial { &k.initial } else { &k.stem };
                    (Stem::of(w, stem), k.stopword, k.tag)
                },
            );
            looked.push((stem, stopword));
            if tagging {
                infos.push(info);
            }
        }
        let entities: Vec<Entity<'t>> = match &inner.tagger {
            Some(t) => t.tag_tokens(text, &words, Some(&infos)),
            None => Vec::new(),
        };

        let mut tokens: Vec<AnalyzedToken<'t>> = Vec::with_capacity(words.len());
        let mut e = 0;
        for (t, (stem, stopword)) in words.into_iter().zip(looked) {
            // Which entity the token belongs to: entities are sorted, so one sweep.
            while e < entities.len() && entities[e].span().end <= t.span().start {
                e += 1;
            }
            let entity =
                (e < entities.len() && entities[e].span().start < t.span().end).then_some(e as u32);
            // Names keep their form.
            let (stem, stopword) = match entity {
                Some(_) => (Stem::Text(t.text()), false),
                None => (stem, stopword),
            };
            tokens.push(AnalyzedToken {
                token: t,
                stem,
                stopword,
                entity,
            });
        }
        Document {
            text,
            sentences,
            tokens,
            entities,
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
        Known::new(word, stem, initial, inner.stopwords.contains(word), tag)
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
