//! Malformed user files through every loader of user data: stopword lists,
//! stemmer root lists (plain and hunspell `.dic`), protected words,
//! lexicalised forms, gazetteer TSV, people TSV and JSON.
//!
//! Each row is one input and the exact outcome it must get. Inputs that are
//! valid UTF-8 go through the in-memory loader *and* (where there is one)
//! the file loader; invalid UTF-8 only through the file loader. An error
//! must name the kind, the source, the line and a stable part of the
//! message, and a failing source must fail the whole build (nothing
//! half-loaded).
//!
//! Decisions the table pins down, for every loader alike:
//! - a leading BOM and CRLF line ends are accepted;
//! - an empty file (or one with only blank lines and `#` comments) loads
//!   nothing and is not an error — except JSON, where an empty file is not
//!   a JSON document;
//! - duplicate entries are accepted: word lists are sets (a duplicate root
//!   keeps the higher weight), and a gazetteer entry with the kind and
//!   name of an earlier one replaces it;
//! - lines over 64 KiB are an error (JSON has no line structure: a
//!   minified file is one long line, so it is exempt).

use indonlp::{EntityTagger, Error, ErrorKind, Stemmer, StopWords};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Loader {
    Stopwords,
    Roots,
    Protected,
    Lexicalized,
    Tsv,
    PeopleTsv,
    #[cfg(feature = "serde")]
    Json,
}

