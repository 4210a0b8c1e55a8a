//! Loading the gazetteers: the embedded data, user entries and the TSV /
//! JSON loaders, with their checks (errors name the file, line and
//! problem).

use super::builder::Source;
use super::{EntityKind, Entry};
use crate::error::{Error, ErrorKind};
use crate::hash::{FxBuild, WordSet};
use crate::{data, text_file};
use std::collections::{HashMap, HashSet};

/// An entry under construction with all its surface forms.
#[derive(Clone, Debug)]
pub(super) struct Draft {
    pub(super) entry: Entry,
    pub(super) aliases: Vec<String>,
}

/// Everything the tagger is compiled from.
#[derive(Default)]
pub(super) struct Gazetteer {
    pub(super) drafts: Vec<Draft>,
    /// (kind, lowercase canonical name) -> draft index.
    pub(super) by_name: HashMap<(EntityKind, String), usize, FxBuild>,
    /// ISO alpha-2 -> country draft index.
    pub(super) by_iso: HashMap<String, usize, FxBuild>,
    /// (lowercase city name, country) -> city draft index.
    pub(super) by_city: HashMap<(String, String), usize, FxBuild>,
    pub(super) titles: Vec<String>,
    pub(super) heads: Vec<String>,
    pub(super) regions: Vec<String>,
    pub(super) not_names: Vec<String>,
    pub(super) ambiguous: HashSet<String, FxBuild>,
    pub(super) ignored: HashSet<String, FxBuild>,
    pub(super) given: WordSet,
    pub(super) family: WordSet,
    pub(super) anti_cues: WordSet,
    pub(super) cues: WordSet,
    pub(super) speech: WordSet,
    pub(super) common: WordSet,
    /// Aliases a person's bare surname is derived from (default list only).
    pub(super) weak_surnames: bool,
    /// While the embedded lists are read (not the user's entries).
    pub(super) in_defaults: bool,
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
    pub(super) fn load_defaults(&mut self) {
        self.in_defaults = true;
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
        // English titles of works and organisations (`Together We Build`).
        self.common
            .extend(words(data::COMMON_WORDS_EN).map(Into::into));
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
        self.in_defaults = false;
    }

    pub(super) fn apply(&mut self, source: &Source) -> Result<(), Error> {
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
            // Two towns of one name in one country (`Washington, US`): the
            // most populous of the embedded list keeps the name; a user's
            // entry replaces the listed one.
            let old = self.drafts[i].entry.population;
            if !self.in_defaults || population >= old {
                self.drafts[i] = Draft { entry, aliases };
            }
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
            let f = columns(name, n, l, 5)?;
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
            let f = columns(name, n, l, 5)?;
            let gid: u32 = f[0]
                .parse()
                .map_err(|_| Error::malformed(name, n, format!("bad GeoNames id {:?}", f[0])))?;
            let pop: u64 = f[3]
                .parse()
                .map_err(|_| Error::malformed(name, n, format!("bad population {:?}", f[3])))?;
            check_iso(name, n, f[2])?;
            rows.push((f[1], f[2], gid, pop, split_aliases(f[4])));
        }
        for (city, cc, gid, pop, mut aliases) in rows {
            // `Kansas` for Kansas City: without `City` the name is more often
            // the state, province, country or person it was named after
            // (`Oklahoma`, `Jeju`, `Belize`, `Carson`), except for the few
            // cities big enough to own it (`New York`) and Indonesian ones
            // (`Jambi`).
            if let Some(short) = city.strip_suffix(" City") {
                if pop < 1_000_000 && cc != "ID" {
                    aliases.retain(|a| a != short);
                }
            }
            self.put_city(city, cc, aliases, Some(gid), Some(pop));
        }
        Ok(())
    }

    fn parse_city_aliases(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let mut rows = Vec::new();
        for line in tsv_lines(name, text) {
            let (n, l) = line?;
            let f = columns(name, n, l, 3)?;
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

/// The tab-separated fields of line `n` of `src`, which must number `k`.
fn columns<'a>(src: &str, n: usize, l: &'a str, k: usize) -> Result<Vec<&'a str>, Error> {
    let f: Vec<&str> = l.split('\t').collect();
    if f.len() != k {
        return Err(Error::malformed(
            src,
            n,
            format!("expected {k} tab-separated columns, found {}", f.len()),
        ));
    }
    Ok(f)
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
