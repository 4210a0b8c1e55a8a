//! Every case of the tokenization spec as a named test, on sentences written
//! for this project.

use indonlp::{TokenKind, Tokenizer};

fn toks(text: &str) -> Vec<&str> {
    indonlp::tokenize(text).map(|t| t.text()).collect()
}

fn words(text: &str) -> Vec<&str> {
    let tok = Tokenizer::builder().split_clitics(true).build();
    tok.tokenize(text).map(|t| t.text()).collect()
}

fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
    indonlp::tokenize(text)
        .map(|t| (t.text(), t.kind()))
        .collect()
}

/// Asserts the tokens of `text`, naming the case in the failure message.
macro_rules! case {
    ($name:ident, $text:expr, [$($tok:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            let expected: Vec<&str> = vec![$($tok),*];
            assert_eq!(toks($text), expected, "case {}: {:?}", stringify!($name), $text);
        }
    };
}

case!(
    reduplication,
    "Anak-anak berlari diam-diam, lalu Diam-Diam pulang.",
    [
        "Anak-anak",
        "berlari",
        "diam-diam",
        ",",
        "lalu",
        "Diam-Diam",
        "pulang",
        "."
    ]
);
case!(
    reduplication_with_affixes,
    "Warga datang berbondong-bondong membeli sayur-mayur dan mondar-mandir bolak-balik.",
    [
        "Warga",
        "datang",
        "berbondong-bondong",
        "membeli",
        "sayur-mayur",
        "dan",
        "mondar-mandir",
        "bolak-balik",
        "."
    ]
);
case!(
    hyphenated_name,
    "Kim Jong-un bertemu Kim Yo-jong.",
    ["Kim", "Jong-un", "bertemu", "Kim", "Yo-jong", "."]
);
case!(
    prefix_with_hyphen,
    "Ekspor non-migas pasca-perang se-Jawa naik ke-2 kalinya bagi warga ber-KTP.",
    [
        "Ekspor",
        "non-migas",
        "pasca-perang",
        "se-Jawa",
        "naik",
        "ke-2",
        "kalinya",
        "bagi",
        "warga",
        "ber-KTP",
        "."
    ]
);
case!(
    en_dash_between_names,
    "Hubungan Rusia–Korea Utara menghangat.",
    [
        "Hubungan",
        "Rusia",
        "–",
        "Korea",
        "Utara",
        "menghangat",
        "."
    ]
);
case!(
    double_hyphen_dash,
    "Ia diam -- katanya lelah.",
    ["Ia", "diam", "--", "katanya", "lelah", "."]
);
case!(
    year_range,
    "Periode 2019-2024 berakhir.",
    ["Periode", "2019", "-", "2024", "berakhir", "."]
);
case!(
    distinct_capitalised_names_split,
    "Data Januari-September menunjukkan kenaikan.",
    [
        "Data",
        "Januari",
        "-",
        "September",
        "menunjukkan",
        "kenaikan",
        "."
    ]
);
case!(
    thousands_separator,
    "Sebanyak 10.000 orang dan 1.250.000 ekor ayam.",
    [
        "Sebanyak",
        "10.000",
        "orang",
        "dan",
        "1.250.000",
        "ekor",
        "ayam",
        "."
    ]
);
case!(
    decimal_comma_and_percent,
    "Inflasi 3,5 persen, bunga 0,75%.",
    ["Inflasi", "3,5", "persen", ",", "bunga", "0,75", "%", "."]
);
case!(
    currency_rupiah_split_like_ud,
    "Harganya Rp10.000 atau Rp 5 juta.",
    ["Harganya", "Rp", "10.000", "atau", "Rp", "5", "juta", "."]
);
case!(
    currency_dollar,
    "Nilainya US$2,5 miliar.",
    ["Nilainya", "US", "$", "2,5", "miliar", "."]
);
case!(
    date_day_month,
    "Rapat digelar 13/7 dan 25/9/2014.",
    ["Rapat", "digelar", "13/7", "dan", "25/9/2014", "."]
);
case!(
    times,
    "Mulai 13.30 hingga pukul 08:00 WIB.",
    ["Mulai", "13.30", "hingga", "pukul", "08:00", "WIB", "."]
);
case!(
    parenthesised_date,
    "Pertemuan itu berlangsung Minggu (13/7).",
    [
        "Pertemuan",
        "itu",
        "berlangsung",
        "Minggu",
        "(",
        "13/7",
        ")",
        "."
    ]
);
case!(
    domain,
    "Dikutip dari KONTAN.CO.ID dan kompas.com hari ini.",
    [
        "Dikutip",
        "dari",
        "KONTAN.CO.ID",
        "dan",
        "kompas.com",
        "hari",
        "ini",
        "."
    ]
);
case!(
    url_with_query,
    "Daftar di https://x.id/a?b=1.",
    ["Daftar", "di", "https://x.id/a?b=1", "."]
);
case!(
    url_in_brackets,
    "Lihat (https://contoh.id/berita) sekarang.",
    [
        "Lihat",
        "(",
        "https://contoh.id/berita",
        ")",
        "sekarang",
        "."
    ]
);
case!(
    email,
    "Kirim ke redaksi@contoh.id, ya.",
    ["Kirim", "ke", "redaksi@contoh.id", ",", "ya", "."]
);
case!(
    mention_and_hashtag,
    "Terima kasih @jokowi! #PemiluDamai",
    ["Terima", "kasih", "@jokowi", "!", "#PemiluDamai"]
);
case!(
    abbreviations_keep_period,
    "Buah, sayur, dsb. dijual a.n. Budi s.d. Jumat.",
    ["Buah", ",", "sayur", ",", "dsb.", "dijual", "a.n.", "Budi", "s.d.", "Jumat", "."]
);
case!(
    slash_abbreviations,
    "Surat d/a kantor s/d besok.",
    ["Surat", "d/a", "kantor", "s/d", "besok", "."]
);
case!(
    titles_and_degrees,
    "Prof. Dr. Ani, S.H., tinggal di Jl. Melati No. 5.",
    ["Prof.", "Dr.", "Ani", ",", "S.H.", ",", "tinggal", "di", "Jl.", "Melati", "No.", "5", "."]
);
case!(
    sentence_final_abbreviation,
    "Ia membeli apel, jeruk, dll.",
    ["Ia", "membeli", "apel", ",", "jeruk", ",", "dll."]
);
case!(
    initials,
    "B.J. Habibie dan H. Agus hadir.",
    ["B.J.", "Habibie", "dan", "H.", "Agus", "hadir", "."]
);
case!(
    curly_quotes,
    "Ia menolak “tanpa syarat” itu.",
    ["Ia", "menolak", "“", "tanpa", "syarat", "”", "itu", "."]
);
case!(
    apostrophes,
    "Salat Jum'at dan do'a Ma’ruf.",
    ["Salat", "Jum'at", "dan", "do'a", "Ma’ruf", "."]
);
case!(
    emoji_glued_to_word,
    "Mantap👍 sekali 👍🏽!",
    ["Mantap", "👍", "sekali", "👍🏽", "!"]
);
case!(
    degrees_celsius,
    "Suhu 50°C di siang hari.",
    ["Suhu", "50", "°C", "di", "siang", "hari", "."]
);
case!(
    all_caps_dateline,
    "JAKARTA, KOMPAS.com - Hujan turun.",
    ["JAKARTA", ",", "KOMPAS.com", "-", "Hujan", "turun", "."]
);
case!(
    ellipsis_and_repeated_marks,
    "Tunggu... apa?!",
    ["Tunggu", ".", ".", ".", "apa", "?", "!"]
);
case!(
    roman_numeral_period,
    "Pada kuartal II/2024 laba naik.",
    ["Pada", "kuartal", "II/2024", "laba", "naik", "."]
);
case!(
    non_latin_scripts,
    "Kota 高雄 dan Москва.",
    ["Kota", "高雄", "dan", "Москва", "."]
);

#[test]
fn clitics_split_only_on_real_hosts() {
    assert_eq!(
        words("bukunya rumahnya apakah bacalah siapapun"),
        ["buku", "nya", "rumah", "nya", "apa", "kah", "baca", "lah", "siapa", "pun"]
    );
    // Endings that only look like clitics stay whole.
    for w in [
        "tanya", "punya", "hanya", "bangku", "ilmu", "kalah", "sekolah", "adalah", "masalah",
        "maupun",
    ] {
        assert_eq!(words(w), [w], "{w} must not be split");
    }
}

#[test]
fn clitics_with_lexicon_split_ku_mu_and_proclitics() {
    let lexicon = ["buku", "lihat", "bawa", "rumah", "lari"];
    let tok = Tokenizer::builder()
        .split_clitics(true)
        .lexicon(move |w| lexicon.contains(&w))
        .build();
    let got: Vec<&str> = tok
        .tokenize("rumahmu kulihat kaubawa bukuku berlaku kuartal")
        .map(|t| t.text())
        .collect();
    assert_eq!(
        got,
        ["rumah", "mu", "ku", "lihat", "kau", "bawa", "buku", "ku", "berlaku", "kuartal"]
    );
}

#[test]
fn clitic_kinds_and_spans() {
    let tok = Tokenizer::builder().split_clitics(true).build();
    let text = "Katanya, bukunyalah.";
    let got: Vec<_> = tok
        .tokenize(text)
        .map(|t| (t.text(), t.kind(), t.span().range()))
        .collect();
    assert_eq!(
        got,
        [
            ("Kata", TokenKind::Word, 0..4),
            ("nya", TokenKind::Clitic, 4..7),
            (",", TokenKind::Punctuation, 7..8),
            ("buku", TokenKind::Word, 9..13),
            ("nya", TokenKind::Clitic, 13..16),
            ("lah", TokenKind::Clitic, 16..19),
            (".", TokenKind::Punctuation, 19..20),
        ]
    );
}

#[test]
fn token_kinds() {
    assert_eq!(
        kinds("@budi #Indonesia 10.000 13/7 08:00 dll. kompas.com a@b.id 👍 % “"),
        [
            ("@budi", TokenKind::Mention),
            ("#Indonesia", TokenKind::Hashtag),
            ("10.000", TokenKind::Number),
            ("13/7", TokenKind::Date),
            ("08:00", TokenKind::Time),
            ("dll.", TokenKind::Abbreviation),
            ("kompas.com", TokenKind::Url),
            ("a@b.id", TokenKind::Email),
            ("👍", TokenKind::Emoji),
            ("%", TokenKind::Symbol),
            ("“", TokenKind::Punctuation),
        ]
    );
}

#[test]
fn char_offsets_count_code_points() {
    let text = "Wŏnsan “dan” Kursk";
    let got: Vec<_> = indonlp::tokenize(text)
        .with_char_offsets()
        .map(|(t, r)| (t.text(), r))
        .collect();
    assert_eq!(
        got,
        [
            ("Wŏnsan", 0..6),
            ("“", 7..8),
            ("dan", 8..11),
            ("”", 11..12),
            ("Kursk", 13..18)
        ]
    );
}

fn sents(text: &str) -> Vec<&str> {
    indonlp::sentences(text).map(|s| &text[s]).collect()
}

#[test]
fn sentences_not_fooled_by_abbreviations_initials_decimals_urls() {
    let text = "Dr. Ani dan B.J. Habibie datang pukul 13.30. Harga naik 3,5 persen di kompas.com hari ini. Selesai!";
    assert_eq!(
        sents(text),
        [
            "Dr. Ani dan B.J. Habibie datang pukul 13.30.",
            "Harga naik 3,5 persen di kompas.com hari ini.",
            "Selesai!"
        ]
    );
}

#[test]
fn sentences_keep_closing_quotes_and_brackets() {
    let text = "Ia berkata, “Kami siap.” Lalu pergi (ke pasar). Besok libur.";
    assert_eq!(
        sents(text),
        [
            "Ia berkata, “Kami siap.”",
            "Lalu pergi (ke pasar).",
            "Besok libur."
        ]
    );
}

#[test]
fn sentences_after_final_abbreviation_and_parenthesised_date() {
    let text = "Ia membeli apel, jeruk, dll. Kemudian pulang Minggu (13/7). Semua senang.";
    assert_eq!(
        sents(text),
        [
            "Ia membeli apel, jeruk, dll.",
            "Kemudian pulang Minggu (13/7).",
            "Semua senang."
        ]
    );
}

#[test]
fn sentences_quoted_exclamation_followed_by_speech_verb_is_one_sentence() {
    assert_eq!(
        sents("“Hidup Indonesia!” teriak mereka."),
        ["“Hidup Indonesia!” teriak mereka."]
    );
}

#[test]
fn sentences_break_at_blank_lines() {
    assert_eq!(
        sents("Judul Berita\n\nIsi berita dimulai"),
        ["Judul Berita", "Isi berita dimulai"]
    );
}

#[test]
fn tokenizer_is_send_sync_clone() {
    fn assert_traits<T: Send + Sync + Clone + 'static>() {}
    assert_traits::<Tokenizer>();
    assert_traits::<indonlp::StopWords>();
    fn assert_copy<T: Copy + Send + Sync>() {}
    assert_copy::<indonlp::Token<'static>>();
}

#[test]
fn adversarial_inputs_finish() {
    // Ten megabytes each; a quadratic scan would not finish in any sane time.
    let n = 10 << 20;
    for text in [
        "a".repeat(n),
        "-".repeat(n),
        ".".repeat(n),
        "a.".repeat(n / 2),
        "a-".repeat(n / 2),
        "1.".repeat(n / 2),
        "a@".repeat(n / 2),
        "x.co".repeat(n / 4),
    ] {
        let count = indonlp::tokenize(&text).count();
        assert!(count >= 1);
        let sentences = indonlp::sentences(&text).count();
        assert!(sentences >= 1);
    }
}

case!(
    hyphenated_full_date,
    "Ia lahir 17-8-1945 di Blitar, bukan 1945-1950.",
    [
        "Ia",
        "lahir",
        "17-8-1945",
        "di",
        "Blitar",
        ",",
        "bukan",
        "1945",
        "-",
        "1950",
        "."
    ]
);
case!(
    informal_rupiah_and_time_abbreviations,
    "Harganya Rp.10.000, mulai pk. 19.00 di Jl. Sudirman Kav. 5.",
    [
        "Harganya", "Rp.", "10.000", ",", "mulai", "pk.", "19.00", "di", "Jl.", "Sudirman", "Kav.",
        "5", "."
    ]
);
