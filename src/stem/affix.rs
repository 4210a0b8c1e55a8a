//! Affixes as data: the prefix disambiguation rules of the confix-stripping
//! family (Nazief–Adriani, ECS) as one table read by one interpreter
//! ([`Rule::apply`]), instead of a class per rule.

/// The prefix a rule removes (its morpheme, not its surface form).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Prefix {
    Di,
    Ke,
    Se,
    Ku,
    Kau,
    Nge,
    Me,
    Pe,
    Per,
    Ber,
    Ter,
}

impl Prefix {
    /// Plain prefixes, proclitics and `meN-` only stand outermost
    /// (`di-per-besar`, `mem-ber-daya-kan`, but never `per-di-`).
    pub(crate) fn outermost_only(self) -> bool {
        matches!(
            self,
            Prefix::Di
                | Prefix::Ke
                | Prefix::Se
                | Prefix::Ku
                | Prefix::Kau
                | Prefix::Nge
                | Prefix::Me
        )
    }

    pub(crate) fn is_proclitic(self) -> bool {
        matches!(self, Prefix::Ku | Prefix::Kau)
    }
}

/// What the rest of the word (after the stripped letters) must look like.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Next {
    /// Anything (at least one letter).
    Any,
    /// A vowel.
    Vowel,
    /// A consonant other than `r` (`ber-kerja` is spelt `bekerja`, `ber-rupa` `berupa`).
    ConsonantNotR,
    /// Any consonant.
    Consonant,
    /// One of these letters.
    OneOf(&'static [u8]),
    /// `r` then a vowel: the `r` of the root merged with the prefix's.
    RVowel,
    /// A consonant then `er` (`be-kerja`, `te-percaya`).
    ConsonantEr,
    /// `ny` then a vowel (`me-nyanyi`).
    NyVowel,
    /// Exactly this rest (`bel-ajar`).
    Exactly(&'static [u8]),
    /// A monosyllable (`menge-bom`, `penge-cat`).
    Monosyllable,
}

/// One disambiguation rule: strip `strip`, check `next` on what follows, put
/// `restore` back in front (the recoded initial consonant).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rule {
    pub(crate) prefix: Prefix,
    pub(crate) strip: &'static str,
    pub(crate) next: Next,
    pub(crate) restore: &'static str,
    /// Preference among readings of the same prefix: 0 is the usual reading;
    /// higher costs are the rarer recodings (`mem-` + vowel is usually a lost
    /// `p`, rarely an `m`).
    pub(crate) cost: i32,
    /// `strip` packed little-endian into a u64, and the mask of its bytes:
    /// matching a prefix is then one compare of the word's first 8 bytes.
    key: u64,
    mask: u64,
}

const fn pack(s: &str) -> (u64, u64) {
    let b = s.as_bytes();
    let mut key = 0u64;
    let mut mask = 0u64;
    let mut i = 0;
    while i < b.len() && i < 8 {
        key |= (b[i] as u64) << (8 * i);
        mask |= 0xff << (8 * i);
        i += 1;
    }
    (key, mask)
}

/// The first 8 bytes of `head` + `tail`, little-endian, zero-padded.
#[inline(always)]
pub(crate) fn load8(head: &[u8], tail: &[u8]) -> u64 {
    let mut out = 0u64;
    for (i, &b) in head.iter().chain(tail).take(8).enumerate() {
        out |= u64::from(b) << (8 * i);
    }
    out
}

const fn r(
    prefix: Prefix,
    strip: &'static str,
    next: Next,
    restore: &'static str,
    cost: i32,
) -> Rule {
    let (key, mask) = pack(strip);
    Rule {
        prefix,
        strip,
        next,
        restore,
        cost,
        key,
        mask,
    }
}

use Next::*;
use Prefix::*;

