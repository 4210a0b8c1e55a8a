//! Every file of `data/` embedded in the binary, in one place.
//!
//! The files are plain UTF-8 text, reviewable in diffs; each is parsed lazily
//! by the component that uses it. `data/README.md` gives their provenance.

/// Stopwords, one lowercase word per line (npm `stopwords-id` 0.2.0, MIT).
pub(crate) static STOPWORDS: &str = include_str!("../data/stopwords.txt");

/// Root words, `root<TAB>weight` per line (weight 0-9: how well attested its
/// derivations are). Built by `tools/fetch_roots.sh` from PyPI
/// `spacy-lookups-data` 1.0.5 (MIT) and Debian `tesseract-ocr-ind` 4.1.0
/// (Apache-2.0).
pub(crate) static ROOTS: &str = include_str!("../data/roots.txt");

/// Hand-written function words and roots that look affixed (`adalah`,
/// `kepada`), kept whole by the stemmer.
pub(crate) static STEM_FUNCTION_WORDS: &str = include_str!("../data/stem_function_words.txt");

/// Hand-written lexicalised derivations (`perseroan`, `pasukan`), kept whole
/// by the stemmer.
pub(crate) static STEM_LEXICALIZED: &str = include_str!("../data/stem_lexicalized.txt");

/// Attested `form<TAB>root` pairs from spaCy's lemma table (PyPI
/// `spacy-lookups-data` 1.0.5, MIT), filtered by `tools/fetch_roots.sh`; the
/// stemmer prefers, among its own readings, the one they name.
pub(crate) static STEM_EVIDENCE: &str = include_str!("../data/stem_evidence.tsv");
