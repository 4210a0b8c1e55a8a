//! A cache of what is known about word forms, kept across calls and
//! shared by every thread: the analyzer's stems and flags, the tagger's
//! word-list flags.
//!
//! Running text repeats its words, so most tokens are a form seen before.
//! The cache is a fixed array of 32-byte entries, two to a cache line, each
//! holding a word of up to [`MAX_KEY`] bytes and 96 bits of packed value
//! ([`Packed`]); a word sits at its hash (or one of the next few entries).
//! A hit is a hash, one atomic load of the entry and a key compare, with no
//! lock and no pointer to follow: one cache line per token, where an index
//! beside the entries cost two dependent misses. Values too big for an
//! entry keep their rare extra part (a root spelled differently from the
//! word) in a side table, read only for the words that have one.
//!
//! Nothing is ever evicted, so memory is bounded by the array's size
//! whatever the input; crafted input can only make words miss, which costs
//! what no cache costs.

use crate::hash::FxHasher;
use std::hash::Hasher;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// Number of entries (2 MiB of entries). 65,536 places for the working
/// vocabulary of news text, which is a few tens of thousands of forms.
pub(crate) const SLOTS: usize = 1 << 16;

/// Entries a word may take, from its hash on (linear probing: neighbours
/// share a cache line).
const PROBES: usize = 8;

/// Longest word kept: two machine words. Longer words are rare in any
/// text (under one token in a thousand in news) and are computed each time.
pub(crate) const MAX_KEY: usize = 16;

/// `meta` bit: the entry is complete.
const READY: u64 = 1 << 63;
/// `meta` bit: the value has a cold part in the side table.
const COLD: u64 = 1 << 62;

/// A value stored in an entry: 96 bits inline (`wide`, `narrow`), and a
/// cold part for the few values that need more.
pub(crate) trait Packed: Sized {
    /// The part too big for an entry (`()` when there is none).
    type Cold: Send + Sync;
    /// Splits the value into what the entry holds and its cold part.
    fn pack(self) -> (u64, u32, Option<Self::Cold>);
}

/// A value as read back from the cache.
pub(crate) struct Hit<'c, C> {
    pub(crate) wide: u64,
    pub(crate) narrow: u32,
    cold: Cold<'c, C>,
}

/// Where a hit's cold part is: read only when asked for, since most
/// readers of a value with one do not need it.
enum Cold<'c, C> {
    None,
    Here(&'c C),
    Side(&'c OnceLock<Box<[OnceLock<C>]>>, usize),
}

impl<'c, C> Hit<'c, C> {
    /// The value's cold part, if it has one.
    #[inline]
    pub(crate) fn cold(&self) -> Option<&'c C> {
        match self.cold {
            Cold::None => None,
            Cold::Here(c) => Some(c),
            Cold::Side(side, at) => side.get().and_then(|c| c[at].get()),
        }
    }
}

/// One entry: the word (zero-padded, little-endian), the wide value, and
/// `meta` = state bits, the word's length (bits 32..40) and the narrow
/// value (bits 0..32). `key[0] == 0` marks an empty entry.
#[repr(align(32))]
#[derive(Debug, Default)]
struct Entry {
    key: [AtomicU64; 2],
    wide: AtomicU64,
    meta: AtomicU64,
}

/// The entries and the cold parts of their values.
#[derive(Debug)]
struct Table<C> {
    entries: Box<[Entry]>,
    /// Allocated on the first cold part stored; indexed like `entries`.
    cold: OnceLock<Box<[OnceLock<C>]>>,
}

/// The shared cache of packed values by word.
#[derive(Debug)]
pub(crate) struct WordCache<V: Packed> {
    table: OnceLock<Table<V::Cold>>,
}

/// A word as the cache compares it: its bytes as two little-endian machine
/// words, zero-padded, and its length.
#[derive(Clone, Copy, Debug)]
pub(crate) struct WordKey {
    words: [u64; 2],
    len: usize,
}

/// A word's key and its home entry.
#[derive(Clone, Copy, Debug)]
struct Place {
    key: WordKey,
    home: usize,
}

impl Place {
    #[inline]
    fn of(key: WordKey) -> Place {
        let mut h = FxHasher::default();
        h.write_u64(key.words[0]);
        h.write_u64(key.words[1]);
        h.write_u64(key.len as u64);
        // FxHash mixes into the high bits; the low ones see little of the word.
        let home = (h.finish() >> (64 - SLOTS.trailing_zeros())) as usize;
        Place { key, home }
    }
}

