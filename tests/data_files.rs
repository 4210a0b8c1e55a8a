//! Format checks for the embedded data: sorted, unique, lowercase where the
//! code relies on it, no stray whitespace.

fn check_sorted_unique_lowercase(name: &str, text: &str) {
    let mut prev: Option<&str> = None;
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        assert!(!line.is_empty(), "{name}:{n}: empty line");
        assert_eq!(line, line.trim(), "{name}:{n}: stray whitespace");
        assert_eq!(line, line.to_lowercase(), "{name}:{n}: not lowercase");
        if let Some(p) = prev {
            assert!(
                p < line,
                "{name}:{n}: {line:?} is not after {p:?} (sorted, unique)"
            );
        }
        prev = Some(line);
    }
}

#[test]
fn stopwords_file_is_sorted_unique_lowercase() {
    check_sorted_unique_lowercase("stopwords.txt", include_str!("../data/stopwords.txt"));
}

/// NER data: every data line has the expected number of tab-separated
/// columns, no field has stray whitespace, and the text is NFC-free of
/// control characters; word lists hold unique entries.
fn check_ner_file(name: &str, text: &str, columns: usize) {
    let mut seen = std::collections::HashSet::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.starts_with('#') {
            continue;
        }
        assert!(!line.trim().is_empty(), "{name}:{n}: blank line");
        assert!(!line.contains('\r'), "{name}:{n}: CR");
        assert!(
            !line.chars().any(|c| c.is_control() && c != '\t'),
            "{name}:{n}: control character"
        );
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), columns, "{name}:{n}: {line:?}");
        for f in &fields {
            assert_eq!(*f, f.trim(), "{name}:{n}: stray whitespace in {f:?}");
        }
        if columns == 1 {
            assert!(seen.insert(line), "{name}:{n}: duplicate {line:?}");
        }
    }
}

#[test]
fn ner_data_files_are_well_formed() {
    check_ner_file(
        "geo/countries.tsv",
        include_str!("../data/geo/countries.tsv"),
        5,
    );
    check_ner_file(
        "geo/country_aliases.tsv",
        include_str!("../data/geo/country_aliases.tsv"),
        2,
    );
    check_ner_file("geo/cities.tsv", include_str!("../data/geo/cities.tsv"), 5);
    check_ner_file(
        "geo/city_aliases.tsv",
        include_str!("../data/geo/city_aliases.tsv"),
        3,
    );
    check_ner_file(
        "geo/kota_id.txt",
        include_str!("../data/geo/kota_id.txt"),
        1,
    );
    check_ner_file(
        "geo/provinces_id.txt",
        include_str!("../data/geo/provinces_id.txt"),
        1,
    );
    check_ner_file(
        "geo/kabupaten_id.txt",
        include_str!("../data/geo/kabupaten_id.txt"),
        1,
    );
    check_ner_file(
        "geo/facility_heads_id.txt",
        include_str!("../data/geo/facility_heads_id.txt"),
        1,
    );
    check_ner_file(
        "geo/not_names_id.txt",
        include_str!("../data/geo/not_names_id.txt"),
        1,
    );
    check_ner_file(
        "geo/organisations_id.txt",
        include_str!("../data/geo/organisations_id.txt"),
        1,
    );
    check_ner_file(
        "geo/ambiguous_places_id.txt",
        include_str!("../data/geo/ambiguous_places_id.txt"),
        1,
    );
    check_ner_file(
        "person/titles_id.txt",
        include_str!("../data/person/titles_id.txt"),
        1,
    );
    check_ner_file(
        "person/name_cues_id.txt",
        include_str!("../data/person/name_cues_id.txt"),
        1,
    );
    check_ner_file(
        "person/speech_verbs_id.txt",
        include_str!("../data/person/speech_verbs_id.txt"),
        1,
    );
    check_ner_file(
        "person/given_names_id.txt",
        include_str!("../data/person/given_names_id.txt"),
        1,
    );
    check_ner_file(
        "person/given_names_en.txt",
        include_str!("../data/person/given_names_en.txt"),
        1,
    );
    check_ner_file(
        "person/family_names_id.txt",
        include_str!("../data/person/family_names_id.txt"),
        1,
    );
    check_ner_file(
        "person/common_words_id.txt",
        include_str!("../data/person/common_words_id.txt"),
        1,
    );
    check_ner_file(
        "person/common_words_en.txt",
        include_str!("../data/person/common_words_en.txt"),
        1,
    );
    check_ner_file(
        "person/non_name_words.txt",
        include_str!("../data/person/non_name_words.txt"),
        1,
    );
    check_ner_file(
        "person/people_seed.tsv",
        include_str!("../data/person/people_seed.tsv"),
        4,
    );
}

