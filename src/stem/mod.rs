//! A root-word (kata dasar) stemmer for Indonesian.
//!
//! The confix-stripping family (Nazief–Adriani, ECS), but instead of taking
//! the first dictionary hit it generates every reading of a word — each
//! suffix split, each chain of prefix rules, each recoding — and keeps the
//! cheapest one whose root is in the dictionary (see [`Stemmer`]).

mod affix;
mod analysis;
mod cache;
mod lexicon;
mod search;

pub use analysis::Analysis;
pub use cache::CachedStemmer;

use crate::error::Error;
use crate::text_file;
use lexicon::{Lexicon, LEXICALIZED, PROTECTED, ROOT};
use search::{best_reading, Reading, MAX_WORD};
use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

/// Maps Indonesian words to their root: `menyampaikan → sampai`,
/// `pemerintah → perintah`, `pergerakan → gerak`, `anak-anak → anak`.
///
/// - Words of up to three letters, words with digits or other symbols, and
///   capitalised words (names: `Bekasi`, `Bali`) are returned unchanged; so
///   are function words (`adalah`, `kepada`), lexicalised forms
///   (`perseroan`) and protected words, though clitics come off them
///   (`kepadanya → kepada`).
/// - Affixed words get every reading generated; the cheapest reading whose
///   root is in the dictionary wins: fewer affixes, the usual recoding,
///   allowed confixes, fewer stripped letters and better-attested roots are
///   cheaper. A word with no reading is returned unchanged (minus a final
///   `-nya`).
/// - Reduplication: `anak-anak → anak`, `berbondong-bondong → bondong`,
///   `meniru-nirukan → tiru`; other hyphenated words stay (`serta-merta`).
///
/// The default dictionary is embedded (built once, shared behind an `Arc`).
///
/// ```
/// let stemmer = indonlp::Stemmer::new();
/// assert_eq!(stemmer.stem("pergerakan"), "gerak");
/// assert_eq!(stemmer.stem("mengunjungi"), "kunjung");
/// assert_eq!(stemmer.stem("Bekasi"), "Bekasi");
/// assert_eq!(stemmer.stem("kepadanya"), "kepada");
/// ```
#[derive(Clone, Debug)]
pub struct Stemmer {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    lex: Lexicon,
    keep_capitalized: bool,
}

static DEFAULT: LazyLock<Stemmer> = LazyLock::new(|| Stemmer {
    inner: Arc::new(Inner {
        lex: default_lexicon(),
        keep_capitalized: true,
    }),
});

fn default_lexicon() -> Lexicon {
    let mut lex = Lexicon::with_capacity(24_000);
    lex.add_embedded(crate::data::ROOTS, ROOT);
    lex.add_embedded(crate::data::STEM_FUNCTION_WORDS, ROOT);
    lex.add_embedded(crate::data::STEM_LEXICALIZED, LEXICALIZED);
    lex.add_hints(crate::data::STEM_EVIDENCE);
    lex
}

impl Default for Stemmer {
    fn default() -> Self {
        Stemmer::new()
    }
}

/// What `stem` found, without allocating: either the word stays, or it has
/// a root (a slice of the word, a `'static` dictionary key, or a new string).
enum Outcome<'w> {
    Unchanged,
    Root(Cow<'w, str>),
}

impl Stemmer {
    /// The stemmer with the embedded dictionary (built once, then shared).
    ///
    /// ```
    /// assert_eq!(indonlp::Stemmer::new().stem("kebijakan"), "bijak");
    /// ```
    pub fn new() -> Stemmer {
        DEFAULT.clone()
    }

