//! Compiling the loaded gazetteers into the tagger's tables: one key per
//! surface form with its variants by priority, and the vocabulary indexed
//! by first token.

use super::load::Gazetteer;
use super::tag::{place, Class, Tables, Variant};
use super::vocab::{flag, VocabBuilder};
use super::EntityKind;
use crate::data;
use crate::hash::{FxBuild, WordSet};
use crate::tokenize::Tokenizer;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

impl Gazetteer {
    /// Compiles the look-up tables: one key per ASCII-lowercase surface
    /// form, with its variants by priority.
    pub(super) fn compile(self, locative_only: bool) -> Tables {
        let mut forms: HashMap<String, Vec<Variant>, FxBuild> = HashMap::default();
        let mut add = |surface: &str, class: Class, ambiguous: &HashSet<String, FxBuild>| {
            let surface = surface.trim();
            if surface.is_empty() {
                return;
            }
            let key = surface.to_ascii_lowercase();
            if self.ignored.contains(&key) {
                return;
            }
            let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
            let exact = letters >= 1
                && !surface.chars().any(char::is_lowercase)
                && matches!(class, Class::Entry(_) | Class::Weak(_));
            let lower = surface.to_lowercase();
            // A foreign city that is also an ordinary word (`Bukan`, `Guna`)
            // needs evidence where capitals say nothing (Indonesian ones are
            // in the hand list of ambiguous places).
            let city = match class {
                Class::Entry(id) => {
                    let e = &self.drafts[id as usize].entry;
                    (e.kind == EntityKind::City).then(|| e.country_code.as_deref() == Some("ID"))
                }
                _ => None,
            };
            let common = city.is_some() && self.common.contains(lower.as_str());
            let variant = Variant {
                surface: surface.into(),
                class,
                exact,
                ambiguous: ambiguous.contains(&lower),
                evidence: common && city == Some(false),
            };
            forms.entry(key).or_default().push(variant);
        };
        let none = HashSet::default();
        let title_set: HashSet<&str, FxBuild> = self.titles.iter().map(String::as_str).collect();
        let mut entries = Vec::with_capacity(self.drafts.len());
        let mut surname_count: HashMap<String, (usize, u32), FxBuild> = HashMap::default();
        for (i, d) in self.drafts.iter().enumerate() {
            let id = i as u32;
            entries.push(Arc::new(d.entry.clone()));
            add(&d.entry.name, Class::Entry(id), &self.ambiguous);
            let last_word = d.entry.name.rsplit(' ').next().unwrap_or("");
            for a in &d.aliases {
                // Titles are never part of a PERSON span: `Jenderal Sudirman`
                // is listed as `Sudirman`.
                let mut a = a.as_str();
                if d.entry.kind == EntityKind::Person {
                    while let Some((head, rest)) = a.split_once(' ') {
                        if title_set.contains(head) && !rest.is_empty() {
                            a = rest;
                        } else {
                            break;
                        }
                    }
                }
                // A bare surname alias (`Obama`) stands for the person only
                // on its own, not inside another name (`Malia Ann Obama`).
                let surname = d.entry.kind == EntityKind::Person
                    && d.entry.name.contains(' ')
                    && a == last_word;
                let class = if surname {
                    Class::Weak(id)
                } else {
                    Class::Entry(id)
                };
                add(a, class, &self.ambiguous);
            }
            if self.weak_surnames && d.entry.kind == EntityKind::Person {
                let parts: Vec<&str> = d.entry.name.split(' ').collect();
                if parts.len() >= 2 {
                    let last = parts[parts.len() - 1];
                    if last.chars().count() >= 4
                        && !self.given.contains(last.to_lowercase().as_str())
                        && !self.common.contains(last.to_lowercase().as_str())
                    {
                        let e = surname_count.entry(last.to_owned()).or_insert((0, id));
                        e.0 += 1;
                    }
                }
            }
        }
        for (surname, (count, id)) in &surname_count {
            // A surname shared by two listed people says nothing on its own.
            if *count == 1 {
                add(surname, Class::Weak(*id), &none);
            }
        }
        for t in &self.titles {
            add(t, Class::Title, &none);
        }
        for h in &self.heads {
            add(h, Class::Head, &none);
        }
        for r in &self.regions {
            add(r, Class::Region, &none);
        }
        for w in &self.not_names {
            add(w, Class::NotName, &none);
        }
        let mut keys: Vec<String> = forms.keys().cloned().collect();
        keys.sort();
        let mut variants = Vec::with_capacity(keys.len());
        for k in &keys {
            let mut v = forms.remove(k).unwrap_or_default();
            // Highest class first; among cities, Indonesian then most populous.
            v.sort_by(|a, b| {
                tier(b.class)
                    .cmp(&tier(a.class))
                    .then_with(|| {
                        let rank = |c: Class| match c {
                            Class::Entry(id) => {
                                let e = &entries[id as usize];
                                let pri = match e.kind {
                                    EntityKind::Country => 3,
                                    EntityKind::City => 2,
                                    // People of one name: the later entry wins.
                                    _ => return (1, false, 0),
                                };
                                (
                                    pri,
                                    e.country_code.as_deref() == Some("ID"),
                                    e.population.unwrap_or(0),
                                )
                            }
                            _ => (0, false, 0),
                        };
                        rank(b.class).cmp(&rank(a.class))
                    })
                    // Then the later entry (a user's entry over a default one).
                    .then_with(|| b.class.cmp(&a.class))
            });
            // `Bali`: an Indonesian province outranks a foreign town of that name.
            let foreign_city = matches!(v.first().map(|x| x.class), Some(Class::Entry(id))
                if entries[id as usize].kind == EntityKind::City
                    && entries[id as usize].country_code.as_deref() != Some("ID"));
            if foreign_city {
                if let Some(r) = v.iter().position(|x| x.class == Class::Region) {
                    let region = v.remove(r);
                    v.insert(0, region);
                }
            }
            variants.push(v);
        }
        let mut vocab = VocabBuilder::default();
        index_forms(&mut vocab, &keys, &variants);
        let mut cues = self.cues;
        for t in &self.titles {
            cues.insert(t.to_lowercase().into_boxed_str());
        }
        let mut cue_phrases = WordSet::default();
        for c in cues {
            match c.rsplit_once(' ') {
                Some((_, tail)) => {
                    vocab.flag(tail, flag::CUE_TAIL);
                    cue_phrases.insert(c);
                }
                None => vocab.flag(&c, flag::CUE),
            }
        }
        vocab.flag_all(&self.given, flag::GIVEN);
        vocab.flag_all(&self.family, flag::FAMILY);
        vocab.flag_all(&self.anti_cues, flag::ANTI_CUE);
        vocab.flag_all(&self.speech, flag::SPEECH);
        vocab.flag_all(&self.common, flag::COMMON);
        let vocab = vocab.build();
        // `kota Singapura`, `ibu kota Kuwait`: the capital that bears the
        // country's name.
        let mut capitals = HashMap::default();
        if self.weak_surnames {
            for line in data::COUNTRY_CITY_SAME_NAME.lines() {
                let cols: Vec<&str> = line.split('\t').collect();
                if line.starts_with('#') || cols.len() < 5 || !cols[4].starts_with("capital") {
                    continue;
                }
                let country = self.by_iso.get(cols[1]);
                let city = cols[2].parse::<u32>().ok().and_then(|g| {
                    entries
                        .iter()
                        .position(|e| e.kind == EntityKind::City && e.geonames_id == Some(g))
                });
                if let (Some(&c), Some(city)) = (country, city) {
                    capitals.insert(c as u32, city as u32);
                }
            }
        }
        let place = entries
            .iter()
            .map(|e| match e.kind {
                EntityKind::Person => place::PERSON,
                EntityKind::City => {
                    let mut f = place::CITY;
                    if e.country_code.as_deref() != Some("ID") {
                        f |= place::FOREIGN_CITY;
                    }
                    if e.population.unwrap_or(0) >= 500_000 {
                        f |= place::BIG;
                    }
                    f
                }
                _ => place::BIG,
            })
            .collect();
        Tables {
            place,
            keys: keys.into_iter().map(String::into_boxed_str).collect(),
            variants,
            entries,
            vocab,
            cue_phrases,
            locative_only,
            capitals,
            towns: self.weak_surnames,
        }
    }
}

/// Indexes the forms by their first token, as the tokenizer cuts each
/// variant's surface (`Dr.` is one token, `Soekarno-Hatta` three).
fn index_forms(vocab: &mut VocabBuilder, keys: &[String], variants: &[Vec<Variant>]) {
    let tokenizer = Tokenizer::new();
    for (id, v) in variants.iter().enumerate() {
        for x in v {
            if let Some(t) = tokenizer.tokenize(&x.surface).next() {
                vocab.form(t.text(), id as u32, &keys[id]);
            }
        }
    }
}

/// The priority of a class, ignoring which entry it names (entry ids are
/// list order, not rank: `London, GB` must beat `London, CA` on population).
fn tier(c: Class) -> u8 {
    match c {
        Class::Head => 0,
        Class::Title => 1,
        Class::Region => 2,
        Class::Weak(_) => 3,
        Class::Entry(_) => 4,
        Class::NotName => 5,
    }
}
