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
//! Prefixes sit at the start of a word and suffixes at its end, so the
//! prefix chains (every rule sequence, every recoding) and the suffix splits
//! are each enumerated once per word; every (chain, split) pair is then a
//! candidate root, tested against a Bloom filter before the dictionary.
//! All of it runs on byte slices and fixed-size stack arrays: no allocation.

use super::affix::{
    bytes_eq, disallowed_confix, is_vowel, load8, rules_for, strip_suffix, Next, Prefix, Rule,
    SuffixKind, DERIVATIONAL, PARTICLES, POSSESSIVES, PREFIX_RULES,
};
use super::lexicon::{Lexicon, LEXICALIZED, VERBAL};

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
    chain: Chain,
    split: Split,
    /// Surface infix (`-el-` of `telunjuk`).
    pub(crate) infix: Option<&'static str>,
    cost: i32,
}

impl Reading {
    /// Prefixes as spelt in the word, outermost first, with their morpheme.
    pub(crate) fn prefixes(&self) -> impl Iterator<Item = (Prefix, &'static str)> + '_ {
        (0..self.chain.depth as usize).map(|i| {
            let rule = self.chain.rule(i);
            (rule.prefix, rule.strip)
        })
    }

    pub(crate) fn suffix(&self) -> Option<&'static str> {
        self.split.suffix().map(|s| s.0)
    }

    pub(crate) fn possessive(&self) -> Option<&'static str> {
        self.split.possessive()
    }

    pub(crate) fn particle(&self) -> Option<&'static str> {
        self.split.particle()
    }

    /// Bytes of the word before the root's first letter that came from the
    /// word itself, i.e. where the root starts if it is a plain slice.
    pub(crate) fn root_offset(&self) -> usize {
        if self.infix.is_some() {
            0
        } else {
            self.chain.offset as usize
        }
    }
}

/// One way to strip prefixes off the start of a word: the root then is
/// the last rule's restored letters followed by `word[offset..end]` for some
/// suffix split `end`. Kept small (rule indices), since every word fills an
/// array of them.
#[derive(Clone, Copy)]
struct Chain {
    rules: [u8; MAX_PREFIXES],
    depth: u8,
    offset: u8,
    cost: i16,
}

impl Chain {
    const EMPTY: Chain = Chain {
        rules: [0; MAX_PREFIXES],
        depth: 0,
        offset: 0,
        cost: 0,
    };

    fn rule(&self, i: usize) -> &'static Rule {
        &PREFIX_RULES[self.rules[i] as usize]
    }

    fn last(&self) -> Option<&'static Rule> {
        (self.depth > 0).then(|| self.rule(self.depth as usize - 1))
    }

    fn restore(&self) -> &'static [u8] {
        self.last().map_or(b"", |r| r.restore.as_bytes())
    }

    fn outer(&self) -> Option<Prefix> {
        (self.depth > 0).then(|| self.rule(0).prefix)
    }

    /// A condition on the whole rest (`bel-` + exactly `ajar`, `menge-` + a
    /// monosyllable), checked against each candidate root.
    fn tail_check(&self) -> Option<Next> {
        self.last()
            .map(|r| r.next)
            .filter(|n| matches!(n, Next::Exactly(_) | Next::Monosyllable))
    }
}

const MAX_CHAINS: usize = 48;

/// Every prefix chain of `word` (the empty one first). Prefixes sit at the
/// start of the word, so they are enumerated once per word and then combined
/// with every suffix split.
struct Chains {
    items: [Chain; MAX_CHAINS],
    len: usize,
}

impl Chains {
    fn build(word: &[u8]) -> Chains {
        let mut c = Chains {
            items: [Chain::EMPTY; MAX_CHAINS],
            len: 1,
        };
        c.extend(word, Chain::EMPTY);
        c
    }

