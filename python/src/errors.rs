//! The library's `Error` as a Python exception.
//!
//! The exception classes are defined in Python (`indonlp_rs/_errors.py`) so
//! that the one for unreadable files can be both a `ValueError` (our
//! `DataError`) and an `OSError`, as Python users expect of a missing file.

use pyo3::prelude::*;

/// `DataError` (a `ValueError`) for malformed data, `DataFileError` (a
/// `DataError` and an `OSError`) for a file that cannot be read; both carry
/// `file`, `line`, `reason` and `kind`.
pub(crate) fn data_error(py: Python<'_>, e: indonlp::Error) -> PyErr {
    let message = e.to_string();
    let prefix = match (e.source_name(), e.line()) {
        (Some(s), Some(l)) => format!("{s}:{l}: "),
        (Some(s), None) => format!("{s}: "),
        (None, _) => String::new(),
    };
    let reason = message.strip_prefix(&prefix).unwrap_or(&message).to_owned();
    let (class, kind) = match e.kind() {
        indonlp::ErrorKind::Io => ("DataFileError", "io"),
        indonlp::ErrorKind::InvalidUtf8 => ("DataError", "invalid_utf8"),
        _ => ("DataError", "malformed"),
    };
    let made = py
        .import("indonlp_rs._errors")
        .and_then(|m| m.getattr(class))
        .and_then(|c| c.call1((message, e.source_name(), e.line(), reason, kind)));
    match made {
        Ok(exc) => PyErr::from_value(exc),
        Err(err) => err,
    }
}
