//! Adversarial inputs shared by `benches/adversarial.rs`,
//! `tests/adversarial.rs` and `examples/adversarial_mem.rs`: the shapes of
//! text most likely to make a scanner backtrack, a segmenter look back, or a
//! gazetteer matcher try many overlapping candidates.

/// One adversarial input: a name and the unit repeated to build it.
pub struct Case {
    pub name: &'static str,
    pub unit: &'static str,
}

/// Every case. The unit is repeated until the text reaches the wanted size.
pub const CASES: &[Case] = &[
    // one "word" with no separator at all
    Case {
        name: "no_spaces",
        unit: "pemerintahmenyampaikanbahwa",
    },
    Case {
        name: "hyphens",
        unit: "-",
    },
    Case {
        name: "dots",
        unit: ".",
    },
    Case {
        name: "digits",
        unit: "1234567890",
    },
    // reduplication that never ends: `anak-anak-anak-...`
    Case {
        name: "hyphen_word",
        unit: "anak-",
    },
    // initials / abbreviations that never end: `A.B.C.D...`
    Case {
        name: "initials",
        unit: "A.",
    },
    // numbers with separators that never end: `1.000.000,...`
    Case {
        name: "number_seps",
        unit: "1.000,",
    },
    Case {
        name: "combining",
        unit: "a\u{301}",
    },
    // one grapheme cluster as long as the text
    Case {
        name: "combining_only",
        unit: "\u{301}",
    },
    Case {
        name: "zwj_emoji",
        unit: "👍🏽\u{200d}",
    },
    // a URL, an e-mail-like and a date-like token that never end
    Case {
        name: "url_path",
        unit: "https://a.id/",
    },
    Case {
        name: "email_like",
        unit: "a@b.",
    },
    Case {
        name: "date_like",
        unit: "12/9/",
    },
    Case {
        name: "quotes",
        unit: "\"'",
    },
    Case {
        name: "hashtags",
        unit: "#a",
    },
    Case {
        name: "mixed_scripts",
        unit: "Jakarta東京Москваالقاهرة🙂ก\u{200d}",
    },
    Case {
        name: "nul",
        unit: "\0",
    },
    Case {
        name: "kota_run",
        unit: "Kota ",
    },
    Case {
        name: "jakarta_run",
        unit: "Jakarta ",
    },
    Case {
        name: "budi_run",
        unit: "Budi ",
    },
    Case {
        name: "presiden_run",
        unit: "Presiden ",
    },
    Case {
        name: "title_name_run",
        unit: "Menteri Luar Negeri Korea Utara ",
    },
];

/// `unit` repeated to exactly `bytes` bytes (cut back to a char boundary).
pub fn make(case: &Case, bytes: usize) -> String {
    let mut s = case.unit.repeat(bytes / case.unit.len() + 1);
    let mut end = bytes.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

/// A single 'word' for the stemmer: `meng` + letters + `kan`, `bytes` long.
pub fn long_word(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes);
    s.push_str("meng");
    while s.len() + 3 < bytes {
        s.push('a');
    }
    s.push_str("kan");
    s
}

#[allow(dead_code)]
pub fn find(name: &str) -> Option<&'static Case> {
    CASES.iter().find(|c| c.name == name)
}
