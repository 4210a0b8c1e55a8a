//! `Token`, the one class written against CPython's C API instead of
//! `#[pyclass]`: `tokenize` returns one per token, a hundred thousand per
//! megabyte, and creating and freeing them was most of its time.
//!
//! A `#[pyclass]` object is allocated, initialised and freed one at a time
//! through PyO3's generic paths (the base type's `tp_new` with an empty
//! tuple, a freelist behind a mutex, a type-slot lookup and a GIL-state
//! check on every free), and is tracked by the cyclic garbage collector.
//! Here the token objects of one call are laid out side by side in one
//! allocation owned by their `TokenStore`; each is a plain (untracked)
//! 32-byte Python object holding a strong reference to the store and its
//! index. Creating one is `PyObject_Init`, two stores and a list slot;
//! freeing one drops its two references (its type and the store); the
//! memory goes when the store does, after the last token. Measured on
//! `bench.py`'s text (1.05 MB, 162,255 tokens): see the commit that added
//! this file and `python/README.md`.
//!
//! Behaviour is the `#[pyclass(frozen)]` one it replaces: attributes
//! `text`, `kind`, `start`, `end`, `to_dict()`, a `repr`, identity
//! equality and hashing, no instances from Python, not picklable, no
//! weak references.

// The C API needs raw pointers: this file is the crate's only unsafe code.
#![allow(unsafe_code)]

use crate::data::{self, TokSpan, Tokenized};
use crate::objects::{kind_name, repr_str};
use crate::spare::Spare;
use pyo3::exceptions::PyRuntimeError;
use pyo3::ffi;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PySlice, PyString, PyType};
use std::cell::UnsafeCell;
use std::ffi::{c_int, c_uint, c_void, CStr};
use std::mem::MaybeUninit;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;
use std::sync::OnceLock;

/// A token object as CPython sees it (`tp_basicsize` bytes).
#[repr(C)]
struct TokenObject {
    ob_base: ffi::PyObject,
    /// The `TokenStore` whose slab holds this object: one strong
    /// reference per token, so the slab outlives every token in it.
    store: *mut ffi::PyObject,
    /// The token's index in the store.
    i: usize,
}

/// The memory of one token object.
struct Cell(UnsafeCell<MaybeUninit<TokenObject>>);

// SAFETY: a cell is written by `token_list` before its token is handed to
// Python (in a new list, so no other thread can see it yet). While the
// token lives, Rust only reads `store` and `i`, which nothing writes
// again, and never makes a `&mut` to the cell; CPython writes only the
// object header (the reference count), with its own synchronisation (the
// GIL, or atomics on a free-threaded build). After the token is freed
// nothing reads the cell until `token_list` writes it afresh (spare slab).
unsafe impl Send for Cell {}
// SAFETY: as for `Send`.
unsafe impl Sync for Cell {}

/// The memory of one call's token objects.
struct Slab(Vec<Cell>);

/// Slabs of up to this many token objects (8 MB) are kept for reuse.
const SPARE_OBJECTS: usize = 1 << 18;

/// Calls with at least this many tokens take the spare slab.
const SPARE_FROM: usize = 1 << 12;

static SLABS: Spare<Cell> = Spare::new(SPARE_OBJECTS);

impl Slab {
    fn new(n: usize) -> Slab {
        let mut cells = if n >= SPARE_FROM {
            SLABS.take()
        } else {
            Vec::new()
        };
        cells.resize_with(n, || Cell(UnsafeCell::new(MaybeUninit::uninit())));
        Slab(cells)
    }
}

impl Drop for Slab {
    fn drop(&mut self) {
        // Every token is gone (each held a reference to the store).
        SLABS.give(std::mem::take(&mut self.0));
    }
}

impl Drop for TextTokens {
    fn drop(&mut self) {
        data::SPANS.give(std::mem::take(&mut self.tokens));
    }
}

/// One call's tokens and the token objects that show them.
#[pyclass(frozen, module = "indonlp_rs", name = "_TokenStore")]
pub(crate) struct TokenStore {
    doc: TextTokens,
    slab: Slab,
}

