//! What the analyzer has learnt about a word form (stem, sentence-initial
//! stem, stopword flag, the tagger's word-list flags), as kept in its
//! [`WordCache`](crate::cache::WordCache).

use crate::cache::{Hit, Packed};
use crate::hash::MAX_WORD;
use crate::ner::WordInfo;
use std::sync::Arc;

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
/// behind one pointer, kept beside the cache's entries; documents
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

/// What is known about one word form, as the analyzer learns it; the cache
/// packs it into 96 bits ([`Packed`]) plus any roots that are not slices.
#[derive(Debug)]
pub(crate) struct Known {
    /// What the entity tagger's word lists say of it.
    tag: WordInfo,
    /// Roots that are not slices of the word, when there are any.
    roots: Option<Arc<Roots>>,
    /// The stem and the stem when the form opens a sentence (only differs
    /// for capitalised forms: `Pemerintah` → `perintah`) as slices of the
    /// word; `(0, 0)` when the root is in `roots`.
    stem: (u8, u8),
    initial: (u8, u8),
    stopword: bool,
}

// Slices of words of at most `MAX_WORD` bytes fit the 5-bit fields below.
const _: () = assert!(MAX_WORD < 32);

impl Known {
    pub(crate) fn new(stem: StemOf, initial: StemOf, stopword: bool, tag: WordInfo) -> Known {
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
            tag,
            roots,
            stem,
            initial,
            stopword,
        }
    }
}

impl Packed for Known {
    type Cold = Arc<Roots>;

    /// `wide`: the tagger's flags; `narrow`: the two slices (5 bits per
    /// offset) and the stopword flag.
    fn pack(self) -> (u64, u32, Option<Arc<Roots>>) {
        let [a, b, c, d] =
            [self.stem.0, self.stem.1, self.initial.0, self.initial.1].map(u32::from);
        let narrow = a | b << 5 | c << 10 | d << 15 | u32::from(self.stopword) << 20;
        (self.tag.to_bits(), narrow, self.roots)
    }
}

/// A [`Known`] read back from the cache.
pub(crate) struct Seen<'c> {
    pub(crate) tag: WordInfo,
    pub(crate) stopword: bool,
    hit: Hit<'c, Arc<Roots>>,
}

impl<'c> Seen<'c> {
    #[inline]
    pub(crate) fn new(hit: Hit<'c, Arc<Roots>>) -> Seen<'c> {
        Seen {
            tag: WordInfo::from_bits(hit.wide),
            stopword: hit.narrow & 1 << 20 != 0,
            hit,
        }
    }

    /// The form's stem, as a sentence's first word or not.
    #[inline]
    pub(crate) fn stem(&self, initial: bool) -> StemRef<'c> {
        let bits = if initial {
            self.hit.narrow >> 10
        } else {
            self.hit.narrow
        };
        let (a, b) = ((bits & 31) as u8, (bits >> 5 & 31) as u8);
        // An empty slice marks a root in the cold part, read only then: the
        // cold part is a second cache miss, and most forms that have one
        // (a capitalised word's lowercase root) need it in one reading only.
        match (a == b).then(|| self.hit.cold()).flatten() {
            Some(roots) if roots_has(roots, initial) => StemRef::Root(roots, initial),
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
    use crate::cache::WordCache;

    #[test]
    fn memory_is_bounded() {
        let slot = WordCache::<Known>::slot_size();
        assert_eq!(slot, 32, "two entries to a cache line");
        // Per entry, at most its roots: two of at most `MAX_WORD` bytes
        // behind one shared pointer.
        let roots = std::mem::size_of::<Roots>() + 16 + 2 * MAX_WORD;
        // The bound the crate documents ("at most 9.5 MB").
        let max = WordCache::<Known>::max_bytes(roots);
        eprintln!("word cache: {slot}-byte entries, at most {max} bytes");
        assert!(max <= 9_500_000, "{max}");
    }

    #[test]
    fn stems_that_are_slices_are_not_copied() {
        assert!(matches!(StemOf::new("dibaca", "baca"), StemOf::Slice(2, 6)));
        assert!(matches!(StemOf::new("menulis", "tulis"), StemOf::Other(_)));
    }

    /// `known` through the cache and back: as stored (the miss), then as
    /// found (the hit).
    fn round_trip(word: &str, known: Known, check: impl Fn(Seen<'_>)) {
        let cache = WordCache::new();
        let mut once = Some(known);
        for _ in 0..2 {
            cache.get_or_make(
                word,
                || once.take().expect("made once"),
                |hit| check(Seen::new(hit)),
            );
        }
        assert!(once.is_none());
    }

    #[test]
    fn known_gives_back_each_stem() {
        let k = Known::new(
            StemOf::new("Menulis", "tulis"),
            StemOf::new("Menulis", "Menulis"),
            false,
            WordInfo::default(),
        );
        round_trip("Menulis", k, |k| {
            assert!(matches!(k.stem(false), StemRef::Root(r, false) if r.get(false) == "tulis"));
            assert!(matches!(k.stem(true), StemRef::Slice(0, 7)));
            assert!(!k.stopword);
        });
        let k = Known::new(
            StemOf::new("dibaca", "baca"),
            StemOf::new("dibaca", "baca"),
            true,
            WordInfo::default(),
        );
        assert!(k.roots.is_none());
        round_trip("dibaca", k, |k| {
            assert!(matches!(k.stem(false), StemRef::Slice(2, 6)));
            assert!(k.hit.cold().is_none() && k.stopword);
        });
    }
}
