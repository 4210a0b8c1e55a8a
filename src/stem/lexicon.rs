//! The stemmer's dictionary: roots, function words, lexicalised forms and
//! protected words in one hash map keyed by bytes, so a lookup of a `&str`
//! slice (or of a candidate built in a stack buffer) never allocates.

use crate::error::Error;
use crate::hash::{FxBuild, SEED};
use crate::text_file;
use std::borrow::Cow;
use std::collections::HashMap;

/// What the dictionary knows about a word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    /// 0-9: how well attested the word's derivations are; breaks ties between
    /// two dictionary roots (`gerak` over `gera` for `gerakan`).
    pub(crate) weight: u8,
    /// Bit set of `ROOT`, `LEXICALIZED`, `PROTECTED`, `VERBAL`; 0 for a
    /// form that is only here for its hint.
    pub(crate) flags: u8,
    /// 1 + index of the root an attested lemma table gives for this form,
    /// or 0. Kept in the same entry so that one probe answers both "is it a
    /// word?" and "what does the table say?".
    hint: u16,
}

impl Entry {
    /// Whether the entry is a word (root, lexicalised or protected), not
    /// only a hinted form.
    #[inline]
    pub(crate) fn is_word(self) -> bool {
        self.flags & (ROOT | LEXICALIZED | PROTECTED) != 0
    }
}

pub(crate) const ROOT: u8 = 1;
pub(crate) const LEXICALIZED: u8 = 2;
pub(crate) const PROTECTED: u8 = 4;
/// Attested with `di-`/`ter-`: a verb root, preferred by meN-/peN- readings.
pub(crate) const VERBAL: u8 = 8;

/// Weight given to hand-listed and user-supplied words without one: the
/// upper range of the embedded weights, since a human vouched for them.
pub(crate) const LISTED_WEIGHT: u8 = 4;

const BLOOM_WORDS: usize = 4096;
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// Words and what is known about them.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    map: HashMap<Cow<'static, [u8]>, Entry, FxBuild>,
    /// A Bloom filter over the keys (32 KiB, two probes): most candidate roots
    /// a reading generates are not words, and this rejects them from cache
    /// instead of probing the large table.
    bloom: Box<[u64]>,
    /// Roots named by attested form -> root pairs (spaCy's lemma table,
    /// filtered): a reading that reaches the listed root is preferred, not
    /// forced. Indexed by `Entry::hint`.
    hints: Vec<&'static [u8]>,
}

impl Lexicon {
    pub(crate) fn empty() -> Lexicon {
        Lexicon::with_capacity(0)
    }

    pub(crate) fn with_capacity(n: usize) -> Lexicon {
        Lexicon {
            map: HashMap::with_capacity_and_hasher(n, FxBuild::default()),
            bloom: vec![0u64; BLOOM_WORDS].into_boxed_slice(),
            hints: Vec::new(),
        }
    }

