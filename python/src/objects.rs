//! The result objects of analysis and tagging: `AnalyzedToken`, `Entity`,
//! `Canonical`, `Document` (`Token`, made a hundred thousand at a time by
//! `tokenize`, has its own file: `token.rs`). They are views into one
//! shared, immutable result per text (an index into it), so a text's
//! tokens cost one small object each and their text is sliced from the
//! caller's string only when asked for.

use crate::data::{Canon, DocData, Range2};
use indonlp::TokenKind;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PySlice, PyString, PyTuple};
use std::sync::Arc;

/// One text's results, shared by the objects that show them.
pub(crate) struct Shared {
    /// The caller's string: token texts are slices of it, so they are
    /// exactly what the offsets select, lone surrogates included.
    pub source: Py<PyString>,
    pub data: DocData,
    /// Whether `start`/`end` are byte offsets (else characters).
    pub bytes: bool,
    /// Whether the source is valid UTF-8 as Python holds it (no lone
    /// surrogates): slices are then made from its UTF-8 bytes directly.
    pub utf8: bool,
}

impl Shared {
    pub fn new(source: Py<PyString>, data: DocData, bytes: bool, utf8: bool) -> Arc<Shared> {
        Arc::new(Shared {
            source,
            data,
            bytes,
            utf8,
        })
    }

    fn slice<'py>(&self, py: Python<'py>, r: &Range2) -> PyResult<Bound<'py, PyAny>> {
        slice(self.source.bind(py), self.utf8, r)
    }
}

/// The part of `source` that `r` covers. `utf8`: the byte offsets index
/// the string's UTF-8 form (no lone surrogates).
fn slice<'py>(
    source: &Bound<'py, PyString>,
    utf8: bool,
    r: &Range2,
) -> PyResult<Bound<'py, PyAny>> {
    let py = source.py();
    if utf8 {
        // CPython keeps the UTF-8 form made when the text was read.
        if let Ok(text) = source.to_str() {
            if let Some(t) = text.get(r.bytes.0..r.bytes.1) {
                return Ok(PyString::new(py, t).into_any());
            }
        }
    }
    let (s, e) = r.chars;
    source.get_item(PySlice::new(py, s as isize, e as isize, 1))
}

/// Freed `AnalyzedToken`s kept for reuse: the tokens of a text of about
/// 800 KB; at most 6.3 MB (48-byte objects) plus the freelist's 1 MB
/// table of pointers. A recycled object needs no allocation, and PyO3 0.30 does not hand it to
/// the cyclic garbage collector, which then never walks it (tokens hold no
/// reference cycles): lists of tokens kept alive no longer slow down
/// Python's collections. Measured in `bench.py`'s setting (one 1 MB text,
/// 162,255 tokens), when `Token` was a `#[pyclass]` too: `tokenize` 13.0
/// -> 11.8 ms, a list of token lists per paragraph 48 -> 27 ms,
/// `Document.tokens` over 1,919 documents 35 -> 14 ms.
const RECYCLED_TOKENS: usize = 1 << 17;

