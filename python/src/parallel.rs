//! Order-keeping parallel map for the batch calls.

use pyo3::exceptions::PyValueError;
use pyo3::PyResult;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// The number of worker threads: `None` means every core.
pub(crate) fn threads(requested: Option<usize>) -> PyResult<usize> {
    match requested {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => Ok(n),
        None => Ok(cores()),
    }
}

/// The number of cores, asked once: `available_parallelism` reads cgroup
/// files on Linux, which costs more than a small batch.
fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Applies `f` to chunks of `items` on `threads` threads and returns the
/// results in input order. Chunks are handed out one at a time, so threads
/// that get short texts take more chunks (texts vary a lot in length).
/// `chunk` is the number of items per chunk (at least 1); `f` gets the
/// index of its chunk's first item and the chunk.
pub(crate) fn map_chunks<'t, T, R, F>(items: &'t [T], threads: usize, chunk: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(usize, &'t [T]) -> Vec<R> + Sync,
{
    let chunk = chunk.max(1);
    let n_chunks = items.len().div_ceil(chunk);
    let threads = threads.min(n_chunks);
    if threads <= 1 {
        return f(0, items);
    }
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, Vec<R>)>> = Mutex::new(Vec::with_capacity(n_chunks));
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                let mut mine = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n_chunks {
                        break;
                    }
                    let end = (i * chunk + chunk).min(items.len());
                    mine.push((i, f(i * chunk, &items[i * chunk..end])));
                }
                done.lock().unwrap_or_else(|e| e.into_inner()).extend(mine);
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().flat_map(|(_, r)| r).collect()
}

/// Items per chunk so that each thread gets several chunks.
pub(crate) fn chunk_size(len: usize, threads: usize, max: usize) -> usize {
    (len / (threads * 8).max(1)).clamp(1, max)
}
