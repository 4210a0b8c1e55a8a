//! Building an [`EntityTagger`]: the embedded gazetteers, user entries and
//! the TSV / JSON loaders.

use super::tag::{Class, Tables, Variant};
use super::vocab::{flag, VocabBuilder};
use super::{EntityKind, EntityTagger, Entry};
use crate::error::{Error, ErrorKind};
use crate::hash::WordSet;
use crate::tokenize::Tokenizer;
use crate::{data, text_file};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// An entry under construction with all its surface forms.
#[derive(Clone, Debug)]
struct Draft {
    entry: Entry,
    aliases: Vec<String>,
}

enum Source {
    Person {
        name: String,
        aliases: Vec<String>,
        country: Option<String>,
    },
    Country {
        iso2: String,
        name: String,
        aliases: Vec<String>,
    },
    City {
        name: String,
        country: String,
        aliases: Vec<String>,
    },
    Alias {
        kind: EntityKind,
        alias: String,
        canonical: String,
    },
    Title(String),
    Ignore(String),
    Tsv {
        name: String,
        text: String,
    },
    TsvFile(PathBuf),
    PeopleTsv {
        name: String,
        text: String,
    },
    #[cfg(feature = "serde")]
    Json {
        name: String,
        text: String,
    },
    #[cfg(feature = "serde")]
    JsonFile(PathBuf),
}

/// Builds an [`EntityTagger`] from the embedded gazetteers and user data.
///
/// Entries are identified by kind and canonical name (case-insensitive): a
/// user entry with the name of an existing one replaces it, aliases and all.
/// [`build`](Self::build) reads every source; on the first malformed line it
/// returns an error naming the source, the line and the problem, and
/// nothing is half-loaded. A BOM and CRLF line ends are accepted; a control
/// character in a name or alias, a TSV line over 64 KiB and invalid UTF-8
/// are errors. Entries from [`add_person`](Self::add_person),
/// [`add_country`](Self::add_country) and [`add_city`](Self::add_city) get
/// the same checks; their errors name the setter.
///
/// ```
/// use indonlp::{EntityKind, EntityTagger};
/// let tagger = EntityTagger::builder()
///     .add_city("Sleman", "ID", &[])
///     .add_alias(EntityKind::Country, "Negeri Ginseng", "South Korea")
///     .add_tsv("extra.tsv", "PERSON\tNadiem Makarim\tNadiem\tID\n")
///     .build()
///     .unwrap();
/// let found: Vec<_> = tagger
///     .find_iter("Nadiem Makarim ke Sleman lalu ke Negeri Ginseng.")
///     .map(|e| e.canonical().unwrap().name().to_owned())
///     .collect();
/// assert_eq!(found, ["Nadiem Makarim", "Sleman", "South Korea"]);
/// ```
pub struct EntityTaggerBuilder {
    defaults: bool,
    locative_only: bool,
    sources: Vec<Source>,
}

impl EntityTaggerBuilder {
    pub(super) fn new() -> Self {
        EntityTaggerBuilder {
            defaults: true,
            locative_only: false,
            sources: Vec::new(),
        }
    }

    /// Whether to start from the embedded gazetteers, titles and name lists
    /// (default `true`).
    ///
    /// ```
    /// let t = indonlp::EntityTagger::builder().defaults(false).build().unwrap();
    /// assert!(t.is_empty());
    /// assert_eq!(t.find_iter("Ia tiba di Jakarta").count(), 0);
    /// ```
    pub fn defaults(&mut self, yes: bool) -> &mut Self {
        self.defaults = yes;
        self
    }

    /// Tags countries and cities only where the text uses them as locations
    /// (default `false`): after a locative word (`di`, `ke`, `dari`,
    /// `wilayah`, ...), in a dateline, or in a list that follows one. This is
    /// the convention of news NER datasets such as idner-news-2k, where
    /// `Presiden Rusia` or `warga Jepang` carry no location.
    ///
    /// ```
    /// let t = indonlp::EntityTagger::builder().locative_places_only(true).build().unwrap();
    /// let found: Vec<_> = t.find_iter("Warga Jepang tiba di Jakarta.").map(|e| e.text()).collect();
    /// assert_eq!(found, ["Jakarta"]);
    /// ```
    pub fn locative_places_only(&mut self, yes: bool) -> &mut Self {
        self.locative_only = yes;
        self
    }

