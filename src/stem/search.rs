//! Generates every reading of a word (each suffix split × each chain of up
//! to three prefix rules, including every recoding) and keeps the cheapest one
//! whose root is in the dictionary.
//!
//! Cost of a reading, lower is better:
//! - each derivational affix costs 10, plus the rule's recoding cost
//!   (`mem-` + vowel as a lost `p` costs 0, as a lost `m` 1);
//! - a loanword or informal suffix costs about twice as much (`-is`, `-in`);
//! - a possessive or particle costs 4 (they are reliable);
//! - a confix Nazief–Adriani rules out (`me-…-an`) costs 30 more;
//! - every stripped letter costs 1 (minimal over-stripping);
//! - a better-attested root is cheaper (4 per weight step), a lexicalised
//!   form much cheaper (15), and so is the root an attested lemma table
//!   gives for this very word (20), and a root attested with `di-`/`ter-`
//!   for a verbal prefix (4: `memasak` is masak, not pasak).
//!
//! All arithmetic is on byte slices in stack buffers: no allocation.

use super::affix::{
    bytes_eq, disallowed_confix, is_vowel, strip_suffix, Prefix, SuffixKind, DERIVATIONAL, PARTICLES, POSSESSIVES,
    rules_for,
};
use super::lexicon::{Lexicon, LEXICALIZED, PROTECTED, ROOT, VERBAL};

/// Longer words (chemical names, URLs glued together) are left alone: no
/// Indonesian root + affixes comes close, and it bounds the work per word.
pub(crate) const MAX_WORD: usize = 40;
const MIN_ROOT: usize = 3;
const MAX_PREFIXES: usize = 3;

const AFFIX_COST: i32 = 10;
const CLITIC_COST: i32 = 4;
const CONFIX_PENALTY: i32 = 30;
const INFIX_COST: i32 = 40;
const WEIGHT_BONUS: i32 = 4;
const LEXICALIZED_BONUS: i32 = 15;
const HINT_BONUS: i32 = 20;
const VERBAL_BONUS: i32 = 4;

/// A word under analysis, in a fixed buffer.
#[derive(Clone, Copy)]
pub(crate) struct Buf {
    bytes: [u8; MAX_WORD],
    len: usize,
}