#[test]
fn people_lists_are_well_formed() {
    check_ner_file(
        "person/people_id.tsv",
        include_str!("../data/person/people_id.tsv"),
        4,
    );
    check_ner_file(
        "person/people_world.tsv",
        include_str!("../data/person/people_world.tsv"),
        4,
    );
    let n: usize = [
        include_str!("../data/person/people_id.tsv"),
        include_str!("../data/person/people_world.tsv"),
    ]
    .iter()
    .map(|t| {
        t.lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .count()
    })
    .sum();
    assert!(n >= 1000, "only {n} people listed");
}

fn check_word_list(name: &str, text: &str, columns: usize) {
    let mut prev: Option<&str> = None;
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.starts_with('#') {
            continue;
        }
        assert!(!line.is_empty(), "{name}:{n}: empty line");
        assert_eq!(line, line.trim(), "{name}:{n}: stray whitespace");
        let fields: Vec<&str> = line.split('\t').collect();
        assert!(
            (1..=columns).contains(&fields.len()),
            "{name}:{n}: expected at most {columns} tab-separated fields"
        );
        for f in &fields {
            assert!(
                !f.is_empty()
                    && f.bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit()),
                "{name}:{n}: {f:?} is not lowercase ASCII"
            );
        }
        let key = fields[0];
        if let Some(p) = prev {
            assert!(
                p < key,
                "{name}:{n}: {key:?} is not after {p:?} (sorted, unique)"
            );
        }
        prev = Some(key);
    }
}

#[test]
fn stemmer_data_files_are_sorted_unique_lowercase() {
    check_word_list(
        "stem_function_words.txt",
        include_str!("../data/stem_function_words.txt"),
        1,
    );
    check_word_list(
        "stem_lexicalized.txt",
        include_str!("../data/stem_lexicalized.txt"),
        1,
    );
    check_word_list(
        "stem_evidence.tsv",
        include_str!("../data/stem_evidence.tsv"),
        2,
    );
    check_word_list(
        "stem_corrections.tsv",
        include_str!("../data/stem_corrections.tsv"),
        2,
    );
}

#[test]
fn roots_file_has_weights() {
    let text = include_str!("../data/roots.txt");
    let mut prev = "";
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let (word, weight) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("roots.txt:{n}: no weight"));
        assert!(
            !word.is_empty()
                && !word.starts_with('-')
                && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "roots.txt:{n}: {word:?}"
        );
        assert!(
            matches!(weight.as_bytes(), [b'0'..=b'9'] | [b'0'..=b'9', b'v']),
            "roots.txt:{n}: weight {weight:?}"
        );
        assert!(prev < word, "roots.txt:{n}: {word:?} is not after {prev:?}");
        prev = word;
    }
    assert!(text.lines().count() > 15_000);
}

// ---------------------------------------------------------------- places
// The city tiers and name lists of issue 10, checked against each other.

static CITIES: &str = include_str!("../data/geo/cities.tsv");
static CITY_ALIASES: &str = include_str!("../data/geo/city_aliases.tsv");
static TOWNS: &str = include_str!("../data/geo/towns.tsv");
static COUNTRIES: &str = include_str!("../data/geo/countries.tsv");
static COUNTRY_ALIASES: &str = include_str!("../data/geo/country_aliases.tsv");
static SAME_NAME: &str = include_str!("../data/geo/country_city_same_name.tsv");

/// Data rows of a TSV text, split on tabs, with their line numbers.
fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