    /// Adds (or replaces) a person with aliases and an optional ISO 3166
    /// alpha-2 country code.
    ///
    /// ```
    /// let t = indonlp::EntityTagger::builder().add_person("Siti Nurbaya", &["Bu Siti"], None).build().unwrap();
    /// assert_eq!(t.find_iter("kata Siti Nurbaya").next().unwrap().canonical().unwrap().name(), "Siti Nurbaya");
    /// ```
    pub fn add_person(&mut self, name: &str, aliases: &[&str], country: Option<&str>) -> &mut Self {
        self.sources.push(Source::Person {
            name: name.to_owned(),
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
            country: country.map(str::to_owned),
        });
        self
    }

    /// Adds (or replaces) a country by its ISO 3166 alpha-2 code.
    ///
    /// ```
    /// let t = indonlp::EntityTagger::builder().add_country("XK", "Kosovo", &["Kosova"]).build().unwrap();
    /// assert_eq!(t.find_iter("di Kosova").next().unwrap().canonical().unwrap().country_code(), Some("XK"));
    /// ```
    pub fn add_country(&mut self, iso2: &str, name: &str, aliases: &[&str]) -> &mut Self {
        self.sources.push(Source::Country {
            iso2: iso2.to_owned(),
            name: name.to_owned(),
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
        });
        self
    }

    /// Adds (or replaces) a city in the country with ISO code `country`.
    ///
    /// ```
    /// let t = indonlp::EntityTagger::builder().add_city("Wamena", "ID", &[]).build().unwrap();
    /// assert_eq!(t.find_iter("di Wamena").next().unwrap().kind(), indonlp::EntityKind::City);
    /// ```
    pub fn add_city(&mut self, name: &str, country: &str, aliases: &[&str]) -> &mut Self {
        self.sources.push(Source::City {
            name: name.to_owned(),
            country: country.to_owned(),
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
        });
        self
    }

    /// Adds an alias to an existing entry, found by kind and canonical name
    /// (for countries also by ISO code). An unknown entry makes
    /// [`build`](Self::build) fail.
    ///
    /// ```
    /// use indonlp::EntityKind;
    /// let t = indonlp::EntityTagger::builder()
    ///     .add_alias(EntityKind::City, "Kota Pahlawan", "Surabaya")
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(t.find_iter("di Kota Pahlawan").next().unwrap().canonical().unwrap().name(), "Surabaya");
    /// assert!(indonlp::EntityTagger::builder().add_alias(EntityKind::City, "X", "Atlantis").build().is_err());
    /// ```
    pub fn add_alias(&mut self, kind: EntityKind, alias: &str, canonical: &str) -> &mut Self {
        self.sources.push(Source::Alias {
            kind,
            alias: alias.to_owned(),
            canonical: canonical.to_owned(),
        });
        self
    }

    /// Adds a title or role that announces a person's name (`Kapolres`).
    ///
    /// ```
    /// let t = indonlp::EntityTagger::builder().add_title("Danramil").build().unwrap();
    /// assert_eq!(t.find_iter("Danramil Sukirno hadir").next().unwrap().text(), "Sukirno");
    /// ```
    pub fn add_title(&mut self, title: &str) -> &mut Self {
        self.sources.push(Source::Title(title.to_owned()));
        self
    }

    /// Never tags this surface form (case-insensitive), whatever list has it.
    ///
    /// ```
    /// let t = indonlp::EntityTagger::builder().ignore("Batu").build().unwrap();
    /// assert_eq!(t.find_iter("Ia ke Batu").count(), 0);
    /// ```
    pub fn ignore(&mut self, surface: &str) -> &mut Self {
        self.sources.push(Source::Ignore(surface.to_owned()));
        self
    }