#[derive(Clone, Copy, Debug)]
enum Expect {
    /// Loads `len` entries, and `probe` is among them.
    Ok { len: usize, probe: &'static str },
    /// Fails with this kind, line and message part.
    Err {
        kind: ErrorKind,
        line: Option<usize>,
        msg: &'static str,
    },
}

struct Row {
    case: &'static str,
    loader: Loader,
    input: Vec<u8>,
    expect: Expect,
}

fn ok(len: usize, probe: &'static str) -> Expect {
    Expect::Ok { len, probe }
}

fn malformed(line: usize, msg: &'static str) -> Expect {
    Expect::Err {
        kind: ErrorKind::Malformed,
        line: Some(line),
        msg,
    }
}

fn bad_utf8(line: usize, msg: &'static str) -> Expect {
    Expect::Err {
        kind: ErrorKind::InvalidUtf8,
        line: Some(line),
        msg,
    }
}

/// A line of `n` bytes of letters.
fn huge(n: usize) -> String {
    "a".repeat(n)
}

fn rows() -> Vec<Row> {
    use Loader::*;
    let r = |case, loader, input: &[u8], expect| Row {
        case,
        loader,
        input: input.to_vec(),
        expect,
    };
    let long = huge(70_000);
    let mut v = vec![
        // ---- stopwords
        r("empty file", Stopwords, b"", ok(0, "")),
        r("comments only", Stopwords, b"# c\n\n   \n", ok(0, "")),
        r(
            "BOM",
            Stopwords,
            "\u{feff}dan\nyang\n".as_bytes(),
            ok(2, "dan"),
        ),
        r("CRLF", Stopwords, b"dan\r\nyang\r\n", ok(2, "yang")),
        r(
            "BOM + CRLF, no final newline",
            Stopwords,
            "\u{feff}dan\r\nyang".as_bytes(),
            ok(2, "dan"),
        ),
        r(
            "BOM mid-file (files joined with cat)",
            Stopwords,
            "dan\n\u{feff}yang\n".as_bytes(),
            ok(2, "yang"),
        ),
        r(
            "lone CR line ends",
            Stopwords,
            b"dan\ryang\r",
            malformed(1, "expected one word per line, found \"dan\\ryang\""),
        ),
        r(
            "duplicates (any case)",
            Stopwords,
            b"dan\nDan\ndan\n",
            ok(1, "dan"),
        ),
        r(
            "two words on a line",
            Stopwords,
            b"dan\nyang dan\n",
            malformed(2, "expected one word per line, found \"yang dan\""),
        ),
        r(
            "two columns",
            Stopwords,
            b"dan\tyang\n",
            malformed(1, "expected one word per line, found \"dan\\tyang\""),
        ),
        r(
            "NUL in a word",
            Stopwords,
            b"dan\nya\0ng\n",
            malformed(2, "expected one word per line, found \"ya\\0ng\""),
        ),
        r(
            "invalid UTF-8",
            Stopwords,
            b"dan\nya\xffng\n",
            bad_utf8(2, "invalid UTF-8 at byte 6"),
        ),
        r(
            "invalid UTF-8 after a BOM",
            Stopwords,
            b"\xEF\xBB\xBFdan\n\xC3(\n",
            bad_utf8(2, "invalid UTF-8 at byte 7"),
        ),
        r(
            "huge line",
            Stopwords,
            format!("dan\n{long}\n").as_bytes(),
            malformed(2, "line is 70000 bytes long (limit 65536)"),
        ),
        // ---- stemmer roots: plain list
        r("empty file", Roots, b"", ok(0, "")),
        r(
            "BOM",
            Roots,
            "\u{feff}rumah\nbuku\n".as_bytes(),
            ok(2, "rumah"),
        ),
        r(
            "CRLF with weights",
            Roots,
            b"rumah\t7\r\nbuku\r\n",
            ok(2, "rumah"),
        ),
        r(
            "duplicates",
            Roots,
            b"rumah\nrumah\t7\nRUMAH\n",
            ok(1, "rumah"),
        ),
        r(
            "two words on a line",
            Roots,
            b"baca\nrumah makan\n",
            malformed(
                2,
                "expected one word per line, found \"rumah makan\" (contains ' ')",
            ),
        ),
        r(
            "weight out of range",
            Roots,
            b"rumah\t12\n",
            malformed(1, "expected a weight 0-9 after the tab, found \"12\""),
        ),
        r(
            "three columns",
            Roots,
            b"buku\nrumah\t5\tnoun\n",
            malformed(2, "expected a weight 0-9 after the tab, found \"5\\tnoun\""),
        ),
        r(
            "empty word before the weight",
            Roots,
            b"buku\n\t5\n",
            malformed(2, "expected a word, found \"5\""),
        ),
        r(
            "control character",
            Roots,
            b"ru\x01mah\n",
            malformed(1, "(contains '\\u{1}')"),
        ),
        r(
            "invalid UTF-8",
            Roots,
            b"buku\nrumah\n\xC0\n",
            bad_utf8(3, "invalid UTF-8 at byte 11"),
        ),
        r(
            "huge line",
            Roots,
            format!("buku\n{long}\n").as_bytes(),
            malformed(2, "line is 70000 bytes long (limit 65536)"),
        ),
        // ---- stemmer roots: hunspell .dic
        r(
            "dic",
            Roots,
            b"3\nabad/AB\nApril\nbaca/XY po:verb\n",
            ok(2, "baca"),
        ),
        r(
            "dic with BOM and CRLF",
            Roots,
            "\u{feff}2\r\nabad/AB\r\nbaca/X\r\n".as_bytes(),
            ok(2, "abad"),
        ),
        r("dic, empty", Roots, b"0\n", ok(0, "")),
        r(
            "dic duplicates",
            Roots,
            b"2\nabad/AB\nabad/XY\n",
            ok(1, "abad"),
        ),
        r(
            "dic entry without a stem",
            Roots,
            b"2\nabad\n/AB\n",
            malformed(3, "hunspell entry without a stem: \"/AB\""),
        ),
        r(
            "dic entry without a letter",
            Roots,
            b"2\nabad\n123/AB\n",
            malformed(3, "expected a word, found \"123\""),
        ),
        r(
            "dic invalid UTF-8",
            Roots,
            b"2\nabad\nba\xE2\x82ca\n",
            bad_utf8(3, "invalid UTF-8 at byte 9"),
        ),
        r(
            "dic huge line",
            Roots,
            format!("2\nabad\n{long}/X\n").as_bytes(),
            malformed(3, "line is 70002 bytes long (limit 65536)"),
        ),
        // ---- protected words and lexicalised forms (the root-list parser)
        r(
            "BOM + CRLF",
            Protected,
            "\u{feff}bekasi\r\nbali\r\n".as_bytes(),
            ok(2, "bekasi"),
        ),
        r(
            "two words on a line",
            Protected,
            b"bekasi\nkota bali\n",
            malformed(
                2,
                "expected one word per line, found \"kota bali\" (contains ' ')",
            ),
        ),
        r(
            "invalid UTF-8",
            Protected,
            b"\xFFbekasi\n",
            bad_utf8(1, "invalid UTF-8 at byte 0"),
        ),
        r(
            "huge line",
            Protected,
            format!("{long}\n").as_bytes(),
            malformed(1, "line is 70000 bytes long (limit 65536)"),
        ),
        r(
            "BOM + CRLF",
            Lexicalized,
            "\u{feff}pengadilan\r\n".as_bytes(),
            ok(1, "pengadilan"),
        ),
        r(
            "duplicates",
            Lexicalized,
            b"pengadilan\npengadilan\n",
            ok(1, "pengadilan"),
        ),
        r(
            "NUL in a word",
            Lexicalized,
            b"penga\0dilan\n",
            malformed(1, "(contains '\\0')"),
        ),
        r(
            "invalid UTF-8",
            Lexicalized,
            b"peng\xE9adilan\n",
            bad_utf8(1, "invalid UTF-8 at byte 4"),
        ),
        // ---- gazetteer TSV
        r("empty file", Tsv, b"", ok(0, "")),
        r(
            "BOM",
            Tsv,
            "\u{feff}CITY\tSleman\t\tID\n".as_bytes(),
            ok(1, "Sleman"),
        ),
        r(
            "CRLF",
            Tsv,
            b"CITY\tSleman\t\tID\r\nCOUNTRY\tKosovo\tKosova\tXK\r\n",
            ok(2, "Kosova"),
        ),
        r(
            "BOM mid-file (files joined with cat)",
            Tsv,
            "CITY\tSleman\t\tID\n\u{feff}CITY\tBantul\t\tID\n".as_bytes(),
            ok(2, "Bantul"),
        ),
        r(
            "duplicate entry: the later one replaces it",
            Tsv,
            b"CITY\tSleman\t\tID\nCITY\tSleman\tKota Sleman\tID\n",
            ok(1, "Kota Sleman"),
        ),
        r(
            "one column",
            Tsv,
            b"CITY\tSleman\t\tID\nCITY\n",
            malformed(2, "expected 2 to 6 tab-separated columns, found 1"),
        ),
        r(
            "spaces instead of tabs",
            Tsv,
            b"CITY Sleman ID\n",
            malformed(1, "expected 2 to 6 tab-separated columns, found 1"),
        ),
        r(
            "seven columns",
            Tsv,
            b"CITY\tSleman\t\tID\t1\t2\t3\n",
            malformed(1, "expected 2 to 6 tab-separated columns, found 7"),
        ),
        r(
            "empty name",
            Tsv,
            b"CITY\t \t\tID\n",
            malformed(1, "empty name"),
        ),
        r(
            "unknown kind",
            Tsv,
            b"CITY\tSleman\t\tID\nPLANET\tMars\n",
            malformed(
                2,
                "unknown kind \"PLANET\" (expected PERSON, COUNTRY or CITY)",
            ),
        ),
        r(
            "country without a code",
            Tsv,
            b"COUNTRY\tKosovo\n",
            malformed(1, "a COUNTRY needs an ISO 3166 alpha-2 code"),
        ),
        r(
            "bad country code",
            Tsv,
            b"CITY\tSleman\t\tidn\n",
            malformed(1, "bad ISO 3166 alpha-2 code \"idn\""),
        ),
        r(
            "bad GeoNames id",
            Tsv,
            b"CITY\tSleman\t\tID\tx12\n",
            malformed(1, "bad GeoNames id \"x12\""),
        ),
        r(
            "bad population",
            Tsv,
            b"CITY\tSleman\t\tID\t12\t-5\n",
            malformed(1, "bad population \"-5\""),
        ),
        r(
            "NUL in a name",
            Tsv,
            b"CITY\tSle\0man\t\tID\n",
            malformed(1, "control character '\\0' in \"Sle\\0man\""),
        ),
        r(
            "control character in an alias",
            Tsv,
            b"CITY\tSleman\tSle\x07m\tID\n",
            malformed(1, "control character '\\u{7}' in \"Sle\\u{7}m\""),
        ),
        r(
            "invalid UTF-8",
            Tsv,
            b"CITY\tSleman\t\tID\nCITY\tBa\xF0ndung\t\tID\n",
            bad_utf8(2, "invalid UTF-8 at byte 23"),
        ),
        r(
            "huge line",
            Tsv,
            format!("CITY\t{long}\t\tID\n").as_bytes(),
            malformed(1, "line is 70009 bytes long (limit 65536)"),
        ),
        // ---- people TSV (in memory only)
        r("empty file", PeopleTsv, b"", ok(0, "")),
        r(
            "BOM + CRLF",
            PeopleTsv,
            "\u{feff}Nadiem Makarim\tNadiem\tID\tMinister\r\n".as_bytes(),
            ok(1, "Nadiem Makarim"),
        ),
        r(
            "one column",
            PeopleTsv,
            b"Nadiem Makarim\n",
            ok(1, "Nadiem Makarim"),
        ),
        r(
            "duplicates",
            PeopleTsv,
            b"Nadiem Makarim\nNadiem Makarim\tNadiem\n",
            ok(1, "Nadiem"),
        ),
        r(
            "five columns",
            PeopleTsv,
            b"Nadiem Makarim\tNadiem\tID\tMinister\tx\n",
            malformed(1, "expected at most 4 tab-separated columns, found 5"),
        ),
        r(
            "empty name",
            PeopleTsv,
            b"Budi Santoso\n\tNadiem\tID\n",
            malformed(2, "empty name"),
        ),
        r(
            "bad country code",
            PeopleTsv,
            b"Nadiem Makarim\tNadiem\tIndonesia\n",
            malformed(1, "bad ISO 3166 alpha-2 code \"Indonesia\""),
        ),
        r(
            "NUL in a name",
            PeopleTsv,
            b"Nadiem\0Makarim\n",
            malformed(1, "control character '\\0' in \"Nadiem\\0Makarim\""),
        ),
        r(
            "huge line",
            PeopleTsv,
            format!("Budi Santoso\n{long}\n").as_bytes(),
            malformed(2, "line is 70000 bytes long (limit 65536)"),
        ),
    ];
    #[cfg(feature = "serde")]
    v.extend([
        r("empty file", Json, b"", malformed(1, "EOF while parsing a value")),
        r("empty array", Json, b"[]", ok(0, "")),
        r("BOM", Json, "\u{feff}[{\"kind\": \"CITY\", \"name\": \"Sleman\", \"code\": \"ID\"}]".as_bytes(),
            ok(1, "Sleman")),
        r("CRLF", Json, b"[\r\n{\"kind\": \"CITY\", \"name\": \"Sleman\", \"code\": \"ID\"}\r\n]\r\n",
            ok(1, "Sleman")),
        r("duplicate entry: the later one replaces it", Json,
            b"[{\"kind\": \"CITY\", \"name\": \"Sleman\", \"code\": \"ID\"},\n{\"kind\": \"CITY\", \"name\": \"Sleman\", \"code\": \"ID\", \"aliases\": [\"Kota Sleman\"]}]",
            ok(1, "Kota Sleman")),
        r("not an array", Json, b"{\"kind\": \"CITY\"}", malformed(1, "invalid type: map, expected a sequence")),
        r("missing name", Json, b"[\n{\"kind\": \"CITY\", \"code\": \"ID\"}\n]", malformed(2, "missing field `name`")),
        r("unknown field", Json, b"[\n{\"kind\": \"CITY\", \"name\": \"Sleman\",\n \"kode\": \"ID\"}]",
            malformed(3, "unknown field `kode`")),
        r("unknown kind", Json, b"[\n{\"kind\": \"CITY\", \"name\": \"Sleman\", \"code\": \"ID\"},\n{\"kind\": \"PLANET\", \"name\": \"Mars\"}\n]",
            malformed(3, "unknown kind \"PLANET\" (expected PERSON, COUNTRY or CITY)")),
        r("empty name", Json, b"[\n{\"kind\": \"CITY\", \"name\": \" \", \"code\": \"ID\"}]", malformed(2, "empty name")),
        r("bad country code", Json, b"[{\"kind\": \"CITY\", \"name\": \"Sleman\", \"code\": \"IDN\"}]",
            malformed(1, "bad ISO 3166 alpha-2 code \"IDN\"")),
        r("NUL in a name", Json, b"[{\"kind\": \"CITY\", \"name\": \"Sle\\u0000man\", \"code\": \"ID\"}]",
            malformed(1, "control character '\\0' in \"Sle\\0man\"")),
        r("trailing garbage", Json, b"[]\nx", malformed(2, "trailing characters")),
        r("invalid UTF-8", Json, b"[\n{\"kind\": \"CITY\", \"name\": \"Sl\xE9man\", \"code\": \"ID\"}]",
            bad_utf8(2, "invalid UTF-8 at byte 30")),
        r("huge line is fine in JSON", Json,
            format!("[{{\"kind\": \"CITY\", \"name\": \"Sleman\", \"code\": \"ID\", \"aliases\": [\"{long}\"]}}]").as_bytes(),
            ok(1, "Sleman")),
    ]);
    v
}

/// What a successful load gives, to compare with the expectation.
#[derive(Debug, PartialEq)]
struct Loaded {
    len: usize,
    has_probe: bool,
}

enum Input<'a> {
    Text(&'a str),
    File(&'a PathBuf),
}

fn load(loader: Loader, input: Input<'_>, probe: &str) -> Result<Loaded, Error> {
    const NAME: &str = "mine";
    match loader {
        Loader::Stopwords => {
            let mut b = StopWords::builder();
            b.defaults(false);
            match input {
                Input::Text(t) => b.add_list(NAME, t),
                Input::File(p) => b.add_file(p),
            };
            let sw = b.build()?;
            Ok(Loaded {
                len: sw.len(),
                has_probe: sw.contains(probe),
            })
        }
        Loader::Roots | Loader::Protected | Loader::Lexicalized => {
            let mut b = Stemmer::builder();
            b.defaults(false);
            match (loader, input) {
                (Loader::Roots, Input::Text(t)) => b.add_roots(NAME, t),
                (Loader::Roots, Input::File(p)) => b.add_roots_file(p),
                (Loader::Protected, Input::Text(t)) => b.add_protected(NAME, t),
                (Loader::Protected, Input::File(p)) => b.add_protected_file(p),
                (_, Input::Text(t)) => b.add_lexicalized_list(NAME, t),
                (_, Input::File(p)) => b.add_lexicalized_file(p),
            };
            let s = b.build()?;
            Ok(Loaded {
                len: s.dictionary_len(),
                has_probe: s.analyze(probe).is_known(),
            })
        }
        _ => {
            let mut b = EntityTagger::builder();
            b.defaults(false);
            match (loader, input) {
                (Loader::Tsv, Input::Text(t)) => b.add_tsv(NAME, t),
                (Loader::Tsv, Input::File(p)) => b.add_tsv_file(p),
                (Loader::PeopleTsv, Input::Text(t)) => b.add_people_tsv(NAME, t),
                #[cfg(feature = "serde")]
                (Loader::Json, Input::Text(t)) => b.add_json(NAME, t),
                #[cfg(feature = "serde")]
                (Loader::Json, Input::File(p)) => b.add_json_file(p),
                _ => unreachable!("no file loader for {loader:?}"),
            };
            let t = b.build()?;
            // The probe, alone as a sentence, must be found whole.
            let text = format!("Ia bertemu di {probe}.");
            let has_probe = t.find_iter(&text).any(|e| e.text() == probe);
            Ok(Loaded {
                len: t.len(),
                has_probe,
            })
        }
    }
}

fn has_file_loader(loader: Loader) -> bool {
    loader != Loader::PeopleTsv
}

/// A fresh path under the temp directory (unique per process and call).
fn temp_file(bytes: &[u8]) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "indonlp-loaders-{}-{}.txt",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&path, bytes).expect("write a temp file");
    path
}