/// Every name of every city (name, aliases, hand aliases), lowercased →
/// the GeoNames ids it names.
fn city_names() -> std::collections::HashMap<String, Vec<u32>> {
    let mut names: std::collections::HashMap<String, Vec<u32>> = Default::default();
    let mut id_of = std::collections::HashMap::new();
    for (_, f) in rows(CITIES) {
        let gid: u32 = f[0].parse().unwrap();
        id_of.insert((f[1], f[2]), gid);
        for n in std::iter::once(f[1]).chain(f[4].split('|').filter(|a| !a.is_empty())) {
            names.entry(n.to_lowercase()).or_default().push(gid);
        }
    }
    for (n, f) in rows(CITY_ALIASES) {
        let gid = *id_of
            .get(&(f[1], f[2]))
            .unwrap_or_else(|| panic!("city_aliases.tsv:{n}: unknown city {f:?}"));
        names.entry(f[0].to_lowercase()).or_default().push(gid);
    }
    names
}

/// Every country name (CLDR, i18n-iso-countries and hand aliases),
/// lowercased → ISO 3166 alpha-2.
fn country_names() -> std::collections::HashMap<String, String> {
    let mut names = std::collections::HashMap::new();
    for (_, f) in rows(COUNTRIES) {
        for n in [f[2], f[3]]
            .into_iter()
            .chain(f[4].split('|').filter(|a| !a.is_empty()))
        {
            names
                .entry(n.to_lowercase())
                .or_insert_with(|| f[0].to_owned());
        }
    }
    for (_, f) in rows(COUNTRY_ALIASES) {
        names
            .entry(f[0].to_lowercase())
            .or_insert_with(|| f[1].to_owned());
    }
    names
}

#[test]
fn place_tier_files_are_well_formed() {
    check_ner_file("geo/towns.tsv", TOWNS, 5);
    check_ner_file("geo/country_city_same_name.tsv", SAME_NAME, 5);
}

/// towns.tsv is the tier below cities.tsv: GeoNames places of 5,000+
/// inhabitants outside Indonesia, most populous first, one per name and
/// country, none of them a place or country the gazetteer already names.
#[test]
fn towns_are_new_names_below_the_city_list() {
    let cities = city_names();
    let countries = country_names();
    let city_ids: std::collections::HashSet<&str> = rows(CITIES).map(|(_, f)| f[0]).collect();
    let mut indonesian = std::collections::HashSet::new();
    for text in [
        include_str!("../data/geo/kota_id.txt"),
        include_str!("../data/geo/provinces_id.txt"),
        include_str!("../data/geo/kabupaten_id.txt"),
    ] {
        indonesian.extend(rows(text).map(|(_, f)| f[0].to_lowercase()));
    }
    let mut seen = std::collections::HashSet::new();
    let mut prev_pop = u64::MAX;
    let mut count = 0;
    for (n, f) in rows(TOWNS) {
        let at = format!("towns.tsv:{n}");
        f[0].parse::<u32>()
            .unwrap_or_else(|_| panic!("{at}: id {:?}", f[0]));
        assert!(!city_ids.contains(f[0]), "{at}: {} is in cities.tsv", f[1]);
        let pop: u64 = f[3].parse().unwrap_or_else(|_| panic!("{at}: population"));
        assert!(pop >= 5_000, "{at}: population {pop}");
        assert!(pop <= prev_pop, "{at}: not sorted by population");
        prev_pop = pop;
        assert!(
            f[2].len() == 2 && f[2].bytes().all(|b| b.is_ascii_uppercase()) && f[2] != "ID",
            "{at}: country {:?}",
            f[2]
        );
        assert!(
            seen.insert((f[1].to_lowercase(), f[2])),
            "{at}: {} twice in {}",
            f[1],
            f[2]
        );
        for name in std::iter::once(f[1]).chain(f[4].split('|').filter(|a| !a.is_empty())) {
            let key = name.to_lowercase();
            assert!(!cities.contains_key(&key), "{at}: {name} is a city already");
            assert!(!countries.contains_key(&key), "{at}: {name} is a country");
            assert!(
                !indonesian.contains(&key),
                "{at}: {name} is an Indonesian place"
            );
        }
        count += 1;
    }
    assert!(count > 50_000, "only {count} towns");
}