/// The interned Python string of a token kind (returned for every token:
/// no new string each time).
pub(crate) fn kind_name(py: Python<'_>, kind: TokenKind) -> Bound<'_, PyString> {
    let interned = match kind {
        TokenKind::Word => intern!(py, "word"),
        TokenKind::Clitic => intern!(py, "clitic"),
        TokenKind::Number => intern!(py, "number"),
        TokenKind::Date => intern!(py, "date"),
        TokenKind::Time => intern!(py, "time"),
        TokenKind::Currency => intern!(py, "currency"),
        TokenKind::Abbreviation => intern!(py, "abbreviation"),
        TokenKind::Url => intern!(py, "url"),
        TokenKind::Email => intern!(py, "email"),
        TokenKind::Mention => intern!(py, "mention"),
        TokenKind::Hashtag => intern!(py, "hashtag"),
        TokenKind::Emoji => intern!(py, "emoji"),
        TokenKind::Punctuation => intern!(py, "punctuation"),
        TokenKind::Symbol => intern!(py, "symbol"),
        TokenKind::Whitespace => intern!(py, "whitespace"),
        other => return PyString::new(py, other.as_str()),
    };
    interned.clone()
}

/// The interned Python string of an entity label.
fn label_name<'py>(py: Python<'py>, label: &'static str) -> Bound<'py, PyString> {
    let interned = match label {
        "PERSON" => intern!(py, "PERSON"),
        "COUNTRY" => intern!(py, "COUNTRY"),
        "CITY" => intern!(py, "CITY"),
        other => return PyString::new(py, other),
    };
    interned.clone()
}

/// Python's `repr` of a string (quotes and escapes as Python shows them).
pub(crate) fn repr_str(s: &Bound<'_, PyAny>) -> PyResult<String> {
    Ok(s.repr()?.to_cow()?.into_owned())
}

fn repr_rust_str(py: Python<'_>, s: &str) -> PyResult<String> {
    repr_str(PyString::new(py, s).as_any())
}

/// A token of an analysed text: a `Token` plus `stem`, `is_stopword` and
/// `entity` (the index of its entity in `Document.entities`, or `None`).
/// Like a `Token` it is a view into its document: it compares by identity
/// and is not picklable (`to_dict()` is).
#[pyclass(frozen, module = "indonlp_rs", freelist = RECYCLED_TOKENS)]
pub(crate) struct AnalyzedToken {
    pub doc: Arc<Shared>,
    pub i: usize,
}

#[pymethods]
impl AnalyzedToken {
    /// The token's text (a slice of the input string).
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.doc.slice(py, &self.doc.data.tokens[self.i].range)
    }

    /// What the token is (see `Token.kind`).
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        kind_name(py, self.doc.data.tokens[self.i].kind)
    }

    /// Start offset.
    #[getter]
    fn start(&self) -> usize {
        self.doc.data.tokens[self.i].range.get(self.doc.bytes).0
    }

    /// End offset (exclusive).
    #[getter]
    fn end(&self) -> usize {
        self.doc.data.tokens[self.i].range.get(self.doc.bytes).1
    }

    /// The root of a word; other tokens and entity names keep their text.
    #[getter]
    fn stem<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let t = &self.doc.data.tokens[self.i];
        match &t.stem {
            Some(s) => Ok(PyString::new(py, s).into_any()),
            None => self.text(py),
        }
    }

    /// Whether the word is in the stopword list.
    #[getter]
    fn is_stopword(&self) -> bool {
        self.doc.data.tokens[self.i].is_stopword
    }

    /// Index of the entity this token belongs to in `Document.entities`, or `None`.
    #[getter]
    fn entity(&self) -> Option<u32> {
        self.doc.data.tokens[self.i].entity
    }

    /// `{"text", "kind", "start", "end", "stem", "is_stopword"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        let t = &self.doc.data.tokens[self.i];
        let text = self.text(py)?;
        let stem = match &t.stem {
            Some(s) => PyString::new(py, s).into_any(),
            None => text.clone(),
        };
        d.set_item(intern!(py, "text"), text)?;
        d.set_item(intern!(py, "kind"), self.kind(py))?;
        d.set_item(intern!(py, "start"), self.start())?;
        d.set_item(intern!(py, "end"), self.end())?;
        d.set_item(intern!(py, "stem"), stem)?;
        d.set_item(intern!(py, "is_stopword"), self.is_stopword())?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "AnalyzedToken(text={}, kind='{}', start={}, end={}, stem={}, is_stopword={})",
            repr_str(&self.text(py)?)?,
            self.doc.data.tokens[self.i].kind.as_str(),
            self.start(),
            self.end(),
            repr_str(&self.stem(py)?)?,
            if self.is_stopword() { "True" } else { "False" },
        ))
    }
}

/// The canonical gazetteer entry of an entity: `name` (English for
/// countries, GeoNames' name for cities, the listed full name for people),
/// `iso2` (the country, the country of a city or of a person when known),
/// `iso3` (countries), `geonames_id` (cities), `population` (cities),
/// `role` (people, when listed). Absent values are `None`.
#[pyclass(frozen, module = "indonlp_rs")]
pub(crate) struct Canonical {
    inner: Arc<Canon>,
}