fn check(row: &Row, got: Result<Loaded, Error>, source: &str, how: &str) {
    let ctx = format!("{:?} / {} ({how})", row.loader, row.case);
    match (row.expect, got) {
        (Expect::Ok { len, probe }, Ok(l)) => {
            assert_eq!(l.len, len, "{ctx}: entries loaded");
            if !probe.is_empty() {
                assert!(l.has_probe, "{ctx}: {probe:?} not loaded");
            }
        }
        (Expect::Ok { .. }, Err(e)) => panic!("{ctx}: expected success, got {e}"),
        (Expect::Err { .. }, Ok(l)) => panic!("{ctx}: expected an error, loaded {l:?}"),
        (Expect::Err { kind, line, msg }, Err(e)) => {
            assert_eq!(e.kind(), kind, "{ctx}: kind of {e}");
            assert_eq!(e.source_name(), Some(source), "{ctx}: source of {e}");
            assert_eq!(e.line(), line, "{ctx}: line of {e}");
            assert!(e.to_string().contains(msg), "{ctx}: {e:?} lacks {msg:?}");
            let prefix = match line {
                Some(l) => format!("{source}:{l}: "),
                None => format!("{source}: "),
            };
            assert!(e.to_string().starts_with(&prefix), "{ctx}: {e}");
        }
    }
}

