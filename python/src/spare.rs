//! The buffers of a large result, kept for the next call.
//!
//! `tokenize` on a megabyte of text fills two buffers of several megabytes
//! (the token spans and the token objects). Freed, such blocks go back to
//! the operating system (glibc trims the heap or unmaps them), and the next
//! call pays a page fault for every 4 KiB it writes again: measured, page
//! faults were 40 % of `tokenize`'s time on `bench.py`'s text. One buffer
//! of each kind is kept instead, up to a size limit.

use std::sync::Mutex;

/// One spare vector of `T`.
pub(crate) struct Spare<T> {
    kept: Mutex<Vec<T>>,
    /// Vectors with a larger capacity are freed, not kept.
    max: usize,
}

impl<T> Spare<T> {
    pub const fn new(max: usize) -> Spare<T> {
        Spare {
            kept: Mutex::new(Vec::new()),
            max,
        }
    }

    /// An empty vector, with the capacity of the one kept (if any).
    pub fn take(&self) -> Vec<T> {
        std::mem::take(&mut *self.kept.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// Keeps `v`, emptied, for the next `take` when it is within the limit
    /// and larger than the one kept.
    pub fn give(&self, mut v: Vec<T>) {
        if v.capacity() > self.max {
            return;
        }
        v.clear();
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if v.capacity() > kept.capacity() {
            *kept = v;
        }
    }
}
