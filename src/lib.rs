//! # indonlp
//!
//! Indonesian text processing: a zero-copy tokenizer, stopwords, a
//! dictionary-based affix stemmer and a gazetteer named-entity tagger.
//!
//! Every component is a small `Send + Sync + Clone` value built once from
//! data embedded in the crate (so nothing is read from disk or the network),
//! plus a free function over a lazily built default for zero configuration.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod analyze;
mod data;
mod error;
mod ner;
mod offsets;
mod span;
mod stem;
mod stopwords;
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
