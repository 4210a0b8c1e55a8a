//! The configurable components. Each is built once (options are keyword
//! arguments), immutable afterwards and safe to share between threads.

use crate::data::{self, Overrides};
use crate::errors::data_error;
use crate::objects::{self, Document};
use crate::ops;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use pyo3::IntoPyObjectExt;
use std::collections::HashSet;
use std::path::PathBuf;

/// One path or a list of paths (`str` or `os.PathLike`).
fn paths(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<PathBuf>> {
    let Some(obj) = obj else {
        return Ok(Vec::new());
    };
    if obj.is_instance_of::<PyString>() || obj.hasattr("__fspath__")? {
        return Ok(vec![obj.extract()?]);
    }
    obj.try_iter()?.map(|p| p?.extract()).collect()
}

/// An iterable of words (a single string is refused: it would be read as
/// its letters).
fn words(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Vec<String>> {
    let Some(obj) = obj else {
        return Ok(Vec::new());
    };
    if obj.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be an iterable of words, not a single string"
        )));
    }
    obj.try_iter()?.map(|w| p_str(&w?)).collect()
}

fn p_str(w: &Bound<'_, PyAny>) -> PyResult<String> {
    w.extract()
}

/// The keyword arguments that rebuild an object, for `pickle` (Spark and
/// multiprocessing ship objects to other processes). Word lists and paths
/// are kept as read at construction, so a generator argument works too;
/// files are read again where the object is unpickled.
fn kwargs<'py>(py: Python<'py>, items: &[(&str, Bound<'py, PyAny>)]) -> PyResult<Py<PyDict>> {
    let d = PyDict::new(py);
    for (k, v) in items {
        d.set_item(k, v)?;
    }
    Ok(d.unbind())
}

type Reduced<'py> = (Bound<'py, PyAny>, Bound<'py, PyTuple>);

fn reduce<'py>(obj: &Bound<'py, PyAny>, args: &Py<PyDict>) -> PyResult<Reduced<'py>> {
    let py = obj.py();
    let rebuild = py
        .import("functools")?
        .getattr("partial")?
        .call((obj.get_type(),), Some(args.bind(py)))?;
    Ok((rebuild, PyTuple::empty(py)))
}

fn any<'py, T: IntoPyObject<'py>>(py: Python<'py>, v: T) -> PyResult<Bound<'py, PyAny>> {
    v.into_bound_py_any(py)
}

/// Splits text into tokens and sentences.
///
/// Options: `split_clitics` (split `bukunya` into `buku` + `nya`, UD
/// style), `whitespace` (also return whitespace runs as tokens, so the
/// tokens cover the whole text).
#[pyclass(frozen, module = "indonlp_rs")]
pub(crate) struct Tokenizer {
    pub inner: indonlp::Tokenizer,
    args: Py<PyDict>,
}

#[pymethods]
impl Tokenizer {
    #[new]
    #[pyo3(signature = (*, split_clitics = false, whitespace = false))]
    fn new(py: Python<'_>, split_clitics: bool, whitespace: bool) -> PyResult<Self> {
        let inner = if split_clitics || whitespace {
            indonlp::Tokenizer::builder()
                .split_clitics(split_clitics)
                .whitespace(whitespace)
                .build()
        } else {
            indonlp::Tokenizer::new()
        };
        let args = kwargs(
            py,
            &[
                ("split_clitics", any(py, split_clitics)?),
                ("whitespace", any(py, whitespace)?),
            ],
        )?;
        Ok(Tokenizer { inner, args })
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduced<'py>> {
        reduce(slf.as_any(), &slf.get().args)
    }

    /// The tokens of `text` (a list of `Token`), with character offsets
    /// (byte offsets of the UTF-8 text with `byte_offsets=True`).
    #[pyo3(signature = (text, *, byte_offsets = false))]
    fn tokenize<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyString>,
        byte_offsets: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        tokenize(py, &self.inner, text, byte_offsets)
    }

    /// Sentence spans of `text`: a list of `(start, end)`.
    #[pyo3(signature = (text, *, byte_offsets = false))]
    fn sentences<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyString>,
        byte_offsets: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        sentences(py, &self.inner, text, byte_offsets)
    }

    /// `tokenize` over an iterable of texts (`None` items give `None`), with
    /// the GIL released on `threads` threads (default: all cores); results
    /// in input order.
    #[pyo3(signature = (texts, *, threads = None, byte_offsets = false))]
    fn tokenize_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
        byte_offsets: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let docs = ops::run_many(py, texts, threads, |t| data::tokens(&self.inner, t))?;
        ops::tokens_many(py, docs, byte_offsets)
    }
}

