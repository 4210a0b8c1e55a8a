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
