//! Small closed word lists the tokenizer consults. Kept sorted so lookups are
//! a binary search over packed integers with no allocation.

use std::sync::LazyLock;

/// Abbreviations written with a final period (`dll.`, `Prof.`). Compared
/// case-insensitively. Words that are also ordinary Indonesian words at the
/// end of a sentence (`hal`, `sen`, `let`) are deliberately left out.
const ABBREVIATIONS: &[&str] = &[
    "agt", "agu", "akbp", "al", "apr", "bhd", "bpk", "brigjen", "cet", "co", "corp", "dkk", "dll",
    "dr", "dra", "drg", "drs", "dsb", "dst", "ed", "etc", "feb", "gg", "hj", "hlm", "inc", "ir",
    "irjen", "jend", "jl", "jln", "jo", "jr", "kab", "kapt", "kav", "kec", "kel", "kh", "kol",
    "kombes", "komjen", "kompol", "laksda", "lamp", "letjen", "llc", "ltd", "marsda", "mayjen",
    "mr", "mrs", "ms", "nn", "no", "nos", "nov", "ny", "okt", "pjs", "pk", "pkl", "plc", "plt",
    "prof", "prov", "pte", "sda", "sdn", "sdr", "sdri", "sept", "sr", "st", "tbk", "tgl", "tn",
    "tsb", "ttd", "ust", "vol", "vs", "ybs", "yth",
];

/// Abbreviations that may close a sentence (`... buah, dll. Lalu`): after
/// them a capitalised word starts a new sentence. Titles never do.
const SENTENCE_FINAL_ABBREVIATIONS: &[&str] = &[
    "al", "bhd", "co", "corp", "dkk", "dll", "dsb", "dst", "etc", "inc", "llc", "ltd", "plc",
    "pte", "tbk",
];

/// Top-level domains that make `kompas.com` or `KONTAN.CO.ID` one token.
const TLDS: &[&str] = &[
    "ac", "ai", "app", "asia", "au", "biz", "cn", "co", "com", "de", "dev", "edu", "fr", "go",
    "gov", "id", "in", "info", "io", "jp", "kr", "me", "mil", "my", "net", "news", "nl", "or",
    "org", "ph", "ru", "sch", "sg", "tech", "th", "tv", "uk", "us", "web", "xyz",
];

/// Packs a word of at most 8 ASCII bytes, lowercased, into a `u64`, so a
/// lookup is a handful of integer comparisons rather than string compares.
#[inline]
fn pack(word: &[u8]) -> Option<u64> {
    if word.is_empty() || word.len() > 8 || !word.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[..word.len()].copy_from_slice(word);
    buf.make_ascii_lowercase();
    Some(u64::from_be_bytes(buf))
}

fn packed(list: &[&str]) -> Vec<u64> {
    let mut v: Vec<u64> = list.iter().filter_map(|w| pack(w.as_bytes())).collect();
    v.sort_unstable();
    v
}

static ABBREVIATIONS_PACKED: LazyLock<Vec<u64>> = LazyLock::new(|| packed(ABBREVIATIONS));
static SENTENCE_FINAL_PACKED: LazyLock<Vec<u64>> =
    LazyLock::new(|| packed(SENTENCE_FINAL_ABBREVIATIONS));
static TLDS_PACKED: LazyLock<Vec<u64>> = LazyLock::new(|| packed(TLDS));

#[inline]
fn lookup(list: &[u64], word: &str) -> bool {
    match pack(word.as_bytes()) {
        Some(key) => list.binary_search(&key).is_ok(),
        None => false,
    }
}

pub(crate) fn is_abbreviation(word: &str) -> bool {
    lookup(&ABBREVIATIONS_PACKED, word)
}

pub(crate) fn is_sentence_final_abbreviation(word: &str) -> bool {
    lookup(&SENTENCE_FINAL_PACKED, word)
}

/// A TLD written all-lowercase or all-uppercase (`com`, `ID`); a capitalised
/// `Id` after a period is more likely a missing space than a domain.
pub(crate) fn is_tld(label: &str) -> bool {
    let b = label.as_bytes();
    let uniform = b.iter().all(u8::is_ascii_lowercase) || b.iter().all(u8::is_ascii_uppercase);
    uniform && lookup(&TLDS_PACKED, label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, TLDS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn lookups_ignore_case() {
        assert!(is_abbreviation("DLL"));
        assert!(is_abbreviation("Prof"));
        assert!(!is_abbreviation("hal"));
        assert!(is_tld("ID") && is_tld("com") && !is_tld("Com"));
    }
}
