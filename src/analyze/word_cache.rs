//! What the analyzer has learnt about word forms (stem, sentence-initial
//! stem, stopword flag), kept across calls and shared by every thread that
//! uses one [`Analyzer`](super::Analyzer).
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
use crate::ner::WordInfo;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

/// Number of entries. 65,536 distinct forms cover the working vocabulary of
/// news text many times over.
const SLOTS: usize = 1 << 16;

/// Index slots: twice the entries, so probes stay short.
const INDEX: usize = 2 * SLOTS;

/// Index slots a word may take, from its hash on (linear probing:
/// neighbouring slots share a cache line).
const PROBES: usize = 4;

/// A stem as the analyzer finds it, before the cache packs it.
#[derive(Clone, Debug)]
pub(crate) enum StemOf {
    /// The stem is `word[start..end]` (`dibaca` → `baca`, unchanged words).
    Slice(u8, u8),
    /// A root that is not a slice of the word (`menulis` → `tulis`).
    Other(Box<str>),
}

impl StemOf {
    /// How `stem` relates to `word`.
    pub(crate) fn new(word: &str, stem: &str) -> StemOf {
        match word.find(stem) {
            Some(at) if word.len() <= MAX_WORD => StemOf::Slice(at as u8, (at + stem.len()) as u8),
            _ => StemOf::Other(stem.into()),
        }
    }
}

/// The roots of a form that are not slices of it (`menulis` → `tulis`),
/// behind one pointer so that a slot stays one cache line; documents
/// share them rather than copy them.
#[derive(Debug)]
pub(crate) struct Roots {
    stem: Option<Box<str>>,
    initial: Option<Box<str>>,
}

impl Roots {
    /// The root of the form, as a sentence's first word or not.
    pub(crate) fn get(&self, initial: bool) -> &str {
        let root = if initial { &self.initial } else { &self.stem };
        root.as_deref().unwrap_or_default()
    }
}

/// A stem read from the cache: a slice of the word, or one of its roots.
pub(crate) enum StemRef<'k> {
    Slice(u8, u8),
    /// The form's roots, and whether the sentence-initial one is meant.
    Root(&'k Arc<Roots>, bool),
}

/// What is known about one word form: 56 bytes, so that with the slot's
/// state it fills one 64-byte cache line and a look-up misses once at most.
#[derive(Debug)]
pub(crate) struct Known {
    key: Key,
    /// What the entity tagger's word lists say of it.
    pub(crate) tag: WordInfo,
    /// Roots that are not slices of the word, when there are any.
    roots: Option<Arc<Roots>>,
    /// The stem and the stem when the form opens a sentence (only differs
    /// for capitalised forms: `Pemerintah` → `perintah`) as slices of the
    /// word; `(0, 0)` when the root is in `roots`.
    stem: (u8, u8),
    initial: (u8, u8),
    pub(crate) stopword: bool,
}

/// An entry on a cache line of its own.
#[repr(align(64))]
#[derive(Debug)]
struct Slot(OnceLock<Known>);

/// The entries and their index.
#[derive(Debug)]
struct Table {
    /// `0`: empty; `n`: the word is in `entries[n - 1]`.
    index: Box<[AtomicU32]>,
    /// Entries in the order words were first met.
    entries: Box<[Slot]>,
    /// Entries handed out so far (may pass `SLOTS`: then nothing is stored).
    next: AtomicUsize,
}

/// The shared cache.
#[derive(Debug)]
pub(crate) struct WordCache {
    table: OnceLock<Table>,
}

impl WordCache {
    pub(crate) fn new() -> WordCache {
        WordCache {
            table: OnceLock::new(),
        }
    }

    /// The entry for `word`, computing it with `make` on a miss. `make` is
    /// called at most once per call; words longer than [`MAX_WORD`] are
    /// never stored.
    #[inline]
    pub(crate) fn get_or_make<R>(
        &self,
        word: &str,
        make: impl FnOnce() -> Known,
        read: impl FnOnce(&Known) -> R,
    ) -> R {
        if word.len() > MAX_WORD {
            return read(&make());
        }
        // The table is allocated on first use, not when the analyzer is
        // built: analyzers built only to configure another cost nothing.
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
                0 => return table.insert(at, make(), read),
                n => match table.entries[n as usize - 1].0.get() {
                    Some(k) if k.key == key => return read(k),
                    _ => {}
                },
            }
        }
        read(&make())
    }

    /// The most memory the table can hold: its slots plus, per slot, its
    /// roots (two of at most [`MAX_WORD`] bytes, behind one shared pointer).
    #[cfg(test)]
    pub(crate) const fn max_bytes() -> usize {
        let roots = std::mem::size_of::<Roots>() + 16 + 2 * MAX_WORD;
        SLOTS * (std::mem::size_of::<Slot>() + roots) + INDEX * 4
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
}