/// Each row names a country and a city at once; every such exact collision
/// of the embedded lists is in the file, so an edit that creates one shows.
/// The Indonesian city-state names are tied to their capital.
#[test]
fn country_city_same_name_matches_the_lists() {
    let cities = city_names();
    let countries = country_names();
    let city_country: std::collections::HashMap<u32, &str> = rows(CITIES)
        .map(|(_, f)| (f[0].parse().unwrap(), f[2]))
        .collect();
    let mut listed = std::collections::HashSet::new();
    for (n, f) in rows(SAME_NAME) {
        let at = format!("country_city_same_name.tsv:{n}");
        let key = f[0].to_lowercase();
        assert_eq!(
            countries.get(&key).map(String::as_str),
            Some(f[1]),
            "{at}: {} is no name of {}",
            f[0],
            f[1]
        );
        let gid: u32 = f[2].parse().unwrap_or_else(|_| panic!("{at}: id"));
        assert_eq!(city_country.get(&gid), Some(&f[3]), "{at}: city {gid}");
        match f[4] {
            "capital" | "city" | "other" => {
                // A capital may bear the name only in CLDR's Indonesian
                // exemplar cities (`Singapura`), which cities.tsv does not
                // carry: the bare name is the country.
                assert!(
                    f[4] == "capital" || cities.get(&key).is_some_and(|ids| ids.contains(&gid)),
                    "{at}: {} is no name of city {gid}",
                    f[0]
                );
                assert_eq!(f[4] == "other", f[1] != f[3], "{at}: relation");
                listed.insert((key, gid));
            }
            "capital_short" => {
                let long = [
                    format!("{key} city"),
                    format!("kota {key}"),
                    format!("ciudad de {key}"),
                ];
                assert!(
                    long.iter()
                        .any(|l| cities.get(l).is_some_and(|ids| ids.contains(&gid))),
                    "{at}: city {gid} is not called {} City",
                    f[0]
                );
                assert_eq!(f[1], f[3], "{at}: a capital abroad");
            }
            other => panic!("{at}: relation {other:?}"),
        }
    }
    for (name, ids) in &cities {
        if countries.contains_key(name) {
            for &gid in ids {
                assert!(
                    listed.contains(&(name.clone(), gid)),
                    "{name} ({gid}) is a country and a city but not in country_city_same_name.tsv"
                );
            }
        }
    }
    for name in [
        "singapura",
        "monako",
        "vatikan",
        "luksemburg",
        "djibouti",
        "san marino",
    ] {
        assert!(listed.iter().any(|(n, _)| n == name), "{name} missing");
    }
}

/// Indonesian exonyms of world cities (GeoNames' Indonesian names in
/// libgeonames-common, CLDR's Indonesian exemplar cities, the hand list)
/// each name the right city.
#[test]
fn indonesian_exonyms_name_their_city() {
    let cities = city_names();
    let id_of: std::collections::HashMap<(&str, &str), u32> = rows(CITIES)
        .map(|(_, f)| ((f[1], f[2]), f[0].parse().unwrap()))
        .collect();
    for (exonym, city, cc) in [
        ("Kopenhagen", "Copenhagen", "DK"),
        ("Praha", "Prague", "CZ"),
        ("Warsawa", "Warsaw", "PL"),
        ("Lisabon", "Lisbon", "PT"),
        ("Lisboa", "Lisbon", "PT"),
        ("Moskwa", "Moscow", "RU"),
        ("Beograd", "Belgrade", "RS"),
        ("Wina", "Vienna", "AT"),
        ("Den Haag", "The Hague", "NL"),
        ("Athena", "Athens", "GR"),
        ("Jenewa", "Geneva", "CH"),
        ("Bukarest", "Bucharest", "RO"),
        ("Rangoon", "Yangon", "MM"),
        ("Ciudad de México", "Mexico City", "MX"),
        ("Aljir", "Algiers", "DZ"),
        ("Kairo", "Cairo", "EG"),
    ] {
        let gid = id_of[&(city, cc)];
        assert!(
            cities
                .get(&exonym.to_lowercase())
                .is_some_and(|ids| ids.contains(&gid)),
            "{exonym} does not name {city}, {cc}"
        );
    }
}
