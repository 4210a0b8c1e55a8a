//! The crate's one fast hasher, for maps and sets keyed by short words.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash (the rustc hasher): keys are short words (dictionary entries,
/// gazetteer forms, tokens), so a fast non-cryptographic hash is the right
/// trade; SipHash would double the cost of the many lookups per word.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

pub(crate) const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;

/// Longest word kept inline in a [`Key`]: longer words are rare, and a key
/// of fixed size keeps a table's memory bounded and a hit within one slot
/// (no pointer to follow, no `memcmp` call).
pub(crate) const MAX_WORD: usize = 24;

/// A word of at most [`MAX_WORD`] bytes, zero-padded, as three machine
/// words plus its length: compared and hashed without a loop over bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Key([u64; MAX_WORD / 8], u8);

impl Key {
    #[inline]
    pub(crate) fn new(word: &str) -> Key {
        Key::from_bytes(word.as_bytes(), false)
    }

    /// The key of `word` with ASCII letters lowercased (the key of its
    /// lowercase form, for an ASCII word), built in one pass.
    #[inline]
    pub(crate) fn folded(word: &str) -> Key {
        Key::from_bytes(word.as_bytes(), true)
    }

    #[inline]
    fn from_bytes(word: &[u8], fold: bool) -> Key {
        // Longer words are never stored; their key only needs to exist.
        let n = word.len().min(MAX_WORD);
        let mut buf = [0u8; MAX_WORD];
        buf[..n].copy_from_slice(&word[..n]);
        if fold {
            buf.make_ascii_lowercase();
        }
        let mut k = [0u64; MAX_WORD / 8];
        for (k, c) in k.iter_mut().zip(buf.chunks_exact(8)) {
            *k = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        }
        // The length keeps `a` apart from `a\0`.
        Key(k, n as u8)
    }

    #[inline]
    pub(crate) fn hash(&self) -> u64 {
        let mut h = FxHasher::default();
        for &w in &self.0 {
            h.write_u64(w);
        }
        h.write_u8(self.1);
        h.finish()
    }
}

/// A read-only map from words to small values, built once: keys of up to
/// [`MAX_WORD`] bytes sit inline next to their value in one open-addressed
/// array, so a look-up touches one slot; longer keys go to a plain map.
#[derive(Debug, Clone)]
pub(crate) struct KeyMap<V> {
    slots: Box<[(Key, V)]>,
    long: HashMap<Box<str>, V, FxBuild>,
}

impl<V: Copy + Default> KeyMap<V> {
    /// A map of `entries` (unique, non-empty keys).
    pub(crate) fn new(entries: Vec<(Box<str>, V)>) -> KeyMap<V> {
        // At most half full: linear probes stay short.
        let n = (entries.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![(Key::new(""), V::default()); n].into_boxed_slice();
        let mut long = HashMap::default();
        for (word, v) in entries {
            if word.is_empty() {
                continue;
            }
            if word.len() > MAX_WORD {
                long.insert(word, v);
                continue;
            }
            let key = Key::new(&word);
            let mut i = key.hash() as usize & (n - 1);
            while slots[i].0 .1 != 0 && slots[i].0 != key {
                i = (i + 1) & (n - 1);
            }
            slots[i] = (key, v);
        }
        KeyMap { slots, long }
    }

    /// The value of `word`, if it is a key.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        if word.len() > MAX_WORD {
            return self.long.get(word).copied();
        }
        self.get_key(Key::new(word))
    }

    /// The value of the ASCII word `word` lowercased (keys must be
    /// lowercase), without building the lowercase string.
    #[inline]
    pub(crate) fn get_ascii_folded(&self, word: &str) -> Option<V> {
        if word.len() > MAX_WORD {
            return self.long.get(word.to_ascii_lowercase().as_str()).copied();
        }
        self.get_key(Key::folded(word))
    }

    #[inline]
    fn get_key(&self, key: Key) -> Option<V> {
        if key.1 == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = key.hash() as usize & mask;
        loop {
            let (k, v) = &self.slots[i];
            if *k == key {
                return Some(*v);
            }
            if k.1 == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// A set of words hashed with [`FxHasher`].
pub(crate) type WordSet = HashSet<Box<str>, FxBuild>;

/// Whether a set of lowercase words holds `word`, ignoring case: short
/// ASCII words are lowercased on the stack, lowercase words are looked up
/// as they are; only other words are lowercased into a new string. Shared
/// by every case-insensitive word list of the crate.
pub(crate) fn contains_ignore_case(set: &WordSet, word: &str) -> bool {
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        // Lowercasing ASCII keeps the bytes valid UTF-8.
        std::str::from_utf8(buf).is_ok_and(|lower| set.contains(lower))
    } else if word.chars().any(char::is_uppercase) {
        set.contains(word.to_lowercase().as_str())
    } else {
        set.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_map_finds_short_and_long_keys_only() {
        let long = "x".repeat(MAX_WORD + 5);
        let m = KeyMap::new(vec![
            ("yang".into(), 1u8),
            ("a\0".into(), 2),
            (long.as_str().into(), 3),
        ]);
        assert_eq!(m.get("yang"), Some(1));
        assert_eq!(m.get("a\0"), Some(2));
        assert_eq!(m.get("a"), None);
        assert_eq!(m.get(&long), Some(3));
        assert_eq!(m.get(""), None);
        assert_eq!(m.get("Yang"), None);
    }

    #[test]
    fn fx_hasher_differs_on_length() {
        let h = |b: &[u8]| {
            let mut x = FxHasher::default();
            std::hash::Hash::hash(b, &mut x);
            x.finish()
        };
        assert_ne!(h(b"a"), h(b"a\0"));
    }
}
