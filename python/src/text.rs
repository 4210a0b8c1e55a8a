//! Python strings in, Rust strings out.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyFloat, PyString};
use std::borrow::Cow;

/// The UTF-8 text of a Python `str`: borrowed when the string has no lone
/// surrogates (the common case: no copy), otherwise a copy in which each
/// lone surrogate is U+FFFD. One character stands for one character, so
/// character offsets computed on the copy index the caller's string.
pub(crate) fn text_of<'a>(s: &'a Bound<'_, PyString>) -> PyResult<Cow<'a, str>> {
    if let Ok(t) = s.to_str() {
        return Ok(Cow::Borrowed(t));
    }
    // UTF-32 keeps one unit per code point, paired surrogates included
    // (UTF-16 would join a high and a low surrogate into one character).
    let raw = s.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let raw = raw.cast::<PyBytes>()?.as_bytes();
    Ok(Cow::Owned(
        raw.chunks_exact(4)
            .map(|c| {
                char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                    .unwrap_or(char::REPLACEMENT_CHARACTER)
            })
            .collect(),
    ))
}

/// A float NaN: how pandas marks a missing value in a column of strings.
fn is_nan(item: &Bound<'_, PyAny>) -> bool {
    item.cast::<PyFloat>().is_ok_and(|f| f.value().is_nan())
}

/// The items of a batch call: any iterable of `str` or `None` (or NaN,
/// pandas' missing value, taken as `None`).
pub(crate) fn batch<'py>(items: &Bound<'py, PyAny>) -> PyResult<Vec<Option<Bound<'py, PyString>>>> {
    if items.is_instance_of::<PyString>() || items.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(
            "expected an iterable of str (a list, a tuple, a pandas column ...), got a single string",
        ));
    }
    let mut out = Vec::with_capacity(items.len().unwrap_or(0));
    for (i, item) in items.try_iter()?.enumerate() {
        let item = item?;
        if item.is_none() || is_nan(&item) {
            out.push(None);
        } else {
            match item.cast_into::<PyString>() {
                Ok(s) => out.push(Some(s)),
                Err(e) => {
                    return Err(PyTypeError::new_err(format!(
                        "item {i} is {}, expected str or None",
                        e.into_inner().get_type().name()?
                    )))
                }
            }
        }
    }
    Ok(out)
}

/// The texts of a batch, borrowed where possible.
pub(crate) fn texts<'a>(
    items: &'a [Option<Bound<'_, PyString>>],
) -> PyResult<Vec<Option<Cow<'a, str>>>> {
    items
        .iter()
        .map(|s| s.as_ref().map(text_of).transpose())
        .collect()
}
