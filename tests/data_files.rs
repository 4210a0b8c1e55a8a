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