    /// A builder to add roots (a word list or a hunspell `.dic` file),
    /// protected words and lexicalised forms.
    ///
    /// ```
    /// let stemmer = indonlp::Stemmer::builder()
    ///     .protect("bekasi")
    ///     .add_lexicalized("pendapatan")
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(stemmer.stem("bekasi"), "bekasi");
    /// assert_eq!(stemmer.stem("pendapatannya"), "pendapatan");
    /// ```
    pub fn builder() -> StemmerBuilder {
        StemmerBuilder {
            defaults: true,
            keep_capitalized: true,
            sources: Vec::new(),
        }
    }

    /// The root of `word`. Returns `Cow::Borrowed` whenever it can: when
    /// nothing changes, when the root is a slice of the word (`bukunya →
    /// buku`) and when it is an embedded dictionary word (`menulis → tulis`),
    /// so lowercase input is stemmed without allocating.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// let stemmer = indonlp::Stemmer::new();
    /// assert_eq!(stemmer.stem("menyampaikan"), "sampai");
    /// assert!(matches!(stemmer.stem("rumah"), Cow::Borrowed("rumah")));
    /// assert_eq!(stemmer.stem("bersalam-salaman"), "salam");
    /// ```
    pub fn stem<'w>(&self, word: &'w str) -> Cow<'w, str> {
        match self.stem_outcome(word) {
            Outcome::Unchanged => Cow::Borrowed(word),
            Outcome::Root(r) => r,
        }
    }

    /// A morphological breakdown of `word`: prefixes, root, suffixes and
    /// clitics.
    ///
    /// ```
    /// let a = indonlp::Stemmer::new().analyze("mempertanyakannya");
    /// assert_eq!(a.root(), "tanya");
    /// assert_eq!(a.prefixes(), ["mem", "per"]);
    /// assert_eq!(a.suffixes(), ["kan"]);
    /// assert_eq!(a.clitics(), ["nya"]);
    /// assert_eq!(a.to_string(), "mem-per-tanya-kan-nya");
    /// ```
    pub fn analyze<'w>(&self, word: &'w str) -> Analysis<'w> {
        let lowered;
        let w: &str = if self.wants_lowercase(word) {
            lowered = word.to_lowercase();
            &lowered
        } else {
            word
        };
        let mut a = Analysis::unchanged(word);
        if !self.stemmable(w) {
            return a;
        }
        if w.contains('-') {
            let root = self.stem(word);
            if root != word {
                if let Some((left, right)) = w.split_once('-') {
                    if let Some(r) = self.reading(left) {
                        a.set_prefixes(&r);
                        a.set_suffixes(&r);
                    }
                    // `hamba-ku`: a clitic after a hyphen, not a reduplication
                    if let Some(&p) = affix::POSSESSIVES.iter().find(|&&p| p == right) {
                        a.possessive = Some(p);
                    } else if let Some(&p) = affix::PARTICLES.iter().find(|&&p| p == right) {
                        a.particle = Some(p);
                    } else {
                        a.reduplicated = true;
                        a.suffix = None;
                        a.possessive = None;
                        a.particle = None;
                        if let Some(r) = self.reading(right) {
                            a.set_suffixes(&r);
                        }
                    }
                }
            }
            a.root = Cow::Owned(root.into_owned());
            a.known = self.inner.lex.is_word(a.root.as_bytes());
            return a;
        }
        if self.inner.lex.is_word(w.as_bytes()) {
            a.known = true;
            return a;
        }
        match self.reading(w) {
            Some(r) => {
                a.set_prefixes(&r);
                a.set_suffixes(&r);
                a.infix = r.infix;
                a.root = Cow::Owned(String::from_utf8_lossy(r.root.as_bytes()).into_owned());
                a.known = true;
            }
            None => {
                if let Some(host) = strip_nya(w) {
                    a.possessive = Some("nya");
                    a.root = Cow::Owned(host.to_owned());
                }
            }
        }
        a
    }

    fn reading(&self, w: &str) -> Option<Reading> {
        if w.len() <= 3 || w.len() > MAX_WORD {
            return None;
        }
        let lex = &self.inner.lex;
        let entry = lex.get(w.as_bytes());
        if entry.is_some_and(|e| e.is_word()) {
            return None;
        }
        best_reading(lex, w.as_bytes(), lex.hint(entry))
    }

    fn wants_lowercase(&self, word: &str) -> bool {
        !self.inner.keep_capitalized && word.chars().any(char::is_uppercase)
    }

    /// Lowercase ASCII letters with inner hyphens, longer than three letters.
    fn stemmable(&self, w: &str) -> bool {
        w.len() > 3
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !w.starts_with('-')
            && !w.ends_with('-')
    }

    fn stem_outcome<'w>(&self, word: &'w str) -> Outcome<'w> {
        if word.len() <= 3 {
            return Outcome::Unchanged;
        }
        if self.wants_lowercase(word) {
            let lower = word.to_lowercase();
            // Some uppercase letters have no lowercase (`ϒ`): recursing on an
            // unchanged word would never end (found by fuzzing).
            if lower != word {
                return match self.stem_outcome(&lower) {
                    Outcome::Unchanged => Outcome::Root(Cow::Owned(lower)),
                    Outcome::Root(r) => Outcome::Root(Cow::Owned(r.into_owned())),
                };
            }
        }
        match shape(word) {
            Shape::Plain => self.stem_simple(word),
            Shape::Hyphenated => self.stem_hyphenated(word),
            Shape::Other => Outcome::Unchanged,
        }
    }

    /// One hyphen-free lowercase ASCII word.
    fn stem_simple<'w>(&self, word: &'w str) -> Outcome<'w> {
        if word.len() <= 3 || word.len() > MAX_WORD {
            return Outcome::Unchanged;
        }
        let lex = &self.inner.lex;
        let entry = lex.get(word.as_bytes());
        if entry.is_some_and(|e| e.is_word()) {
            return Outcome::Unchanged;
        }
        match best_reading(lex, word.as_bytes(), lex.hint(entry)) {
            Some(r) => Outcome::Root(self.root_cow(word, &r)),
            None => match strip_nya(word) {
                Some(host) => Outcome::Root(Cow::Borrowed(host)),
                None => Outcome::Unchanged,
            },
        }
    }

    fn root_cow<'w>(&self, word: &'w str, r: &Reading) -> Cow<'w, str> {
        let root = r.root.as_bytes();
        let start = r.root_offset();
        if word.as_bytes().get(start..start + root.len()) == Some(root) {
            return Cow::Borrowed(&word[start..start + root.len()]);
        }
        if let Some(s) = self.inner.lex.static_key(root) {
            return Cow::Borrowed(s);
        }
        Cow::Owned(String::from_utf8_lossy(root).into_owned())
    }

    fn simple<'w>(&self, word: &'w str) -> Cow<'w, str> {
        match self.stem_simple(word) {
            Outcome::Unchanged => Cow::Borrowed(word),
            Outcome::Root(r) => r,
        }
    }

    /// Reduplication: `anak-anak`, `berbondong-bondong`, `bersalam-salaman`,
    /// `meniru-nirukan`, `kehitam-hitaman`, `sebaik-baiknya`.
    fn stem_hyphenated<'w>(&self, word: &'w str) -> Outcome<'w> {
        let lex = &self.inner.lex;
        let Some((left, right)) = word.split_once('-') else {
            return Outcome::Unchanged;
        };
        if right.contains('-') {
            return Outcome::Unchanged;
        }
        // a clitic written with a hyphen (`hamba-ku`, `melakukan-nya`)
        if affix::POSSESSIVES.contains(&right) || affix::PARTICLES.contains(&right) {
            return Outcome::Root(self.simple(left));
        }
        let sl = self.simple(left);
        let sr = self.simple(right);
        let found: Option<Cow<'w, str>> = if left == right
            || sl == sr
            || (sr == right && self.simple(&format!("me{right}")) == sl)
        {
            Some(sl)
        } else if sr.len() >= 3 && left.ends_with(sr.as_ref()) && lex.is_word(sr.as_bytes()) {
            Some(sr)
        } else {
            None
        };
        match found {
            Some(root) if root != word => Outcome::Root(root),
            _ => Outcome::Unchanged,
        }
    }

    /// Stems every word of an iterator through a per-call memo, so repeated
    /// words (most of running text) are analysed once. The stems borrow from
    /// the words or the embedded dictionary, as [`stem`](Self::stem)'s do.
    ///
    /// ```
    /// let stemmer = indonlp::Stemmer::new();
    /// let stems = stemmer.stem_all("pemerintah dan pemerintah".split(' '));
    /// assert_eq!(stems, ["perintah", "dan", "perintah"]);
    /// ```
    pub fn stem_all<'w, I>(&self, words: I) -> Vec<Cow<'w, str>>
    where
        I: IntoIterator<Item = &'w str>,
    {
        let mut memo: HashMap<&'w str, Cow<'w, str>, crate::hash::FxBuild> = HashMap::default();
        words
            .into_iter()
            .map(|w| memo.entry(w).or_insert_with(|| self.stem(w)).clone())
            .collect()
    }

    /// A [`CachedStemmer`] over this stemmer, for running text.
    ///
    /// ```
    /// let mut cached = indonlp::Stemmer::new().cached();
    /// assert_eq!(cached.stem("dukungan"), "dukung");
    /// ```
    pub fn cached(&self) -> CachedStemmer {
        CachedStemmer::new(self.clone())
    }

    /// Number of words in the dictionary (roots, function words, lexicalised
    /// forms and protected words).
    ///
    /// ```
    /// assert!(indonlp::Stemmer::new().dictionary_len() > 10_000);
    /// ```
    pub fn dictionary_len(&self) -> usize {
        self.inner.lex.len()
    }
}

