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