/// One text's tokens, shared by their `Token` objects.
struct TextTokens {
    source: Py<PyString>,
    tokens: Vec<TokSpan>,
    /// The tokens' character offsets, counted when first asked for: ASCII
    /// text does not need them (they are the byte offsets), nor does
    /// slicing `text` from a string without lone surrogates.
    chars: OnceLock<Vec<(usize, usize)>>,
    ascii: bool,
    /// Whether `start`/`end` are byte offsets (else characters).
    bytes: bool,
    /// Whether the byte offsets index the source's UTF-8 form.
    utf8: bool,
}

impl TextTokens {
    fn char_span(&self, py: Python<'_>, i: usize) -> PyResult<(usize, usize)> {
        if self.ascii {
            return Ok(self.tokens[i].bytes);
        }
        let chars = match self.chars.get() {
            Some(c) => c,
            None => {
                let source = self.source.bind(py);
                let text = crate::text::text_of(source)?;
                let counted = data::char_spans(&text, self.tokens.iter().map(|t| t.bytes));
                self.chars.get_or_init(|| counted)
            }
        };
        Ok(chars[i])
    }

    fn offsets(&self, py: Python<'_>, i: usize) -> PyResult<(usize, usize)> {
        if self.bytes {
            Ok(self.tokens[i].bytes)
        } else {
            self.char_span(py, i)
        }
    }

    fn text<'py>(&self, py: Python<'py>, i: usize) -> PyResult<Bound<'py, PyAny>> {
        let source = self.source.bind(py);
        let (b0, b1) = self.tokens[i].bytes;
        if self.utf8 {
            // CPython keeps the UTF-8 form made when the text was read.
            if let Some(t) = source.to_str().ok().and_then(|s| s.get(b0..b1)) {
                return Ok(PyString::new(py, t).into_any());
            }
        }
        let (s, e) = self.char_span(py, i)?;
        source.get_item(PySlice::new(py, s as isize, e as isize, 1))
    }

    fn kind<'py>(&self, py: Python<'py>, i: usize) -> Bound<'py, PyString> {
        kind_name(py, self.tokens[i].kind)
    }

    fn to_dict<'py>(&self, py: Python<'py>, i: usize) -> PyResult<Bound<'py, PyDict>> {
        let (start, end) = self.offsets(py, i)?;
        let d = PyDict::new(py);
        d.set_item(intern!(py, "text"), self.text(py, i)?)?;
        d.set_item(intern!(py, "kind"), self.kind(py, i))?;
        d.set_item(intern!(py, "start"), start)?;
        d.set_item(intern!(py, "end"), end)?;
        Ok(d)
    }

    fn repr(&self, py: Python<'_>, i: usize) -> PyResult<String> {
        let (start, end) = self.offsets(py, i)?;
        Ok(format!(
            "Token(text={}, kind='{}', start={start}, end={end})",
            repr_str(&self.text(py, i)?)?,
            self.tokens[i].kind.as_str(),
        ))
    }
}

/// The `Token` objects of one text, in a new list.
pub(crate) fn token_list<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyString>,
    tokenized: Tokenized,
    bytes: bool,
    utf8: bool,
) -> PyResult<Bound<'py, PyList>> {
    let ty = token_type(py)?;
    let n = tokenized.tokens.len();
    let len = ffi::Py_ssize_t::try_from(n)?;
    let store = Bound::new(
        py,
        TokenStore {
            doc: TextTokens {
                source: source.clone().unbind(),
                tokens: tokenized.tokens,
                chars: OnceLock::new(),
                ascii: tokenized.ascii,
                bytes,
                utf8,
            },
            slab: Slab::new(n),
        },
    )?;
    // SAFETY: the GIL is held (`py`). `PyList_New` gives a new reference or
    // NULL (turned into the pending error). Each cell is a suitably
    // aligned `TokenObject` that nothing else can see, zeroed first (so
    // whatever CPython keeps in a header beyond the count and the type
    // starts as in a fresh allocation); `PyObject_Init` makes it a live
    // object of `ty` with one reference
    // (and a reference to `ty`), which `PyList_SetItem` moves into the
    // list at an index below its length (it cannot fail then). Every
    // token takes a reference to the store, released in `dealloc`, so the
    // slab is freed only after the last token.
    unsafe {
        let list =
            Bound::from_owned_ptr_or_err(py, ffi::PyList_New(len))?.cast_into_unchecked::<PyList>();
        let store_ptr = store.as_ptr();
        let cells = &store.get().slab.0;
        for (i, cell) in cells.iter().enumerate() {
            let obj = cell.0.get().cast::<TokenObject>();
            obj.write_bytes(0, 1);
            ffi::PyObject_Init(obj.cast(), ty.as_type_ptr());
            ptr::addr_of_mut!((*obj).store).write(store_ptr);
            ptr::addr_of_mut!((*obj).i).write(i);
            ffi::Py_IncRef(store_ptr);
            ffi::PyList_SetItem(list.as_ptr(), i as ffi::Py_ssize_t, obj.cast());
        }
        Ok(list)
    }
}

