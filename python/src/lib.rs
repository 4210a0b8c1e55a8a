//! `indonlp_rs._native`: the Python bindings of indonlp (re-exported by the
//! `indonlp_rs` package).
//!
//! Every object is immutable after construction (`#[pyclass(frozen)]`, and
//! `Token`, written against the C API in `token.rs`, has read-only
//! attributes) and holds only `Send + Sync` data, so one object can be
//! shared by threads, on free-threaded Python too (the module does not ask
//! for the GIL).

// Unsafe code only where a module allows it: `token.rs` (see there).
#![deny(unsafe_code)]

mod classes;
mod data;
mod errors;
mod gc;
mod objects;
mod ops;
mod parallel;
mod spare;
mod text;
mod token;

use classes::{Analyzer, EntityTagger, Stemmer, StopWords, Tokenizer};
use objects::{AnalyzedToken, Canonical, Document, Entity};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use std::collections::HashMap;
use std::sync::LazyLock;

static NO_OVERRIDES: LazyLock<HashMap<String, String>> = LazyLock::new(HashMap::new);

/// tokenize(text, *, byte_offsets=False) -> list[Token]
///
/// Splits `text` into tokens with the default tokenizer. Each `Token` has
/// `text`, `kind` ("word", "number", "punctuation", "url", "emoji", ...),
/// `start` and `end`: character offsets, so `text[t.start:t.end] == t.text`
/// (byte offsets of the UTF-8 text with `byte_offsets=True`).
///
/// >>> [t.text for t in indonlp_rs.tokenize("Harga naik 3,5 persen.")]
/// ['Harga', 'naik', '3,5', 'persen', '.']
#[pyfunction]
#[pyo3(signature = (text, *, byte_offsets = false))]
fn tokenize<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    byte_offsets: bool,
) -> PyResult<Bound<'py, PyList>> {
    classes::tokenize(py, &indonlp::Tokenizer::new(), text, byte_offsets)
}

/// sentences(text, *, byte_offsets=False) -> list[tuple[int, int]]
///
/// Sentence spans of `text`, not fooled by abbreviations, initials,
/// decimals or URLs.
///
/// >>> indonlp_rs.sentences("Prof. Siti datang. Ia senang.")
/// [(0, 18), (19, 29)]
#[pyfunction]
#[pyo3(signature = (text, *, byte_offsets = false))]
fn sentences<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    byte_offsets: bool,
) -> PyResult<Bound<'py, PyList>> {
    classes::sentences(py, &indonlp::Tokenizer::new(), text, byte_offsets)
}

/// stem(word) -> str
///
/// The root (kata dasar) of one word with the default stemmer: prefixes,
/// suffixes and clitics are removed when the dictionary confirms the root.
/// Capitalised words are taken for names and left alone; lowercase them
/// first (or use `Stemmer(keep_capitalized=False)`) to stem them.
///
/// >>> indonlp_rs.stem("menyampaikan")
/// 'sampai'
/// >>> indonlp_rs.stem("mempertanyakannya")
/// 'tanya'
#[pyfunction]
fn stem<'py>(py: Python<'py>, word: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
    ops::stem(py, &indonlp::Stemmer::new(), &NO_OVERRIDES, word)
}

/// stem_many(words, *, threads=None) -> list[str | None]
///
/// `stem` over any iterable of words (a list, a pandas column, a
/// generator); `None` items give `None`. The GIL is released and the work
/// spread over `threads` threads (default: all cores); results are in
/// input order.
///
/// >>> indonlp_rs.stem_many(["membaca", None, "buku-buku"])
/// ['baca', None, 'buku']
#[pyfunction]
#[pyo3(signature = (words, *, threads = None))]
fn stem_many<'py>(
    py: Python<'py>,
    words: &Bound<'py, PyAny>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    ops::stem_many(py, &indonlp::Stemmer::new(), &NO_OVERRIDES, words, threads)
}

/// is_stopword(word) -> bool
///
/// Whether `word` is in the default stopword list (ignoring case).
///
/// >>> indonlp_rs.is_stopword("Yang"), indonlp_rs.is_stopword("rumah")
/// (True, False)
#[pyfunction]
fn is_stopword(word: &Bound<'_, PyString>) -> PyResult<bool> {
    Ok(indonlp::is_stopword(&text::text_of(word)?))
}