/// Up to eight bytes as a little-endian machine word, zero-padded: two
/// overlapping loads (overlapping bytes land on the same bits).
#[inline]
pub(crate) fn load_le(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 4 {
        let lo = u64::from(u32::from_le_bytes(b[..4].try_into().expect("4 bytes")));
        let hi = u64::from(u32::from_le_bytes(b[n - 4..].try_into().expect("4 bytes")));
        lo | hi << (8 * (n - 4))
    } else if n > 0 {
        u64::from(b[0])
            | u64::from(b[n / 2]) << (8 * (n / 2))
            | u64::from(b[n - 1]) << (8 * (n - 1))
    } else {
        0
    }
}

/// Up to 8 bytes of `bytes`, ASCII-lowercased, as a zero-padded
/// little-endian word (loaded, not copied; see [`load_le`]).
#[inline]
pub(crate) fn prefix8(bytes: &[u8]) -> u64 {
    let mut b = load_le(&bytes[..bytes.len().min(8)]).to_le_bytes();
    b.make_ascii_lowercase();
    u64::from_le_bytes(b)
}

/// A mask of the low `n` bytes of a machine word (`n` ≤ 8), without a branch.
#[inline]
fn low_bytes(n: usize) -> u64 {
    u64::MAX.checked_shr(64 - 8 * n as u32).unwrap_or(0)
}

impl WordKey {
    /// The key of `word`, or `None` when it cannot be kept (too long, or
    /// starting with NUL bytes, which would read as an empty entry).
    #[inline]
    pub(crate) fn new(word: &str) -> Option<WordKey> {
        let b = word.as_bytes();
        if b.len() > MAX_KEY {
            return None;
        }
        // Loads, not a copy into a buffer: a copy of variable length is a
        // call to `memcpy`, and reading the buffer back stalls (see
        // `within`).
        let (low, high) = b.split_at(b.len().min(8));
        let words = [load_le(low), load_le(high)];
        (words[0] != 0).then_some(WordKey {
            words,
            len: b.len(),
        })
    }

    /// The key of the word `text[start..start + len]`. When 16 bytes of
    /// text follow `start`, they are read in place and masked: copying a
    /// short word into a buffer and reading it back as machine words stalls
    /// that read (the copy's small stores cannot be forwarded to it), on
    /// the path of every token's look-up.
    #[inline]
    pub(crate) fn within(text: &str, start: usize, len: usize) -> Option<WordKey> {
        match text.as_bytes().get(start..start + MAX_KEY) {
            Some(bytes) if len <= MAX_KEY => WordKey::read(bytes, len),
            _ => WordKey::new(text.get(start..start + len)?),
        }
    }

    /// The key of the first `len` (≤ 16) of the 16 `bytes`.
    #[inline]
    fn read(bytes: &[u8], len: usize) -> Option<WordKey> {
        let word = |i: usize| u64::from_le_bytes(bytes[i..i + 8].try_into().expect("8 bytes"));
        let words = [
            word(0) & low_bytes(len.min(8)),
            word(8) & low_bytes(len.saturating_sub(8)),
        ];
        (words[0] != 0).then_some(WordKey { words, len })
    }
}

impl<V: Packed> WordCache<V> {
    pub(crate) fn new() -> WordCache<V> {
        WordCache {
            table: OnceLock::new(),
        }
    }

