//! The morphological breakdown returned by [`Stemmer::analyze`](super::Stemmer::analyze).

use super::search::Reading;
use std::borrow::Cow;
use std::fmt;

/// A word split into prefixes, root, suffixes and clitics.
///
/// Affixes are given as they are spelt in the word (`meng` in
/// `mengunjungi`), the root as it is in the dictionary (`kunjung`).
/// `Display` joins the parts with `-`.
///
/// ```
/// let a = indonlp::Stemmer::new().analyze("keberhasilannya");
/// assert_eq!(a.root(), "hasil");
/// assert_eq!(a.prefixes(), ["ke", "ber"]);
/// assert_eq!(a.suffixes(), ["an"]);
/// assert_eq!(a.clitics(), ["nya"]);
/// assert!(a.is_known());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis<'w> {
    pub(super) word: &'w str,
    pub(super) root: Cow<'w, str>,
    pub(super) prefixes: Vec<&'static str>,
    pub(super) proclitic: Option<&'static str>,
    pub(super) infix: Option<&'static str>,
    pub(super) suffix: Option<&'static str>,
    pub(super) possessive: Option<&'static str>,
    pub(super) particle: Option<&'static str>,
    pub(super) reduplicated: bool,
    pub(super) known: bool,
}

impl<'w> Analysis<'w> {
    pub(super) fn unchanged(word: &'w str) -> Analysis<'w> {
        Analysis {
            word,
            root: Cow::Borrowed(word),
            prefixes: Vec::new(),
            proclitic: None,
            infix: None,
            suffix: None,
            possessive: None,
            particle: None,
            reduplicated: false,
            known: false,
        }
    }

    pub(super) fn set_prefixes(&mut self, r: &Reading) {
        for (p, surface) in r.prefixes() {
            if p.is_proclitic() {
                self.proclitic = Some(surface);
            } else {
                self.prefixes.push(surface);
            }
        }
    }

    pub(super) fn set_suffixes(&mut self, r: &Reading) {
        self.suffix = r.suffix();
        self.possessive = r.possessive();
        self.particle = r.particle();
    }

    /// The analysed word.
    ///
    /// ```
    /// assert_eq!(indonlp::Stemmer::new().analyze("dibaca").word(), "dibaca");
    /// ```
    pub fn word(&self) -> &'w str {
        self.word
    }

    /// The root (the stem [`Stemmer::stem`](super::Stemmer::stem) returns).
    ///
    /// ```
    /// assert_eq!(indonlp::Stemmer::new().analyze("dibaca").root(), "baca");
    /// ```
    pub fn root(&self) -> &str {
        &self.root
    }

    /// Derivational prefixes as spelt in the word, outermost first.
    ///
    /// ```
    /// assert_eq!(indonlp::Stemmer::new().analyze("memperbaiki").prefixes(), ["mem", "per"]);
    /// ```
    pub fn prefixes(&self) -> &[&'static str] {
        &self.prefixes
    }

    /// The derivational suffix (`-kan`, `-an`, `-i`, loanword `-is`, informal
    /// `-in`) as a list of zero or one items.
    ///
    /// ```
    /// assert_eq!(indonlp::Stemmer::new().analyze("pertemuan").suffixes(), ["an"]);
    /// assert!(indonlp::Stemmer::new().analyze("rumahnya").suffixes().is_empty());
    /// ```
    pub fn suffixes(&self) -> &[&'static str] {
        self.suffix.as_slice()
    }

    /// The infix (`-el-`, `-er-`, `-em-`, `-in-`), if the word has one.
    ///
    /// ```
    /// assert_eq!(indonlp::Stemmer::new().analyze("dibaca").infix(), None);
    /// ```
    pub fn infix(&self) -> Option<&'static str> {
        self.infix
    }

    /// Clitics in the order they are written: the proclitic (`ku-`, `kau-`),
    /// then the possessive (`-ku`, `-mu`, `-nya`), then the particle
    /// (`-lah`, `-kah`, `-tah`, `-pun`).
    ///
    /// ```
    /// assert_eq!(indonlp::Stemmer::new().analyze("bukunyalah").clitics(), ["nya", "lah"]);
    /// ```
    pub fn clitics(&self) -> Vec<&'static str> {
        [self.proclitic, self.possessive, self.particle]
            .into_iter()
            .flatten()
            .collect()
    }

    /// Whether the word was a reduplication (`anak-anak`).
    ///
    /// ```
    /// assert!(indonlp::Stemmer::new().analyze("anak-anak").is_reduplicated());
    /// ```
    pub fn is_reduplicated(&self) -> bool {
        self.reduplicated
    }

    /// Whether the root is in the dictionary (otherwise the word was left
    /// as it was, at most without a final `-nya`).
    ///
    /// ```
    /// assert!(indonlp::Stemmer::new().analyze("dibaca").is_known());
    /// assert!(!indonlp::Stemmer::new().analyze("xyzzyq").is_known());
    /// ```
    pub fn is_known(&self) -> bool {
        self.known
    }
}

impl fmt::Display for Analysis<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<&str> = Vec::new();
        parts.extend(self.proclitic);
        parts.extend(self.prefixes.iter().copied());
        parts.push(&self.root);
        parts.extend(self.suffix);
        parts.extend(self.possessive);
        parts.extend(self.particle);
        f.write_str(&parts.join("-"))
    }
}