#[test]
fn malformed_files_table() {
    let rows = rows();
    let mut report = String::new();
    // Every row runs, so one failure does not hide the others.
    let mut failures = Vec::new();
    let mut check = |row: &Row, got, source: &str, how: &str| {
        let run = std::panic::AssertUnwindSafe(|| check(row, got, source, how));
        if std::panic::catch_unwind(run).is_err() {
            failures.push(format!("{:?} / {} ({how})", row.loader, row.case));
        }
    };
    for row in &rows {
        let probe = match row.expect {
            Expect::Ok { probe, .. } => probe,
            Expect::Err { .. } => "",
        };
        let mut outcome = None;
        if let Ok(text) = std::str::from_utf8(&row.input) {
            let got = load(row.loader, Input::Text(text), probe);
            outcome = Some(match &got {
                Ok(l) => format!("ok: {} entries", l.len),
                Err(e) => format!("{:?}: {e}", e.kind()),
            });
            check(row, got, "mine", "in memory");
        }
        if has_file_loader(row.loader) {
            let path = temp_file(&row.input);
            let got = load(row.loader, Input::File(&path), probe);
            let shown = path.display().to_string();
            if outcome.is_none() {
                outcome = Some(match &got {
                    Ok(l) => format!("ok: {} entries", l.len),
                    Err(e) => format!("{:?}: {}", e.kind(), e.to_string().replace(&shown, "FILE")),
                });
            }
            check(row, got, &shown, "file");
            std::fs::remove_file(&path).ok();
        }
        let outcome = outcome.expect("every row runs through some loader");
        report.push_str(&format!("{:?}\t{}\t{outcome}\n", row.loader, row.case));
    }
    // `cargo test --test loaders -- --nocapture` prints the table.
    println!("{report}");
    assert!(failures.is_empty(), "failed rows:\n{}", failures.join("\n"));
}

