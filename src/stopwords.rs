//! Stopwords: the function words a search or topic model usually drops.

use crate::error::Error;
use crate::text_file;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

/// A case-insensitive set of stopwords.
///
/// The default list is `stopwords-id` (758 words, the same list spaCy uses).
/// It contains honorifics such as `bapak`, `ibu` and `pak`: they are noise for
/// search but cues for the named-entity tagger, which is why stopword
/// filtering is kept apart from entity tagging.
///
/// ```
/// let sw = indonlp::StopWords::new();
/// assert!(sw.contains("yang"));
/// assert!(sw.contains("Yang"));
/// assert!(!sw.contains("Jakarta"));
/// ```
#[derive(Clone, Debug)]
pub struct StopWords {
    words: Arc<HashSet<Box<str>>>,
}

static DEFAULT: LazyLock<StopWords> = LazyLock::new(|| {
    let words = crate::data::STOPWORDS
        .lines()
        .map(Box::<str>::from)
        .collect();
    StopWords {
        words: Arc::new(words),
    }
});

impl Default for StopWords {
    fn default() -> Self {
        StopWords::new()
    }
}

impl StopWords {
    /// The embedded default list (built once, then shared).
    ///
    /// ```
    /// assert!(indonlp::StopWords::new().len() >= 750);
    /// ```
    pub fn new() -> StopWords {
        DEFAULT.clone()
    }

    /// A builder to extend or replace the default list.
    ///
    /// ```
    /// let sw = indonlp::StopWords::builder()
    ///     .defaults(false)
    ///     .add_word("dong")
    ///     .build()
    ///     .unwrap();
    /// assert!(sw.contains("dong"));
    /// assert!(!sw.contains("yang"));
    /// ```
    pub fn builder() -> StopWordsBuilder {
        StopWordsBuilder {
            defaults: true,
            sources: Vec::new(),
        }
    }

    /// Whether `word` is a stopword, ignoring case. ASCII words are checked
    /// without allocating.
    ///
    /// ```
    /// assert!(indonlp::StopWords::new().contains("ADALAH"));
    /// ```
    pub fn contains(&self, word: &str) -> bool {
        contains_ignore_case(&self.words, word)
    }

    /// Number of words in the list.
    ///
    /// ```
    /// let sw = indonlp::StopWords::builder().defaults(false).add_word("dan").build().unwrap();
    /// assert_eq!(sw.len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the list is empty.
    ///
    /// ```
    /// let sw = indonlp::StopWords::builder().defaults(false).build().unwrap();
    /// assert!(sw.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words of the list (lowercase), in no particular order: to show
    /// or edit the list, e.g. rebuild it without the negations.
    ///
    /// ```
    /// let keep = ["tidak", "bukan"];
    /// let mut b = indonlp::StopWords::builder();
    /// b.defaults(false);
    /// for w in indonlp::StopWords::new().iter().filter(|w| !keep.contains(w)) {
    ///     b.add_word(w);
    /// }
    /// let sw = b.build().unwrap();
    /// assert!(sw.contains("yang") && !sw.contains("tidak"));
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.words.iter().map(|w| &**w)
    }
}

enum Source {
    Word(String),
    List { name: String, text: String },
    File(PathBuf),
}

/// Builds a [`StopWords`] set from the default list and user lists.
///
/// A BOM and CRLF line ends are accepted and duplicates are merged; a
/// control character, a line over 64 KiB or invalid UTF-8 is an error.
///
/// A list has one word per line; blank lines and lines starting with `#` are
/// ignored; a line with inner whitespace is an error naming the line.
///
/// ```
/// let sw = indonlp::StopWords::builder().add_list("chat", "sih\ndong\n").build()?;
/// assert!(sw.contains("dong") && sw.contains("yang"));
/// # Ok::<(), indonlp::Error>(())
/// ```
pub struct StopWordsBuilder {
    defaults: bool,
    sources: Vec<Source>,
}

