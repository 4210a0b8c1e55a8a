//! Memoised stemming for running text, where most tokens repeat.

use super::Stemmer;
use crate::hash::FxBuild;
use std::collections::HashMap;

/// A [`Stemmer`] with a memo of the words it has seen: running text repeats
/// most of its words, so each distinct word is analysed once.
///
/// It is `Send + Sync + Clone` but takes `&mut self` to stem: give each
/// thread its own (the stemmer inside is shared). The memo is bounded: it is
/// cleared when it holds `capacity` words (default 100,000).
///
/// ```
/// let mut cached = indonlp::CachedStemmer::new(indonlp::Stemmer::new());
/// let text = "para petani menyampaikan keluhan kepada para pengusaha";
/// let stems: Vec<String> = text.split(' ').map(|w| cached.stem(w).to_owned()).collect();
/// assert_eq!(stems, ["para", "tani", "sampai", "keluh", "kepada", "para", "usaha"]);
/// assert_eq!(cached.len(), 6);
/// ```
#[derive(Clone, Debug)]
pub struct CachedStemmer {
    stemmer: Stemmer,
    // word -> index into `stems`, or `UNCHANGED` (no copy kept). An index
    // rather than the stem itself lets a hit be one lookup that ends its
    // borrow of the map before a miss inserts.
    memo: HashMap<Box<str>, u32, FxBuild>,
    stems: Vec<Box<str>>,
    capacity: usize,
}

const UNCHANGED: u32 = u32::MAX;

impl CachedStemmer {
    /// A cache over `stemmer`.
    ///
    /// ```
    /// let mut c = indonlp::CachedStemmer::new(indonlp::Stemmer::new());
    /// assert_eq!(c.stem("dibaca"), "baca");
    /// ```
    pub fn new(stemmer: Stemmer) -> CachedStemmer {
        CachedStemmer::with_capacity(stemmer, 100_000)
    }

    /// A cache that holds at most `capacity` words before it starts over.
    ///
    /// ```
    /// let mut c = indonlp::CachedStemmer::with_capacity(indonlp::Stemmer::new(), 1);
    /// assert_eq!(c.stem("dibaca"), "baca");
    /// assert_eq!(c.stem("ditulis"), "tulis");
    /// assert_eq!(c.len(), 1);
    /// ```
    pub fn with_capacity(stemmer: Stemmer, capacity: usize) -> CachedStemmer {
        CachedStemmer {
            stemmer,
            memo: HashMap::default(),
            stems: Vec::new(),
            capacity: capacity.clamp(1, UNCHANGED as usize - 1),
        }
    }

    /// The stem of `word`, as [`Stemmer::stem`] would give it.
    ///
    /// ```
    /// let mut c = indonlp::Stemmer::new().cached();
    /// assert_eq!(c.stem("pemerintahan"), "perintah");
    /// assert_eq!(c.stem("pemerintahan"), "perintah");
    /// ```
    pub fn stem<'a>(&'a mut self, word: &'a str) -> &'a str {
        if word.len() <= 3 {
            return word;
        }
        let index = match self.memo.get(word) {
            Some(&i) => i,
            None => {
                if self.memo.len() >= self.capacity {
                    self.clear();
                }
                let i = match self.stemmer.stem(word) {
                    s if s == word => UNCHANGED,
                    s => {
                        self.stems.push(s.into_owned().into_boxed_str());
                        (self.stems.len() - 1) as u32
                    }
                };
                self.memo.insert(word.into(), i);
                i
            }
        };
        if index == UNCHANGED {
            word
        } else {
            &self.stems[index as usize]
        }
    }

    /// Number of distinct words remembered.
    ///
    /// ```
    /// let mut c = indonlp::Stemmer::new().cached();
    /// c.stem("dibaca");
    /// assert_eq!(c.len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.memo.len()
    }

    /// Whether nothing is remembered yet.
    ///
    /// ```
    /// assert!(indonlp::Stemmer::new().cached().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.memo.is_empty()
    }

    /// Forgets every remembered word.
    ///
    /// ```
    /// let mut c = indonlp::Stemmer::new().cached();
    /// c.stem("dibaca");
    /// c.clear();
    /// assert!(c.is_empty());
    /// ```
    pub fn clear(&mut self) {
        self.memo.clear();
        self.stems.clear();
    }
}
