//! Gazetteer named entities: people, countries and cities.
//!
//! [`EntityTagger`] finds mentions of people ([`EntityKind::Person`]),
//! countries ([`EntityKind::Country`]) and cities ([`EntityKind::City`]) in
//! Indonesian text. Each [`Entity`] borrows its text, carries a byte [`Span`]
//! and, when the gazetteer knows the name, its canonical [`Entry`] (canonical
//! name, ISO 3166 codes, GeoNames id and population).
//!
//! ```
//! let text = "Presiden Rusia Vladimir Putin menerima Choe Son Hui di Moskwa.";
//! let found: Vec<_> = indonlp::entities(text)
//!     .map(|e| (e.text(), e.kind(), e.canonical().map(|c| c.name().to_owned())))
//!     .collect();
//! use indonlp::EntityKind::*;
//! assert_eq!(found, [
//!     ("Rusia", Country, Some("Russia".to_owned())),
//!     ("Vladimir Putin", Person, Some("Vladimir Putin".to_owned())),
//!     ("Choe Son Hui", Person, Some("Choe Son Hui".to_owned())),
//!     ("Moskwa", City, Some("Moscow".to_owned())),
//! ]);
//! ```

mod builder;
mod compile;
mod coref;
mod cues;
mod load;
mod tag;
mod towns;
mod vocab;

pub(crate) use vocab::WordInfo;

pub use builder::EntityTaggerBuilder;

use crate::span::Span;
use crate::tokenize::{with_tokens, Token, Tokenizer};
use std::iter::FusedIterator;
use std::sync::{Arc, LazyLock};

/// The type of a named entity.
///
/// ```
/// let kinds: Vec<_> = indonlp::entities("Jokowi ke Tokyo, Jepang").map(|e| e.kind()).collect();
/// use indonlp::EntityKind::*;
/// assert_eq!(kinds, [Person, City, Country]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "UPPERCASE"))]
#[non_exhaustive]
pub enum EntityKind {
    /// A person.
    Person,
    /// A country (sovereign state or territory with an ISO 3166 code).
    Country,
    /// A city or town.
    City,
}

impl EntityKind {
    /// The label used by the `ner` example and in serialised output:
    /// `PERSON`, `COUNTRY` or `CITY`.
    ///
    /// ```
    /// assert_eq!(indonlp::EntityKind::City.label(), "CITY");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "PERSON",
            EntityKind::Country => "COUNTRY",
            EntityKind::City => "CITY",
        }
    }
}

/// A canonical gazetteer entry: the person, country or city a mention refers to.
///
/// ```
/// let e = indonlp::entities("Warga Korut").next().unwrap();
/// let c = e.canonical().unwrap();
/// assert_eq!(c.name(), "North Korea");
/// assert_eq!(c.country_code(), Some("KP"));
/// assert_eq!(c.iso3(), Some("PRK"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Entry {
    name: Box<str>,
    kind: EntityKind,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    country_code: Option<Box<str>>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    iso3: Option<Box<str>>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    geonames_id: Option<u32>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    population: Option<u64>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    role: Option<Box<str>>,
}

impl Entry {
    /// The canonical name (English for countries and GeoNames' name for
    /// cities: `Russia`, `Moscow`; the listed full name for people).
    ///
    /// ```
    /// let e = indonlp::entities("di Moskwa").next().unwrap();
    /// assert_eq!(e.canonical().unwrap().name(), "Moscow");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The kind of entity this entry describes.
    ///
    /// ```
    /// let e = indonlp::entities("di Moskwa").next().unwrap();
    /// assert_eq!(e.canonical().unwrap().kind(), indonlp::EntityKind::City);
    /// ```
    pub fn kind(&self) -> EntityKind {
        self.kind
    }

    /// ISO 3166-1 alpha-2 code: the country itself for a country, the
    /// country a city is in, or a person's country when known.
    ///
    /// ```
    /// let e = indonlp::entities("di Wonsan").next().unwrap();
    /// assert_eq!(e.canonical().unwrap().country_code(), Some("KP"));
    /// ```
    pub fn country_code(&self) -> Option<&str> {
        self.country_code.as_deref()
    }

    /// ISO 3166-1 alpha-3 code of a country.
    ///
    /// ```
    /// let e = indonlp::entities("Ukraina").next().unwrap();
    /// assert_eq!(e.canonical().unwrap().iso3(), Some("UKR"));
    /// ```
    pub fn iso3(&self) -> Option<&str> {
        self.iso3.as_deref()
    }