/// A bad source after a good one fails the whole build: no component that
/// holds only the good half.
#[test]
fn bad_second_source_fails_the_build() {
    for row in rows() {
        let Expect::Err { line, msg, .. } = row.expect else {
            continue;
        };
        let Ok(bad) = std::str::from_utf8(&row.input) else {
            continue;
        };
        let err = match row.loader {
            Loader::Stopwords => StopWords::builder()
                .add_list("good", "dong\n")
                .add_list("mine", bad)
                .build()
                .map(drop),
            Loader::Roots | Loader::Protected | Loader::Lexicalized => Stemmer::builder()
                .add_roots("good", "vaksin\n")
                .add_roots("mine", bad)
                .build()
                .map(drop),
            Loader::Tsv => EntityTagger::builder()
                .add_tsv("good", "CITY\tWamena\t\tID\n")
                .add_tsv("mine", bad)
                .build()
                .map(drop),
            Loader::PeopleTsv => EntityTagger::builder()
                .add_tsv("good", "CITY\tWamena\t\tID\n")
                .add_people_tsv("mine", bad)
                .build()
                .map(drop),
            #[cfg(feature = "serde")]
            Loader::Json => EntityTagger::builder()
                .add_tsv("good", "CITY\tWamena\t\tID\n")
                .add_json("mine", bad)
                .build()
                .map(drop),
        };
        let ctx = format!("{:?} / {}", row.loader, row.case);
        // Protected and lexicalised rows go through the roots loader here:
        // same parser, same error.
        let err = err.expect_err(&ctx);
        assert_eq!(err.source_name(), Some("mine"), "{ctx}");
        assert_eq!(err.line(), line, "{ctx}");
        assert!(err.to_string().contains(msg), "{ctx}: {err}");
    }
}

