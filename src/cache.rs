//! A cache of what is known about word forms, kept across calls and
//! shared by every thread: the analyzer's stems and flags, the tagger's
//! word-list flags.
//!
//! Running text repeats its words, so most tokens are a form seen before.
//! The cache is a fixed array of write-once entries, filled in the order
//! words are first met, and an index from a word's hash to its entry: a
//! hit is a hash, two atomic loads and a key compare, with no lock; a miss
//! computes the answer and stores it if the array has room and one of the
//! word's few index slots is free. Nothing is ever evicted, so the memory
//! is bounded by the array's size and the longest word kept ([`MAX_WORD`]
//! bytes), whatever the input; crafted input can only make words miss,
//! which costs what no cache costs.
//!
//! Entries in first-met order, rather than at their hash, put the frequent
//! words (met early) on a few pages and cache lines: the hot part of the
//! cache stays in the processor's caches and its address translations.

use crate::hash::{Key, MAX_WORD};
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::OnceLock;

/// Number of entries. 65,536 distinct forms cover the working vocabulary of
/// news text many times over.
pub(crate) const SLOTS: usize = 1 << 16;

/// Index slots: twice the entries, so probes stay short.
const INDEX: usize = 2 * SLOTS;

/// Index slots a word may take, from its hash on (linear probing:
/// neighbouring slots share a cache line).
const PROBES: usize = 4;

/// An entry on a cache line of its own.
#[repr(align(64))]
#[derive(Debug)]
struct Slot<V>(OnceLock<(Key, V)>);

/// The entries and their index.
#[derive(Debug)]
struct Table<V> {
    /// `0`: empty; `n`: the word is in `entries[n - 1]`.
    index: Box<[AtomicU32]>,
    /// Entries in the order words were first met.
    entries: Box<[Slot<V>]>,
    /// Entries handed out so far (may pass `SLOTS`: then nothing is stored).
    next: AtomicUsize,
}

/// The shared cache of `V`s by word.
#[derive(Debug)]
pub(crate) struct WordCache<V> {
    table: OnceLock<Table<V>>,
}

impl<V> WordCache<V> {
    pub(crate) fn new() -> WordCache<V> {
        WordCache {
            table: OnceLock::new(),
        }
    }

    /// The value for `word`, computing it with `make` on a miss. `make` is
    /// called at most once per call; words longer than [`MAX_WORD`] are
    /// never stored.
    #[inline]
    pub(crate) fn get_or_make<R>(
        &self,
        word: &str,
        make: impl FnOnce() -> V,
        read: impl FnOnce(&V) -> R,
    ) -> R {
        if word.len() > MAX_WORD {
            return read(&make());
        }
        // The table is allocated on first use, not when its owner is
        // built: analyzers and taggers built only to configure another
        // cost nothing.
        let table = self.table.get_or_init(|| Table {
            index: (0..INDEX).map(|_| AtomicU32::new(0)).collect(),
            entries: (0..SLOTS).map(|_| Slot(OnceLock::new())).collect(),
            next: AtomicUsize::new(0),
        });
        let key = Key::new(word);
        let h = key.hash();
        for p in 0..PROBES {
            let at = &table.index[(h as usize).wrapping_add(p) & (INDEX - 1)];
            match at.load(Ordering::Acquire) {
                0 => return table.insert(at, key, make(), read),
                n => match table.entries[n as usize - 1].0.get() {
                    Some((k, v)) if *k == key => return read(v),
                    _ => {}
                },
            }
        }
        read(&make())
    }

    /// The most memory the table can hold with values that own `extra`
    /// bytes each on the heap.
    #[cfg(test)]
    pub(crate) const fn max_bytes(extra: usize) -> usize {
        SLOTS * (std::mem::size_of::<Slot<V>>() + extra) + INDEX * 4
    }

    /// Number of word forms stored (for tests and memory reports).
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.table.get().map_or(0, |t| {
            t.index
                .iter()
                .filter(|n| n.load(Ordering::Relaxed) != 0)
                .count()
        })
    }

    /// The size of one entry.
    #[cfg(test)]
    pub(crate) const fn slot_size() -> usize {
        std::mem::size_of::<Slot<V>>()
    }
}

impl<V> Table<V> {
    /// Stores `value` in the next free entry and publishes it in the empty
    /// index slot `at`. Another thread may fill `at` first: then this entry
    /// is only used by this call (the array has room for that: it only
    /// bounds memory).
    fn insert<R>(&self, at: &AtomicU32, key: Key, value: V, read: impl FnOnce(&V) -> R) -> R {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let Some(slot) = self.entries.get(n) else {
            return read(&value);
        };
        if let Err((_, value)) = slot.0.set((key, value)) {
            return read(&value);
        }
        // The entry is complete before its number is published (release),
        // and a reader that sees the number sees the entry (acquire).
        let _ = at.compare_exchange(0, n as u32 + 1, Ordering::Release, Ordering::Relaxed);
        read(&slot.0.get().expect("just set").1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_made_once() {
        let cache = WordCache::new();
        let mut made = 0;
        for _ in 0..3 {
            let v = cache.get_or_make(
                "dibaca",
                || {
                    made += 1;
                    7u8
                },
                |&v| v,
            );
            assert_eq!(v, 7);
        }
        assert_eq!(made, 1);
        assert_eq!(cache.len(), 1);
    }

    #[test]
    fn long_words_and_a_full_table_are_computed_not_stored() {
        let cache = WordCache::new();
        let long = "a".repeat(MAX_WORD + 1);
        assert_eq!(
            cache.get_or_make(&long, || long.len(), |&n| n),
            MAX_WORD + 1
        );
        assert_eq!(cache.len(), 0);
        // Far more distinct words than entries: each still gets its own
        // value, and memory stays bounded.
        for i in 0..3 * SLOTS {
            let w = format!("w{i}");
            assert_eq!(cache.get_or_make(&w, || w.len(), |&n| n), w.len());
        }
        assert!(cache.len() <= SLOTS);
        // Words stored early are still found.
        let mut made = false;
        cache.get_or_make(
            "w1",
            || {
                made = true;
                0
            },
            |_| (),
        );
        assert!(!made);
    }

    #[test]
    fn threads_share_one_table() {
        let cache = WordCache::new();
        std::thread::scope(|s| {
            for t in 0..4 {
                let cache = &cache;
                s.spawn(move || {
                    for i in 0..2_000 {
                        let w = format!("k{}", (i * 7 + t) % 1_000);
                        assert_eq!(cache.get_or_make(&w, || w.clone(), |v| v.clone()), w);
                    }
                });
            }
        });
        assert_eq!(cache.len(), 1_000);
    }
}