    fn extend(&mut self, word: &[u8], chain: Chain) {
        let depth = chain.depth as usize;
        if depth == MAX_PREFIXES || chain.tail_check().is_some() {
            return;
        }
        let restored = chain.restore();
        let tail = &word[chain.offset as usize..];
        let Some(&first) = restored.first().or(tail.first()) else {
            return;
        };
        let first8 = load8(restored, tail);
        for (index, rule) in rules_for(first) {
            if depth > 0 && rule.prefix.outermost_only() {
                continue;
            }
            if (0..depth).any(|i| chain.rule(i).prefix == rule.prefix) {
                continue;
            }
            // nothing but the root follows a proclitic (`ku-baca`)
            if depth > 0 && chain.rule(depth - 1).prefix.is_proclitic() {
                continue;
            }
            // conditions on the whole rest are checked per candidate root
            let Some((restore, rest)) = rule.apply_split8(first8, restored, tail, false) else {
                continue;
            };
            if restore.len() + rest.len() < MIN_ROOT {
                continue;
            }
            // a restored letter is only ever stripped again whole
            // (`mem-` + p + `er…`), so the new rest starts in the word
            let Some(offset) =
                (chain.offset as usize + rule.strip.len()).checked_sub(restored.len())
            else {
                continue;
            };
            let mut next = chain;
            next.rules[depth] = index as u8;
            next.depth += 1;
            next.offset = offset as u8;
            next.cost += (AFFIX_COST + rule.cost + rule.strip.len() as i32) as i16;
            if self.len == MAX_CHAINS {
                return;
            }
            self.items[self.len] = next;
            self.len += 1;
            self.extend(word, next);
        }
    }
}

struct Search<'a> {
    lex: &'a Lexicon,
    best: Option<Reading>,
    // the suffix split under exploration
    split: Split,
    suffix: Option<(&'static str, i32, SuffixKind)>,
    possessive: Option<&'static str>,
    particle: Option<&'static str>,
    hint: Option<&'static [u8]>,
}

/// The best reading of `word` (lowercase ASCII letters, 4..=MAX_WORD bytes,
/// not itself in the dictionary), or `None` when no reading reaches a root.
///
/// `hint` is the root an attested lemma table gives for the word, if any.
pub(crate) fn best_reading(
    lex: &Lexicon,
    word: &[u8],
    hint: Option<&'static [u8]>,
) -> Option<Reading> {
    let chains = Chains::build(word);
    let mut s = Search {
        lex,
        best: None,
        split: Split::NONE,
        suffix: None,
        possessive: None,
        particle: None,
        hint,
    };
    let splits = Splits::build(word);
    for chain in &chains.items[..chains.len] {
        let offset = chain.offset as usize;
        let restore = chain.restore();
        // Bloom hashes of every prefix of this chain's rest, so each suffix
        // split costs one bit test until a candidate may be a word.

        for split in &splits.items[..splits.len] {
            let end = split.end as usize;
            if chain.depth == 0 && end == word.len() {
                continue; // the word itself, known not to be a root
            }
            if offset > end || restore.len() + end - offset < MIN_ROOT {
                continue;
            }
            if !lex.maybe_contains(restore, &word[offset..end]) {
                continue;
            }
            // a slice of the word needs no copy; a restored letter does
            let tail = &word[offset..end];
            let buf;
            let root: &[u8] = if restore.is_empty() {
                tail
            } else {
                buf = Buf::new(restore, tail);
                buf.as_bytes()
            };
            if let Some(next) = chain.tail_check() {
                if !next.matches_whole(root) {
                    continue;
                }
            }
            s.set_split(*split);
            s.consider(root, chain, None, true);
        }
    }
    for split in &splits.items[..splits.len] {
        s.set_split(*split);
        s.infix(&word[..split.end as usize]);
    }
    s.best
}

/// One way to strip suffixes off the end of a word: the root ends at `end`;
/// the affixes are 1 + their index in their table, or 0 (small, since every
/// word fills an array of these).
#[derive(Clone, Copy)]
struct Split {
    end: u8,
    particle: u8,
    possessive: u8,
    suffix: u8,
}

fn nth<T: Copy>(table: &[T], i: u8) -> Option<T> {
    usize::from(i).checked_sub(1).map(|i| table[i])
}

impl Split {
    const NONE: Split = Split {
        end: 0,
        particle: 0,
        possessive: 0,
        suffix: 0,
    };