enum Shape {
    /// Lowercase ASCII letters.
    Plain,
    /// Lowercase ASCII letters with inner hyphens.
    Hyphenated,
    /// Anything else (capitals, digits, other scripts): left alone.
    Other,
}

/// One pass over the bytes of a word (the common path checks every word).
fn shape(word: &str) -> Shape {
    let mut hyphen = false;
    for &b in word.as_bytes() {
        if b == b'-' {
            hyphen = true;
        } else if !b.is_ascii_lowercase() {
            return Shape::Other;
        }
    }
    if !hyphen {
        Shape::Plain
    } else if word.starts_with('-') || word.ends_with('-') {
        Shape::Other
    } else {
        Shape::Hyphenated
    }
}

fn strip_nya(word: &str) -> Option<&str> {
    word.strip_suffix("nya").filter(|h| h.len() >= 4)
}

/// The root of `word` with the default [`Stemmer`].
///
/// ```
/// assert_eq!(indonlp::stem("pertemuan"), "temu");
/// assert_eq!(indonlp::stem("anak-anak"), "anak");
/// ```
pub fn stem(word: &str) -> Cow<'_, str> {
    DEFAULT.stem(word)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Roots,
    Protected,
    Lexicalized,
}

enum Source {
    Word(Role, String),
    List(Role, String, String),
    File(Role, PathBuf),
}