/// A failed build leaves components built earlier untouched, and the
/// defaults are never modified by a builder.
#[test]
fn failed_build_leaves_earlier_components_unchanged() {
    let sw = StopWords::builder()
        .add_list("good", "gunung\n")
        .build()
        .unwrap();
    let before = sw.len();
    let mut b = StopWords::builder();
    b.add_list("good", "sungai\n").add_list("bad", "a b\n");
    assert!(b.build().is_err());
    assert!(b.build().is_err(), "a builder fails the same way twice");
    assert_eq!(sw.len(), before);
    assert!(sw.contains("gunung") && !sw.contains("sungai"));
    assert!(!StopWords::new().contains("sungai") && !indonlp::is_stopword("gunung"));

    let s = Stemmer::builder().add_root("zorbak").build().unwrap();
    let len = s.dictionary_len();
    assert!(Stemmer::builder()
        .add_roots("good", "unduh\n")
        .add_roots("bad", "rumah\t12\n")
        .build()
        .is_err());
    assert_eq!(s.dictionary_len(), len);
    assert_eq!(s.stem("dizorbak"), "zorbak");
    assert_eq!(Stemmer::new().dictionary_len() + 1, len);

    let t = EntityTagger::builder()
        .add_tsv("good", "CITY\tZorbaville\t\tID\n")
        .build()
        .unwrap();
    let len = t.len();
    assert!(EntityTagger::builder()
        .add_tsv("good", "CITY\tQuuxtown\t\tID\n")
        .add_people_tsv("bad", "\tx\n")
        .build()
        .is_err());
    assert_eq!(t.len(), len);
    assert_eq!(t.find_iter("Ia ke Zorbaville.").count(), 1);
    assert_eq!(t.find_iter("Ia ke Quuxtown.").count(), 0);
    assert_eq!(
        EntityTagger::new().find_iter("Ia ke Zorbaville.").count(),
        0
    );
}

