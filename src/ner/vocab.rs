//! What the tagger knows about a single word: which of its word lists hold
//! it, and which gazetteer forms start with it. One look-up per token
//! answers every question the context rules ask about that token.

use crate::cache::{prefix8, Packed, WordCache};
use crate::hash::{FxBuild, KeyMap, WordSet};
use std::collections::HashMap;

/// Word-list memberships of a lowercase word.
pub(crate) mod flag {
    /// A common Indonesian word (or stopword): capitalised, weak evidence of a name.
    pub(crate) const COMMON: u16 = 1;
    /// A given name (`Budi`, `Siti`, `John`).
    pub(crate) const GIVEN: u16 = 1 << 1;
    /// An Indonesian family name (`Siregar`).
    pub(crate) const FAMILY: u16 = 1 << 2;
    /// A one-word cue announcing a name (`kata`, `presiden`, `pak`).
    pub(crate) const CUE: u16 = 1 << 3;
    /// The last word of a multi-word cue (`bicara` of `juru bicara`).
    pub(crate) const CUE_TAIL: u16 = 1 << 4;
    /// A word after which a capitalised run is a work, group or place (`film`).
    pub(crate) const ANTI_CUE: u16 = 1 << 5;
    /// A verb of saying after a name (`mengatakan`).
    pub(crate) const SPEECH: u16 = 1 << 6;
}

/// A gazetteer form as seen from its first token: its id, its length and
/// the next few bytes after that token, so that most forms that do not
/// match the text are rejected without reading the form itself.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FormRef {
    pub(crate) id: u32,
    /// Byte length of the form (ASCII-lowercase key).
    pub(crate) len: u32,
    /// Up to 8 bytes of the key after its first token, zero-padded.
    pub(crate) next: u64,
}

/// What is known about one word.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordInfo {
    flags: u16,
    forms_len: u16,
    forms_start: u32,
}

impl WordInfo {
    /// Whether the word is in any of the lists `f` names.
    #[inline]
    pub(crate) fn has(self, f: u16) -> bool {
        self.flags & f != 0
    }

    /// The 64 bits the word caches keep.
    #[inline]
    pub(crate) fn to_bits(self) -> u64 {
        u64::from(self.flags) | u64::from(self.forms_len) << 16 | u64::from(self.forms_start) << 32
    }

    /// [`WordInfo::to_bits`] read back.
    #[inline]
    pub(crate) fn from_bits(bits: u64) -> WordInfo {
        WordInfo {
            flags: bits as u16,
            forms_len: (bits >> 16) as u16,
            forms_start: (bits >> 32) as u32,
        }
    }

    /// This word, also common when `other` is.
    pub(crate) fn or_common(mut self, other: WordInfo) -> WordInfo {
        self.flags |= other.flags & flag::COMMON;
        self
    }
}

impl Packed for WordInfo {
    type Cold = ();
    fn pack(self) -> (u64, u32, Option<()>) {
        (self.to_bits(), 0, None)
    }
}

/// The tagger's vocabulary: word lists and the index of gazetteer forms by
/// first token.
#[derive(Debug)]
pub(crate) struct Vocab {
    /// Keyed by the lowercase word (word lists) or the ASCII-lowercase first
    /// token of a form; the two agree on ASCII words, and a non-ASCII word
    /// gets an entry under each.
    words: KeyMap<WordInfo>,
    /// Forms, grouped by first token, longest first.
    forms: Box<[FormRef]>,
    /// The words looked up so far, 32 bytes each: the table above holds
    /// every listed word and gazetteer form over megabytes, this one only
    /// the words running text has used.
    seen: WordCache<WordInfo>,
}

/// Collects the vocabulary before it is frozen into a [`Vocab`].
#[derive(Default)]
pub(crate) struct VocabBuilder {
    words: HashMap<Box<str>, (u16, Vec<FormRef>), FxBuild>,
}

impl VocabBuilder {
    /// Marks every word of `set` (lowercase) with `f`.
    pub(crate) fn flag_all(&mut self, set: &WordSet, f: u16) {
        // Room for the set at once, not a rehash each time the map doubles.
        self.words.reserve(set.len());
        for w in set {
            self.flag(w, f);
        }
    }