    /// The value for `word`, computing it with `make` on a miss. `make` is
    /// called at most once per call; words longer than [`MAX_KEY`] are
    /// never stored.
    #[inline]
    pub(crate) fn get_or_make<R>(
        &self,
        word: &str,
        make: impl FnOnce() -> V,
        read: impl FnOnce(Hit<'_, V::Cold>) -> R,
    ) -> R {
        self.get_or_make_key(WordKey::new(word), make, read)
    }

    /// [`WordCache::get_or_make`] with the word's key already made
    /// (`None`: the word is not kept).
    #[inline]
    pub(crate) fn get_or_make_key<R>(
        &self,
        key: Option<WordKey>,
        make: impl FnOnce() -> V,
        read: impl FnOnce(Hit<'_, V::Cold>) -> R,
    ) -> R {
        self.get_or_make_at(key.map(Place::of), make, read)
    }

    /// [`WordCache::get_or_make`] at a word's [`Place`].
    #[inline]
    fn get_or_make_at<R>(
        &self,
        place: Option<Place>,
        make: impl FnOnce() -> V,
        read: impl FnOnce(Hit<'_, V::Cold>) -> R,
    ) -> R {
        let Some(Place {
            key: WordKey { words: key, len },
            home: h,
        }) = place
        else {
            return unstored(make(), read);
        };
        // The table is allocated on first use, not when its owner is
        // built: analyzers and taggers built only to configure another
        // cost nothing.
        let table = self.table.get_or_init(|| Table {
            entries: (0..SLOTS).map(|_| Entry::default()).collect(),
            cold: OnceLock::new(),
        });
        let len = (len as u64) << 32;
        for p in 0..PROBES {
            let at = h.wrapping_add(p) & (SLOTS - 1);
            let e = &table.entries[at];
            // Acquire: a complete entry's key and value are visible.
            let meta = e.meta.load(Ordering::Acquire);
            if meta & READY == 0 {
                if e.key[0].load(Ordering::Relaxed) == 0 {
                    return table.insert(at, key, len, make(), read);
                }
                // Another thread is filling this entry right now.
                return unstored(make(), read);
            }
            if meta & (0xff << 32) == len
                && e.key[0].load(Ordering::Relaxed) == key[0]
                && e.key[1].load(Ordering::Relaxed) == key[1]
            {
                return read(Hit {
                    wide: e.wide.load(Ordering::Relaxed),
                    narrow: meta as u32,
                    cold: if meta & COLD != 0 {
                        Cold::Side(&table.cold, at)
                    } else {
                        Cold::None
                    },
                });
            }
        }
        unstored(make(), read)
    }

    /// The most memory the table can hold with cold parts that own `extra`
    /// bytes each on the heap.
    #[cfg(test)]
    pub(crate) const fn max_bytes(extra: usize) -> usize {
        let cold = if std::mem::size_of::<V::Cold>() == 0 {
            0
        } else {
            std::mem::size_of::<OnceLock<V::Cold>>() + extra
        };
        SLOTS * (std::mem::size_of::<Entry>() + cold)
    }

    /// Number of word forms stored (for tests and memory reports).
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.table.get().map_or(0, |t| {
            t.entries
                .iter()
                .filter(|e| e.meta.load(Ordering::Relaxed) & READY != 0)
                .count()
        })
    }

    /// The size of one entry.
    #[cfg(test)]
    pub(crate) const fn slot_size() -> usize {
        std::mem::size_of::<Entry>()
    }
}

/// Reads a value that is not stored.
fn unstored<V: Packed, R>(value: V, read: impl FnOnce(Hit<'_, V::Cold>) -> R) -> R {
    let (wide, narrow, cold) = value.pack();
    read(Hit {
        wide,
        narrow,
        cold: cold.as_ref().map_or(Cold::None, Cold::Here),
    })
}

impl<C: Send + Sync> Table<C> {
    /// Claims the empty entry `at` and stores `value` in it. Another thread
    /// may claim it first: then the value is only used by this call.
    fn insert<V: Packed<Cold = C>, R>(
        &self,
        at: usize,
        key: [u64; 2],
        len: u64,
        value: V,
        read: impl FnOnce(Hit<'_, C>) -> R,
    ) -> R {
        let e = &self.entries[at];
        if e.key[0]
            .compare_exchange(0, key[0], Ordering::Relaxed, Ordering::Relaxed)
            .is_err()
        {
            return unstored(value, read);
        }
        let (wide, narrow, cold) = value.pack();
        e.key[1].store(key[1], Ordering::Relaxed);
        e.wide.store(wide, Ordering::Relaxed);
        let mut meta = READY | len | u64::from(narrow);
        if let Some(cold) = cold {
            let side = self
                .cold
                .get_or_init(|| (0..SLOTS).map(|_| OnceLock::new()).collect());
            // Only the thread that claimed the entry sets its cold part.
            if side[at].set(cold).is_ok() {
                meta |= COLD;
            }
        }
        // Release: the key, the value and the cold part are visible to a
        // reader that sees READY.
        e.meta.store(meta, Ordering::Release);
        read(Hit {
            wide,
            narrow,
            cold: if meta & COLD != 0 {
                Cold::Side(&self.cold, at)
            } else {
                Cold::None
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A test value: a number, and text as its cold part when it has some.
    struct Val(u64, Option<String>);

    impl Packed for Val {
        type Cold = String;
        fn pack(self) -> (u64, u32, Option<String>) {
            (self.0, self.0 as u32 ^ 0xdead_beef, self.1)
        }
    }

    fn get(cache: &WordCache<Val>, w: &str, made: &mut usize) -> (u64, Option<String>) {
        cache.get_or_make(
            w,
            || {
                *made += 1;
                Val(
                    w.len() as u64 * 1000 + w.as_bytes()[0] as u64,
                    w.starts_with('m').then(|| w.to_uppercase()),
                )
            },
            |hit| {
                assert_eq!(hit.narrow, hit.wide as u32 ^ 0xdead_beef);
                (hit.wide, hit.cold().cloned())
            },
        )
    }

    #[test]
    fn a_word_is_made_once_and_read_back_whole() {
        let cache = WordCache::new();
        let mut made = 0;
        for _ in 0..3 {
            assert_eq!(get(&cache, "dibaca", &mut made), (6100, None));
            assert_eq!(
                get(&cache, "menulis", &mut made),
                (7109, Some("MENULIS".into()))
            );
        }
        assert_eq!(made, 2);
        assert_eq!(cache.len(), 2);
    }

    #[test]
    fn keys_differ_by_length_and_by_every_byte() {
        let cache = WordCache::new();
        let mut made = 0;
        let words = [
            "a",
            "a\0",
            "abcdefghijklmnop",
            "abcdefghijklmnoq",
            "bbcdefghijklmnop",
            "é",
        ];
        for _ in 0..2 {
            for w in words {
                let v = get(&cache, w, &mut made).0;
                assert_eq!(v, w.len() as u64 * 1000 + w.as_bytes()[0] as u64, "{w:?}");
            }
        }
        assert_eq!(made, words.len());
    }

    #[test]
    fn keys_read_in_place_equal_copied_keys() {
        let text = "di Jakarta, pertanggungjawaban\0\0 é-é a";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let Some(word) = text.get(start..end) else {
                    continue;
                };
                let (a, b) = (
                    WordKey::within(text, start, end - start),
                    WordKey::new(word),
                );
                assert_eq!(
                    a.map(|k| (k.words, k.len)),
                    b.map(|k| (k.words, k.len)),
                    "{word:?}"
                );
                // Both equal the bytes laid out one by one.
                let mut words = [0u64; 2];
                for (i, c) in word.bytes().enumerate().take(MAX_KEY) {
                    words[i / 8] |= u64::from(c) << (8 * (i % 8));
                }
                if let Some(k) = b {
                    assert_eq!(k.words, words, "{word:?}");
                }
                // Kept: at most 16 bytes, not all NUL in the first eight.
                let kept = word.len() <= MAX_KEY && word.bytes().take(8).any(|c| c != 0);
                assert_eq!(b.is_some(), kept, "{word:?}");
            }
        }
    }

    #[test]
    fn long_words_nul_words_and_a_full_table_are_computed_not_stored() {
        let cache = WordCache::new();
        let mut made = 0;
        let long = "m".repeat(MAX_KEY + 1);
        // Its key would read as an empty entry.
        let nul = "\0\0";
        for _ in 0..2 {
            assert_eq!(
                get(&cache, &long, &mut made).1.as_deref(),
                Some(&*long.to_uppercase())
            );
            assert_eq!(get(&cache, nul, &mut made).0, 2000);
        }
        assert_eq!((made, cache.len()), (4, 0));
        // Far more distinct words than entries: each still gets its own
        // value, and memory stays bounded.
        for i in 0..3 * SLOTS {
            let w = format!("w{i}");
            assert_eq!(
                get(&cache, &w, &mut made).0,
                w.len() as u64 * 1000 + u64::from(b'w')
            );
        }
        assert!(cache.len() <= SLOTS);
        // Words stored early are still found.
        let before = made;
        get(&cache, "w1", &mut made);
        assert_eq!(made, before);
    }

    #[test]
    fn threads_share_one_table() {
        let cache = WordCache::new();
        std::thread::scope(|s| {
            for t in 0..4 {
                let cache = &cache;
                s.spawn(move || {
                    let mut made = 0;
                    for i in 0..2_000 {
                        let w = format!("m{}", (i * 7 + t) % 1_000);
                        let (n, cold) = get(cache, &w, &mut made);
                        assert_eq!(n, w.len() as u64 * 1000 + u64::from(b'm'));
                        assert_eq!(cold, Some(w.to_uppercase()));
                    }
                });
            }
        });
        assert_eq!(cache.len(), 1_000);
    }
}
