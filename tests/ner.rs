//! The entity tagger's contract: the spec paragraph, the traits, the loaders'
//! errors and the span properties.

use indonlp::{Entity, EntityKind, EntityTagger, EntityTaggerBuilder, ErrorKind};
use proptest::prelude::*;

const _: () = {
    const fn assert_send_sync_clone<T: Send + Sync + Clone>() {}
    assert_send_sync_clone::<EntityTagger>();
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Entity<'static>>();
    assert_send_sync::<EntityTaggerBuilder>();
};

/// The made-up dateline paragraph of `spec/ner.md`, tagged exactly as its
/// table says: mention, type, and canonical name plus code.
#[test]
fn spec_paragraph_matches_the_table() {
    let text = "JAKARTA, Redaksi — Presiden Rusia Vladimir Putin menerima Menteri Luar Negeri Korea Utara \
Choe Son Hui di Moskwa, Kamis (12/9). Sebelumnya, Kim Jong-un menjamu Sergei Lavrov di \
Wonsan. Pasukan Korut dikabarkan membantu di wilayah Kursk, dekat perbatasan Ukraina.";
    use EntityKind::*;
    // (mention, kind, canonical name, code); `None` name = context only,
    // where a gazetteer entry is allowed but not required.
    let table: &[(&str, EntityKind, Option<&str>, Option<&str>)] = &[
        ("JAKARTA", City, Some("Jakarta"), Some("ID")),
        ("Rusia", Country, Some("Russia"), Some("RU")),
        ("Vladimir Putin", Person, Some("Vladimir Putin"), None),
        ("Korea Utara", Country, Some("North Korea"), Some("KP")),
        ("Choe Son Hui", Person, None, None),
        ("Moskwa", City, Some("Moscow"), Some("RU")),
        ("Kim Jong-un", Person, Some("Kim Jong Un"), None),
        ("Sergei Lavrov", Person, Some("Sergei Lavrov"), None),
        ("Wonsan", City, None, Some("KP")),
        ("Korut", Country, Some("North Korea"), Some("KP")),
        ("Kursk", City, Some("Kursk"), Some("RU")),
        ("Ukraina", Country, Some("Ukraine"), Some("UA")),
    ];
    let found: Vec<_> = indonlp::entities(text).collect();
    let got: Vec<_> = found.iter().map(|e| (e.text(), e.kind())).collect();
    let want: Vec<_> = table.iter().map(|r| (r.0, r.1)).collect();
    assert_eq!(got, want);
    for (e, (mention, _, name, code)) in found.iter().zip(table) {
        assert_eq!(&text[e.span()], *mention);
        if let Some(name) = name {
            assert_eq!(
                e.canonical().map(|c| c.name()),
                Some(*name),
                "canonical of {mention}"
            );
        }
        if let Some(code) = code {
            assert_eq!(
                e.canonical().and_then(|c| c.country_code()),
                Some(*code),
                "code of {mention}"
            );
        }
    }
    // Wonsan's canonical entry is GeoNames' Wŏnsan, with its id and population.
    let wonsan = &found[8];
    let c = wonsan.canonical().unwrap();
    assert_eq!(c.name(), "Wŏnsan");
    assert_eq!(c.geonames_id(), Some(1866923));
    assert!(c.population().unwrap() > 300_000);
    // Not entities: titles, the weekday, the byline.
    for not in ["Presiden", "Menteri Luar Negeri", "Kamis", "Redaksi"] {
        assert!(
            found.iter().all(|e| !e.text().contains(not)),
            "{not} tagged"
        );
    }
}

#[test]
fn default_is_shared_and_equal_to_new() {
    let a = EntityTagger::new();
    let b = EntityTagger::default();
    let text = "Presiden Joko Widodo di Jakarta";
    assert_eq!(
        a.find_iter(text).collect::<Vec<_>>(),
        b.find_iter(text).collect::<Vec<_>>()
    );
    assert!(a.len() > 4000);
}

#[test]
fn builder_replaces_an_entry_by_name() {
    let t = EntityTagger::builder()
        .add_city("Jakarta", "ID", &["Batavia"])
        .build()
        .unwrap();
    let e = t.find_iter("di Batavia").next().unwrap();
    assert_eq!(e.canonical().unwrap().name(), "Jakarta");
    // The replacement has no GeoNames id: the old entry is gone.
    let e = t.find_iter("di Jakarta").next().unwrap();
    assert_eq!(e.canonical().unwrap().geonames_id(), None);
}