    /// The Bloom hash of `head` + `tail`, taken in two parts so that a
    /// candidate root (a restored letter + a slice of the word) is checked
    /// before it is copied anywhere. It mixes the first and last 8 bytes and
    /// the length: two loads instead of a multiply per byte (longer words
    /// share more bits, which only raises the false-positive rate a little).
    #[inline]
    fn bloom_hash(head: &[u8], tail: &[u8]) -> u64 {
        let n = head.len() + tail.len();
        let first = if head.is_empty() && tail.len() >= 8 {
            u64::from_le_bytes([
                tail[0], tail[1], tail[2], tail[3], tail[4], tail[5], tail[6], tail[7],
            ])
        } else {
            super::affix::load8(head, tail)
        };
        let last = if n <= 8 {
            0
        } else if tail.len() >= 8 {
            let t = &tail[tail.len() - 8..];
            u64::from_le_bytes([t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]])
        } else {
            let mut out = 0u64;
            for (i, &b) in head.iter().chain(tail).skip(n - 8).enumerate() {
                out |= u64::from(b) << (8 * i);
            }
            out
        };
        (first.wrapping_mul(FNV_PRIME) ^ last.rotate_left(31) ^ n as u64)
            .wrapping_mul(FNV_OFFSET | 1)
    }

    /// Whether `head` + `tail` may be in the dictionary (false: surely not).
    #[inline]
    pub(crate) fn maybe_contains(&self, head: &[u8], tail: &[u8]) -> bool {
        self.maybe_contains_hash(Self::bloom_hash(head, tail))
    }

    #[inline]
    /// A blocked Bloom filter: both bits in one 64-bit word, so a test is
    /// one memory access. Returns (word index, bit mask).
    fn bloom_bits(h: u64) -> (usize, u64) {
        let h = h.wrapping_mul(SEED);
        let word = ((h >> 40) as usize) & (BLOOM_WORDS - 1);
        let mask = (1u64 << ((h >> 20) & 63)) | (1u64 << ((h >> 28) & 63));
        (word, mask)
    }

    /// Whether a word with Bloom hash `h` may be in the dictionary (false:
    /// surely not).
    #[inline]
    pub(crate) fn maybe_contains_hash(&self, h: u64) -> bool {
        let (word, mask) = Self::bloom_bits(h);
        self.bloom[word] & mask == mask
    }

    #[inline]
    pub(crate) fn get(&self, word: &[u8]) -> Option<Entry> {
        if !self.maybe_contains_hash(Self::bloom_hash(&[], word)) {
            return None;
        }
        self.map.get(word).copied()
    }

    /// The stored key of `word` when it is embedded data, so that a recoded
    /// root (`tulis` for `menulis`) can be returned without allocating.
    #[inline]
    pub(crate) fn static_key(&self, word: &[u8]) -> Option<&'static str> {
        match self.map.get_key_value(word) {
            Some((Cow::Borrowed(k), _)) => std::str::from_utf8(k).ok(),
            _ => None,
        }
    }

    /// [`get`](Self::get) for a word that already passed
    /// [`maybe_contains`](Self::maybe_contains).
    #[inline]
    pub(crate) fn get_after_bloom(&self, word: &[u8]) -> Option<Entry> {
        self.map.get(word).copied()
    }

    /// Whether `word` is a word of the dictionary.
    #[inline]
    pub(crate) fn is_word(&self, word: &[u8]) -> bool {
        self.get(word).is_some_and(Entry::is_word)
    }

    /// The root the lemma table gives for the form of `entry`.
    #[inline]
    pub(crate) fn hint(&self, entry: Option<Entry>) -> Option<&'static [u8]> {
        let i = usize::from(entry?.hint).checked_sub(1)?;
        self.hints.get(i).copied()
    }

    /// Embedded `form<TAB>root` lines.
    pub(crate) fn add_hints(&mut self, text: &'static str) {
        for line in text.lines() {
            if let Some((form, root)) = line.split_once('\t') {
                if self.hints.len() >= usize::from(u16::MAX) {
                    break;
                }
                self.hints.push(root.as_bytes());
                let hint = self.hints.len() as u16;
                self.insert(Cow::Borrowed(form.as_bytes()), 0, 0);
                if let Some(e) = self.map.get_mut(form.as_bytes()) {
                    e.hint = hint;
                }
            }
        }
    }

    /// Number of words (hinted forms aside).
    pub(crate) fn len(&self) -> usize {
        self.map.values().filter(|e| e.is_word()).count()
    }

    /// Adds `flags` to `word`, keeping the larger weight.
    pub(crate) fn insert(&mut self, word: Cow<'static, [u8]>, weight: u8, flags: u8) {
        let (a, b) = Self::bloom_bits(Self::bloom_hash(&[], &word));
        self.bloom[a] |= b;
        let e = self.map.entry(word).or_default();
        e.weight = e.weight.max(weight);
        e.flags |= flags;
    }

    /// Embedded data is trusted (the data test checks its format), so it is
    /// parsed without error handling: lines `word` or `word<TAB>weight`,
    /// the weight a digit optionally followed by `v` (verbal).
    pub(crate) fn add_embedded(&mut self, text: &'static str, flags: u8) {
        for line in text.lines() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (word, weight, extra) = match line.split_once('\t') {
                Some((w, n)) => {
                    let n = n.as_bytes();
                    let weight = n.first().map_or(0, |d| d.wrapping_sub(b'0').min(9));
                    let extra = if n.get(1) == Some(&b'v') { VERBAL } else { 0 };
                    (w, weight, extra)
                }
                None => (line, LISTED_WEIGHT, 0),
            };
            self.insert(Cow::Borrowed(word.as_bytes()), weight, flags | extra);
        }
    }
}