    /// GeoNames id of a city.
    ///
    /// ```
    /// let e = indonlp::entities("di Kursk").next().unwrap();
    /// assert_eq!(e.canonical().unwrap().geonames_id(), Some(538560));
    /// ```
    pub fn geonames_id(&self) -> Option<u32> {
        self.geonames_id
    }

    /// Population of a city (GeoNames).
    ///
    /// ```
    /// let e = indonlp::entities("di Jakarta").next().unwrap();
    /// assert!(e.canonical().unwrap().population().unwrap() > 8_000_000);
    /// ```
    pub fn population(&self) -> Option<u64> {
        self.population
    }

    /// A person's role, when the list gives one.
    ///
    /// ```
    /// let e = indonlp::entities("Sergei Lavrov tiba.").next().unwrap();
    /// assert!(e.canonical().unwrap().role().unwrap().contains("Foreign Minister"));
    /// ```
    pub fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }
}

/// A mention of a person, country or city in a text.
///
/// ```
/// let text = "Ia tiba di JAKARTA.";
/// let e = indonlp::entities(text).next().unwrap();
/// assert_eq!(e.text(), "JAKARTA");
/// assert_eq!(&text[e.span()], "JAKARTA");
/// assert_eq!(e.kind(), indonlp::EntityKind::City);
/// assert_eq!(e.canonical().unwrap().country_code(), Some("ID"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity<'t> {
    text: &'t str,
    span: Span,
    kind: EntityKind,
    canonical: Option<Arc<Entry>>,
}

impl<'t> Entity<'t> {
    /// The mention as written.
    ///
    /// ```
    /// assert_eq!(indonlp::entities("di Kairo").next().unwrap().text(), "Kairo");
    /// ```
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Byte span of the mention in the text.
    ///
    /// ```
    /// let e = indonlp::entities("di Kairo").next().unwrap();
    /// assert_eq!(e.span(), indonlp::Span::new(3, 8));
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }

    /// The type of the entity.
    ///
    /// ```
    /// let e = indonlp::entities("di Kairo").next().unwrap();
    /// assert_eq!(e.kind(), indonlp::EntityKind::City);
    /// ```
    pub fn kind(&self) -> EntityKind {
        self.kind
    }

    /// The gazetteer entry the mention refers to, if known. People found only
    /// from context (after a title, a speech verb or a given name) have none.
    ///
    /// ```
    /// let mut it = indonlp::entities("Menurut Presiden Rusia Vladimir Putin dan Gubernur Harjono Sastro.");
    /// assert_eq!(it.next().unwrap().canonical().unwrap().country_code(), Some("RU"));
    /// assert_eq!(it.next().unwrap().canonical().unwrap().name(), "Vladimir Putin");
    /// let budi = it.next().unwrap();
    /// assert_eq!(budi.text(), "Harjono Sastro");
    /// assert!(budi.canonical().is_none());
    /// ```
    pub fn canonical(&self) -> Option<&Entry> {
        self.canonical.as_deref()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Entity<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Entity", 5)?;
        st.serialize_field("text", self.text)?;
        st.serialize_field("start", &self.span.start)?;
        st.serialize_field("end", &self.span.end)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("canonical", &self.canonical.as_deref())?;
        st.end()
    }
}

