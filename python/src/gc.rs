//! Pausing Python's cyclic garbage collector while a large result is built.
//!
//! Every `#[pyclass]` object is tracked by the collector, and building a
//! list of a hundred thousand tokens triggers collections that walk them
//! all, again and again: measured, that was two thirds of `tokenize`'s time.
//! The results hold no reference cycles, so there is nothing for the
//! collector to find in them; it is paused while they are built (only when
//! it was enabled, and switched back on even on error). The GIL is held
//! throughout and no Python code runs meanwhile, so no other thread sees
//! the pause.

use pyo3::prelude::*;

/// Results with fewer objects than this are built with the collector on.
const PAUSE_FROM: usize = 256;

/// Runs `build` (which creates about `objects` Python objects) with the
/// collector paused when that is worth it.
pub(crate) fn paused<T>(
    py: Python<'_>,
    objects: usize,
    build: impl FnOnce() -> PyResult<T>,
) -> PyResult<T> {
    if objects < PAUSE_FROM {
        return build();
    }
    let gc = py.import("gc")?;
    if !gc.call_method0("isenabled")?.is_truthy()? {
        return build();
    }
    gc.call_method0("disable")?;
    let out = build();
    gc.call_method0("enable")?;
    out
}