    /// Adds entries from TSV text; `name` identifies it in errors.
    ///
    /// One entry per line: `KIND<TAB>name[<TAB>aliases[<TAB>code[<TAB>extra]]]`,
    /// where `KIND` is `PERSON`, `COUNTRY` or `CITY`, aliases are separated
    /// by `|`, `code` is the ISO 3166 alpha-2 code (required for a country;
    /// the country of a city or person), and `extra` is a city's GeoNames id
    /// or a person's role. Blank lines and `#` comments are skipped.
    ///
    /// ```
    /// let err = indonlp::EntityTagger::builder()
    ///     .add_tsv("mine.tsv", "CITY\tSleman\t\tID\nPLANET\tMars\n")
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), "mine.tsv:2: unknown kind \"PLANET\" (expected PERSON, COUNTRY or CITY)");
    /// ```
    pub fn add_tsv(&mut self, name: &str, text: &str) -> &mut Self {
        self.sources.push(Source::Tsv {
            name: name.to_owned(),
            text: text.to_owned(),
        });
        self
    }

    /// Adds entries from a TSV file (format of [`add_tsv`](Self::add_tsv)),
    /// read when [`build`](Self::build) runs.
    ///
    /// ```
    /// let err = indonlp::EntityTagger::builder().add_tsv_file("/no/such.tsv").build().unwrap_err();
    /// assert_eq!(err.kind(), indonlp::ErrorKind::Io);
    /// ```
    pub fn add_tsv_file(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.sources.push(Source::TsvFile(path.as_ref().to_owned()));
        self
    }

    /// Adds people from TSV text in the people-list format of the crate's
    /// data: `name<TAB>aliases<TAB>country<TAB>role` (aliases `|`-separated,
    /// country and role may be empty).
    ///
    /// ```
    /// let t = indonlp::EntityTagger::builder()
    ///     .add_people_tsv("people.tsv", "Nadiem Makarim\tNadiem\tID\tMinister\n")
    ///     .build()
    ///     .unwrap();
    /// let e = t.find_iter("Nadiem hadir").next().unwrap();
    /// assert_eq!(e.canonical().unwrap().role(), Some("Minister"));
    /// ```
    pub fn add_people_tsv(&mut self, name: &str, text: &str) -> &mut Self {
        self.sources.push(Source::PeopleTsv {
            name: name.to_owned(),
            text: text.to_owned(),
        });
        self
    }

    /// Adds entries from JSON text (feature `serde`): an array of objects
    /// `{"kind": "PERSON"|"COUNTRY"|"CITY", "name": .., "aliases": [..],
    /// "code": .., "geonames_id": .., "population": .., "role": ..}`; only
    /// `kind` and `name` are required.
    ///
    /// ```
    /// let t = indonlp::EntityTagger::builder()
    ///     .add_json("extra.json", r#"[{"kind": "CITY", "name": "Wamena", "code": "ID"}]"#)
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(t.find_iter("di Wamena").count(), 1);
    /// let err = indonlp::EntityTagger::builder()
    ///     .add_json("bad.json", "[\n{\"kind\": \"CITY\"}\n]")
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.line(), Some(2));
    /// ```
    #[cfg(feature = "serde")]
    pub fn add_json(&mut self, name: &str, text: &str) -> &mut Self {
        self.sources.push(Source::Json {
            name: name.to_owned(),
            text: text.to_owned(),
        });
        self
    }

    /// Adds entries from a JSON file (feature `serde`; format of
    /// [`add_json`](Self::add_json)).
    ///
    /// ```
    /// let err = indonlp::EntityTagger::builder().add_json_file("/no/such.json").build().unwrap_err();
    /// assert_eq!(err.kind(), indonlp::ErrorKind::Io);
    /// ```
    #[cfg(feature = "serde")]
    pub fn add_json_file(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.sources
            .push(Source::JsonFile(path.as_ref().to_owned()));
        self
    }

    /// Builds the tagger.
    ///
    /// ```
    /// let t = indonlp::EntityTagger::builder().build().unwrap();
    /// assert_eq!(t.find_iter("Korea Utara").count(), 1);
    /// ```
    pub fn build(&self) -> Result<EntityTagger, Error> {
        let mut g = Gazetteer::default();
        if self.defaults {
            g.load_defaults();
        }
        for source in &self.sources {
            g.apply(source)?;
        }
        Ok(EntityTagger {
            inner: Arc::new(g.compile(self.locative_only)),
        })
    }
}

/// Everything the tagger is compiled from.
#[derive(Default)]
struct Gazetteer {
    drafts: Vec<Draft>,
    /// (kind, lowercase canonical name) -> draft index.
    by_name: HashMap<(EntityKind, String), usize>,
    /// ISO alpha-2 -> country draft index.
    by_iso: HashMap<String, usize>,
    /// (lowercase city name, country) -> city draft index.
    by_city: HashMap<(String, String), usize>,
    titles: Vec<String>,
    heads: Vec<String>,
    regions: Vec<String>,
    not_names: Vec<String>,
    ambiguous: HashSet<String>,
    ignored: HashSet<String>,
    given: WordSet,
    family: WordSet,
    anti_cues: WordSet,
    cues: WordSet,
    speech: WordSet,
    common: WordSet,
    /// Aliases a person's bare surname is derived from (default list only).
    weak_surnames: bool,
}