/// Finds people, countries and cities in text, from embedded gazetteers plus
/// context rules.
///
/// Cheap to clone (the tables sit behind an `Arc`);
/// [`EntityTagger::new`] returns the default tagger, built once on first use.
///
/// ```
/// let tagger = indonlp::EntityTagger::new();
/// let kinds: Vec<_> = tagger.find_iter("Pasukan Korut di Kursk").map(|e| e.kind()).collect();
/// assert_eq!(kinds, [indonlp::EntityKind::Country, indonlp::EntityKind::City]);
/// ```
///
/// # Conventions
///
/// - The tagger reads the crate's tokens (those of the default
///   [`Tokenizer`], the same as [`Analyzer`](crate::Analyzer) uses): every
///   name, title and organisation head is looked up (ASCII case-insensitive,
///   longest form first) at each capitalised word token, and a match must
///   end where a token ends, so `Bali` is not found inside `Balikpapan` and
///   lowercase running words never match (`lima`, `kota`, `surat`, `batu`).
///   With a clitic-splitting tokenizer (an analyzer built with
///   `split_clitics(true)`), `Korea Utaranya` gives `Korea Utara`; on its
///   own the tagger gives `Korea`.
/// - Case: a name matches in its own capitalisation and in all caps
///   (`Jakarta`, `JAKARTA`); all-caps gazetteer forms (`AS`, `RRT`, `RI`)
///   match only exactly. Place names that are also common words (`Lima`,
///   `Kota`, `Solo`, `Batu`) are skipped at the start of a sentence unless
///   written in all caps.
/// - Titles, offices and honorifics (`Presiden`, `Menteri Luar Negeri`,
///   `Pak`, `Bu`, `Dr.`, `Prof.`, `H.`, `K.H.`) are cues, never part of a
///   PERSON span; degrees after a comma (`, S.H.`) are not part of it either.
/// - PERSON beyond the list: a run of capitalised words after a title (a
///   country, city or region may stand between: `Menteri Luar Negeri Korea
///   Utara Choe Son Hui`), after a speech verb or form of address (`kata`,
///   `ujar`, `pak`, `bu`), before a verb of saying (`mengatakan`), or whose
///   first word is a known Indonesian given name. A later bare surname or
///   short form of a person found earlier in the same text (`Putin`,
///   `Lavrov`) is the same person.
/// - Organisation, facility and region heads (`Universitas`, `Bank`,
///   `Jalan`, `Jl.`, `Gedung`, `Stasiun`, `Bandara`, `Kabupaten`,
///   `Provinsi`, ...) swallow the capitalised words after them: in
///   `Universitas Indonesia` nothing is tagged.
/// - Names that are both a country and a city (`Singapura`, `Kuwait`,
///   `Meksiko`, `Georgia`) are COUNTRY; the city is tagged when written as
///   the city (`Kota Meksiko`, `Kuwait City`) or when the text says city
///   (`kota Singapura`, `ibukota Kuwait`).
/// - A foreign city that is also an Indonesian word (`Bukan`, `Guna`) needs
///   evidence at the start of a sentence or inside a title-cased run: a
///   locative cue before it (`di`, `ke`, `dari`, `kota`) or `, <Place>`
///   after it. Towns of 5,000+ inhabitants outside the city list
///   (`data/geo/towns.tsv`) are tagged only with such evidence on both
///   sides (`lahir di Goshen, Connecticut`) or after `kota`.
/// - A city name that is part of a person's name (next to a given name,
///   after a title: `Anna Florence`, `Pangeran Singa Brata`) or that another
///   capitalised word continues (`Santa Maria Magdalena`) is not a city.
/// - A ticket of two listed people joined by a hyphen (`Jokowi-JK`,
///   `SBY-Boediono`) is one PERSON mention, as news annotations mark it,
///   with no canonical entry (it names no single person); written apart
///   (`Jokowi - JK`, `Jokowi dan JK`) they are two mentions. `Jakarta` is always the CITY;
///   the province (`DKI Jakarta`, `Daerah Khusus Ibukota Jakarta`) and other
///   provinces (`Jawa Barat`, `Bali`) are regions and are not tagged. When
///   two cities share a name, the Indonesian one wins, then the most
///   populous (`Moscow` is Moscow, RU).
/// - Country adjectives and peoples: `warga Rusia`, `orang Jepang` — the
///   country name is a COUNTRY mention (datasets that annotate places only
///   in locative use: see [`EntityTaggerBuilder::locative_places_only`]).
/// - `Kota Surabaya`: a capitalised `Kota` before an Indonesian city is part
///   of the CITY span (the municipality's official name); lowercase `kota`
///   is not.
/// - A place right after an unknown capitalised word or acronym ends an
///   organisation's name and is not tagged (`PSMS Medan`, `DPR RI`).
#[derive(Clone, Debug)]
pub struct EntityTagger {
    inner: Arc<tag::Tables>,
}

static DEFAULT: LazyLock<EntityTagger> = LazyLock::new(|| {
    EntityTagger::builder()
        .build()
        .expect("the embedded gazetteers are valid (checked by tests)")
});

impl Default for EntityTagger {
    fn default() -> Self {
        EntityTagger::new()
    }
}

impl EntityTagger {
    /// The tagger over the embedded gazetteers (built once, then shared).
    ///
    /// ```
    /// let t = indonlp::EntityTagger::new();
    /// assert_eq!(t.find_iter("Kunjungan ke Tiongkok").count(), 1);
    /// ```
    pub fn new() -> EntityTagger {
        DEFAULT.clone()
    }