impl Table {
    /// Stores `known` in the next free entry and publishes it in the empty
    /// index slot `at`. Another thread may fill `at` first: then this entry
    /// is only used by this call (the array has room for that: it only
    /// bounds memory).
    fn insert<R>(&self, at: &AtomicU32, known: Known, read: impl FnOnce(&Known) -> R) -> R {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let Some(slot) = self.entries.get(n) else {
            return read(&known);
        };
        if let Err(known) = slot.0.set(known) {
            return read(&known);
        }
        // The entry is complete before its number is published (release),
        // and a reader that sees the number sees the entry (acquire).
        let _ = at.compare_exchange(0, n as u32 + 1, Ordering::Release, Ordering::Relaxed);
        read(slot.0.get().expect("just set"))
    }
}

impl Known {
    pub(crate) fn new(
        word: &str,
        stem: StemOf,
        initial: StemOf,
        stopword: bool,
        tag: WordInfo,
    ) -> Known {
        let split = |s: StemOf| match s {
            StemOf::Slice(a, b) => ((a, b), None),
            StemOf::Other(root) => ((0, 0), Some(root)),
        };
        let (stem, stem_root) = split(stem);
        let (initial, initial_root) = split(initial);
        let roots = (stem_root.is_some() || initial_root.is_some()).then(|| {
            Arc::new(Roots {
                stem: stem_root,
                initial: initial_root,
            })
        });
        Known {
            key: Key::new(word),
            tag,
            roots,
            stem,
            initial,
            stopword,
        }
    }

    /// The form's stem, as a sentence's first word or not.
    #[inline]
    pub(crate) fn stem(&self, initial: bool) -> StemRef<'_> {
        let (a, b) = if initial { self.initial } else { self.stem };
        match &self.roots {
            Some(roots) if a == b && roots_has(roots, initial) => StemRef::Root(roots, initial),
            _ => StemRef::Slice(a, b),
        }
    }
}

fn roots_has(roots: &Roots, initial: bool) -> bool {
    if initial {
        roots.initial.is_some()
    } else {
        roots.stem.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(w: &str) -> Known {
        Known::new(
            w,
            StemOf::new(w, w),
            StemOf::new(w, w),
            false,
            WordInfo::default(),
        )
    }

    #[test]
    fn a_word_is_made_once() {
        let cache = WordCache::new();
        let mut made = 0;
        for _ in 0..3 {
            cache.get_or_make(
                "dibaca",
                || {
                    made += 1;
                    known("dibaca")
                },
                |_| (),
            );
        }
        assert_eq!(made, 1);
        assert_eq!(cache.len(), 1);
    }

    #[test]
    fn long_words_and_full_slots_are_computed_not_stored() {
        let cache = WordCache::new();
        let long = "a".repeat(MAX_WORD + 1);
        cache.get_or_make(&long, || known(&long), |_| ());
        assert_eq!(cache.len(), 0);
        // Far more distinct words than slots: memory stays bounded.
        for i in 0..3 * SLOTS {
            let w = format!("w{i}");
            let stop = cache.get_or_make(&w, || known(&w), |_| w.len());
            assert_eq!(stop, w.len());
        }
        assert!(cache.len() <= SLOTS);
    }

    #[test]
    fn memory_is_bounded() {
        let slot = std::mem::size_of::<Slot>();
        assert_eq!(slot, 64, "a slot is one cache line");
        // The bound the crate documents ("at most 11.1 MB").
        let max = WordCache::max_bytes();
        eprintln!("word cache: {slot}-byte slots, at most {max} bytes");
        assert!(max <= 11_100_000, "{max}");
    }

    #[test]
    fn stems_that_are_slices_are_not_copied() {
        assert!(matches!(StemOf::new("dibaca", "baca"), StemOf::Slice(2, 6)));
        assert!(matches!(StemOf::new("menulis", "tulis"), StemOf::Other(_)));
    }

    #[test]
    fn known_gives_back_each_stem() {
        let k = Known::new(
            "Menulis",
            StemOf::new("Menulis", "tulis"),
            StemOf::new("Menulis", "Menulis"),
            false,
            WordInfo::default(),
        );
        assert!(matches!(k.stem(false), StemRef::Root(r, false) if r.get(false) == "tulis"));
        assert!(matches!(k.stem(true), StemRef::Slice(0, 7)));
        let k = Known::new(
            "dibaca",
            StemOf::new("dibaca", "baca"),
            StemOf::new("dibaca", "baca"),
            true,
            WordInfo::default(),
        );
        assert!(matches!(k.stem(false), StemRef::Slice(2, 6)));
        assert!(k.roots.is_none() && k.stopword);
    }
}
