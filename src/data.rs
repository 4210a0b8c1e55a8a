//! Every file of `data/` embedded in the binary, in one place.
//!
//! The files are plain UTF-8 text, reviewable in diffs; each is parsed lazily
//! by the component that uses it. `data/README.md` gives their provenance.

/// Stopwords, one lowercase word per line (npm `stopwords-id` 0.2.0, MIT).
pub(crate) static STOPWORDS: &str = include_str!("../data/stopwords.txt");