pub(crate) fn tokenize<'py>(
    py: Python<'py>,
    tokenizer: &indonlp::Tokenizer,
    text: &Bound<'py, PyString>,
    byte_offsets: bool,
) -> PyResult<Bound<'py, PyList>> {
    let (toks, utf8) = ops::run_one(py, text, |t| data::tokens(tokenizer, t))?;
    crate::token::token_list(py, text, toks, byte_offsets, utf8)
}

pub(crate) fn sentences<'py>(
    py: Python<'py>,
    tokenizer: &indonlp::Tokenizer,
    text: &Bound<'py, PyString>,
    byte_offsets: bool,
) -> PyResult<Bound<'py, PyList>> {
    let (spans, _) = ops::run_one(py, text, |t| data::sentences(tokenizer, t))?;
    objects::sentence_list(py, &spans, byte_offsets)
}

/// Reduces words to their root (kata dasar): `menyampaikan` → `sampai`.
///
/// Options: `roots` (a path or list of paths: extra root lists, one word
/// per line or a hunspell `.dic`), `root_words` (extra roots), `protected`
/// (words never stemmed), `lexicalized` (derived words kept whole, e.g.
/// `pendapatan`; clitics still come off), `overrides` (a mapping word →
/// stem, looked up as written and then lowercased; it wins over
/// everything), `defaults` (start from the embedded dictionary, default
/// True), `keep_capitalized` (leave capitalised words, usually names,
/// alone; default True).
#[pyclass(frozen, module = "indonlp_rs")]
pub(crate) struct Stemmer {
    pub inner: indonlp::Stemmer,
    pub overrides: Overrides,
    args: Py<PyDict>,
}

#[pymethods]
impl Stemmer {
    #[new]
    #[pyo3(signature = (*, roots = None, root_words = None, protected = None, lexicalized = None,
                        overrides = None, defaults = true, keep_capitalized = true))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        roots: Option<&Bound<'_, PyAny>>,
        root_words: Option<&Bound<'_, PyAny>>,
        protected: Option<&Bound<'_, PyAny>>,
        lexicalized: Option<&Bound<'_, PyAny>>,
        overrides: Option<Overrides>,
        defaults: bool,
        keep_capitalized: bool,
    ) -> PyResult<Self> {
        let mut b = indonlp::Stemmer::builder();
        b.defaults(defaults).keep_capitalized(keep_capitalized);
        let roots = paths(roots)?;
        let root_words = words(root_words, "root_words")?;
        let protected = words(protected, "protected")?;
        let lexicalized = words(lexicalized, "lexicalized")?;
        let overrides = overrides.unwrap_or_default();
        for p in &roots {
            b.add_roots_file(p);
        }
        for w in &root_words {
            b.add_root(w);
        }
        for w in &protected {
            b.protect(w);
        }
        for w in &lexicalized {
            b.add_lexicalized(w);
        }
        let inner = b.build().map_err(|e| data_error(py, e))?;
        let args = kwargs(
            py,
            &[
                ("roots", any(py, roots)?),
                ("root_words", any(py, root_words)?),
                ("protected", any(py, protected)?),
                ("lexicalized", any(py, lexicalized)?),
                ("overrides", any(py, &overrides)?),
                ("defaults", any(py, defaults)?),
                ("keep_capitalized", any(py, keep_capitalized)?),
            ],
        )?;
        Ok(Stemmer {
            inner,
            overrides,
            args,
        })
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduced<'py>> {
        reduce(slf.as_any(), &slf.get().args)
    }

    /// The root of `word` (the word itself when it has none to remove).
    fn stem<'py>(
        &self,
        py: Python<'py>,
        word: &Bound<'py, PyString>,
    ) -> PyResult<Bound<'py, PyString>> {
        ops::stem(py, &self.inner, &self.overrides, word)
    }

    /// `stem` over any iterable of words (a list, a pandas column ...;
    /// `None` items give `None`), with the GIL released on `threads`
    /// threads (default: all cores); results in input order.
    #[pyo3(signature = (words, *, threads = None))]
    fn stem_many<'py>(
        &self,
        py: Python<'py>,
        words: &Bound<'py, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        ops::stem_many(py, &self.inner, &self.overrides, words, threads)
    }
}