#[test]
fn builder_replaces_a_country_by_code() {
    let t = EntityTagger::builder()
        .add_country("KP", "DPRK", &["Korea Utara", "Korut"])
        .build()
        .unwrap();
    let e = t.find_iter("Pasukan Korut").next().unwrap();
    assert_eq!(e.canonical().unwrap().name(), "DPRK");
    assert_eq!(e.canonical().unwrap().iso3(), Some("PRK"));
}

#[test]
fn ignore_removes_a_surface_form() {
    let t = EntityTagger::builder().ignore("Jakarta").build().unwrap();
    assert_eq!(t.find_iter("di Jakarta").count(), 0);
    assert_eq!(t.find_iter("di Bandung").count(), 1);
}

#[test]
fn tsv_loader_reads_all_kinds() {
    let tsv = "# my entries\nPERSON\tBudi Gunadi Sadikin\tBGS\tID\tMinister of Health\n\
               COUNTRY\tXK\t\tXK\nCITY\tWamena\tWamena Kota\tID\t1234\t60000\n";
    // A country row names itself in column 2; here `XK` is its name too.
    let t = EntityTagger::builder()
        .add_tsv("mine.tsv", tsv)
        .build()
        .unwrap();
    let e = t.find_iter("kata BGS").next().unwrap();
    assert_eq!(e.canonical().unwrap().role(), Some("Minister of Health"));
    let e = t.find_iter("di Wamena Kota").next().unwrap();
    assert_eq!(e.canonical().unwrap().geonames_id(), Some(1234));
    assert_eq!(e.canonical().unwrap().population(), Some(60000));
}

fn tsv_error(text: &str) -> indonlp::Error {
    EntityTagger::builder()
        .add_tsv("user.tsv", text)
        .build()
        .unwrap_err()
}

#[test]
fn tsv_loader_errors_name_file_line_and_problem() {
    let e = tsv_error("CITY\tSleman\t\tID\nSTAR\tSirius\n");
    assert_eq!(e.kind(), ErrorKind::Malformed);
    assert_eq!(e.source_name(), Some("user.tsv"));
    assert_eq!(e.line(), Some(2));
    assert!(e.to_string().contains("unknown kind \"STAR\""), "{e}");

    let e = tsv_error("\n# comment\nCOUNTRY\tAtlantis\n");
    assert_eq!(e.line(), Some(3));
    assert!(
        e.to_string().contains("needs an ISO 3166 alpha-2 code"),
        "{e}"
    );

    let e = tsv_error("CITY\tSleman\t\tidn\n");
    assert!(
        e.to_string().contains("bad ISO 3166 alpha-2 code \"idn\""),
        "{e}"
    );

    let e = tsv_error("CITY\tSleman\t\tID\tnot-a-number\n");
    assert!(e.to_string().contains("bad GeoNames id"), "{e}");

    let e = tsv_error("CITY\tSleman\t\tID\t1\tmany\n");
    assert!(e.to_string().contains("bad population"), "{e}");

    let e = tsv_error("PERSON\n");
    assert!(
        e.to_string()
            .contains("expected 2 to 6 tab-separated columns"),
        "{e}"
    );

    let e = tsv_error("PERSON\t \n");
    assert!(e.to_string().contains("empty name"), "{e}");
}

#[test]
fn people_tsv_errors() {
    let err = EntityTagger::builder()
        .add_people_tsv(
            "people.tsv",
            "Joko Widodo\tJokowi\tID\tPresident\nA\tB\tC\tD\tE\n",
        )
        .build()
        .unwrap_err();
    assert_eq!(err.line(), Some(2));
    assert!(
        err.to_string()
            .starts_with("people.tsv:2: expected at most 4"),
        "{err}"
    );
    let err = EntityTagger::builder()
        .add_people_tsv("people.tsv", "Joko Widodo\tJokowi\tIndonesia\t\n")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("bad ISO 3166"), "{err}");
}

#[test]
fn nothing_half_loaded_on_error() {
    // The first line is valid, the second is not: the builder fails whole,
    // and a builder without the bad source still works.
    let mut b = EntityTagger::builder();
    b.add_tsv("ok.tsv", "CITY\tWamena\t\tID\n");
    assert!(b.build().is_ok());
    b.add_tsv("bad.tsv", "CITY\tSungaiwaru\t\tID\nOOPS\tx\n");
    assert!(b.build().is_err());
    let t = EntityTagger::builder()
        .add_tsv("ok.tsv", "CITY\tWamena\t\tID\n")
        .build()
        .unwrap();
    assert_eq!(t.find_iter("di Sungaiwaru").count(), 0);
}

