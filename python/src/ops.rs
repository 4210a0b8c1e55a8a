//! The calls behind both the module functions and the class methods: one
//! text (the GIL released for long texts), a batch (the GIL released, all
//! cores), and stemming.

use crate::data::{self, DocData, Overrides, Tokenized};
use crate::objects::{self, Document, Shared};
use crate::parallel;
use crate::text;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::Arc;

/// Texts at least this long are processed with the GIL released; below it,
/// releasing and taking back the GIL costs more than it lets others run.
const DETACH_BYTES: usize = 4096;

/// Word batches smaller than this are stemmed on the calling thread with
/// the GIL held (the PySastrawi shim calls `stem_many` once per sentence).
const SMALL_BATCH_WORDS: usize = 256;

/// Runs `f` on one text; also tells whether the text was read without a
/// copy (no lone surrogates: the result's byte offsets index the string's
/// UTF-8 form).
pub(crate) fn run_one<R, F>(py: Python<'_>, text: &Bound<'_, PyString>, f: F) -> PyResult<(R, bool)>
where
    R: Send,
    F: Fn(&str) -> R + Sync,
{
    let t = text::text_of(text)?;
    let r = if t.len() >= DETACH_BYTES {
        py.detach(|| f(&t))
    } else {
        f(&t)
    };
    Ok((r, matches!(t, Cow::Borrowed(_))))
}

/// A text of a batch with its result and whether it was read without a copy.
pub(crate) type Ran<'py, R> = (Bound<'py, PyString>, R, bool);

/// Runs `f` on every text of an iterable (`None` items stay `None`), with
/// the GIL released, on `threads` threads; results in input order.
pub(crate) fn run_many<'py, R, F>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
    f: F,
) -> PyResult<Vec<Option<Ran<'py, R>>>>
where
    R: Send,
    F: Fn(&str) -> R + Sync,
{
    let threads = parallel::threads(threads)?;
    let items = text::batch(texts)?;
    let strs = text::texts(&items)?;
    let total: usize = strs.iter().flatten().map(|t| t.len()).sum();
    let utf8: Vec<bool> = strs
        .iter()
        .map(|t| matches!(t, Some(Cow::Borrowed(_))))
        .collect();
    // Small batches are done before threads would have started.
    let small = total < DETACH_BYTES;
    let threads = if small { 1 } else { threads };
    let chunk = parallel::chunk_size(strs.len(), threads, 64);
    let run = || {
        parallel::map_chunks(&strs, threads, chunk, |_, c| {
            c.iter().map(|t| t.as_deref().map(&f)).collect()
        })
    };
    let results: Vec<Option<R>> = if small { run() } else { py.detach(run) };
    Ok(items
        .into_iter()
        .zip(results)
        .zip(utf8)
        .map(|((s, r), utf8)| Some((s?, r?, utf8)))
        .collect())
}

/// `run_one`, its result kept in a `Shared` for the objects that show it.
pub(crate) fn one<F>(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    bytes: bool,
    f: F,
) -> PyResult<Arc<Shared>>
where
    F: Fn(&str) -> DocData + Sync,
{
    let (data, utf8) = run_one(py, text, f)?;
    Ok(Shared::new(text.clone().unbind(), data, bytes, utf8))
}

/// `run_many`, each result kept in a `Shared`.
pub(crate) fn many<F>(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
    bytes: bool,
    f: F,
) -> PyResult<Vec<Option<Arc<Shared>>>>
where
    F: Fn(&str) -> DocData + Sync,
{
    Ok(run_many(py, texts, threads, f)?
        .into_iter()
        .map(|d| d.map(|(s, data, utf8)| Shared::new(s.unbind(), data, bytes, utf8)))
        .collect())
}

pub(crate) fn list_of<'py, T: IntoPyObject<'py>>(
    py: Python<'py>,
    v: Vec<Option<T>>,
) -> PyResult<Bound<'py, PyList>> {
    PyList::new(py, v)
}

/// The token lists of a batch (`None` items give `None`).
pub(crate) fn tokens_many<'py>(
    py: Python<'py>,
    docs: Vec<Option<Ran<'py, Tokenized>>>,
    bytes: bool,
) -> PyResult<Bound<'py, PyList>> {
    // Tokens are not tracked by the collector; each text's list and token
    // store are.
    crate::gc::paused(py, 2 * docs.len(), || {
        let lists = docs
            .into_iter()
            .map(|d| {
                d.map(|(s, toks, utf8)| crate::token::token_list(py, &s, toks, bytes, utf8))
                    .transpose()
            })
            .collect::<PyResult<Vec<_>>>()?;
        list_of(py, lists)
    })
}