/// Builds a [`Stemmer`] from the embedded dictionary and user data.
///
/// A BOM and CRLF line ends are accepted and a duplicate word keeps its
/// higher weight; a word without a letter, a control character, a line over
/// 64 KiB or invalid UTF-8 is an error.
///
/// Word lists have one word per line (`#` comments and blank lines are
/// skipped); a root list may give a weight 0-9 after a tab
/// (`rumah<TAB>5`) and may instead be a hunspell `.dic` file (first line the
/// word count, then `stem/FLAGS` lines), so the system's hunspell dictionary
/// or any list you are licensed to use plugs in. Errors name the file, the
/// line and the problem; on error nothing is built.
///
/// ```
/// let stemmer = indonlp::Stemmer::builder()
///     .add_roots("my_roots.dic", "2\nsawit/A\nkelapa/B\n")
///     .build()?;
/// assert_eq!(stemmer.stem("persawitan"), "sawit");
/// # Ok::<(), indonlp::Error>(())
/// ```
pub struct StemmerBuilder {
    defaults: bool,
    keep_capitalized: bool,
    sources: Vec<Source>,
}

impl StemmerBuilder {
    /// Whether to start from the embedded dictionary (default `true`).
    ///
    /// ```
    /// let s = indonlp::Stemmer::builder().defaults(false).add_root("baca").build().unwrap();
    /// assert_eq!(s.stem("membaca"), "baca");
    /// assert_eq!(s.stem("menulis"), "menulis");
    /// ```
    pub fn defaults(&mut self, yes: bool) -> &mut Self {
        self.defaults = yes;
        self
    }