/// A stopword list (case-insensitive).
///
/// Options: `words` (extra stopwords), `files` (a path or list of paths of
/// extra lists, one word per line), `keep` (words to take out of the list,
/// e.g. `indonlp_rs.NEGATIONS` for sentiment work), `defaults` (start
/// from the embedded list, default True).
#[pyclass(frozen, module = "indonlp_rs")]
pub(crate) struct StopWords {
    pub inner: indonlp::StopWords,
    args: Py<PyDict>,
}

#[pymethods]
impl StopWords {
    #[new]
    #[pyo3(signature = (*, words = None, files = None, keep = None, defaults = true))]
    fn new(
        py: Python<'_>,
        words: Option<&Bound<'_, PyAny>>,
        files: Option<&Bound<'_, PyAny>>,
        keep: Option<&Bound<'_, PyAny>>,
        defaults: bool,
    ) -> PyResult<Self> {
        let mut b = indonlp::StopWords::builder();
        b.defaults(defaults);
        let words = self::words(words, "words")?;
        let files = paths(files)?;
        let keep = self::words(keep, "keep")?;
        for w in &words {
            b.add_word(w);
        }
        for p in &files {
            b.add_file(p);
        }
        let mut inner = b.build().map_err(|e| data_error(py, e))?;
        let args = kwargs(
            py,
            &[
                ("words", any(py, words)?),
                ("files", any(py, files)?),
                ("keep", any(py, &keep)?),
                ("defaults", any(py, defaults)?),
            ],
        )?;
        let keep: HashSet<String> = keep.iter().map(|w| w.trim().to_lowercase()).collect();
        if !keep.is_empty() {
            let mut b = indonlp::StopWords::builder();
            b.defaults(false);
            for w in inner.iter().filter(|w| !keep.contains(*w)) {
                b.add_word(w);
            }
            inner = b.build().map_err(|e| data_error(py, e))?;
        }
        Ok(StopWords { inner, args })
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduced<'py>> {
        reduce(slf.as_any(), &slf.get().args)
    }

    /// Whether `word` is a stopword (ignoring case).
    fn is_stopword(&self, word: &Bound<'_, PyString>) -> PyResult<bool> {
        Ok(self.inner.contains(&crate::text::text_of(word)?))
    }

    fn __contains__(&self, word: &Bound<'_, PyAny>) -> PyResult<bool> {
        match word.cast::<PyString>() {
            Ok(w) => self.is_stopword(w),
            Err(_) => Ok(false),
        }
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    /// The list, sorted.
    fn words(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.inner.iter().collect();
        v.sort_unstable();
        v
    }
}

/// Finds people, countries and cities (gazetteer NER).
///
/// Options: `gazetteers` (a path or list of paths of extra entries: TSV
/// `KIND<TAB>name[<TAB>aliases|…[<TAB>ISO2[<TAB>GeoNames id or role]]]`, or
/// JSON when the name ends in `.json`), `ignore` (surface forms never to
/// tag), `locative_places_only` (tag a place only where the context makes
/// it a location: fewer false places, some missed), `defaults` (start from
/// the embedded gazetteers, default True).
#[pyclass(frozen, module = "indonlp_rs")]
pub(crate) struct EntityTagger {
    pub inner: indonlp::EntityTagger,
    args: Py<PyDict>,
}

#[pymethods]
impl EntityTagger {
    #[new]
    #[pyo3(signature = (*, gazetteers = None, ignore = None, locative_places_only = false, defaults = true))]
    fn new(
        py: Python<'_>,
        gazetteers: Option<&Bound<'_, PyAny>>,
        ignore: Option<&Bound<'_, PyAny>>,
        locative_places_only: bool,
        defaults: bool,
    ) -> PyResult<Self> {
        let mut b = indonlp::EntityTagger::builder();
        b.defaults(defaults)
            .locative_places_only(locative_places_only);
        let gazetteers = paths(gazetteers)?;
        let ignore = words(ignore, "ignore")?;
        for p in gazetteers.iter().cloned() {
            let json = p
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"));
            if json {
                b.add_json_file(p);
            } else {
                b.add_tsv_file(p);
            }
        }
        for w in &ignore {
            b.ignore(w);
        }
        let inner = py.detach(|| b.build()).map_err(|e| data_error(py, e))?;
        let args = kwargs(
            py,
            &[
                ("gazetteers", any(py, gazetteers)?),
                ("ignore", any(py, ignore)?),
                ("locative_places_only", any(py, locative_places_only)?),
                ("defaults", any(py, defaults)?),
            ],
        )?;
        Ok(EntityTagger { inner, args })
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduced<'py>> {
        reduce(slf.as_any(), &slf.get().args)
    }