pub(crate) fn entities_many<'py>(
    py: Python<'py>,
    docs: Vec<Option<Arc<Shared>>>,
) -> PyResult<Bound<'py, PyList>> {
    let lists = docs
        .iter()
        .map(|d| d.as_ref().map(|d| objects::entity_list(py, d)).transpose())
        .collect::<PyResult<Vec<_>>>()?;
    list_of(py, lists)
}

pub(crate) fn documents_many<'py>(
    py: Python<'py>,
    docs: Vec<Option<Arc<Shared>>>,
) -> PyResult<Bound<'py, PyList>> {
    list_of(
        py,
        docs.into_iter()
            .map(|d| d.map(|doc| Document { doc }))
            .collect(),
    )
}

/// The stem of one word, or `None` when it is the word itself (the
/// caller's string object is then returned as it is).
fn stem_one(stemmer: &indonlp::Stemmer, overrides: &Overrides, word: &str) -> Option<String> {
    if let Some(s) = data::lookup(overrides, word) {
        return (s != word).then(|| s.to_owned());
    }
    let s = stemmer.stem(word);
    (s != word).then(|| s.into_owned())
}

pub(crate) fn stem<'py>(
    py: Python<'py>,
    stemmer: &indonlp::Stemmer,
    overrides: &Overrides,
    word: &Bound<'py, PyString>,
) -> PyResult<Bound<'py, PyString>> {
    let w = text::text_of(word)?;
    Ok(match stem_one(stemmer, overrides, &w) {
        Some(s) => PyString::new(py, &s),
        None => word.clone(),
    })
}

/// What stemming one word of a batch gave.
enum Stemmed<'a> {
    /// The word itself: the caller's string object is returned as it is.
    Same,
    /// Its stem.
    Root(Cow<'a, str>),
    /// The same word as item `i` of the batch: that item's result object
    /// is returned again.
    Repeat(usize),
}

/// Stems the words of one chunk (`first`: the batch index of its first
/// word). Word lists repeat words, so each distinct word of the chunk is
/// stemmed once; the memo borrows the words and the stems borrow the word
/// or the dictionary, so a new word costs no allocation beyond the table
/// (`CachedStemmer` keeps its own copy of every word and stem; without
/// those copies `bench.py`'s 981 distinct words went from 1.2-1.3 to
/// 1.5-1.9 M words/s, its 60,000 running words from 7.2 to 8.3-9.5 M).
fn stem_chunk<'a>(
    stemmer: &indonlp::Stemmer,
    overrides: &'a Overrides,
    first: usize,
    words: &'a [Option<Cow<'a, str>>],
) -> Vec<Option<Stemmed<'a>>> {
    let mut seen: FxHashMap<&'a str, usize> =
        FxHashMap::with_capacity_and_hasher(words.len().min(1 << 16), Default::default());
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let w: &'a str = w.as_deref()?;
            let i = first + i;
            if let Some(&j) = seen.get(w) {
                return Some(Stemmed::Repeat(j));
            }
            seen.insert(w, i);
            let s = match data::lookup(overrides, w) {
                Some(s) => Cow::Borrowed(s),
                None => stemmer.stem(w),
            };
            Some(if s == w {
                Stemmed::Same
            } else {
                Stemmed::Root(s)
            })
        })
        .collect()
}

pub(crate) fn stem_many<'py>(
    py: Python<'py>,
    stemmer: &indonlp::Stemmer,
    overrides: &Overrides,
    words: &Bound<'py, PyAny>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let threads = parallel::threads(threads)?;
    let items = text::batch(words)?;
    let strs = text::texts(&items)?;
    let small = strs.len() < SMALL_BATCH_WORDS;
    let threads = if small { 1 } else { threads };
    let chunk = parallel::chunk_size(strs.len(), threads, 1 << 14);
    let run = || {
        parallel::map_chunks(&strs, threads, chunk, |first, c| {
            stem_chunk(stemmer, overrides, first, c)
        })
    };
    let results: Vec<Option<Stemmed<'_>>> = if small { run() } else { py.detach(run) };
    let mut out: Vec<Option<Bound<'py, PyString>>> = Vec::with_capacity(items.len());
    for (item, r) in items.iter().zip(results) {
        let s = match (item, r) {
            (Some(item), Some(Stemmed::Same)) => Some(item.clone()),
            (Some(_), Some(Stemmed::Root(s))) => Some(PyString::new(py, &s)),
            // An earlier item, so its result is in `out` already.
            (Some(_), Some(Stemmed::Repeat(j))) => out[j].clone(),
            _ => None,
        };
        out.push(s);
    }
    list_of(py, out)
}