/// An unreadable path is an I/O error naming the path, with no line.
#[test]
fn missing_files() {
    let missing = std::env::temp_dir().join(format!("indonlp-no-such-{}", std::process::id()));
    let shown = missing.display().to_string();
    let errors = [
        StopWords::builder().add_file(&missing).build().map(drop),
        Stemmer::builder()
            .add_roots_file(&missing)
            .build()
            .map(drop),
        Stemmer::builder()
            .add_protected_file(&missing)
            .build()
            .map(drop),
        Stemmer::builder()
            .add_lexicalized_file(&missing)
            .build()
            .map(drop),
        EntityTagger::builder()
            .add_tsv_file(&missing)
            .build()
            .map(drop),
        #[cfg(feature = "serde")]
        EntityTagger::builder()
            .add_json_file(&missing)
            .build()
            .map(drop),
    ];
    for e in errors {
        let e = e.unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Io);
        assert_eq!(e.source_name(), Some(shown.as_str()));
        assert_eq!(e.line(), None);
    }
}

/// Entries added by setters get the same checks as loaded records; the
/// error names the setter.
#[test]
fn setters_are_checked_like_files() {
    let cases = [
        (
            EntityTagger::builder()
                .add_country("XK1", "Kosovo", &[])
                .build(),
            "add_country",
            "bad ISO 3166 alpha-2 code \"XK1\"",
        ),
        (
            EntityTagger::builder().add_city(" ", "ID", &[]).build(),
            "add_city",
            "empty name",
        ),
        (
            EntityTagger::builder()
                .add_city("Sleman", "id", &[])
                .build(),
            "add_city",
            "bad ISO 3166 alpha-2 code \"id\"",
        ),
        (
            EntityTagger::builder()
                .add_person("Budi\0Santoso", &[], None)
                .build(),
            "add_person",
            "control character '\\0' in \"Budi\\0Santoso\"",
        ),
        (
            EntityTagger::builder()
                .add_person("Budi Santoso", &["Bu\u{7}di"], Some("ID"))
                .build(),
            "add_person",
            "control character '\\u{7}' in \"Bu\\u{7}di\"",
        ),
    ];
    for (result, setter, msg) in cases {
        let e = result.expect_err(setter);
        assert_eq!(e.kind(), ErrorKind::Malformed, "{e}");
        assert_eq!(e.source_name(), Some(setter), "{e}");
        assert_eq!(e.line(), None, "{e}");
        assert_eq!(e.to_string(), format!("{setter}: {msg}"));
    }
    // A person's country may be left out.
    assert!(EntityTagger::builder()
        .add_person("Budi Santoso", &[], Some(""))
        .build()
        .is_ok());
}