    fn particle(&self) -> Option<&'static str> {
        nth(PARTICLES, self.particle)
    }
    fn possessive(&self) -> Option<&'static str> {
        nth(POSSESSIVES, self.possessive)
    }
    fn suffix(&self) -> Option<(&'static str, i32, SuffixKind)> {
        nth(DERIVATIONAL, self.suffix).map(|x| (x.text, x.cost, x.kind))
    }
}

const MAX_SPLITS: usize = 24;

/// Every suffix split of a word: particle, then possessive, then
/// derivational suffix, each optional.
struct Splits {
    items: [Split; MAX_SPLITS],
    len: usize,
}

impl Splits {
    fn build(word: &[u8]) -> Splits {
        let none = Split {
            end: word.len() as u8,
            particle: 0,
            possessive: 0,
            suffix: 0,
        };
        let mut out = Splits {
            items: [none; MAX_SPLITS],
            len: 0,
        };
        // index 0: no affix; i: the affix at i - 1 in its table
        for p in 0..=PARTICLES.len() {
            let w1 = match p.checked_sub(1) {
                Some(i) => match strip_suffix(word, PARTICLES[i].as_bytes()) {
                    Some(w) => w,
                    None => continue,
                },
                None => word,
            };
            for q in 0..=POSSESSIVES.len() {
                let w2 = match q.checked_sub(1) {
                    Some(i) => match strip_suffix(w1, POSSESSIVES[i].as_bytes()) {
                        Some(w) => w,
                        None => continue,
                    },
                    None => w1,
                };
                if w2.len() < MIN_ROOT {
                    continue;
                }
                for d in 0..=DERIVATIONAL.len() {
                    let w3 = match d.checked_sub(1) {
                        Some(i) => match strip_suffix(w2, DERIVATIONAL[i].text.as_bytes()) {
                            Some(w) => w,
                            None => continue,
                        },
                        None => w2,
                    };
                    if w3.len() < MIN_ROOT || out.len == MAX_SPLITS {
                        continue;
                    }
                    out.items[out.len] = Split {
                        end: w3.len() as u8,
                        particle: p as u8,
                        possessive: q as u8,
                        suffix: d as u8,
                    };
                    out.len += 1;
                }
            }
        }
        out
    }
}

impl Search<'_> {
    fn set_split(&mut self, split: Split) {
        self.split = split;
        self.particle = split.particle();
        self.possessive = split.possessive();
        self.suffix = split.suffix();
    }

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
        let chain = Chain {
            cost: INFIX_COST as i16,
            ..Chain::EMPTY
        };
        self.consider(root.as_bytes(), &chain, Some(infix), false);
    }

    /// Scores `root` as the root of the current reading (`bloom_checked`:
    /// the caller already asked the Bloom filter).
    fn consider(
        &mut self,
        root: &[u8],
        chain: &Chain,
        infix: Option<&'static str>,
        bloom_checked: bool,
    ) {
        let depth = chain.depth as usize;
        let entry = if bloom_checked {
            self.lex.get_after_bloom(root)
        } else {
            self.lex.get(root)
        };
        let Some(entry) = entry else {
            return;
        };
        if !entry.is_word() {
            return;
        }
        let mut cost = i32::from(chain.cost) + self.suffix_cost();
        if let (Some((_, _, kind)), Some(outer)) = (self.suffix, chain.outer()) {
            if disallowed_confix(outer, kind) {
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
                chain.outer(),
                Some(Prefix::Me | Prefix::Pe | Prefix::Di | Prefix::Ter)
            )
        {
            cost -= VERBAL_BONUS;
        }
        if self.hint.is_some_and(|h| bytes_eq(h, root)) {
            cost -= HINT_BONUS;
        }
        let better = match &self.best {
            None => true,
            Some(b) => cost < b.cost || (cost == b.cost && root.len() > b.root.len),
        };
        if better {
            self.best = Some(Reading {
                root: Buf::new(&[], root),
                chain: *chain,
                split: self.split,
                infix,
                cost,
            });
        }
    }
}