/// Parses a user word list into `(word, weight)` pairs, all or nothing.
///
/// Two formats are recognised: a plain list (one word per line, optionally
/// `word<TAB>weight` with a weight 0-9; `#` comments and blank lines skipped)
/// and a hunspell `.dic` file (first line a word count, then `stem/FLAGS`
/// lines, optionally followed by whitespace and morphological fields).
/// Capitalised hunspell stems are names, which the stemmer leaves alone
/// anyway, so they are skipped.
pub(crate) fn parse_word_list(name: &str, text: &str) -> Result<Vec<(String, u8)>, Error> {
    let mut out = Vec::new();
    let mut lines = text_file::lines(name, text).peekable();
    let is_dic = match lines.peek() {
        Some(Ok((_, first))) => {
            let t = first.trim();
            !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    };
    if is_dic {
        lines.next();
        for line in lines {
            let (n, line) = line?;
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            // `stem/FLAGS  po:noun`: the stem ends at the first unescaped `/`
            // or whitespace.
            let end = line
                .find(|c: char| c == '/' || c.is_whitespace())
                .unwrap_or(line.len());
            let stem = &line[..end];
            if stem.is_empty() {
                return Err(Error::malformed(
                    name,
                    n,
                    format!("hunspell entry without a stem: {line:?}"),
                ));
            }
            if stem.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            check_word(name, n, stem)?;
            out.push((stem.to_lowercase(), LISTED_WEIGHT));
        }
    } else {
        for line in text_file::data_lines(name, text) {
            let (n, line) = line?;
            let (word, weight) = match line.split_once('\t') {
                Some((w, wt)) => {
                    let wt = wt.trim();
                    match wt.parse::<u8>() {
                        Ok(x) if x <= 9 => (w.trim(), x),
                        _ => {
                            return Err(Error::malformed(
                                name,
                                n,
                                format!("expected a weight 0-9 after the tab, found {wt:?}"),
                            ))
                        }
                    }
                }
                None => (line, LISTED_WEIGHT),
            };
            check_word(name, n, word)?;
            out.push((word.to_lowercase(), weight));
        }
    }
    Ok(out)
}

fn check_word(name: &str, n: usize, word: &str) -> Result<(), Error> {
    if word.is_empty() {
        return Err(Error::malformed(name, n, "empty word"));
    }
    // `\t5` (a weight with no word) trims to `5`; no root is letterless.
    if !word.chars().any(char::is_alphabetic) {
        return Err(Error::malformed(
            name,
            n,
            format!("expected a word, found {word:?}"),
        ));
    }
    if let Some(c) = word
        .chars()
        .find(|&c| c.is_whitespace() || c == '/' || c.is_control())
    {
        return Err(Error::malformed(
            name,
            n,
            format!("expected one word per line, found {word:?} (contains {c:?})"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_list_with_weights() {
        let v = parse_word_list("x", "# c\nbuku\nrumah\t7\n\n").unwrap();
        assert_eq!(v, vec![("buku".into(), LISTED_WEIGHT), ("rumah".into(), 7)]);
    }

    #[test]
    fn hunspell_dic() {
        let v = parse_word_list("id.dic", "3\nabad/AB\nApril\nbaca/XY po:verb\n").unwrap();
        assert_eq!(
            v,
            vec![
                ("abad".into(), LISTED_WEIGHT),
                ("baca".into(), LISTED_WEIGHT)
            ]
        );
    }

    #[test]
    fn errors_name_line() {
        let e = parse_word_list("x", "buku\nrumah makan\n").unwrap_err();
        assert_eq!(e.line(), Some(2));
        let e = parse_word_list("x", "buku\t12\n").unwrap_err();
        assert_eq!(e.line(), Some(1));
        let e = parse_word_list("d.dic", "2\nabad\n/AB\n").unwrap_err();
        assert_eq!(e.line(), Some(3));
    }
}