    /// Whether capitalised words are names to leave alone (default `true`).
    /// With `false` they are lowercased and stemmed.
    ///
    /// ```
    /// let s = indonlp::Stemmer::builder().keep_capitalized(false).build().unwrap();
    /// assert_eq!(s.stem("Pemerintah"), "perintah");
    /// ```
    pub fn keep_capitalized(&mut self, yes: bool) -> &mut Self {
        self.keep_capitalized = yes;
        self
    }

    /// Adds one root.
    ///
    /// ```
    /// let s = indonlp::Stemmer::builder().add_root("vaksin").build().unwrap();
    /// assert_eq!(s.stem("divaksin"), "vaksin");
    /// ```
    pub fn add_root(&mut self, word: &str) -> &mut Self {
        self.sources
            .push(Source::Word(Role::Roots, word.to_owned()));
        self
    }

    /// Adds a root list held in memory (plain or hunspell `.dic`); `name`
    /// identifies it in errors.
    ///
    /// ```
    /// let s = indonlp::Stemmer::builder().add_roots("my.dic", "2\nvaksin/AB\nunduh/X\n").build().unwrap();
    /// assert_eq!(s.stem("diunduh"), "unduh");
    /// ```
    pub fn add_roots(&mut self, name: &str, text: &str) -> &mut Self {
        self.sources
            .push(Source::List(Role::Roots, name.to_owned(), text.to_owned()));
        self
    }

    /// Adds a root list (plain or hunspell `.dic`) read when
    /// [`build`](Self::build) runs.
    ///
    /// ```no_run
    /// let s = indonlp::Stemmer::builder()
    ///     .add_roots_file("/usr/share/hunspell/id_ID.dic")
    ///     .build()?;
    /// # Ok::<(), indonlp::Error>(())
    /// ```
    pub fn add_roots_file(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.sources
            .push(Source::File(Role::Roots, path.as_ref().to_owned()));
        self
    }

    /// Protects a word: it is never stemmed (a name the gazetteer knows).
    ///
    /// ```
    /// let s = indonlp::Stemmer::builder().protect("Susi").build().unwrap();
    /// assert_eq!(s.stem("susi"), "susi");
    /// ```
    pub fn protect(&mut self, word: &str) -> &mut Self {
        self.sources
            .push(Source::Word(Role::Protected, word.to_owned()));
        self
    }

    /// Adds a list of protected words held in memory.
    ///
    /// ```
    /// let s = indonlp::Stemmer::builder().add_protected("names", "bekasi\nbali\n").build().unwrap();
    /// assert_eq!(s.stem("bekasi"), "bekasi");
    /// ```
    pub fn add_protected(&mut self, name: &str, text: &str) -> &mut Self {
        self.sources.push(Source::List(
            Role::Protected,
            name.to_owned(),
            text.to_owned(),
        ));
        self
    }