/// entities(text, *, byte_offsets=False) -> list[Entity]
///
/// People, countries and cities in `text`, with the default gazetteers.
/// Each `Entity` has `text`, `label` ("PERSON", "COUNTRY" or "CITY"),
/// `start`, `end` and `canonical` (`name`, `iso2`, `iso3`, `geonames_id`,
/// or None).
///
/// >>> [(e.text, e.label) for e in indonlp_rs.entities("Kim Jong-un tiba di Wonsan")]
/// [('Kim Jong-un', 'PERSON'), ('Wonsan', 'CITY')]
#[pyfunction]
#[pyo3(signature = (text, *, byte_offsets = false))]
fn entities<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    byte_offsets: bool,
) -> PyResult<Bound<'py, PyList>> {
    classes::entities(py, &indonlp::EntityTagger::new(), text, byte_offsets)
}

/// analyze(text, *, byte_offsets=False) -> Document
///
/// Everything at once with the default components: `Document.sentences`,
/// `.tokens` (with `stem`, `is_stopword`, `entity`), `.entities`;
/// `Document.to_dict()` gives JSON-ready data.
///
/// >>> doc = indonlp_rs.analyze("Warga Bandung membaca buku.")
/// >>> [t.stem for t in doc.tokens]
/// ['warga', 'Bandung', 'baca', 'buku', '.']
#[pyfunction]
#[pyo3(signature = (text, *, byte_offsets = false))]
fn analyze(py: Python<'_>, text: &Bound<'_, PyString>, byte_offsets: bool) -> PyResult<Document> {
    classes::analyze(
        py,
        &indonlp::Analyzer::new(),
        &NO_OVERRIDES,
        text,
        byte_offsets,
    )
}

/// tokenize_many(texts, *, threads=None, byte_offsets=False) -> list[list[Token] | None]
///
/// `tokenize` over any iterable of texts (`None` items give `None`), with
/// the GIL released on `threads` threads (default: all cores); results in
/// input order.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, byte_offsets = false))]
fn tokenize_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
    byte_offsets: bool,
) -> PyResult<Bound<'py, PyList>> {
    let tokenizer = indonlp::Tokenizer::new();
    let docs = ops::run_many(py, texts, threads, |t| data::tokens(&tokenizer, t))?;
    ops::tokens_many(py, docs, byte_offsets)
}

/// entities_many(texts, *, threads=None, byte_offsets=False) -> list[list[Entity] | None]
///
/// `entities` over any iterable of texts (`None` items give `None`), with
/// the GIL released on `threads` threads (default: all cores); results in
/// input order.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, byte_offsets = false))]
fn entities_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
    byte_offsets: bool,
) -> PyResult<Bound<'py, PyList>> {
    let tagger = indonlp::EntityTagger::new();
    let docs = ops::many(py, texts, threads, byte_offsets, |t| {
        data::entities(&tagger, t)
    })?;
    ops::entities_many(py, docs)
}

/// analyze_many(texts, *, threads=None, byte_offsets=False) -> list[Document | None]
///
/// `analyze` over any iterable of texts (`None` items give `None`), with
/// the GIL released on `threads` threads (default: all cores); results in
/// input order.
///
/// >>> [d.to_dict()["entities"][0]["label"] for d in indonlp_rs.analyze_many(["di Jakarta", "ke Tokyo"])]
/// ['CITY', 'CITY']
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, byte_offsets = false))]
fn analyze_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
    byte_offsets: bool,
) -> PyResult<Bound<'py, PyList>> {
    let analyzer = indonlp::Analyzer::new();
    let docs = ops::many(py, texts, threads, byte_offsets, |t| {
        data::analyze(&analyzer, &NO_OVERRIDES, t)
    })?;
    ops::documents_many(py, docs)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(stem, m)?)?;
    m.add_function(wrap_pyfunction!(stem_many, m)?)?;
    m.add_function(wrap_pyfunction!(is_stopword, m)?)?;
    m.add_function(wrap_pyfunction!(entities, m)?)?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(tokenize_many, m)?)?;
    m.add_function(wrap_pyfunction!(entities_many, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_class::<Tokenizer>()?;
    m.add_class::<Stemmer>()?;
    m.add_class::<StopWords>()?;
    m.add_class::<EntityTagger>()?;
    m.add_class::<Analyzer>()?;
    m.add("Token", token::token_type(m.py())?)?;
    m.add_class::<AnalyzedToken>()?;
    m.add_class::<Entity>()?;
    m.add_class::<Canonical>()?;
    m.add_class::<Document>()?;
    Ok(())
}