#[test]
fn file_loaders_report_io_and_utf8_errors() {
    let dir = std::env::temp_dir().join(format!("indonlp-ner-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, b"CITY\tWamena\t\tID\nCITY\tS\xffntani\t\tID\n").unwrap();
    let err = EntityTagger::builder()
        .add_tsv_file(&bad)
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidUtf8);
    assert_eq!(err.line(), Some(2));
    let good = dir.join("good.tsv");
    std::fs::write(&good, "\u{feff}CITY\tWamena\t\tID\r\n").unwrap();
    let t = EntityTagger::builder().add_tsv_file(&good).build().unwrap();
    assert_eq!(t.find_iter("di Wamena").count(), 1);
    let err = EntityTagger::builder()
        .add_tsv_file(dir.join("missing.tsv"))
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn alias_to_unknown_entry_is_an_error() {
    let err = EntityTagger::builder()
        .add_alias(EntityKind::Person, "Si Jago", "Nobody Known")
        .build()
        .unwrap_err();
    assert!(
        err.to_string().contains("no PERSON named \"Nobody Known\""),
        "{err}"
    );
}

#[cfg(feature = "serde")]
#[test]
fn json_loader_and_errors() {
    let json = r#"[
        {"kind": "PERSON", "name": "Budi Gunadi Sadikin", "aliases": ["BGS"], "code": "ID", "role": "Minister"},
        {"kind": "CITY", "name": "Wamena", "code": "ID", "geonames_id": 7, "population": 60000}
    ]"#;
    let t = EntityTagger::builder()
        .add_json("x.json", json)
        .build()
        .unwrap();
    assert_eq!(
        t.find_iter("kata BGS")
            .next()
            .unwrap()
            .canonical()
            .unwrap()
            .role(),
        Some("Minister")
    );
    assert_eq!(
        t.find_iter("di Wamena")
            .next()
            .unwrap()
            .canonical()
            .unwrap()
            .geonames_id(),
        Some(7)
    );

    let bad = "[\n  {\"kind\": \"CITY\", \"name\": \"Wamena\", \"code\": \"ID\"},\n  {\"kind\": \"MOON\", \"name\": \"Io\"}]";
    let err = EntityTagger::builder()
        .add_json("bad.json", bad)
        .build()
        .unwrap_err();
    assert_eq!(err.line(), Some(3));
    assert_eq!(err.source_name(), Some("bad.json"));
    assert!(err.to_string().contains("unknown kind \"MOON\""), "{err}");

    let bad = "[{\"kind\": \"CITY\", \"name\": \"Wamena\", \"cod\": \"ID\"}]";
    let err = EntityTagger::builder()
        .add_json("typo.json", bad)
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("unknown field"), "{err}");

    let err = EntityTagger::builder()
        .add_json("syntax.json", "[\n\n{")
        .build()
        .unwrap_err();
    assert_eq!(err.line(), Some(3));
}

#[cfg(feature = "serde")]
#[test]
fn entity_serialises() {
    let e = indonlp::entities("di Moskwa").next().unwrap();
    let v = serde_json::to_value(&e).unwrap();
    assert_eq!(v["text"], "Moskwa");
    assert_eq!(v["start"], 3);
    assert_eq!(v["end"], 9);
    assert_eq!(v["kind"], "CITY");
    assert_eq!(v["canonical"]["name"], "Moscow");
    assert_eq!(v["canonical"]["country_code"], "RU");
    assert_eq!(v["canonical"]["geonames_id"], 524901);
}

#[test]
fn locative_mode_keeps_locations_only() {
    let t = EntityTagger::builder()
        .locative_places_only(true)
        .build()
        .unwrap();
    let found: Vec<_> = t
        .find_iter("Presiden Rusia Vladimir Putin tiba di Jakarta, lalu ke Bandung dan Surabaya.")
        .map(|e| e.text())
        .collect();
    assert_eq!(found, ["Vladimir Putin", "Jakarta", "Bandung", "Surabaya"]);
}

#[test]
fn long_inputs_stay_linear_and_do_not_panic() {
    let t = EntityTagger::new();
    for unit in [
        "A",
        "Aa ",
        "Jakarta ",
        "Presiden ",
        "- ",
        "Kim Jong-",
        "é",
        "ÉÉ ",
    ] {
        let text = unit.repeat(200_000 / unit.len());
        let n = t.find_iter(&text).count();
        assert!(n <= text.len());
    }
}