    /// A builder to extend or replace the gazetteers.
    ///
    /// ```
    /// use indonlp::{EntityKind, EntityTagger};
    /// let t = EntityTagger::builder()
    ///     .add_person("Budi Gunawan Sadikin", &["BGS"], Some("ID"))
    ///     .build()
    ///     .unwrap();
    /// let e = t.find_iter("Kata BGS kemarin").next().unwrap();
    /// assert_eq!(e.kind(), EntityKind::Person);
    /// assert_eq!(e.canonical().unwrap().name(), "Budi Gunawan Sadikin");
    /// ```
    pub fn builder() -> EntityTaggerBuilder {
        EntityTaggerBuilder::new()
    }

    /// The entities in `text`, left to right, non-overlapping.
    ///
    /// The text is analysed whole when the iterator is created (a later short
    /// form refers back to an earlier full name), then entities are handed
    /// out one by one.
    ///
    /// ```
    /// let t = indonlp::EntityTagger::new();
    /// let text = "Sergei Lavrov tiba. Lavrov lalu bertemu Wang Yi.";
    /// let names: Vec<_> = t.find_iter(text).map(|e| e.text()).collect();
    /// assert_eq!(names, ["Sergei Lavrov", "Lavrov", "Wang Yi"]);
    /// ```
    ///
    /// # Documents
    ///
    /// Pass a whole document (lines joined with `\n`) to tie names across
    /// its sentences and lines: a person named in full early on is known by
    /// surname later. A line break ends a sentence. This is what the `ner`
    /// example's `--document` flag does.
    ///
    /// ```
    /// let t = indonlp::EntityTagger::new();
    /// let doc = "Gubernur Darsono Harjowinoto tiba.\nIa menemui Harjowinoto.";
    /// let names: Vec<_> = t.find_iter(doc).map(|e| e.text()).collect();
    /// assert_eq!(names, ["Darsono Harjowinoto", "Harjowinoto"]);
    /// ```
    pub fn find_iter<'t>(&self, text: &'t str) -> FindIter<'t> {
        // The default tokenizer's tokens, so that `find_iter` and the
        // analyzer agree.
        let entities = with_tokens(Tokenizer::shared(), text, |tokens| {
            self.tag_tokens(text, tokens, None)
        });
        FindIter {
            inner: entities.into_iter(),
        }
    }

    /// The entities of `text` given its tokens (the analyzer's one scan).
    /// `infos`: each token's [`EntityTagger::token_info`], when the caller
    /// keeps them (the analyzer's word cache), so words are not looked up
    /// twice.
    pub(crate) fn tag_tokens<'t>(
        &self,
        text: &'t str,
        tokens: &[Token<'t>],
        infos: Option<&[WordInfo]>,
    ) -> Vec<Entity<'t>> {
        self.inner.tag(text, tokens, infos)
    }

    /// What the tagger's word lists say of a token's text.
    pub(crate) fn token_info(&self, token: &str) -> WordInfo {
        self.inner.token_info(token)
    }

    /// Number of canonical entries (people, countries, cities) known.
    ///
    /// ```
    /// assert!(indonlp::EntityTagger::new().len() > 4000);
    /// ```
    pub fn len(&self) -> usize {
        self.inner.entries_len()
    }

    /// Whether the tagger knows no entry at all.
    ///
    /// ```
    /// let t = indonlp::EntityTagger::builder().defaults(false).build().unwrap();
    /// assert!(t.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Iterator over the entities of a text, from [`EntityTagger::find_iter`].
///
/// ```
/// let mut it = indonlp::entities("Jakarta");
/// assert!(it.next().is_some());
/// assert!(it.next().is_none());
/// ```
#[derive(Debug)]
pub struct FindIter<'t> {
    inner: std::vec::IntoIter<Entity<'t>>,
}

impl<'t> Iterator for FindIter<'t> {
    type Item = Entity<'t>;
    fn next(&mut self) -> Option<Entity<'t>> {
        self.inner.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for FindIter<'_> {}
impl FusedIterator for FindIter<'_> {}

/// The entities of `text` found by the default [`EntityTagger`].
///
/// ```
/// let found: Vec<_> = indonlp::entities("Kim Jong-un menjamu Sergei Lavrov di Wonsan.")
///     .map(|e| (e.text(), e.kind().label()))
///     .collect();
/// assert_eq!(found, [("Kim Jong-un", "PERSON"), ("Sergei Lavrov", "PERSON"), ("Wonsan", "CITY")]);
/// ```
pub fn entities(text: &str) -> FindIter<'_> {
    DEFAULT.find_iter(text)
}