impl Buf {
    // Byte loops, not `copy_from_slice`: for these few bytes a `memmove`
    // call costs more than the copy.
    #[inline(always)]
    fn new(head: &[u8], tail: &[u8]) -> Buf {
        let mut bytes = [0u8; MAX_WORD];
        let mut len = 0;
        for &b in head.iter().chain(tail) {
            if len == MAX_WORD {
                break;
            }
            bytes[len] = b;
            len += 1;
        }
        Buf { bytes, len }
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// The chosen analysis of one word.
#[derive(Clone, Copy)]
pub(crate) struct Reading {
    pub(crate) root: Buf,
    /// Surface prefixes, outermost first, and which morpheme each is.
    pub(crate) prefixes: [(Prefix, &'static str); MAX_PREFIXES],
    pub(crate) n_prefixes: usize,
    /// Surface infix (`-el-` of `telunjuk`).
    pub(crate) infix: Option<&'static str>,
    pub(crate) suffix: Option<&'static str>,
    pub(crate) possessive: Option<&'static str>,
    pub(crate) particle: Option<&'static str>,
    /// Bytes of the word before the root's first letter that came from the
    /// word itself, i.e. where the root would start if it is a plain slice.
    pub(crate) root_offset: usize,
    cost: i32,
}

struct Search<'a> {
    lex: &'a Lexicon,
    word_len: usize,
    best: Option<Reading>,
    // the suffix split under exploration
    suffix: Option<(&'static str, i32, SuffixKind)>,
    possessive: Option<&'static str>,
    particle: Option<&'static str>,
    hint: Option<&'static [u8]>,
}

/// The best reading of `word` (lowercase ASCII letters, 4..=MAX_WORD bytes,
/// not itself in the dictionary), or `None` when no reading reaches a root.
pub(crate) fn best_reading(lex: &Lexicon, word: &[u8]) -> Option<Reading> {
    let mut s = Search {
        lex,
        word_len: word.len(),
        best: None,
        suffix: None,
        possessive: None,
        particle: None,
        hint: lex.hint(word),
    };
    for particle in std::iter::once(None).chain(PARTICLES.iter().map(Some)) {
        let w1 = match particle {
            Some(p) => match strip_suffix(word, p.as_bytes()) {
                Some(w) => w,
                None => continue,
            },
            None => word,
        };
        for possessive in std::iter::once(None).chain(POSSESSIVES.iter().map(Some)) {
            let w2 = match possessive {
                Some(p) => match strip_suffix(w1, p.as_bytes()) {
                    Some(w) => w,
                    None => continue,
                },
                None => w1,
            };
            if w2.len() < MIN_ROOT {
                continue;
            }
            s.particle = particle.copied();
            s.possessive = possessive.copied();
            for suffix in std::iter::once(None).chain(DERIVATIONAL.iter().map(Some)) {
                let w3 = match suffix {
                    Some(x) => match strip_suffix(w2, x.text.as_bytes()) {
                        Some(w) => w,
                        None => continue,
                    },
                    None => w2,
                };
                if w3.len() < MIN_ROOT {
                    continue;
                }
                s.suffix = suffix.map(|x| (x.text, x.cost, x.kind));
                let base = Buf::new(&[], w3);
                let chain = [(Prefix::Di, ""); MAX_PREFIXES];
                s.prefixes(base, 0, chain, 0, 0);
                s.infix(w3);
            }
        }
    }
    s.best
}

impl Search<'_> {
    fn suffix_cost(&self) -> i32 {
        let mut c = 0;
        if let Some((text, cost, _)) = self.suffix {
            c += cost + text.len() as i32;
        }
        for clitic in [self.possessive, self.particle].into_iter().flatten() {
            c += CLITIC_COST + clitic.len() as i32;
        }
        c
    }

    /// Tries `rem` as the root, then every prefix rule on it.
    fn prefixes(
        &mut self,
        rem: Buf,
        depth: usize,
        chain: [(Prefix, &'static str); MAX_PREFIXES],
        prefix_cost: i32,
        offset: usize,
    ) {
        let stripped_something = depth > 0
            || self.suffix.is_some()
            || self.possessive.is_some()
            || self.particle.is_some();
        if stripped_something && rem.len >= MIN_ROOT {
            self.consider(rem, depth, chain, prefix_cost, offset, None, 0);
        }
        if depth == MAX_PREFIXES {
            return;
        }
        let bytes = rem.as_bytes();
        let Some(&first) = bytes.first() else {
            return;
        };
        for rule in rules_for(first) {
            if depth > 0 && rule.prefix.outermost_only() {
                continue;
            }
            if chain[..depth].iter().any(|&(p, _)| p == rule.prefix) {
                continue;
            }
            // Two of ber-/per-/pe-/ter- in a row is rare (`berpengalaman`) and
            // three never happen; nothing strips after a proclitic but meN-less
            // roots (`kubaca`).
            if depth > 0 && chain[depth - 1].0.is_proclitic() {
                continue;
            }
            let Some((restore, rest)) = rule.apply(bytes) else {
                continue;
            };
            if restore.len() + rest.len() < MIN_ROOT {
                continue;
            }
            let mut next = chain;
            next[depth] = (rule.prefix, rule.strip);
            let next_rem = Buf::new(restore, rest);
            let next_offset = offset + rule.strip.len();
            self.prefixes(
                next_rem,
                depth + 1,
                next,
                prefix_cost + AFFIX_COST + rule.cost + rule.strip.len() as i32,
                next_offset,
            );
        }
    }

    /// `-er-`, `-el-`, `-em-`, `-in-` (`gerigi`, `telunjuk`, `gemuruh`):
    /// lexicalised and rare, so only a last resort.
    fn infix(&mut self, stem: &[u8]) {
        if stem.len() < 5 || is_vowel(stem[0]) || !is_vowel(stem[3]) {
            return;
        }
        let infix = match &stem[1..3] {
            b"er" => "er",
            b"el" => "el",
            b"em" => "em",
            b"in" => "in",
            _ => return,
        };
        let root = Buf::new(&stem[..1], &stem[3..]);
        let chain = [(Prefix::Di, ""); MAX_PREFIXES];
        self.consider(root, 0, chain, INFIX_COST, 0, Some(infix), 0);
    }

    #[allow(clippy::too_many_arguments)]
    fn consider(
        &mut self,
        root: Buf,
        depth: usize,
        chain: [(Prefix, &'static str); MAX_PREFIXES],
        prefix_cost: i32,
        offset: usize,
        infix: Option<&'static str>,
        extra: i32,
    ) {
        let Some(entry) = self.lex.get(root.as_bytes()) else {
            return;
        };
        if entry.flags & (ROOT | LEXICALIZED | PROTECTED) == 0 {
            return;
        }
        let mut cost = prefix_cost + self.suffix_cost() + extra;
        if let (Some((_, _, kind)), true) = (self.suffix, depth > 0) {
            if disallowed_confix(chain[0].0, kind) {
                cost += CONFIX_PENALTY;
            }
        }
        cost -= WEIGHT_BONUS * i32::from(entry.weight);
        // only as a whole word with clitics (`pasukannya`), not inside another
        // derivation (`pemasukan` is not pem-pasukan)
        if entry.flags & LEXICALIZED != 0 && depth == 0 && self.suffix.is_none() && infix.is_none()
        {
            cost -= LEXICALIZED_BONUS;
        }
        if depth > 0
            && entry.flags & VERBAL != 0
            && matches!(
                chain[0].0,
                Prefix::Me | Prefix::Pe | Prefix::Di | Prefix::Ter
            )
        {
            cost -= VERBAL_BONUS;
        }
        if self.hint.is_some_and(|h| bytes_eq(h, root.as_bytes())) {
            cost -= HINT_BONUS;
        }
        let better = match &self.best {
            None => true,
            Some(b) => cost < b.cost || (cost == b.cost && root.len > b.root.len),
        };
        debug_assert!(root.len <= self.word_len);
        if better {
            self.best = Some(Reading {
                root,
                prefixes: chain,
                n_prefixes: depth,
                infix,
                suffix: self.suffix.map(|s| s.0),
                possessive: self.possessive,
                particle: self.particle,
                root_offset: offset,
                cost,
            });
        }
    }
}