fn check_spans(text: &str) {
    let mut prev_end = 0;
    for e in EntityTagger::new().find_iter(text) {
        let s = e.span();
        assert!(s.start < s.end, "empty span in {text:?}");
        assert!(s.start >= prev_end, "overlap or disorder in {text:?}");
        assert!(s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert_eq!(&text[s], e.text());
        prev_end = s.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_valid_ordered_non_overlapping(text in "\\PC{0,200}") {
        check_spans(&text);
    }

    #[test]
    fn spans_valid_on_name_soup(words in proptest::collection::vec(
        prop::sample::select(vec![
            "Presiden", "Rusia", "Vladimir", "Putin", "di", "Jakarta", "JAKARTA", "Kim", "Jong-un",
            "Korea", "Utara", "Universitas", "Bank", "bin", ",", ".", "-", "kata", "Budi", "Wŏnsan",
            "Kota", "Lima", "mengatakan", "(", ")", "Dr.", "K.H.", "Pak", "Bali", "Balikpapan", " ",
        ]),
        0..40,
    ), seps in proptest::collection::vec(prop::sample::select(vec![" ", "", "  ", "\n", "-"]), 40)) {
        let mut text = String::new();
        for (w, s) in words.iter().zip(seps.iter()) {
            text.push_str(w);
            text.push_str(s);
        }
        check_spans(&text);
    }
}

/// Issue 10: a document is one text; a name introduced on one line ties a
/// bare surname on a later line, which the line alone does not show.
#[test]
fn document_ties_names_across_lines() {
    let t = EntityTagger::new();
    let lines = [
        "Gubernur Darsono Harjowinoto tiba.",
        "Ia menemui Harjowinoto di kantor.",
    ];
    assert_eq!(t.find_iter(lines[1]).count(), 0);
    let doc = lines.join("\n");
    let found: Vec<_> = t
        .find_iter(&doc)
        .map(|e| (e.text(), e.span().start))
        .collect();
    assert_eq!(
        found,
        [
            ("Darsono Harjowinoto", 9),
            ("Harjowinoto", lines[0].len() + 1 + 11)
        ]
    );
    // A line break ends a sentence: a common-word city opening a line needs evidence.
    assert_eq!(t.find_iter("Ia pulang\nBukan itu maksudnya.").count(), 0);
}

/// Issue 10: a town of the town tier carries its GeoNames entry, in the
/// country the text names when there is one.
#[test]
fn town_tier_canonical_entry() {
    let t = EntityTagger::new();
    let e = t
        .find_iter("Ia lahir di Sebastopol, Amerika Serikat.")
        .next()
        .unwrap();
    assert_eq!(e.kind(), indonlp::EntityKind::City);
    let c = e.canonical().unwrap();
    assert_eq!((c.name(), c.country_code()), ("Sebastopol", Some("US")));
    assert!(c.geonames_id().is_some() && c.population().unwrap() >= 5000);
    // A tagger without the embedded data has no town tier (nor the common
    // words that keep the pronoun `Ia` before `lahir` from being a name).
    let bare = EntityTagger::builder().defaults(false).build().unwrap();
    assert_eq!(
        bare.find_iter("Ia lahir di Goshen, Connecticut.")
            .filter(|e| e.kind() == indonlp::EntityKind::City)
            .count(),
        0
    );
    // `kota` before a country bearing its capital's name gives the city.
    let k = t.find_iter("Ia tinggal di kota Singapura.").next().unwrap();
    assert_eq!(k.kind(), indonlp::EntityKind::City);
    assert_eq!(k.canonical().unwrap().name(), "Singapore");
    // Two cities of one name: the most populous (London, GB, not London, CA).
    let l = t.find_iter("Ia tinggal di London.").next().unwrap();
    assert_eq!(l.canonical().unwrap().country_code(), Some("GB"));
}

/// Web text leaves zero-width characters in front of words; the tokenizer
/// keeps them in the token, the tagger looks past them.
#[test]
fn invisible_characters_before_a_name() {
    for prefix in ["\u{200B}", "\u{200C}", "\u{FEFF}"] {
        let text = format!("{prefix}JAKARTA — Warga {prefix}Bandung tiba.");
        let found: Vec<_> = indonlp::entities(&text)
            .map(|e| (e.text(), e.span().start))
            .collect();
        let jakarta = prefix.len();
        let bandung = text.find("Bandung").unwrap();
        assert_eq!(
            found,
            [("JAKARTA", jakarta), ("Bandung", bandung)],
            "{prefix:?}"
        );
        // The analyzer links each entity to the token that holds it.
        let doc = indonlp::analyze(&text);
        assert_eq!(doc.entity_of(&doc.tokens()[0]).unwrap().text(), "JAKARTA");
    }
}