/// The `Token` type, made once.
pub(crate) fn token_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    static TYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    TYPE.get_or_try_init(py, || make_type(py))
        .map(|t| t.bind(py))
}

const TYPE_DOC: &CStr =
    c"A token: `text`, `kind` (`\"word\"`, `\"number\"`, `\"punctuation\"`, ...),
`start` and `end` (character offsets unless byte offsets were asked for),
so that `text[t.start:t.end] == t.text`.

The tokens of one call share one record of their offsets and the string
they came from (they keep it alive); `text` is sliced from that string
when read. Tokens compare by identity and are not picklable: use
`to_dict()` to compare, store or send them.";

fn getter(name: &'static CStr, get: ffi::getter, doc: &'static CStr) -> ffi::PyGetSetDef {
    ffi::PyGetSetDef {
        name: name.as_ptr(),
        get: Some(get),
        set: None,
        doc: doc.as_ptr(),
        closure: ptr::null_mut(),
    }
}

fn make_type(py: Python<'_>) -> PyResult<Py<PyType>> {
    // CPython keeps pointers into these tables for the type's lifetime
    // (the process's: the type is kept in a static).
    let getset: &'static mut [ffi::PyGetSetDef] = Box::leak(Box::new([
        getter(c"text", get_text, c"The token's text (a slice of the input string)."),
        getter(
            c"kind",
            get_kind,
            c"What the token is: \"word\", \"clitic\", \"number\", \"date\", \"time\", \"currency\", \"abbreviation\", \"url\", \"email\", \"mention\", \"hashtag\", \"emoji\", \"punctuation\", \"symbol\", \"whitespace\".",
        ),
        getter(
            c"start",
            get_start,
            c"Start offset (characters, or bytes of the UTF-8 text with `byte_offsets=True`).",
        ),
        getter(c"end", get_end, c"End offset (exclusive)."),
        ffi::PyGetSetDef::default(),
    ]));
    let methods: &'static mut [ffi::PyMethodDef] = Box::leak(Box::new([
        ffi::PyMethodDef {
            ml_name: c"to_dict".as_ptr(),
            ml_meth: ffi::PyMethodDefPointer {
                PyCFunction: to_dict,
            },
            ml_flags: ffi::METH_NOARGS,
            ml_doc: c"to_dict($self, /)\n--\n\n`{\"text\", \"kind\", \"start\", \"end\"}`."
                .as_ptr(),
        },
        ffi::PyMethodDef::zeroed(),
    ]));
    let mut slots = [
        slot(ffi::Py_tp_dealloc, dealloc as *mut c_void),
        slot(ffi::Py_tp_repr, repr as *mut c_void),
        slot(ffi::Py_tp_getset, getset.as_mut_ptr().cast()),
        slot(ffi::Py_tp_methods, methods.as_mut_ptr().cast()),
        slot(ffi::Py_tp_doc, TYPE_DOC.as_ptr() as *mut c_void),
        ffi::PyType_Slot::default(),
    ];
    let mut spec = ffi::PyType_Spec {
        name: c"indonlp_rs.Token".as_ptr(),
        basicsize: std::mem::size_of::<TokenObject>() as c_int,
        itemsize: 0,
        // Not a GC type (a token holds no reference that could lead back to
        // it), no subclasses, no instances made from Python.
        flags: (ffi::Py_TPFLAGS_DEFAULT
            | ffi::Py_TPFLAGS_IMMUTABLETYPE
            | ffi::Py_TPFLAGS_DISALLOW_INSTANTIATION) as c_uint,
        slots: slots.as_mut_ptr(),
    };
    // SAFETY: the spec and its slot array are valid for the call (CPython
    // copies them); the tables they point to are leaked, so they live as
    // long as the type. The result is a new reference or NULL.
    unsafe {
        Bound::from_owned_ptr_or_err(py, ffi::PyType_FromSpec(&mut spec))
            .map(|t| t.cast_into_unchecked::<PyType>().unbind())
    }
}