#[pymethods]
impl Canonical {
    /// The canonical name.
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }

    /// ISO 3166-1 alpha-2 code.
    #[getter]
    fn iso2(&self) -> Option<&str> {
        self.inner.iso2.as_deref()
    }

    /// ISO 3166-1 alpha-3 code (countries).
    #[getter]
    fn iso3(&self) -> Option<&str> {
        self.inner.iso3.as_deref()
    }

    /// GeoNames id (cities).
    #[getter]
    fn geonames_id(&self) -> Option<u32> {
        self.inner.geonames_id
    }

    /// Population (cities, from GeoNames).
    #[getter]
    fn population(&self) -> Option<u64> {
        self.inner.population
    }

    /// A person's role, when the list gives one.
    #[getter]
    fn role(&self) -> Option<&str> {
        self.inner.role.as_deref()
    }

    /// `{"name", "iso2", "iso3", "geonames_id"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        canon_dict(py, &self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let c = &self.inner;
        let mut s = format!("Canonical(name={}", repr_rust_str(py, &c.name)?);
        if let Some(v) = &c.iso2 {
            s += &format!(", iso2={}", repr_rust_str(py, v)?);
        }
        if let Some(v) = &c.iso3 {
            s += &format!(", iso3={}", repr_rust_str(py, v)?);
        }
        if let Some(v) = c.geonames_id {
            s += &format!(", geonames_id={v}");
        }
        Ok(s + ")")
    }
}

fn canon_dict<'py>(py: Python<'py>, c: &Canon) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "name"), &*c.name)?;
    d.set_item(intern!(py, "iso2"), c.iso2.as_deref())?;
    d.set_item(intern!(py, "iso3"), c.iso3.as_deref())?;
    d.set_item(intern!(py, "geonames_id"), c.geonames_id)?;
    Ok(d)
}

/// A mention of a person, country or city: `text`, `label` (`"PERSON"`,
/// `"COUNTRY"` or `"CITY"`), `start`, `end` and `canonical` (a `Canonical`
/// or `None`).
#[pyclass(frozen, module = "indonlp_rs")]
pub(crate) struct Entity {
    pub doc: Arc<Shared>,
    pub i: usize,
}

#[pymethods]
impl Entity {
    /// The mention's text (a slice of the input string).
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.doc.slice(py, &self.doc.data.entities[self.i].range)
    }

    /// `"PERSON"`, `"COUNTRY"` or `"CITY"`.
    #[getter]
    fn label<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        label_name(py, self.doc.data.entities[self.i].label)
    }

    /// Start offset.
    #[getter]
    fn start(&self) -> usize {
        self.doc.data.entities[self.i].range.get(self.doc.bytes).0
    }

    /// End offset (exclusive).
    #[getter]
    fn end(&self) -> usize {
        self.doc.data.entities[self.i].range.get(self.doc.bytes).1
    }

    /// The gazetteer entry the mention refers to, or `None`.
    #[getter]
    fn canonical(&self) -> Option<Canonical> {
        self.doc.data.entities[self.i]
            .canonical
            .as_ref()
            .map(|c| Canonical { inner: c.clone() })
    }

    /// `{"text", "label", "start", "end", "canonical": {"name", "iso2", "iso3", "geonames_id"} | None}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let e = &self.doc.data.entities[self.i];
        let d = PyDict::new(py);
        d.set_item(intern!(py, "text"), self.text(py)?)?;
        d.set_item(intern!(py, "label"), label_name(py, e.label))?;
        d.set_item(intern!(py, "start"), self.start())?;
        d.set_item(intern!(py, "end"), self.end())?;
        match &e.canonical {
            Some(c) => d.set_item(intern!(py, "canonical"), canon_dict(py, c)?)?,
            None => d.set_item(intern!(py, "canonical"), py.None())?,
        }
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let canonical = match &self.doc.data.entities[self.i].canonical {
            Some(c) => repr_rust_str(py, &c.name)?,
            None => "None".into(),
        };
        Ok(format!(
            "Entity(text={}, label='{}', start={}, end={}, canonical={canonical})",
            repr_str(&self.text(py)?)?,
            self.doc.data.entities[self.i].label,
            self.start(),
            self.end()
        ))
    }
}

