//! Short fixed word lists asked about on hot paths (the tagger's context
//! words `tidak`, `di`, `bin`; the tokenizer's abbreviations): a word's
//! first eight bytes, packed into one integer, are compared with every
//! listed word's at once in a short list and found by binary search in a
//! longer one; only a word that passes is compared as a string.

use crate::cache::{load_le, prefix8};

/// A fixed list of ASCII words, matched exactly or ignoring ASCII case.
pub(crate) struct ShortWords<const N: usize> {
    words: [&'static str; N],
    /// Each word's first eight bytes, lowercase, zero-padded, as
    /// little-endian integers in ascending order.
    packed: [u64; N],
}

impl<const N: usize> ShortWords<N> {
    /// The list of `words` (ASCII, lowercase).
    pub(crate) const fn new(words: [&'static str; N]) -> Self {
        let mut packed = [0u64; N];
        let mut i = 0;
        while i < N {
            let w = words[i].as_bytes();
            let mut j = 0;
            while j < w.len() {
                assert!(w[j].is_ascii() && !w[j].is_ascii_uppercase());
                if j < 8 {
                    packed[i] |= (w[j] as u64) << (8 * j);
                }
                j += 1;
            }
            i += 1;
        }
        // Sorted, for the binary search of longer lists.
        let mut i = 1;
        while i < N {
            let mut j = i;
            while j > 0 && packed[j - 1] > packed[j] {
                (packed[j - 1], packed[j]) = (packed[j], packed[j - 1]);
                j -= 1;
            }
            i += 1;
        }
        ShortWords { words, packed }
    }

    /// The listed words.
    #[cfg(test)]
    pub(crate) fn words(&self) -> &[&'static str] {
        &self.words
    }

    /// Whether `w` is one of the words.
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        // The packed compare rules out nearly every word; the string
        // compare settles the rest (longer words sharing eight bytes).
        self.maybe(load_le(&w.as_bytes()[..w.len().min(8)])) && self.words.contains(&w)
    }

    /// Whether `w` equals one of the words, ignoring ASCII case (a word
    /// outside ASCII never does).
    #[inline]
    pub(crate) fn contains_ignore_ascii_case(&self, w: &str) -> bool {
        self.maybe(prefix8(w.as_bytes())) && self.words.iter().any(|x| x.eq_ignore_ascii_case(w))
    }

    /// Whether the lowercase form of `w` is one of the words: ASCII case
    /// folding for an ASCII word, [`str::to_lowercase`] for any other (the
    /// Kelvin sign lowercases to `k`).
    #[inline]
    pub(crate) fn contains_lowercase(&self, w: &str) -> bool {
        if !self.maybe(prefix8(w.as_bytes())) && w.is_ascii() {
            return false;
        }
        if w.is_ascii() {
            self.words.iter().any(|x| x.eq_ignore_ascii_case(w))
        } else {
            self.words.contains(&w.to_lowercase().as_str())
        }
    }

    /// Whether a word packed as `p` may be listed: in a short list,
    /// compared with every listed word without early exit, which compiles
    /// to a few vector compares and no branch per listed word; in a longer
    /// one, found by binary search.
    #[inline]
    fn maybe(&self, p: u64) -> bool {
        if N <= 32 {
            self.packed.iter().fold(false, |any, &q| any | (q == p))
        } else {
            self.packed.binary_search(&p).is_ok()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: ShortWords<4> = ShortWords::new(["di", "tidak", "kemudian", "dilahirkan"]);

    #[test]
    fn matches_exactly_the_listed_words() {
        for w in ["di", "tidak", "kemudian", "dilahirkan"] {
            assert!(LIST.contains(w), "{w}");
        }
        // Same first eight bytes, or a listed word's prefix, or padding.
        for w in [
            "dilahirk",
            "dilahirkanlah",
            "d",
            "",
            "tida",
            "tidakk",
            "Di",
            "di\0",
        ] {
            assert!(!LIST.contains(w), "{w:?}");
        }
    }

    #[test]
    fn a_long_list_is_searched_as_well_as_a_short_one() {
        let words = [
            "a",
            "b",
            "c",
            "d",
            "e",
            "f",
            "g",
            "h",
            "i",
            "j",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "q",
            "r",
            "s",
            "t",
            "u",
            "v",
            "w",
            "x",
            "y",
            "z",
            "aa",
            "bb",
            "cc",
            "dd",
            "ee",
            "ff",
            "kemudian",
            "dilahirkan",
            "zz",
        ];
        let long = ShortWords::new(words);
        for w in words {
            assert!(
                long.contains(w) && long.contains_ignore_ascii_case(&w.to_uppercase()),
                "{w}"
            );
        }
        for w in ["ab", "zzz", "", "dilahirk", "gg", "A"] {
            assert!(!long.contains(w), "{w}");
        }
    }

    #[test]
    fn matches_ignoring_ascii_case() {
        for w in ["Di", "DI", "TIDAK", "Dilahirkan"] {
            assert!(LIST.contains_lowercase(w), "{w}");
        }
        for w in ["Dilahirkanlah", "D", "dí"] {
            assert!(!LIST.contains_lowercase(w), "{w}");
        }
        // The Kelvin sign lowercases to an ASCII `k` (`to_lowercase`), not
        // in ASCII case folding.
        let kelvin = ShortWords::new(["ke"]);
        assert!(kelvin.contains_lowercase("\u{212A}e"));
        assert!(!kelvin.contains_ignore_ascii_case("\u{212A}e"));
        assert!(
            LIST.contains_ignore_ascii_case("TIDAK") && !LIST.contains_ignore_ascii_case("TIDAKK")
        );
    }
}