fn slot(slot: c_int, pfunc: *mut c_void) -> ffi::PyType_Slot {
    ffi::PyType_Slot { slot, pfunc }
}

/// Runs `f` on the token `slf` and hands its result to CPython (a new
/// reference, or NULL with the error set; a panic becomes a
/// `RuntimeError`).
///
/// SAFETY: `slf` must be a live `Token` object and the GIL held, which is
/// how CPython calls a type's slots and descriptors.
unsafe fn with_token<F>(slf: *mut ffi::PyObject, f: F) -> *mut ffi::PyObject
where
    F: for<'py> FnOnce(Python<'py>, &TextTokens, usize) -> PyResult<Bound<'py, PyAny>>,
{
    // SAFETY: see the function's contract; a live token holds a reference
    // to its store, a `TokenStore`.
    let (py, tok) = unsafe { (Python::assume_attached(), &*slf.cast::<TokenObject>()) };
    let store =
        unsafe { Bound::from_borrowed_ptr(py, tok.store).cast_into_unchecked::<TokenStore>() };
    let result = catch_unwind(AssertUnwindSafe(|| f(py, &store.get().doc, tok.i)));
    let err = match result {
        Ok(Ok(value)) => return value.into_ptr(),
        Ok(Err(e)) => e,
        Err(_) => PyRuntimeError::new_err("indonlp_rs: internal error (a panic) reading a token"),
    };
    err.restore(py);
    ptr::null_mut()
}

unsafe extern "C" fn get_text(slf: *mut ffi::PyObject, _: *mut c_void) -> *mut ffi::PyObject {
    // SAFETY: CPython calls a getter with a live instance and the GIL held.
    unsafe { with_token(slf, |py, doc, i| doc.text(py, i)) }
}

unsafe extern "C" fn get_kind(slf: *mut ffi::PyObject, _: *mut c_void) -> *mut ffi::PyObject {
    // SAFETY: as for `get_text`.
    unsafe { with_token(slf, |py, doc, i| Ok(doc.kind(py, i).into_any())) }
}

unsafe extern "C" fn get_start(slf: *mut ffi::PyObject, _: *mut c_void) -> *mut ffi::PyObject {
    // SAFETY: as for `get_text`.
    unsafe {
        with_token(slf, |py, doc, i| {
            Ok(doc.offsets(py, i)?.0.into_pyobject(py)?.into_any())
        })
    }
}

unsafe extern "C" fn get_end(slf: *mut ffi::PyObject, _: *mut c_void) -> *mut ffi::PyObject {
    // SAFETY: as for `get_text`.
    unsafe {
        with_token(slf, |py, doc, i| {
            Ok(doc.offsets(py, i)?.1.into_pyobject(py)?.into_any())
        })
    }
}

unsafe extern "C" fn to_dict(slf: *mut ffi::PyObject, _: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // SAFETY: as for `get_text` (a METH_NOARGS method).
    unsafe { with_token(slf, |py, doc, i| Ok(doc.to_dict(py, i)?.into_any())) }
}

unsafe extern "C" fn repr(slf: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // SAFETY: as for `get_text` (`tp_repr`).
    unsafe {
        with_token(slf, |py, doc, i| {
            Ok(PyString::new(py, &doc.repr(py, i)?).into_any())
        })
    }
}

/// `tp_dealloc`: the object's memory belongs to its store's slab, so
/// freeing a token is dropping its two references.
unsafe extern "C" fn dealloc(slf: *mut ffi::PyObject) {
    // SAFETY: CPython calls this once, with the GIL held, when the token's
    // count reaches zero. Instances of a heap type own a reference to it.
    // The store reference goes last: it may free the slab holding `slf`,
    // which is not touched afterwards.
    unsafe {
        let store = (*slf.cast::<TokenObject>()).store;
        ffi::Py_DecRef(ffi::Py_TYPE(slf).cast());
        ffi::Py_DecRef(store);
    }
}