/// Every prefix reading. All matching rules are tried; the scorer chooses.
pub(crate) const PREFIX_RULES: &[Rule] = &[
    r(Di, "di", Any, "", 0),
    r(Ke, "ke", Any, "", 0),
    r(Se, "se", Any, "", 0),
    r(Ku, "ku", Any, "", 2),
    r(Kau, "kau", Any, "", 2),
    r(Nge, "nge", Consonant, "", 6),
    // ber-
    r(Ber, "ber", Vowel, "", 0),
    r(Ber, "be", RVowel, "", 2),
    r(Ber, "ber", ConsonantNotR, "", 0),
    r(Ber, "be", ConsonantEr, "", 0),
    r(Ber, "bel", Exactly(b"ajar"), "", 0),
    // ter-
    r(Ter, "ter", Vowel, "", 0),
    r(Ter, "te", RVowel, "", 2),
    r(Ter, "ter", ConsonantNotR, "", 0),
    r(Ter, "te", ConsonantEr, "", 1),
    // meN-
    r(Me, "me", OneOf(b"lrwy"), "", 0),
    r(Me, "mem", OneOf(b"bfvp"), "", 0),
    r(Me, "mem", Vowel, "p", 0),
    r(Me, "mem", Vowel, "m", 1),
    r(Me, "men", OneOf(b"cdjstz"), "", 0),
    r(Me, "men", Vowel, "t", 0),
    r(Me, "men", Vowel, "n", 1),
    r(Me, "meng", OneOf(b"ghqk"), "", 0),
    r(Me, "meng", Vowel, "k", 0),
    r(Me, "meng", Vowel, "", 1),
    r(Me, "menge", Monosyllable, "", 1),
    r(Me, "meny", Vowel, "s", 0),
    r(Me, "me", NyVowel, "", 1),
    // peN- and pe-
    r(Pe, "pe", OneOf(b"wylm"), "", 0),
    r(Pe, "pem", OneOf(b"bfv"), "", 0),
    r(Pe, "pem", Vowel, "p", 0),
    r(Pe, "pem", Vowel, "m", 1),
    r(Pe, "pen", OneOf(b"cdjstz"), "", 0),
    r(Pe, "pen", Vowel, "t", 0),
    r(Pe, "pen", Vowel, "n", 1),
    r(Pe, "peng", OneOf(b"ghqk"), "", 0),
    r(Pe, "peng", Vowel, "k", 0),
    r(Pe, "peng", Vowel, "", 1),
    r(Pe, "penge", Monosyllable, "", 1),
    // `pengetahuan`: penge- before longer roots too, but rarely
    r(Pe, "penge", Consonant, "", 4),
    r(Pe, "peny", Vowel, "s", 0),
    r(Pe, "pe", NyVowel, "", 1),
    r(Pe, "pel", Exactly(b"ajar"), "", 0),
    r(Pe, "pe", OneOf(b"bcdfghjkpstvz"), "", 1),
    // per-
    r(Per, "per", Vowel, "", 0),
    r(Per, "pe", RVowel, "", 2),
    r(Per, "per", ConsonantNotR, "", 0),
];

/// Byte loops rather than `<[u8]>::strip_suffix`: the affixes are 1-5
/// bytes, and the generic slice comparison calls `memcmp`, which cost more
/// than the search itself.
/// `word` without the trailing `suffix`.
#[inline(always)]
pub(crate) fn strip_suffix<'a>(word: &'a [u8], suffix: &[u8]) -> Option<&'a [u8]> {
    if word.len() < suffix.len() {
        return None;
    }
    let (head, tail) = word.split_at(word.len() - suffix.len());
    tail.iter().zip(suffix).all(|(a, b)| a == b).then_some(head)
}

#[inline(always)]
pub(crate) fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// Rule indices by the first letter of their `strip`, built at compile time
/// from the table, so a word only meets the rules that can match it.
const MAX_PER_LETTER: usize = 24;
static RULES_BY_LETTER: [([u8; MAX_PER_LETTER], usize); 26] = index_rules();

const fn index_rules() -> [([u8; MAX_PER_LETTER], usize); 26] {
    let mut out = [([0u8; MAX_PER_LETTER], 0usize); 26];
    let mut i = 0;
    while i < PREFIX_RULES.len() {
        let letter = (PREFIX_RULES[i].strip.as_bytes()[0] - b'a') as usize;
        let n = out[letter].1;
        out[letter].0[n] = i as u8;
        out[letter].1 = n + 1;
        i += 1;
    }
    out
}

/// The rules (with their index in [`PREFIX_RULES`]) whose prefix starts
/// with `first`.
#[inline]
pub(crate) fn rules_for(first: u8) -> impl Iterator<Item = (usize, &'static Rule)> {
    let (idx, n): &'static ([u8; MAX_PER_LETTER], usize) = match first {
        b'a'..=b'z' => &RULES_BY_LETTER[(first - b'a') as usize],
        _ => &([0; MAX_PER_LETTER], 0),
    };
    idx[..*n]
        .iter()
        .map(|&i| (i as usize, &PREFIX_RULES[i as usize]))
}

#[inline]
pub(crate) fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

impl Next {
    fn matches(self, rest: &[u8]) -> bool {
        let Some(&first) = rest.first() else {
            return false;
        };
        match self {
            Any => true,
            Vowel => is_vowel(first),
            ConsonantNotR => !is_vowel(first) && first != b'r',
            Consonant => !is_vowel(first),
            OneOf(set) => set.contains(&first),
            RVowel => first == b'r' && rest.get(1).is_some_and(|&b| is_vowel(b)),
            ConsonantEr => {
                !is_vowel(first)
                    && first != b'r'
                    && rest.len() >= 3
                    && rest[1] == b'e'
                    && rest[2] == b'r'
            }
            NyVowel => rest.len() >= 3 && rest[0] == b'n' && rest[1] == b'y' && is_vowel(rest[2]),
            Exactly(w) => bytes_eq(rest, w),
            Monosyllable => {
                let mut groups = 0;
                let mut prev = false;
                for &b in rest {
                    let v = is_vowel(b);
                    if v && !prev {
                        groups += 1;
                    }
                    prev = v;
                }
                groups == 1
            }
        }
    }
}