    /// The entities of `text` (a list of `Entity`).
    #[pyo3(signature = (text, *, byte_offsets = false))]
    fn entities<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyString>,
        byte_offsets: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        entities(py, &self.inner, text, byte_offsets)
    }

    /// `entities` over an iterable of texts (`None` items give `None`), with
    /// the GIL released on `threads` threads (default: all cores).
    #[pyo3(signature = (texts, *, threads = None, byte_offsets = false))]
    fn entities_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
        byte_offsets: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let docs = ops::many(py, texts, threads, byte_offsets, |t| {
            data::entities(&self.inner, t)
        })?;
        ops::entities_many(py, docs)
    }

    /// Number of surface forms the tagger knows.
    fn __len__(&self) -> usize {
        self.inner.len()
    }
}

pub(crate) fn entities<'py>(
    py: Python<'py>,
    tagger: &indonlp::EntityTagger,
    text: &Bound<'py, PyString>,
    byte_offsets: bool,
) -> PyResult<Bound<'py, PyList>> {
    let doc = ops::one(py, text, byte_offsets, |t| data::entities(tagger, t))?;
    objects::entity_list(py, &doc)
}

/// Everything at once: sentences, tokens with stems and stopword flags,
/// entities (entity tokens keep their form: names stay names).
///
/// Options: `tokenizer`, `stemmer`, `stopwords`, `tagger` (components built
/// with their own options), `split_clitics` (when no tokenizer is given),
/// `entities` (tag entities; default True, False is faster).
#[pyclass(frozen, module = "indonlp_rs")]
pub(crate) struct Analyzer {
    pub inner: indonlp::Analyzer,
    pub overrides: Overrides,
    args: Py<PyDict>,
}

#[pymethods]
impl Analyzer {
    #[new]
    #[pyo3(signature = (*, tokenizer = None, stemmer = None, stopwords = None, tagger = None,
                        split_clitics = false, entities = true))]
    fn new(
        py: Python<'_>,
        tokenizer: Option<&Bound<'_, Tokenizer>>,
        stemmer: Option<&Bound<'_, Stemmer>>,
        stopwords: Option<&Bound<'_, StopWords>>,
        tagger: Option<&Bound<'_, EntityTagger>>,
        split_clitics: bool,
        entities: bool,
    ) -> PyResult<Self> {
        let mut b = indonlp::Analyzer::builder();
        b.split_clitics(split_clitics).entities(entities);
        if let Some(t) = tokenizer {
            b.tokenizer(t.get().inner.clone());
        }
        if let Some(s) = stemmer {
            b.stemmer(s.get().inner.clone());
        }
        if let Some(s) = stopwords {
            b.stopwords(s.get().inner.clone());
        }
        if let Some(t) = tagger {
            b.tagger(t.get().inner.clone());
        }
        let args = kwargs(
            py,
            &[
                ("tokenizer", any(py, tokenizer)?),
                ("stemmer", any(py, stemmer)?),
                ("stopwords", any(py, stopwords)?),
                ("tagger", any(py, tagger)?),
                ("split_clitics", any(py, split_clitics)?),
                ("entities", any(py, entities)?),
            ],
        )?;
        Ok(Analyzer {
            inner: b.build(),
            overrides: stemmer
                .map(|s| s.get().overrides.clone())
                .unwrap_or_default(),
            args,
        })
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduced<'py>> {
        reduce(slf.as_any(), &slf.get().args)
    }

    /// Analyses `text` into a `Document`.
    #[pyo3(signature = (text, *, byte_offsets = false))]
    fn analyze(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyString>,
        byte_offsets: bool,
    ) -> PyResult<Document> {
        analyze(py, &self.inner, &self.overrides, text, byte_offsets)
    }

    /// `analyze` over an iterable of texts (`None` items give `None`), with
    /// the GIL released on `threads` threads (default: all cores); results
    /// in input order.
    #[pyo3(signature = (texts, *, threads = None, byte_offsets = false))]
    fn analyze_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
        byte_offsets: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let docs = ops::many(py, texts, threads, byte_offsets, |t| {
            data::analyze(&self.inner, &self.overrides, t)
        })?;
        ops::documents_many(py, docs)
    }
}

pub(crate) fn analyze(
    py: Python<'_>,
    analyzer: &indonlp::Analyzer,
    overrides: &Overrides,
    text: &Bound<'_, PyString>,
    byte_offsets: bool,
) -> PyResult<Document> {
    let doc = ops::one(py, text, byte_offsets, |t| {
        data::analyze(analyzer, overrides, t)
    })?;
    Ok(Document { doc })
}