fn ok<T>(r: Result<T, Error>) -> T {
    r.expect("embedded NER data is well-formed (checked by tests)")
}

fn words(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Gazetteer {
    fn load_defaults(&mut self) {
        ok(self.parse_countries("data/geo/countries.tsv", data::COUNTRIES));
        ok(self.parse_country_aliases("data/geo/country_aliases.tsv", data::COUNTRY_ALIASES));
        ok(self.parse_cities("data/geo/cities.tsv", data::CITIES));
        ok(self.parse_city_aliases("data/geo/city_aliases.tsv", data::CITY_ALIASES));
        // `Kota Surakarta`: the official name of an Indonesian municipality
        // is part of the city's span.
        for d in &mut self.drafts {
            if d.entry.kind == EntityKind::City && d.entry.country_code.as_deref() == Some("ID") {
                let kota = format!("Kota {}", d.entry.name);
                d.aliases.push(kota);
            }
        }
        for kota in words(data::KOTA_ID) {
            let key = (kota.to_lowercase(), "ID".to_owned());
            if !self.by_city.contains_key(&key) {
                self.put_city(kota, "ID", vec![format!("Kota {kota}")], None, None);
            }
        }
        self.regions
            .extend(words(data::PROVINCES_ID).map(str::to_owned));
        self.regions.extend(
            [
                "DKI Jakarta",
                "DIY",
                "DI Yogyakarta",
                "NTB",
                "NTT",
                "Jawa",
                "Sumatera",
                "Sumatra",
                "Kalimantan",
                "Sulawesi",
                "Nusa Tenggara",
                "Jabodetabek",
            ]
            .map(str::to_owned),
        );
        self.regions
            .extend(words(data::KABUPATEN_ID).map(str::to_owned));
        self.heads
            .extend(words(data::FACILITY_HEADS).map(str::to_owned));
        self.not_names
            .extend(words(data::NOT_NAMES).map(str::to_owned));
        self.not_names
            .extend(words(data::ORGANISATIONS).map(str::to_owned));
        self.ambiguous
            .extend(words(data::AMBIGUOUS_PLACES).map(str::to_lowercase));
        self.titles.extend(words(data::TITLES).map(str::to_owned));
        self.given
            .extend(words(data::GIVEN_NAMES).map(|w| w.to_lowercase().into_boxed_str()));
        self.given
            .extend(words(data::GIVEN_NAMES_EN).map(|w| w.to_lowercase().into_boxed_str()));
        self.anti_cues
            .extend(words(data::NON_NAME_CUES).map(|w| w.to_lowercase().into_boxed_str()));
        self.family
            .extend(words(data::FAMILY_NAMES).map(|w| w.to_lowercase().into_boxed_str()));
        self.cues
            .extend(words(data::NAME_CUES).map(|w| w.to_lowercase().into_boxed_str()));
        self.common
            .extend(words(data::COMMON_WORDS).map(Into::into));
        // Function words are missing from the lemma table.
        self.common.extend(words(data::STOPWORDS).map(Into::into));
        self.common
            .extend(words(data::NON_NAME_WORDS).map(|w| w.to_lowercase().into_boxed_str()));
        self.speech
            .extend(words(data::SPEECH_VERBS).map(|w| w.to_lowercase().into_boxed_str()));
        for (name, text) in data::PEOPLE {
            ok(self.parse_people(name, text));
        }
        self.weak_surnames = true;
    }

    fn apply(&mut self, source: &Source) -> Result<(), Error> {
        match source {
            Source::Person {
                name,
                aliases,
                country,
            } => {
                check_setter("add_person", name, aliases, country.as_deref())?;
                self.put_person(name, aliases.clone(), country.as_deref(), None);
            }
            Source::Country {
                iso2,
                name,
                aliases,
            } => {
                check_setter("add_country", name, aliases, Some(iso2))?;
                self.put_country(iso2, None, name, aliases.clone());
            }
            Source::City {
                name,
                country,
                aliases,
            } => {
                check_setter("add_city", name, aliases, Some(country))?;
                self.put_city(name, country, aliases.clone(), None, None);
            }
            Source::Alias {
                kind,
                alias,
                canonical,
            } => {
                let idx = self
                    .by_name
                    .get(&(*kind, canonical.to_lowercase()))
                    .or_else(|| {
                        (*kind == EntityKind::Country)
                            .then(|| self.by_iso.get(canonical.as_str()))
                            .flatten()
                    })
                    .copied()
                    .ok_or_else(|| {
                        Error::new(
                            ErrorKind::Malformed,
                            "add_alias",
                            None,
                            format!(
                                "no {} named {canonical:?} to add the alias {alias:?} to",
                                kind.label()
                            ),
                        )
                    })?;
                self.drafts[idx].aliases.push(alias.clone());
            }
            Source::Title(t) => self.titles.push(t.clone()),
            Source::Ignore(s) => {
                self.ignored.insert(s.to_ascii_lowercase());
            }
            Source::Tsv { name, text } => self.parse_user_tsv(name, text)?,
            Source::TsvFile(path) => {
                let (name, text) = text_file::read_path(path)?;
                self.parse_user_tsv(&name, &text)?;
            }
            Source::PeopleTsv { name, text } => self.parse_people(name, text)?,
            #[cfg(feature = "serde")]
            Source::Json { name, text } => self.parse_json(name, text)?,
            #[cfg(feature = "serde")]
            Source::JsonFile(path) => {
                let (name, text) = text_file::read_path(path)?;
                self.parse_json(&name, &text)?;
            }
        }
        Ok(())
    }

    fn put(&mut self, entry: Entry, aliases: Vec<String>) -> usize {
        let key = (entry.kind, entry.name.to_lowercase());
        let draft = Draft { entry, aliases };
        match self.by_name.get(&key) {
            Some(&i) => {
                self.drafts[i] = draft;
                i
            }
            None => {
                self.drafts.push(draft);
                self.by_name.insert(key, self.drafts.len() - 1);
                self.drafts.len() - 1
            }
        }
    }

    fn put_person(
        &mut self,
        name: &str,
        aliases: Vec<String>,
        country: Option<&str>,
        role: Option<&str>,
    ) {
        let entry = Entry {
            name: name.into(),
            kind: EntityKind::Person,
            country_code: country.filter(|c| !c.is_empty()).map(Into::into),
            iso3: None,
            geonames_id: None,
            population: None,
            role: role.filter(|r| !r.is_empty()).map(Into::into),
        };
        self.put(entry, aliases);
    }

    fn put_country(&mut self, iso2: &str, iso3: Option<&str>, name: &str, aliases: Vec<String>) {
        let entry = Entry {
            name: name.into(),
            kind: EntityKind::Country,
            country_code: Some(iso2.into()),
            iso3: iso3.filter(|c| !c.is_empty()).map(Into::into),
            geonames_id: None,
            population: None,
            role: None,
        };
        // Replacing by code keeps one entry per country.
        if let Some(&i) = self.by_iso.get(iso2) {
            let old = self.drafts[i].entry.name.to_lowercase();
            self.by_name.remove(&(EntityKind::Country, old));
            self.by_name
                .insert((EntityKind::Country, name.to_lowercase()), i);
            let iso3 = entry
                .iso3
                .clone()
                .or_else(|| self.drafts[i].entry.iso3.clone());
            self.drafts[i] = Draft {
                entry: Entry { iso3, ..entry },
                aliases,
            };
            return;
        }
        let i = self.put(entry, aliases);
        self.by_iso.insert(iso2.to_owned(), i);
    }

    fn put_city(
        &mut self,
        name: &str,
        country: &str,
        aliases: Vec<String>,
        geonames_id: Option<u32>,
        population: Option<u64>,
    ) {
        let entry = Entry {
            name: name.into(),
            kind: EntityKind::City,
            country_code: Some(country.into()),
            iso3: None,
            geonames_id,
            population,
            role: None,
        };
        let key = (name.to_lowercase(), country.to_owned());
        if let Some(&i) = self.by_city.get(&key) {
            self.drafts[i] = Draft { entry, aliases };
            return;
        }
        // Cities are keyed by name and country: `Moscow, RU` and `Moscow, US`
        // are two entries.
        self.drafts.push(Draft { entry, aliases });
        let i = self.drafts.len() - 1;
        self.by_name
            .entry((EntityKind::City, name.to_lowercase()))
            .or_insert(i);
        self.by_city.insert(key, i);
    }

    fn parse_countries(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let mut rows = Vec::new();
        for line in tsv_lines(name, text) {
            let (n, l) = line?;
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() != 5 {
                return Err(Error::malformed(
                    name,
                    n,
                    format!("expected 5 tab-separated columns, found {}", f.len()),
                ));
            }
            check_iso(name, n, f[0])?;
            rows.push(f);
        }
        for f in rows {
            let mut aliases: Vec<String> = vec![f[3].to_owned()];
            aliases.extend(split_aliases(f[4]));
            self.put_country(f[0], Some(f[1]), f[2], aliases);
        }
        Ok(())
    }

    fn parse_country_aliases(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let mut rows = Vec::new();
        for line in tsv_lines(name, text) {
            let (n, l) = line?;
            let (alias, iso) = two_cols(name, n, l)?;
            let idx = *self.by_iso.get(iso).ok_or_else(|| {
                Error::malformed(name, n, format!("unknown country code {iso:?}"))
            })?;
            rows.push((idx, alias.to_owned()));
        }
        for (idx, alias) in rows {
            self.drafts[idx].aliases.push(alias);
        }
        Ok(())
    }

    fn parse_cities(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let mut rows = Vec::new();
        for line in tsv_lines(name, text) {
            let (n, l) = line?;
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() != 5 {
                return Err(Error::malformed(
                    name,
                    n,
                    format!("expected 5 tab-separated columns, found {}", f.len()),
                ));
            }
            let gid: u32 = f[0]
                .parse()
                .map_err(|_| Error::malformed(name, n, format!("bad GeoNames id {:?}", f[0])))?;
            let pop: u64 = f[3]
                .parse()
                .map_err(|_| Error::malformed(name, n, format!("bad population {:?}", f[3])))?;
            check_iso(name, n, f[2])?;
            rows.push((f[1], f[2], gid, pop, split_aliases(f[4])));
        }
        for (city, cc, gid, pop, aliases) in rows {
            self.put_city(city, cc, aliases, Some(gid), Some(pop));
        }
        Ok(())
    }

    fn parse_city_aliases(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let mut rows = Vec::new();
        for line in tsv_lines(name, text) {
            let (n, l) = line?;
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() != 3 {
                return Err(Error::malformed(
                    name,
                    n,
                    format!("expected 3 tab-separated columns, found {}", f.len()),
                ));
            }
            let idx = *self
                .by_city
                .get(&(f[1].to_lowercase(), f[2].to_owned()))
                .ok_or_else(|| {
                    Error::malformed(name, n, format!("unknown city {:?} in {:?}", f[1], f[2]))
                })?;
            rows.push((idx, f[0].to_owned()));
        }
        for (idx, alias) in rows {
            self.drafts[idx].aliases.push(alias);
        }
        Ok(())
    }

    fn parse_people(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let mut rows = Vec::new();
        for line in tsv_lines(name, text) {
            let (n, l) = line?;
            let f: Vec<&str> = l.split('\t').map(str::trim).collect();
            if f.len() > 4 {
                return Err(Error::malformed(
                    name,
                    n,
                    format!(
                        "expected at most 4 tab-separated columns, found {}",
                        f.len()
                    ),
                ));
            }
            if f[0].is_empty() {
                return Err(Error::malformed(name, n, "empty name"));
            }
            check_no_control(name, n, f[0])?;
            check_no_control(name, n, f.get(1).copied().unwrap_or(""))?;
            let country = f.get(2).copied().unwrap_or("");
            if !country.is_empty() {
                check_iso(name, n, country)?;
            }
            rows.push((
                f[0],
                split_aliases(f.get(1).copied().unwrap_or("")),
                country,
                f.get(3).copied(),
            ));
        }
        for (person, aliases, country, role) in rows {
            self.put_person(person, aliases, Some(country), role);
        }
        Ok(())
    }

    fn parse_user_tsv(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let mut rows = Vec::new();
        for line in tsv_lines(name, text) {
            let (n, l) = line?;
            let f: Vec<&str> = l.split('\t').map(str::trim).collect();
            if f.len() < 2 || f.len() > 6 {
                return Err(Error::malformed(
                    name,
                    n,
                    format!("expected 2 to 6 tab-separated columns, found {}", f.len()),
                ));
            }
            let kind = parse_kind(f[0]).ok_or_else(|| {
                Error::malformed(
                    name,
                    n,
                    format!("unknown kind {:?} (expected PERSON, COUNTRY or CITY)", f[0]),
                )
            })?;
            let record = Record {
                kind,
                name: f[1].to_owned(),
                aliases: split_aliases(f.get(2).copied().unwrap_or("")),
                code: f.get(3).filter(|c| !c.is_empty()).map(|c| (*c).to_owned()),
                extra: f.get(4).filter(|c| !c.is_empty()).map(|c| (*c).to_owned()),
                population: f.get(5).filter(|c| !c.is_empty()).map(|c| (*c).to_owned()),
            };
            rows.push(record.check(name, n)?);
        }
        for r in rows {
            self.put_record(r);
        }
        Ok(())
    }

    #[cfg(feature = "serde")]
    fn parse_json(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let json_error = |e: serde_json::Error, first_line: usize| {
            let msg = e.to_string();
            let msg = msg.split(" at line ").next().unwrap_or(&msg).to_owned();
            let line = first_line + e.line().max(1) - 1;
            Error::new(ErrorKind::Malformed, name, Some(line), msg)
        };
        // Each entry is kept raw first, so that an error in it (shape or
        // content) is reported at the entry's own line, not where the parser
        // happened to stop.
        let items: Vec<&serde_json::value::RawValue> =
            serde_json::from_str(text).map_err(|e| json_error(e, 1))?;
        let (mut rows, mut line, mut counted) = (Vec::with_capacity(items.len()), 1, 0);
        for raw in items {
            let raw = raw.get();
            // `raw` borrows from `text`; newlines are counted incrementally
            // so a large file stays linear.
            let offset = (raw.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
            let offset = offset.clamp(counted, text.len());
            line += text.as_bytes()[counted..offset]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            counted = offset;
            let entry: RawJsonEntry = serde_json::from_str(raw).map_err(|e| json_error(e, line))?;
            rows.push(entry.check(name, line)?);
        }
        for r in rows {
            self.put_record(r);
        }
        Ok(())
    }

    fn put_record(&mut self, r: CheckedRecord) {
        match r.kind {
            EntityKind::Person => {
                self.put_person(&r.name, r.aliases, r.code.as_deref(), r.role.as_deref())
            }
            EntityKind::Country => {
                self.put_country(r.code.as_deref().unwrap_or(""), None, &r.name, r.aliases)
            }
            EntityKind::City => self.put_city(
                &r.name,
                r.code.as_deref().unwrap_or(""),
                r.aliases,
                r.geonames_id,
                r.population,
            ),
        }
    }

    /// Compiles the look-up tables: one key per ASCII-lowercase surface
    /// form, with its variants by priority.
    fn compile(self, locative_only: bool) -> Tables {
        let mut forms: HashMap<String, Vec<Variant>> = HashMap::new();
        let mut add = |surface: &str, class: Class, ambiguous: &HashSet<String>| {
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
        let none = HashSet::new();
        let title_set: HashSet<&str> = self.titles.iter().map(String::as_str).collect();
        let mut entries = Vec::with_capacity(self.drafts.len());
        let mut surname_count: HashMap<String, (usize, u32)> = HashMap::new();
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
                b.class.cmp(&a.class).then_with(|| {
                    let rank = |c: Class| match c {
                        Class::Entry(id) => {
                            let e = &entries[id as usize];
                            let pri = match e.kind {
                                EntityKind::Country => 3,
                                EntityKind::City => 2,
                                _ => 1,
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
        let mut capitals = HashMap::new();
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
        Tables {
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

struct Record {
    kind: EntityKind,
    name: String,
    aliases: Vec<String>,
    code: Option<String>,
    extra: Option<String>,
    population: Option<String>,
}

struct CheckedRecord {
    kind: EntityKind,
    name: String,
    aliases: Vec<String>,
    code: Option<String>,
    role: Option<String>,
    geonames_id: Option<u32>,
    population: Option<u64>,
}

impl Record {
    fn check(self, src: &str, n: usize) -> Result<CheckedRecord, Error> {
        if self.name.trim().is_empty() {
            return Err(Error::malformed(src, n, "empty name"));
        }
        for text in std::iter::once(&self.name).chain(&self.aliases) {
            check_no_control(src, n, text)?;
        }
        if let Some(c) = &self.code {
            check_iso(src, n, c)?;
        } else if self.kind != EntityKind::Person {
            return Err(Error::malformed(
                src,
                n,
                format!("a {} needs an ISO 3166 alpha-2 code", self.kind.label()),
            ));
        }
        let (mut role, mut geonames_id) = (None, None);
        match self.kind {
            EntityKind::City => {
                if let Some(x) = &self.extra {
                    geonames_id =
                        Some(x.parse().map_err(|_| {
                            Error::malformed(src, n, format!("bad GeoNames id {x:?}"))
                        })?);
                }
            }
            _ => role = self.extra,
        }
        let population = match &self.population {
            Some(p) => Some(
                p.parse()
                    .map_err(|_| Error::malformed(src, n, format!("bad population {p:?}")))?,
            ),
            None => None,
        };
        Ok(CheckedRecord {
            kind: self.kind,
            name: self.name,
            aliases: self.aliases,
            code: self.code,
            role,
            geonames_id,
            population,
        })
    }
}

fn parse_kind(s: &str) -> Option<EntityKind> {
    match s.trim().to_ascii_uppercase().as_str() {
        "PERSON" | "PER" => Some(EntityKind::Person),
        "COUNTRY" => Some(EntityKind::Country),
        "CITY" => Some(EntityKind::City),
        _ => None,
    }
}

fn is_iso2(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

fn check_iso(src: &str, n: usize, code: &str) -> Result<(), Error> {
    if is_iso2(code) {
        Ok(())
    } else {
        Err(Error::malformed(
            src,
            n,
            format!("bad ISO 3166 alpha-2 code {code:?}"),
        ))
    }
}

/// A NUL or other control character in a name is garbage (a binary file,
/// a bad conversion), never part of a name to match.
fn check_no_control(src: &str, n: usize, text: &str) -> Result<(), Error> {
    match text.chars().find(|c| c.is_control()) {
        Some(c) => Err(Error::malformed(
            src,
            n,
            format!("control character {c:?} in {text:?}"),
        )),
        None => Ok(()),
    }
}

/// The checks a loaded record gets, for an entry added by a setter: the
/// error names the setter (there is no file or line).
fn check_setter(
    setter: &str,
    name: &str,
    aliases: &[String],
    code: Option<&str>,
) -> Result<(), Error> {
    let fail = |msg: String| Err(Error::new(ErrorKind::Malformed, setter, None, msg));
    if name.trim().is_empty() {
        return fail("empty name".to_owned());
    }
    for text in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
        if let Some(c) = text.chars().find(|c| c.is_control()) {
            return fail(format!("control character {c:?} in {text:?}"));
        }
    }
    match code {
        Some(c) if !c.is_empty() && !is_iso2(c) => fail(format!("bad ISO 3166 alpha-2 code {c:?}")),
        _ => Ok(()),
    }
}

fn two_cols<'a>(src: &str, n: usize, l: &'a str) -> Result<(&'a str, &'a str), Error> {
    let f: Vec<&str> = l.split('\t').collect();
    if f.len() != 2 || f[0].trim().is_empty() {
        return Err(Error::malformed(
            src,
            n,
            format!("expected 2 tab-separated columns, found {}", f.len()),
        ));
    }
    Ok((f[0].trim(), f[1].trim()))
}

fn split_aliases(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawJsonEntry {
    kind: String,
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    code: Option<String>,
    geonames_id: Option<u32>,
    population: Option<u64>,
    role: Option<String>,
}

#[cfg(feature = "serde")]
impl RawJsonEntry {
    fn check(self, src: &str, n: usize) -> Result<CheckedRecord, Error> {
        let kind = parse_kind(&self.kind).ok_or_else(|| {
            Error::malformed(
                src,
                n,
                format!(
                    "unknown kind {:?} (expected PERSON, COUNTRY or CITY)",
                    self.kind
                ),
            )
        })?;
        let record = Record {
            kind,
            name: self.name,
            aliases: self.aliases,
            code: self.code,
            extra: match kind {
                EntityKind::City => self.geonames_id.map(|g| g.to_string()),
                _ => self.role,
            },
            population: self.population.map(|p| p.to_string()),
        };
        record.check(src, n)
    }
}

/// Data lines of a TSV text: blank lines and `#` comments skipped; spaces
/// (not tabs) trimmed, so empty trailing columns survive.
fn tsv_lines<'a>(
    name: &'a str,
    text: &'a str,
) -> impl Iterator<Item = Result<(usize, &'a str), Error>> + 'a {
    text_file::lines(name, text).filter_map(|r| match r {
        Ok((n, l)) => {
            let l = l.trim_matches(' ');
            (!l.trim().is_empty() && !l.starts_with('#')).then_some(Ok((n, l)))
        }
        Err(e) => Some(Err(e)),
    })
}