impl Next {
    /// The check of a condition that looks at the whole rest, on a candidate
    /// root.
    pub(crate) fn matches_whole(self, root: &[u8]) -> bool {
        self.matches(root)
    }
}

impl Rule {
    /// [`apply`](Self::apply) to the word `head` + `tail` (`head`: a letter
    /// an outer rule restored, which this rule's prefix must then begin
    /// with), without building it. The rest is a slice of `tail`. Conditions
    /// on the whole rest (`Exactly`, `Monosyllable`) are left to the caller
    /// when `check_whole` is false.
    #[cfg(test)]
    pub(crate) fn apply_split<'a>(
        &self,
        head: &[u8],
        tail: &'a [u8],
        check_whole: bool,
    ) -> Option<(&'static [u8], &'a [u8])> {
        self.apply_split8(load8(head, tail), head, tail, check_whole)
    }

    /// [`apply_split`](Self::apply_split) given `first8 = load8(head, tail)`,
    /// computed once for all the rules tried on a word.
    #[inline(always)]
    pub(crate) fn apply_split8<'a>(
        &self,
        first8: u64,
        head: &[u8],
        tail: &'a [u8],
        check_whole: bool,
    ) -> Option<(&'static [u8], &'a [u8])> {
        // zero padding never equals a letter, so a short word fails here
        if first8 & self.mask != self.key {
            return None;
        }
        let rest = tail.get(self.strip.len().checked_sub(head.len())?..)?;
        let whole = matches!(self.next, Exactly(_) | Monosyllable);
        (!whole && self.next.matches(rest) || whole && (!check_whole || self.next.matches(rest)))
            .then_some((self.restore.as_bytes(), rest))
    }
}

/// A derivational suffix and its cost (loanword and informal suffixes are
/// more often part of a root than a suffix: `praktis`, `ingin`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Suffix {
    pub(crate) text: &'static str,
    pub(crate) cost: i32,
    pub(crate) kind: SuffixKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SuffixKind {
    I,
    Kan,
    An,
    Other,
}

pub(crate) static DERIVATIONAL: &[Suffix] = &[
    Suffix {
        text: "kan",
        cost: 10,
        kind: SuffixKind::Kan,
    },
    Suffix {
        text: "an",
        cost: 10,
        kind: SuffixKind::An,
    },
    Suffix {
        text: "i",
        cost: 10,
        kind: SuffixKind::I,
    },
    Suffix {
        text: "isme",
        cost: 22,
        kind: SuffixKind::Other,
    },
    Suffix {
        text: "is",
        cost: 22,
        kind: SuffixKind::Other,
    },
    // informal `-in` (`dengerin`, `bacain`)
    Suffix {
        text: "in",
        cost: 18,
        kind: SuffixKind::Other,
    },
];

pub(crate) static POSSESSIVES: &[&str] = &["nya", "ku", "mu"];
pub(crate) static PARTICLES: &[&str] = &["lah", "kah", "tah", "pun"];

/// Confixes Nazief–Adriani rule out (`be-…-i`, `di-…-an`, `ke-…-i`,
/// `ke-…-kan`, `me-…-an`, `se-…-i`, `se-…-kan`, `te-…-an`): a reading that
/// needs one is penalised, not forbidden (`ketahui`).
pub(crate) fn disallowed_confix(outer: Prefix, suffix: SuffixKind) -> bool {
    use SuffixKind as S;
    matches!(
        (outer, suffix),
        (Ber, S::I)
            | (Di, S::An)
            | (Ke, S::I)
            | (Ke, S::Kan)
            | (Me, S::An)
            | (Se, S::I)
            | (Se, S::Kan)
            | (Ter, S::An)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recoding_rules_restore_the_lost_consonant() {
        let rule = PREFIX_RULES
            .iter()
            .find(|r| r.strip == "meny" && r.restore == "s")
            .unwrap();
        assert_eq!(
            rule.apply_split(b"", b"menyapu", true),
            Some((&b"s"[..], &b"apu"[..]))
        );
        assert_eq!(rule.apply_split(b"", b"menbaca", true), None);
        let per = PREFIX_RULES
            .iter()
            .find(|r| r.strip == "per" && matches!(r.next, ConsonantNotR))
            .unwrap();
        // `mem-` restored a p: `memperbaiki` -> p + `erbaiki` -> `baiki`
        assert_eq!(
            per.apply_split(b"p", b"erbaiki", true),
            Some((&b""[..], &b"baiki"[..]))
        );
    }

    #[test]
    fn monosyllable() {
        assert!(Next::Monosyllable.matches(b"bom"));
        assert!(!Next::Monosyllable.matches(b"bola"));
    }
}