/// An analysed text: `text`, `sentences` (a list of `(start, end)`),
/// `tokens` (a list of `AnalyzedToken`), `entities` (a list of `Entity`);
/// `to_dict()` gives JSON-ready data. Each access to `tokens` or `entities`
/// builds a new list: keep it in a variable when looping.
#[pyclass(frozen, module = "indonlp_rs")]
pub(crate) struct Document {
    pub doc: Arc<Shared>,
}

#[pymethods]
impl Document {
    /// The analysed text (the string that was passed in).
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        self.doc.source.bind(py).clone()
    }

    /// Sentence spans, `[(start, end), ...]`.
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        sentence_list(py, &self.doc.data.sentences, self.doc.bytes)
    }

    /// The tokens, with stems and stopword flags.
    #[getter]
    fn tokens<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let n = self.doc.data.tokens.len();
        crate::gc::paused(py, n, || {
            PyList::new(
                py,
                (0..n).map(|i| AnalyzedToken {
                    doc: self.doc.clone(),
                    i,
                }),
            )
        })
    }

    /// The entities.
    #[getter]
    fn entities<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        entity_list(py, &self.doc)
    }

    /// JSON-ready data: `{"text", "sentences": [{"start", "end"}], "tokens":
    /// [{"text", "kind", "start", "end", "stem", "is_stopword"}], "entities":
    /// [{"text", "label", "start", "end", "canonical": {...} | None}]}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        // A dict per token and per entity, plus their values.
        let n = 2 * (self.doc.data.tokens.len() + self.doc.data.entities.len());
        crate::gc::paused(py, n, || self.build_dict(py))
    }

    fn __len__(&self) -> usize {
        self.doc.data.tokens.len()
    }

    fn __repr__(&self) -> String {
        format!(
            "Document({} sentences, {} tokens, {} entities)",
            self.doc.data.sentences.len(),
            self.doc.data.tokens.len(),
            self.doc.data.entities.len()
        )
    }
}

impl Document {
    fn build_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let doc = &self.doc;
        let d = PyDict::new(py);
        d.set_item(intern!(py, "text"), doc.source.bind(py))?;
        let sentences = PyList::empty(py);
        for s in &doc.data.sentences {
            let (a, b) = s.get(doc.bytes);
            let sd = PyDict::new(py);
            sd.set_item(intern!(py, "start"), a)?;
            sd.set_item(intern!(py, "end"), b)?;
            sentences.append(sd)?;
        }
        d.set_item(intern!(py, "sentences"), sentences)?;
        let tokens = PyList::empty(py);
        for i in 0..doc.data.tokens.len() {
            tokens.append(
                AnalyzedToken {
                    doc: doc.clone(),
                    i,
                }
                .to_dict(py)?,
            )?;
        }
        d.set_item(intern!(py, "tokens"), tokens)?;
        let entities = PyList::empty(py);
        for i in 0..doc.data.entities.len() {
            entities.append(
                Entity {
                    doc: doc.clone(),
                    i,
                }
                .to_dict(py)?,
            )?;
        }
        d.set_item(intern!(py, "entities"), entities)?;
        Ok(d)
    }
}

pub(crate) fn sentence_list<'py>(
    py: Python<'py>,
    sentences: &[Range2],
    bytes: bool,
) -> PyResult<Bound<'py, PyList>> {
    PyList::new(
        py,
        sentences
            .iter()
            .map(|s| {
                let (a, b) = s.get(bytes);
                PyTuple::new(py, [a, b])
            })
            .collect::<PyResult<Vec<_>>>()?,
    )
}

pub(crate) fn entity_list<'py>(py: Python<'py>, doc: &Arc<Shared>) -> PyResult<Bound<'py, PyList>> {
    PyList::new(
        py,
        (0..doc.data.entities.len()).map(|i| Entity {
            doc: doc.clone(),
            i,
        }),
    )
}