    /// Adds a file of protected words, one per line.
    ///
    /// ```no_run
    /// let s = indonlp::Stemmer::builder().add_protected_file("names.txt").build()?;
    /// # Ok::<(), indonlp::Error>(())
    /// ```
    pub fn add_protected_file(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.sources
            .push(Source::File(Role::Protected, path.as_ref().to_owned()));
        self
    }

    /// Adds a lexicalised form: a derived word kept whole, though clitics
    /// still come off it.
    ///
    /// ```
    /// let s = indonlp::Stemmer::builder().add_lexicalized("pengadilan").build().unwrap();
    /// assert_eq!(s.stem("pengadilannya"), "pengadilan");
    /// ```
    pub fn add_lexicalized(&mut self, word: &str) -> &mut Self {
        self.sources
            .push(Source::Word(Role::Lexicalized, word.to_owned()));
        self
    }

    /// Adds a list of lexicalised forms held in memory.
    ///
    /// ```
    /// let s = indonlp::Stemmer::builder().add_lexicalized_list("lex", "pengadilan\n").build().unwrap();
    /// assert_eq!(s.stem("pengadilan"), "pengadilan");
    /// ```
    pub fn add_lexicalized_list(&mut self, name: &str, text: &str) -> &mut Self {
        self.sources.push(Source::List(
            Role::Lexicalized,
            name.to_owned(),
            text.to_owned(),
        ));
        self
    }

    /// Adds a file of lexicalised forms, one per line.
    ///
    /// ```no_run
    /// let s = indonlp::Stemmer::builder().add_lexicalized_file("lexicalized.txt").build()?;
    /// # Ok::<(), indonlp::Error>(())
    /// ```
    pub fn add_lexicalized_file(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.sources
            .push(Source::File(Role::Lexicalized, path.as_ref().to_owned()));
        self
    }

    /// Builds the stemmer; fails on the first unreadable or malformed source.
    ///
    /// ```
    /// let err = indonlp::Stemmer::builder().add_roots("mine.txt", "baca\nrumah makan\n").build().unwrap_err();
    /// assert_eq!(err.line(), Some(2));
    /// assert!(err.to_string().starts_with("mine.txt:2: "));
    /// ```
    pub fn build(&self) -> Result<Stemmer, Error> {
        let mut lex = if self.defaults {
            DEFAULT.inner.lex.clone()
        } else {
            Lexicon::empty()
        };
        for source in &self.sources {
            let (role, words) = match source {
                Source::Word(role, w) => {
                    let w = w.trim();
                    if w.is_empty() {
                        continue;
                    }
                    (*role, vec![(w.to_lowercase(), lexicon::LISTED_WEIGHT)])
                }
                Source::List(role, name, text) => (*role, lexicon::parse_word_list(name, text)?),
                Source::File(role, path) => {
                    let (name, text) = text_file::read_path(path)?;
                    (*role, lexicon::parse_word_list(&name, &text)?)
                }
            };
            let flags = match role {
                Role::Roots => ROOT,
                Role::Protected => PROTECTED,
                Role::Lexicalized => LEXICALIZED,
            };
            for (w, weight) in words {
                lex.insert(Cow::Owned(w.into_bytes()), weight, flags);
            }
        }
        Ok(Stemmer {
            inner: Arc::new(Inner {
                lex,
                keep_capitalized: self.keep_capitalized,
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn send_sync_clone() {
        fn check<T: Send + Sync + Clone>() {}
        check::<Stemmer>();
        check::<CachedStemmer>();
        fn check_send_sync<T: Send + Sync>() {}
        check_send_sync::<StemmerBuilder>();
        check_send_sync::<Analysis<'static>>();
    }

    #[test]
    fn borrowed_for_recoded_embedded_roots() {
        let s = Stemmer::new();
        assert!(matches!(s.stem("menulis"), Cow::Borrowed("tulis")));
        assert!(matches!(s.stem("bukunya"), Cow::Borrowed("buku")));
    }
}
