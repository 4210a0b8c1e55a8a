//! The people named so far in a text, by the words of their names: a later
//! short form (`Widodo` after `Joko Widodo`) is known as that person.

use super::tag::CONNECTORS;
use super::Entry;
use crate::hash::FxBuild;
use crate::span::Span;
use std::collections::HashMap;
use std::sync::Arc;

/// Words kept in place before the map is used: a sentence or an article
/// names few people, and searching a few words beats hashing them (and
/// allocating a table per call).
const INLINE: usize = 16;

/// Words of one name remembered for later mentions (names are short).
const MAX_PARTS: usize = 8;

/// The words of the people named so far, with whom each names (`None`:
/// more than one person).
pub(super) struct Coref<'t> {
    /// The first [`INLINE`] words and whom each names, in place (set up
    /// when a name is first registered: most sentences name no one).
    inline: Option<Inline<'t>>,
    /// Every word, once there are more than [`INLINE`].
    map: HashMap<&'t str, Option<Arc<Entry>>, FxBuild>,
}

struct Inline<'t> {
    words: [&'t str; INLINE],
    whom: [Option<Arc<Entry>>; INLINE],
    /// Words used; one more than [`INLINE`] once they moved to the map.
    len: usize,
}

impl<'t> Coref<'t> {
    pub(super) fn new() -> Self {
        Coref {
            inline: None,
            map: HashMap::default(),
        }
    }

    /// Whether `word` is part of the name of someone named so far.
    pub(super) fn contains(&self, word: &str) -> bool {
        self.find(word).is_some()
    }

    /// The one listed person `word` names, if it names one.
    pub(super) fn canonical(&self, word: &str) -> Option<Arc<Entry>> {
        self.find(word).cloned().flatten()
    }

    /// Remembers the person named `text[span]` (`canonical`: the listed
    /// person, if any) by the words of the name that can stand for it
    /// alone: three letters or more, not a connector (`bin`, `van`), when
    /// the name has at least two of them.
    pub(super) fn register(&mut self, text: &'t str, span: Span, canonical: Option<Arc<Entry>>) {
        // One split, on the stack (by bytes: a space or a tab is never
        // part of another character).
        let mut parts = [""; MAX_PARTS];
        let mut n = 0;
        let name = &text[span];
        let mut from = 0;
        for (i, &b) in name.as_bytes().iter().chain(b" ").enumerate() {
            if b != b' ' && b != b'\t' {
                continue;
            }
            let p = &name[from..i];
            from = i + 1;
            let long = p.len() >= 3 && (p.is_ascii() || p.chars().nth(2).is_some());
            // Connectors have five letters or fewer.
            if long && n < MAX_PARTS && !(p.len() <= 5 && CONNECTORS.contains(p)) {
                parts[n] = p;
                n += 1;
            }
        }
        if n < 2 {
            return;
        }
        for &p in &parts[..n] {
            match self.find(p) {
                // Two people share this word: it no longer says which one.
                Some(c) if c.as_ref().map(|e| &e.name) != canonical.as_ref().map(|e| &e.name) => {
                    self.set(p, None);
                }
                Some(_) => {}
                None => self.set(p, canonical.clone()),
            }
        }
    }

    fn find(&self, word: &str) -> Option<&Option<Arc<Entry>>> {
        match &self.inline {
            None => None,
            Some(i) if i.len <= INLINE => {
                let at = i.words[..i.len].iter().position(|&w| w == word)?;
                Some(&i.whom[at])
            }
            Some(_) => self.map.get(word),
        }
    }

    fn set(&mut self, word: &'t str, canonical: Option<Arc<Entry>>) {
        let i = match &mut self.inline {
            Some(i) => i,
            none => none.insert(Inline {
                words: [""; INLINE],
                whom: [const { None }; INLINE],
                len: 0,
            }),
        };
        if i.len <= INLINE {
            if let Some(at) = i.words[..i.len].iter().position(|&w| w == word) {
                i.whom[at] = canonical;
                return;
            }
            if i.len < INLINE {
                (i.words[i.len], i.whom[i.len]) = (word, canonical);
                i.len += 1;
                return;
            }
            // Full: every word lives in the map from now on.
            let whom = i.whom.iter_mut().map(Option::take);
            self.map.extend(i.words.iter().copied().zip(whom));
            i.len += 1;
        }
        self.map.insert(word, canonical);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EntityKind;

    fn person(name: &str) -> Option<Arc<Entry>> {
        Some(Arc::new(Entry {
            name: name.into(),
            kind: EntityKind::Person,
            country_code: None,
            iso3: None,
            geonames_id: None,
            population: None,
            role: None,
        }))
    }

    /// Registers `names` (one text) and reads back what each word names.
    fn names_by_word(names: &[String]) -> Vec<(String, Option<String>)> {
        let text = names.join(", ");
        let mut coref = Coref::new();
        let mut at = 0;
        for name in names {
            coref.register(&text, Span::new(at, at + name.len()), person(name));
            at += name.len() + 2;
        }
        let mut words: Vec<&str> = text.split([' ', ',']).filter(|w| w.len() >= 3).collect();
        words.sort_unstable();
        words.dedup();
        words
            .into_iter()
            .filter(|w| coref.contains(w))
            .map(|w| {
                (
                    w.to_string(),
                    coref.canonical(w).map(|e| e.name.to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn connectors_are_short_as_register_assumes() {
        assert!(CONNECTORS.words().iter().all(|w| w.len() <= 5));
    }

    #[test]
    fn a_shared_word_names_no_one_and_the_map_agrees_with_the_inline_words() {
        // 3 names (6 words, in place) and 30 names (60 words, in the map),
        // `Wibowo` shared by two of them, `bin` never kept.
        for count in [3, 30] {
            let mut names: Vec<String> = (0..count)
                .map(|i| format!("Nama{i:02} Marga{i:02}"))
                .collect();
            names.push("Budi bin Wibowo".into());
            names.push("Eko Wibowo".into());
            let got = names_by_word(&names);
            assert_eq!(got.len(), 2 * count + 3, "{count}");
            for (w, who) in &got {
                let expected = match w.as_str() {
                    "Wibowo" => None,
                    "Budi" => Some("Budi bin Wibowo".to_string()),
                    "Eko" => Some("Eko Wibowo".to_string()),
                    w => names.iter().find(|n| n.contains(w)).cloned(),
                };
                assert_eq!(who, &expected, "{w} in {count}");
            }
            assert!(!got.iter().any(|(w, _)| w == "bin"));
        }
    }
}