    /// Marks the lowercase `word` with `f`.
    pub(crate) fn flag(&mut self, word: &str, f: u16) {
        self.words.entry(word.into()).or_default().0 |= f;
    }

    /// Records that form `id`, with ASCII-lowercase `key`, starts with the
    /// token `first` (a prefix of `key`, ignoring ASCII case).
    pub(crate) fn form(&mut self, first: &str, id: u32, key: &str) {
        let first = first.to_ascii_lowercase();
        let Some(rest) = key.as_bytes().get(first.len()..) else {
            return;
        };
        let f = FormRef {
            id,
            len: key.len() as u32,
            next: prefix8(rest),
        };
        let ids = match self.words.get_mut(first.as_str()) {
            Some(e) => &mut e.1,
            None => &mut self.words.entry(first.into_boxed_str()).or_default().1,
        };
        if !ids.iter().any(|x| x.id == id) {
            ids.push(f);
        }
    }

    /// Freezes the vocabulary.
    pub(crate) fn build(self) -> Vocab {
        let mut forms = Vec::new();
        let mut entries = Vec::with_capacity(self.words.len());
        for (word, (flags, mut ids)) in self.words {
            ids.sort_by_key(|f| std::cmp::Reverse(f.len));
            let info = WordInfo {
                flags,
                forms_len: ids.len().min(u16::MAX as usize) as u16,
                forms_start: forms.len() as u32,
            };
            forms.extend(ids.into_iter().take(u16::MAX as usize));
            entries.push((word, info));
        }
        Vocab {
            words: KeyMap::new(entries),
            forms: forms.into_boxed_slice(),
            seen: WordCache::new(),
        }
    }
}

impl Vocab {
    /// What is known about `word`, ignoring case (no allocation for ASCII
    /// words).
    #[inline]
    pub(crate) fn info(&self, word: &str) -> WordInfo {
        self.seen.get_or_make(
            word,
            || self.look_up(word),
            |hit| WordInfo::from_bits(hit.wide),
        )
    }

    /// [`Vocab::info`] from the tables themselves.
    fn look_up(&self, word: &str) -> WordInfo {
        if word.is_ascii() {
            return self.words.get_ascii_folded(word).unwrap_or_default();
        }
        let lower = word.to_lowercase();
        let mut info = self.words.get(&lower).unwrap_or_default();
        // Forms are keyed by ASCII case folding, which leaves `Ü` alone.
        let folded = word.to_ascii_lowercase();
        if folded != lower {
            if let Some(f) = self.words.get(&folded) {
                info.forms_start = f.forms_start;
                info.forms_len = f.forms_len;
            }
        }
        info
    }

    /// The forms that start with the word `info` describes, longest first.
    #[inline]
    pub(crate) fn forms(&self, info: WordInfo) -> &[FormRef] {
        let start = info.forms_start as usize;
        &self.forms[start..start + info.forms_len as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_look_up_cache_is_bounded() {
        // The bound the README states for a tagger's cache ("2.1 MB").
        let max = WordCache::<WordInfo>::max_bytes(0);
        assert!(max <= 2_100_000, "{max}");
    }

    #[test]
    fn cached_and_direct_look_ups_agree() {
        let mut b = VocabBuilder::default();
        b.flag("budi", flag::GIVEN);
        b.flag("kata", flag::CUE);
        b.form("Jakarta", 0, "jakarta");
        let v = b.build();
        for w in [
            "Budi", "BUDI", "budi", "kata", "Jakarta", "jakarta", "Ümit", "x",
        ] {
            for _ in 0..2 {
                let (a, b) = (v.info(w), v.look_up(w));
                assert_eq!(
                    (a.flags, a.forms_len, a.forms_start),
                    (b.flags, b.forms_len, b.forms_start),
                    "{w}"
                );
            }
        }
        assert!(v.info("Budi").has(flag::GIVEN) && v.forms(v.info("JAKARTA")).len() == 1);
    }
}
