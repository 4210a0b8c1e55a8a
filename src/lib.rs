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

mod data;
mod error;
mod span;
mod stem;
mod stopwords;
mod text_file;
pub mod tokenize;

pub use error::{Error, ErrorKind};
pub use span::Span;
pub use stem::{stem, Analysis, CachedStemmer, Stemmer, StemmerBuilder};
pub use stopwords::{is_stopword, StopWords, StopWordsBuilder};
