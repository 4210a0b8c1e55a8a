//! Small closed word lists the tokenizer consults, matched as packed
//! integers with no allocation ([`ShortWords`]).

use crate::short_words::ShortWords;

/// Abbreviations written with a final period (`dll.`, `Prof.`). Compared
/// case-insensitively. Words that are also ordinary Indonesian words at the
/// end of a sentence (`hal`, `sen`, `let`) are deliberately left out.
const ABBREVIATIONS: ShortWords<84> = ShortWords::new([
    "agt", "agu", "akbp", "al", "apr", "bhd", "bpk", "brigjen", "cet", "co", "corp", "dkk", "dll",
    "dr", "dra", "drg", "drs", "dsb", "dst", "ed", "etc", "feb", "gg", "hj", "hlm", "inc", "ir",
    "irjen", "jend", "jl", "jln", "jo", "jr", "kab", "kapt", "kav", "kec", "kel", "kh", "kol",
    "kombes", "komjen", "kompol", "laksda", "lamp", "letjen", "llc", "ltd", "marsda", "mayjen",
    "mr", "mrs", "ms", "nn", "no", "nos", "nov", "ny", "okt", "pjs", "pk", "pkl", "plc", "plt",
    "prof", "prov", "pte", "sda", "sdn", "sdr", "sdri", "sept", "sr", "st", "tbk", "tgl", "tn",
    "tsb", "ttd", "ust", "vol", "vs", "ybs", "yth",
]);

/// Abbreviations that may close a sentence (`... buah, dll. Lalu`): after
/// them a capitalised word starts a new sentence. Titles never do.
const SENTENCE_FINAL_ABBREVIATIONS: ShortWords<15> = ShortWords::new([
    "al", "bhd", "co", "corp", "dkk", "dll", "dsb", "dst", "etc", "inc", "llc", "ltd", "plc",
    "pte", "tbk",
]);

/// Top-level domains that make `kompas.com` or `KONTAN.CO.ID` one token.
const TLDS: ShortWords<40> = ShortWords::new([
    "ac", "ai", "app", "asia", "au", "biz", "cn", "co", "com", "de", "dev", "edu", "fr", "go",
    "gov", "id", "in", "info", "io", "jp", "kr", "me", "mil", "my", "net", "news", "nl", "or",
    "org", "ph", "ru", "sch", "sg", "tech", "th", "tv", "uk", "us", "web", "xyz",
]);

pub(crate) fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains_ignore_ascii_case(word)
}

pub(crate) fn is_sentence_final_abbreviation(word: &str) -> bool {
    SENTENCE_FINAL_ABBREVIATIONS.contains_ignore_ascii_case(word)
}

/// A TLD written all-lowercase or all-uppercase (`com`, `ID`); a capitalised
/// `Id` after a period is more likely a missing space than a domain.
pub(crate) fn is_tld(label: &str) -> bool {
    let b = label.as_bytes();
    let uniform = b.iter().all(u8::is_ascii_lowercase) || b.iter().all(u8::is_ascii_uppercase);
    uniform && TLDS.contains_ignore_ascii_case(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case() {
        assert!(is_abbreviation("DLL"));
        assert!(is_abbreviation("Prof"));
        assert!(!is_abbreviation("hal"));
        // Longer than a listed word, or outside ASCII.
        assert!(!is_abbreviation("profs") && !is_abbreviation("pröf"));
        assert!(is_tld("ID") && is_tld("com") && !is_tld("Com"));
    }
}