impl StopWordsBuilder {
    /// Whether to start from the embedded list (default `true`).
    ///
    /// ```
    /// let sw = indonlp::StopWords::builder().defaults(false).build().unwrap();
    /// assert!(!sw.contains("dan"));
    /// ```
    pub fn defaults(&mut self, yes: bool) -> &mut Self {
        self.defaults = yes;
        self
    }

    /// Adds one word.
    ///
    /// ```
    /// let sw = indonlp::StopWords::builder().add_word("Nih").build().unwrap();
    /// assert!(sw.contains("nih"));
    /// ```
    pub fn add_word(&mut self, word: &str) -> &mut Self {
        self.sources.push(Source::Word(word.to_owned()));
        self
    }

    /// Adds a list held in memory; `name` identifies it in errors.
    ///
    /// ```
    /// let sw = indonlp::StopWords::builder().add_list("extra", "sih\nkok\n").build().unwrap();
    /// assert!(sw.contains("kok"));
    /// ```
    pub fn add_list(&mut self, name: &str, text: &str) -> &mut Self {
        self.sources.push(Source::List {
            name: name.to_owned(),
            text: text.to_owned(),
        });
        self
    }

    /// Adds a list read from a file when [`build`](Self::build) runs.
    ///
    /// ```no_run
    /// let sw = indonlp::StopWords::builder().add_file("my_stopwords.txt").build()?;
    /// # Ok::<(), indonlp::Error>(())
    /// ```
    pub fn add_file(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.sources.push(Source::File(path.as_ref().to_owned()));
        self
    }

    /// Builds the set; fails on the first unreadable or malformed source, in
    /// which case nothing is half-loaded.
    ///
    /// ```
    /// let sw = indonlp::StopWords::builder().build().unwrap();
    /// assert!(sw.contains("yang"));
    /// ```
    pub fn build(&self) -> Result<StopWords, Error> {
        let mut words: HashSet<Box<str>> = if self.defaults {
            DEFAULT.words.as_ref().clone()
        } else {
            HashSet::new()
        };
        for source in &self.sources {
            match source {
                Source::Word(w) => {
                    let w = w.trim();
                    if !w.is_empty() {
                        words.insert(w.to_lowercase().into());
                    }
                }
                Source::List { name, text } => parse_list(name, text, &mut words)?,
                Source::File(path) => {
                    let (name, text) = text_file::read_path(path)?;
                    parse_list(&name, &text, &mut words)?;
                }
            }
        }
        Ok(StopWords {
            words: Arc::new(words),
        })
    }
}

fn parse_list(name: &str, text: &str, out: &mut HashSet<Box<str>>) -> Result<(), Error> {
    let mut parsed = Vec::new();
    for line in text_file::data_lines(name, text) {
        let (n, word) = line?;
        // A control character (NUL from a binary file) is never part of a word.
        if word.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(Error::malformed(
                name,
                n,
                format!("expected one word per line, found {word:?}"),
            ));
        }
        parsed.push(word.to_lowercase().into_boxed_str());
    }
    out.extend(parsed);
    Ok(())
}

/// Whether `word` is in the default stopword list, ignoring case.
///
/// ```
/// assert!(indonlp::is_stopword("dengan"));
/// assert!(!indonlp::is_stopword("gunung"));
/// ```
pub fn is_stopword(word: &str) -> bool {
    DEFAULT.contains(word)
}

/// Whether a set of lowercase words holds `word`, ignoring case: short
/// ASCII words are lowercased on the stack, lowercase words are looked up
/// as they are; only other words are lowercased into a new string. Shared
/// by every case-insensitive word list of the crate.
pub(crate) fn contains_ignore_case(set: &HashSet<Box<str>>, word: &str) -> bool {
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        // Lowercasing ASCII keeps the bytes valid UTF-8.
        std::str::from_utf8(buf).is_ok_and(|lower| set.contains(lower))
    } else if word.chars().any(char::is_uppercase) {
        set.contains(word.to_lowercase().as_str())
    } else {
        set.contains(word)
    }
}
