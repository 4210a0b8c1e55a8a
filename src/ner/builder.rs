//! The public builder of an [`EntityTagger`]: which gazetteers and user
//! entries go in. Loading and checking them is `load.rs`; compiling the
//! look-up tables is `compile.rs`.

use super::load::Gazetteer;
use super::{EntityKind, EntityTagger};
use crate::error::Error;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub(super) enum Source {
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
