//! Golden word -> root cases (tests/data/stem_golden.tsv, written by hand),
//! loader errors, and properties of the stemmer on arbitrary input.

use indonlp::{ErrorKind, Stemmer};
use proptest::prelude::*;
use std::borrow::Cow;

const GOLDEN: &str = include_str!("data/stem_golden.tsv");

fn cases() -> Vec<(usize, &'static str, &'static str, &'static str)> {
    GOLDEN
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(|(i, l)| {
            let mut f = l.split('\t');
            let word = f.next().unwrap();
            let want = f
                .next()
                .unwrap_or_else(|| panic!("line {}: no root", i + 1));
            let why = f.next().unwrap_or("");
            (i + 1, word, want, why)
        })
        .collect()
}

#[test]
fn golden_has_enough_cases() {
    assert!(cases().len() >= 300, "only {} golden cases", cases().len());
}

#[test]
fn golden_stems() {
    let stemmer = Stemmer::new();
    let mut failures = Vec::new();
    for (line, word, want, why) in cases() {
        let got = stemmer.stem(word);
        if got != want {
            failures.push(format!(
                "stem_golden.tsv:{line}: {word:?} ({why}): expected {want:?}, got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn golden_analysis_agrees_with_stem() {
    let stemmer = Stemmer::new();
    for (line, word, want, why) in cases() {
        let a = stemmer.analyze(word);
        assert_eq!(
            a.root(),
            want,
            "stem_golden.tsv:{line}: analyze({word:?}) ({why}) = {a}"
        );
    }
}

#[test]
fn unchanged_lowercase_words_are_borrowed() {
    let stemmer = Stemmer::new();
    for w in ["rumah", "adalah", "kepada", "xyzzyq", "anak"] {
        assert!(
            matches!(stemmer.stem(w), Cow::Borrowed(s) if s == w),
            "{w} should come back borrowed and unchanged"
        );
    }
    // roots that are slices of the word or embedded dictionary words too
    assert!(matches!(stemmer.stem("bukunya"), Cow::Borrowed("buku")));
    assert!(matches!(stemmer.stem("menulis"), Cow::Borrowed("tulis")));
}

#[test]
fn analysis_breakdown() {
    let a = Stemmer::new().analyze("kuambilkan");
    assert_eq!(a.root(), "ambil");
    assert_eq!(a.suffixes(), ["kan"]);
    assert_eq!(a.clitics(), ["ku"]);
    assert!(a.prefixes().is_empty());
    let a = Stemmer::new().analyze("berbondong-bondong");
    assert!(a.is_reduplicated());
    assert_eq!(a.root(), "bondong");
    assert_eq!(a.prefixes(), ["ber"]);
    let a = Stemmer::new().analyze("melakukan-nya");
    assert!(!a.is_reduplicated());
    assert_eq!(a.root(), "laku");
    assert_eq!(a.to_string(), "me-laku-kan-nya");
    let a = Stemmer::new().analyze("bersalam-salaman");
    assert_eq!(a.to_string(), "ber-salam-an");
}

#[test]
fn cached_and_batch_agree_with_stem() {
    let stemmer = Stemmer::new();
    let mut cached = stemmer.cached();
    let words: Vec<&str> = cases().iter().map(|c| c.1).collect();
    let batch = stemmer.stem_all(words.iter().copied());
    for (w, b) in words.iter().zip(&batch) {
        let direct = stemmer.stem(w);
        assert_eq!(cached.stem(w), direct, "cached {w}");
        assert_eq!(cached.stem(w), direct, "cached again {w}");
        assert_eq!(b, &direct, "batch {w}");
    }
}

#[test]
fn keep_capitalized_false_lowercases() {
    let s = Stemmer::builder().keep_capitalized(false).build().unwrap();
    assert_eq!(s.stem("Pemerintahan"), "perintah");
    assert_eq!(s.stem("MEMBACA"), "baca");
    assert_eq!(Stemmer::new().stem("MEMBACA"), "MEMBACA");
}

#[test]
fn user_roots_plain_and_hunspell() {
    let s = Stemmer::builder()
        .defaults(false)
        .add_roots("plain.txt", "# my roots\nbaca\ntulis\t3\n")
        .add_roots("id.dic", "2\nvaksin/AB\nApril/X\n")
        .build()
        .unwrap();
    assert_eq!(s.stem("membaca"), "baca");
    assert_eq!(s.stem("ditulis"), "tulis");
    assert_eq!(s.stem("divaksin"), "vaksin");
    assert_eq!(s.stem("menyapu"), "menyapu");
    assert_eq!(s.dictionary_len(), 3);
}

#[test]
fn protected_and_lexicalized_words() {
    let s = Stemmer::builder()
        .add_protected("names.txt", "bekasi\n")
        .protect("Susi")
        .add_lexicalized_list("lex.txt", "pengadilan\n")
        .build()
        .unwrap();
    assert_eq!(s.stem("bekasi"), "bekasi");
    assert_eq!(s.stem("susi"), "susi");
    assert_eq!(s.stem("pengadilan"), "pengadilan");
    assert_eq!(s.stem("pengadilannya"), "pengadilan");
    assert_eq!(Stemmer::new().stem("pengadilan"), "adil");
}

#[test]
fn files_are_read_at_build() {
    let dir = std::env::temp_dir().join(format!("indonlp-stem-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let roots = dir.join("roots.dic");
    std::fs::write(&roots, "1\nunduh/AB\n").unwrap();
    let names = dir.join("names.txt");
    std::fs::write(&names, "\u{feff}bali\n").unwrap();
    let lex = dir.join("lex.txt");
    std::fs::write(&lex, "pengadilan\r\n").unwrap();
    let s = Stemmer::builder()
        .defaults(false)
        .add_roots_file(&roots)
        .add_protected_file(&names)
        .add_lexicalized_file(&lex)
        .build()
        .unwrap();
    assert_eq!(s.stem("diunduh"), "unduh");
    assert_eq!(s.stem("bali"), "bali");
    assert_eq!(s.stem("pengadilannya"), "pengadilan");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn loader_errors_name_file_line_problem() {
    let e = Stemmer::builder()
        .add_roots("roots.txt", "baca\n\nrumah makan\n")
        .build()
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Malformed);
    assert_eq!(e.source_name(), Some("roots.txt"));
    assert_eq!(e.line(), Some(3));
    assert!(e.to_string().contains("one word per line"), "{e}");

    let e = Stemmer::builder()
        .add_roots("w.txt", "baca\t12\n")
        .build()
        .unwrap_err();
    assert_eq!(e.line(), Some(1));
    assert!(e.to_string().contains("weight"), "{e}");

    let e = Stemmer::builder()
        .add_roots("id.dic", "3\nbaca/A\n/XY\n")
        .build()
        .unwrap_err();
    assert_eq!((e.source_name(), e.line()), (Some("id.dic"), Some(3)));
    assert!(e.to_string().contains("without a stem"), "{e}");

    let e = Stemmer::builder()
        .add_protected("names.txt", "bali\nbe/kasi\n")
        .build()
        .unwrap_err();
    assert_eq!((e.source_name(), e.line()), (Some("names.txt"), Some(2)));

    let e = Stemmer::builder()
        .add_lexicalized_list("lex.txt", &format!("a\n{}\n", "x".repeat(70_000)))
        .build()
        .unwrap_err();
    assert_eq!((e.source_name(), e.line()), (Some("lex.txt"), Some(2)));

    let e = Stemmer::builder()
        .add_roots_file("/no/such/roots.txt")
        .build()
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Io);
    assert_eq!(e.source_name(), Some("/no/such/roots.txt"));

    let dir = std::env::temp_dir().join(format!("indonlp-stem-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"baca\ntu\xfflis\n").unwrap();
    let e = Stemmer::builder().add_roots_file(&bad).build().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidUtf8);
    assert_eq!(e.line(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_never_empty(word in "\\PC{0,30}") {
        let s = Stemmer::new();
        let stem = s.stem(&word);
        if !word.is_empty() {
            prop_assert!(!stem.is_empty(), "empty stem for {:?}", word);
        }
        let a = s.analyze(&word);
        prop_assert_eq!(a.root(), stem.as_ref());
    }

    #[test]
    fn affix_shaped_words(word in "(di|ke|se|me|mem|men|meng|meny|pe|pem|pen|peng|peny|per|ber|ter|ku){0,3}[a-z]{0,8}(-[a-z]{0,8})?(kan|an|i|is|in)?(nya|ku|mu)?(lah|kah|pun)?") {
        let s = Stemmer::new();
        let stem = s.stem(&word);
        if !word.is_empty() {
            prop_assert!(!stem.is_empty());
        }
        prop_assert!(stem.len() <= word.len() + 1, "{} -> {}", word, stem);
        let mut cached = s.cached();
        prop_assert_eq!(cached.stem(&word), stem.as_ref());
    }
}
