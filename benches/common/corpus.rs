//! The text the speed benches run on: a deterministic generator of
//! Indonesian news-style sentences tuned to look like real text, or, with
//! `INDONLP_BENCH_TEXT=FILE`, the lines of that file (one sentence per line).
//!
//! The generator's vocabulary and sentence frames are written for this
//! project; a fixed pseudo-random sequence combines them, so every run
//! measures the same bytes. Its knobs (how many optional phrases a sentence
//! gets, how often a name, a place or a capitalised organisation appears)
//! are tuned so that the statistics below match those of real Indonesian
//! sentences: the UD Indonesian GSD + CSUI development text (1,212
//! sentences, 186 KB) and the idner-news-2k / NERGrit development sets,
//! measured with `python3 tools/dev_text.py` (gold tokens and entities).
//! Only those summary numbers are copied here ([`REAL`]); no sentence or
//! word list comes from that data.
//!
//! Every bench prints the statistics of the text it runs on beside the
//! real-text targets once, at startup ([`BenchText::load`]).

// Each bench uses a different part of this module.
#![allow(dead_code)]

use std::fmt::Write as _;

/// The environment variable naming a file to bench on instead of the
/// generated text: one sentence per line.
pub const TEXT_VAR: &str = "INDONLP_BENCH_TEXT";

/// Size of the generated text, and its token count (indonlp's default
/// tokenizer, one call per sentence): pinned so that a change in the
/// generator or in tokenization shows up in the benches, not only as a
/// change in speed.
pub const GENERATED_BYTES: usize = 512 << 10;
pub const GENERATED_TOKENS: usize = 84_549;

/// Size of one document in the per-document groups: the `threads`
/// example's chunk size.
pub const DOCUMENT_BYTES: usize = 64 << 10;

/// Summary statistics of a text, one sentence per element.
#[derive(Clone, Debug)]
pub struct Stats {
    pub sentences: usize,
    pub bytes: usize,
    /// mean, p10, median, p90
    pub sentence_bytes: [f64; 4],
    /// mean, p10, median, p90 (indonlp tokens)
    pub sentence_tokens: [f64; 4],
    /// mean bytes per token
    pub token_bytes: f64,
    /// % of tokens that start with a letter
    pub word_share: f64,
    /// % of those word tokens that start with an upper-case letter
    pub capitalised: f64,
    /// distinct forms (lowercased) and distinct capitalised forms among the
    /// first [`VOCABULARY_WORDS`] word tokens: real text keeps meeting new
    /// words, which caches and branch predictors notice
    pub distinct_words: usize,
    pub distinct_capitalised: usize,
    /// entities per 100 tokens (persons, countries + cities), the default
    /// tagger called once per sentence
    pub persons: f64,
    pub places: f64,
}

/// How many word tokens the vocabulary figures count over (the dev text
/// has ~24,800).
pub const VOCABULARY_WORDS: usize = 20_000;

/// Real-text targets, measured on the UD Indonesian GSD + CSUI dev text
/// (1,212 sentences). Sentence and token figures: `python3
/// tools/dev_text.py` on the gold tokens (indonlp's tokenizer gives the same
/// figures within 0.1 on that text). Entity rates: what the default tagger
/// finds there, one call per sentence, printed by any bench run with
/// `INDONLP_BENCH_TEXT=/tmp/dev_sentences.txt` (the same code as the
/// "this text" column). The gold rates, for reference (`tools/dev_text.py`,
/// per 100 tokens): PER 2.81 and country/city mentions 2.02 required, 2.72
/// with optional on idner-news-2k dev; PER 2.88, LOC 4.78 on NERGrit dev.
pub const REAL: Stats = Stats {
    sentences: 1212,
    bytes: 184_800,
    sentence_bytes: [152.5, 59.0, 141.0, 262.0],
    sentence_tokens: [25.0, 10.0, 23.0, 43.0],
    token_bytes: 5.29,
    word_share: 81.9,
    capitalised: 25.6,
    distinct_words: 4792,
    distinct_capitalised: 2186,
    persons: 1.82,
    places: 1.79,
};

/// The text a bench runs on, both ways users call the library.
pub struct BenchText {
    /// `generated` or the file's path.
    pub source: String,
    /// One sentence per element (per-sentence groups: one call each).
    pub sentences: Vec<String>,
    /// The same sentences joined into documents of about
    /// [`DOCUMENT_BYTES`] (per-document groups: one call each).
    pub documents: Vec<String>,
}

impl BenchText {
    /// The file named by `INDONLP_BENCH_TEXT`, or [`GENERATED_BYTES`] of
    /// generated sentences. Prints the statistics once.
    pub fn load() -> BenchText {
        let text = match std::env::var_os(TEXT_VAR) {
            Some(path) => {
                let path = path.to_string_lossy().into_owned();
                let bytes =
                    std::fs::read(&path).unwrap_or_else(|e| panic!("{TEXT_VAR}={path}: {e}"));
                let sentences: Vec<String> = String::from_utf8_lossy(&bytes)
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(str::to_owned)
                    .collect();
                assert!(!sentences.is_empty(), "{TEXT_VAR}={path}: no lines");
                // The file's own line structure: one sentence per line.
                let documents = documents(&sentences, 1);
                BenchText {
                    source: path,
                    sentences,
                    documents,
                }
            }
            None => {
                let sentences = news_sentences(GENERATED_BYTES);
                // Paragraphs of five sentences, as in news text.
                let documents = documents(&sentences, 5);
                BenchText {
                    source: "generated".into(),
                    sentences,
                    documents,
                }
            }
        };
        println!("{}", text.report());
        text
    }

    pub fn is_generated(&self) -> bool {
        self.source == "generated"
    }

    pub fn sentence_bytes(&self) -> usize {
        self.sentences.iter().map(String::len).sum()
    }

    pub fn document_bytes(&self) -> usize {
        self.documents.iter().map(String::len).sum()
    }

    /// The statistics of this text beside the real-text targets.
    pub fn report(&self) -> String {
        let s = stats(&self.sentences);
        let r = REAL;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "bench text: {} ({} sentences, {} bytes; {} documents of <= {} KiB)",
            self.source,
            s.sentences,
            s.bytes,
            self.documents.len(),
            DOCUMENT_BYTES >> 10
        );
        let _ = writeln!(
            out,
            "{:<34} {:>24} {:>24}",
            "", "this text", "real text (target)"
        );
        let q = |x: [f64; 4]| format!("{:.1} ({:.0}/{:.0}/{:.0})", x[0], x[1], x[2], x[3]);
        let mut row = |name: &str, a: String, b: String| {
            let _ = writeln!(out, "{name:<34} {a:>24} {b:>24}");
        };
        row(
            "sentence bytes mean (p10/p50/p90)",
            q(s.sentence_bytes),
            q(r.sentence_bytes),
        );
        row(
            "sentence tokens mean (p10/p50/p90)",
            q(s.sentence_tokens),
            q(r.sentence_tokens),
        );
        row(
            "token bytes mean",
            format!("{:.2}", s.token_bytes),
            format!("{:.2}", r.token_bytes),
        );
        row(
            "word tokens % of tokens",
            format!("{:.1}", s.word_share),
            format!("{:.1}", r.word_share),
        );
        row(
            "capitalised % of word tokens",
            format!("{:.1}", s.capitalised),
            format!("{:.1}", r.capitalised),
        );
        row(
            "distinct forms in 20k words",
            s.distinct_words.to_string(),
            r.distinct_words.to_string(),
        );
        row(
            "distinct capitalised in 20k words",
            s.distinct_capitalised.to_string(),
            r.distinct_capitalised.to_string(),
        );
        row(
            "persons per 100 tokens (tagger)",
            format!("{:.2}", s.persons),
            format!("{:.2}", r.persons),
        );
        row(
            "countries+cities per 100 tokens",
            format!("{:.2}", s.places),
            format!("{:.2}", r.places),
        );
        out
    }
}

/// `sentences` joined (`per_paragraph` sentences to a line) and cut at line
/// ends into documents of at most [`DOCUMENT_BYTES`] (a longer line is a
/// document of its own).
pub fn documents(sentences: &[String], per_paragraph: usize) -> Vec<String> {
    let mut docs = Vec::new();
    let mut doc = String::new();
    for paragraph in sentences.chunks(per_paragraph) {
        let line = paragraph.join(" ");
        if !doc.is_empty() && doc.len() + line.len() + 1 > DOCUMENT_BYTES {
            docs.push(std::mem::take(&mut doc));
        }
        doc.push_str(&line);
        doc.push('\n');
    }
    if !doc.is_empty() {
        docs.push(doc);
    }
    docs
}

/// The statistics of `sentences` with the crate's tokenizer and default
/// tagger, one call per sentence.
pub fn stats(sentences: &[String]) -> Stats {
    let tokenizer = indonlp::Tokenizer::new();
    let tagger = indonlp::EntityTagger::new();
    let mut lens: Vec<f64> = Vec::with_capacity(sentences.len());
    let mut counts: Vec<f64> = Vec::with_capacity(sentences.len());
    let (mut tokens, mut token_bytes, mut words, mut caps) = (0usize, 0usize, 0usize, 0usize);
    let (mut persons, mut places) = (0usize, 0usize);
    let mut forms = std::collections::HashSet::new();
    let mut capitalised_forms = std::collections::HashSet::new();
    for s in sentences {
        let mut n = 0;
        for t in tokenizer.tokenize(s) {
            n += 1;
            token_bytes += t.text().len();
            let first = t.text().chars().next().unwrap_or(' ');
            if first.is_alphabetic() {
                words += 1;
                caps += usize::from(first.is_uppercase());
                if words <= VOCABULARY_WORDS {
                    forms.insert(t.text().to_lowercase());
                    if first.is_uppercase() {
                        capitalised_forms.insert(t.text());
                    }
                }
            }
        }
        tokens += n;
        lens.push(s.len() as f64);
        counts.push(n as f64);
        for e in tagger.find_iter(s) {
            match e.kind() {
                indonlp::EntityKind::Person => persons += 1,
                _ => places += 1,
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    Stats {
        sentences: sentences.len(),
        bytes: sentences.iter().map(String::len).sum(),
        sentence_bytes: summary(&mut lens),
        sentence_tokens: summary(&mut counts),
        token_bytes: token_bytes as f64 / tokens.max(1) as f64,
        word_share: pct(words, tokens),
        capitalised: pct(caps, words),
        distinct_words: forms.len(),
        distinct_capitalised: capitalised_forms.len(),
        persons: pct(persons, tokens),
        places: pct(places, tokens),
    }
}

/// mean, p10, median, p90 (nearest rank, as `tools/dev_text.py`)
fn summary(xs: &mut [f64]) -> [f64; 4] {
    if xs.is_empty() {
        return [0.0; 4];
    }
    xs.sort_by(f64::total_cmp);
    let at = |p: usize| xs[(p * xs.len() / 100).min(xs.len() - 1)];
    let mean = xs.iter().sum::<f64>() / xs.len() as f64;
    [mean, at(10), at(50), at(90)]
}

/// Generated text as one string: paragraphs of five sentences.
pub fn news_text(target_bytes: usize) -> String {
    let mut out = String::with_capacity(target_bytes + 512);
    for (i, s) in news_sentences(target_bytes).iter().enumerate() {
        if i > 0 {
            out.push(if i % 5 == 0 { '\n' } else { ' ' });
        }
        out.push_str(s);
    }
    out.push('\n');
    out
}

// ---------------------------------------------------------------- generator
//
// Real text is not a few hundred phrases repeated: in 20,000 running words
// of the dev text there are ~4,800 distinct forms, ~2,200 of them
// capitalised, and a tagger or stemmer that only ever sees a small
// vocabulary runs from warm caches and well-predicted branches. So the
// generator makes its words: common roots with Indonesian affixes (meN-
// assimilation included), rare words and proper names from syllables,
// acronyms, beside fixed function words, known persons and places.

/// Persons the default gazetteer knows, and given + family names it reads
/// as a person from context.
const PEOPLE: &[&str] = &[
    "Joko Widodo",
    "Sri Mulyani",
    "Prabowo Subianto",
    "Retno Marsudi",
    "Anies Baswedan",
    "Ganjar Pranowo",
    "Vladimir Putin",
    "Xi Jinping",
    "Kim Jong Un",
    "Sergei Lavrov",
    "Budi Santoso",
    "Siti Rahmawati",
    "Agus Setiawan",
    "Dewi Lestari",
];
const TITLES: &[&str] = &[
    "Presiden",
    "Menteri Keuangan",
    "Gubernur",
    "Ketua",
    "Direktur Utama",
    "Kepala Dinas",
    "Juru bicara",
    "Wakil Ketua",
];
const COUNTRIES: &[&str] = &[
    "Indonesia",
    "Malaysia",
    "Jepang",
    "Tiongkok",
    "Rusia",
    "Amerika Serikat",
    "Korea Selatan",
    "Australia",
    "Singapura",
    "Belanda",
];
const CITIES: &[&str] = &[
    "Jakarta",
    "Surabaya",
    "Bandung",
    "Medan",
    "Makassar",
    "Semarang",
    "Yogyakarta",
    "Denpasar",
    "Palembang",
    "Tokyo",
    "Moskwa",
];
/// Frequent capitalised names that are neither persons nor places.
const ORGS: &[&str] = &[
    "Bank Indonesia",
    "DPR",
    "BPS",
    "Pertamina",
    "Kementerian Perhubungan",
    "Badan Pusat Statistik",
    "Komisi Pemilihan Umum",
    "Mahkamah Konstitusi",
    "KPK",
    "OJK",
];
/// Heads of generated names: `PT Sarimaju`, `Desa Kalibening`.
const NAME_HEADS: &[&str] = &[
    "PT",
    "Desa",
    "Kecamatan",
    "Universitas",
    "Yayasan",
    "Sungai",
    "Gunung",
    "Pasar",
    "Gedung",
    "Rumah Sakit",
    "Dinas",
    "Partai",
    "Klub",
    "Festival",
    "Pulau",
    "Hotel",
];
/// Common roots (the stemmer's dictionary has them), for affixed forms.
const ROOTS: &[&str] = &[
    "ajar", "ambil", "atur", "bangun", "bantu", "baca", "bayar", "beli", "buka", "buat", "cari",
    "catat", "cipta", "dapat", "dengar", "didik", "duduk", "dukung", "gambar", "ganti", "gerak",
    "guna", "hadir", "hasil", "hitung", "hubung", "ikut", "jalan", "jawab", "jelas", "jual",
    "kembang", "kena", "kerja", "kirim", "kumpul", "kurang", "laku", "lapor", "latih", "lihat",
    "lindung", "lintas", "main", "masuk", "minta", "mulai", "nilai", "olah", "pakai", "pasang",
    "pegang", "pelihara", "pengaruh", "percaya", "periksa", "pikir", "pilih", "pindah", "pinjam",
    "potong", "pukul", "putus", "rawat", "rencana", "rusak", "sampai", "sebut", "sedia", "selesai",
    "serah", "siap", "simpan", "sumbang", "susun", "tahan", "tambah", "tanam", "tangkap", "tanya",
    "tawar", "temu", "tentu", "terima", "tetap", "tinggal", "tingkat", "tolak", "tulis", "tunggu",
    "tunjuk", "ubah", "ukur", "ulang", "umum", "urus", "usaha", "usul", "jaga", "jamin", "harga",
    "rumah", "kota", "desa", "negara", "pasar", "sekolah", "kantor", "uang", "tanah", "hutan",
    "laut", "air", "listrik", "pangan", "minyak", "beras", "gedung", "mobil", "kapal", "warga",
    "rakyat", "polisi", "tentara", "petani", "nelayan", "buruh", "guru", "dokter", "hakim",
    "partai", "berita", "surat", "sakit", "sehat", "besar", "kecil", "baru", "lama", "baik",
    "buruk", "kuat", "lemah", "tinggi", "rendah", "cepat", "lambat", "dalam", "luas", "padat",
    "murah", "mahal", "aman", "bersih", "kotor", "adil", "benar", "salah", "sulit", "mudah",
    "maju", "mundur", "turun", "naik", "datang", "pergi", "pulang", "tiba", "tidur", "makan",
    "minum", "tanggung", "hukum", "adat", "agama", "budaya", "ilmu", "tani", "dagang", "industri",
    "wilayah", "daerah", "pusat", "bahan", "kabar", "sebar", "tempat", "waktu",
];
/// (prefix, suffix) patterns; `-` is reduplication.
const FORMS: &[(&str, &str)] = &[
    ("", ""),
    ("", ""),
    ("", ""),
    ("", ""),
    ("me", ""),
    ("me", "kan"),
    ("me", "i"),
    ("di", ""),
    ("di", "kan"),
    ("di", "i"),
    ("ber", ""),
    ("ter", ""),
    ("pe", "an"),
    ("ke", "an"),
    ("per", "an"),
    ("", "an"),
    ("", "nya"),
    ("memper", "kan"),
    ("se", ""),
    ("", "-"),
    ("ber", "an"),
    ("pe", ""),
];
const FUNCTION: &[&str] = &[
    "yang", "yang", "dan", "dan", "di", "di", "ke", "dari", "dengan", "untuk", "pada", "dalam",
    "itu", "ini", "tidak", "akan", "sudah", "telah", "juga", "oleh", "karena", "bahwa", "adalah",
    "kepada", "mereka", "para", "sebagai", "tersebut", "atau", "tetapi", "masih", "lebih", "bisa",
    "saat", "ada", "hanya", "belum", "secara", "antara", "serta", "bagi", "tahun", "hari", "satu",
];
const NUMBERS: &[&str] = &[
    "sebesar 5,2 persen",
    "hingga Rp12.500 per kilogram",
    "sekitar 1.200 orang",
    "sebanyak 35 unit",
    "lebih dari 10.000 ton",
    "senilai US$18,2 miliar",
    "pada 2024",
    "pukul 09.30 WIB",
    "pada Senin (13/7)",
    "sejak Januari",
    "sebesar 30 persen",
    "pada 12 Maret 2019",
    "(2,4 persen)",
    "dalam 3 bulan",
];
/// Short-word phrases (real text is full of them).
const SHORT: &[&str] = &[
    "yang ada di sana",
    "dan lain-lain",
    "pada hari itu juga",
    "di mana ia tinggal",
    "agar tidak ada yang rugi",
    "jika ada",
    "untuk itu",
    "saat ini",
    "ia pun tahu",
    "kalau bisa",
    "dan sebagainya",
    "satu per satu",
    "lagi",
    "pula",
    "(lihat di atas)",
];
const OPENERS: &[&str] = &[
    "Sementara itu,",
    "Sebelumnya,",
    "Selain itu,",
    "Di sisi lain,",
    "Namun,",
    "Dalam kesempatan itu,",
    "Menurut dia,",
    "Oleh karena itu,",
];
const JOINERS: &[&str] = &[
    ", dan",
    ", sehingga",
    " karena",
    ", tetapi",
    " sedangkan",
    ", sementara",
    " yang",
];
const SPEECH: &[&str] = &["kata", "ujar", "tutur", "jelas"];
const ONSETS: &[&str] = &[
    "b", "c", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "y", "ng", "ny",
    "s", "k", "t", "",
];
const VOWELS: &[&str] = &["a", "a", "i", "u", "e", "o"];
const CODAS: &[&str] = &["", "", "", "", "n", "ng", "r", "s", "t", "k", "h", "l", "m"];

/// A small deterministic generator (xorshift64): no `rand` dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
    /// true with probability `percent`/100
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// The spelling of `prefix` + `root`, with meN-/peN- assimilation.
fn attach(prefix: &str, root: &str, out: &mut String) {
    let nasal = |p: &str, out: &mut String| {
        out.push_str(p);
        let rest = &root[1..];
        match root.as_bytes()[0] {
            b'b' | b'f' | b'v' => {
                out.push('m');
                out.push_str(root);
            }
            b'p' => {
                out.push('m');
                out.push_str(rest);
            }
            b'c' | b'd' | b'j' | b'z' => {
                out.push('n');
                out.push_str(root);
            }
            b't' => {
                out.push('n');
                out.push_str(rest);
            }
            b's' => {
                out.push_str("ny");
                out.push_str(rest);
            }
            b'k' => {
                out.push_str("ng");
                out.push_str(rest);
            }
            b'g' | b'h' | b'a' | b'e' | b'i' | b'o' | b'u' => {
                out.push_str("ng");
                out.push_str(root);
            }
            _ => out.push_str(root),
        }
    };
    match prefix {
        "me" | "pe" => nasal(prefix, out),
        "ber" | "per" | "ter" if root.starts_with('r') => {
            out.push_str(&prefix[..2]);
            out.push_str(root);
        }
        _ => {
            out.push_str(prefix);
            out.push_str(root);
        }
    }
}

/// A common root in one of its affixed forms: `mengambil`, `perumahan`.
fn content_word(rng: &mut Rng, out: &mut String) {
    let root = rng.pick(ROOTS);
    let (prefix, suffix) = FORMS[rng.below(FORMS.len())];
    if suffix == "-" {
        out.push_str(root);
        out.push('-');
        out.push_str(root);
        return;
    }
    attach(prefix, root, out);
    out.push_str(suffix);
}

/// A word made of 2-4 syllables: a rare or foreign word, or (capitalised)
/// a name no gazetteer knows.
fn made_word(rng: &mut Rng, capital: bool, out: &mut String) {
    let start = out.len();
    for _ in 0..2 + rng.below(2) {
        out.push_str(rng.pick(ONSETS));
        out.push_str(rng.pick(VOWELS));
        if rng.chance(40) {
            out.push_str(rng.pick(CODAS));
        }
    }
    if capital {
        capitalise_first(out, start);
    }
}

/// An organisation, building, place or brand name: known (`Bank
/// Indonesia`), made (`PT Sarimaju`, `Desa Kalibening`) or an acronym.
fn name(rng: &mut Rng, out: &mut String) {
    match rng.below(100) {
        0..=7 => out.push_str(rng.pick(ORGS)),
        8..=22 => {
            for _ in 0..2 + rng.below(3) {
                out.push((b'A' + rng.below(26) as u8) as char);
            }
        }
        _ => {
            if rng.chance(65) {
                out.push_str(rng.pick(NAME_HEADS));
                out.push(' ');
            }
            made_word(rng, true, out);
            if rng.chance(60) {
                out.push(' ');
                made_word(rng, true, out);
            }
        }
    }
}

/// A noun phrase: a (quantified) noun with modifiers.
fn noun_phrase(rng: &mut Rng, out: &mut String) {
    if rng.chance(12) {
        out.push_str(["para ", "sejumlah ", "beberapa ", "seluruh "][rng.below(4)]);
    }
    content_word(rng, out);
    match rng.below(100) {
        0..=34 => {
            out.push(' ');
            content_word(rng, out);
        }
        35..=44 => {
            out.push_str(" yang ");
            content_word(rng, out);
        }
        45..=59 => out.push_str([" itu", " ini", " tersebut"][rng.below(3)]),
        60..=69 => {
            out.push(' ');
            made_word(rng, false, out);
        }
        70..=79 => {
            out.push(' ');
            name(rng, out);
        }
        _ => {}
    }
}

/// A noun phrase that is sometimes a name (person, place or organisation).
fn subject(rng: &mut Rng, out: &mut String) {
    match rng.below(100) {
        0..=9 => {
            out.push_str(rng.pick(TITLES));
            out.push(' ');
            out.push_str(rng.pick(PEOPLE));
        }
        10..=33 => name(rng, out),
        49..=51 => {
            out.push_str("warga ");
            out.push_str(rng.pick(CITIES));
        }
        52..=54 => {
            out.push_str("pemerintah ");
            out.push_str(rng.pick(COUNTRIES));
        }
        _ => noun_phrase(rng, out),
    }
}

/// A verb group: `telah mengirimkan`, `dibangun`.
fn verb(rng: &mut Rng, out: &mut String) {
    if rng.chance(30) {
        out.push_str(rng.pick(&["akan", "telah", "sudah", "belum", "tidak", "masih", "bisa"]));
        out.push(' ');
    }
    let root = rng.pick(ROOTS);
    let (prefix, suffix) = [
        ("me", ""),
        ("me", "kan"),
        ("me", "i"),
        ("di", ""),
        ("di", "kan"),
        ("ber", ""),
        ("ter", ""),
    ][rng.below(7)];
    attach(prefix, root, out);
    out.push_str(suffix);
    if rng.chance(20) {
        out.push_str(" bahwa");
    }
}

/// One clause: subject, verb, object and 0-4 adjuncts.
fn clause(rng: &mut Rng, out: &mut String) {
    subject(rng, out);
    out.push(' ');
    verb(rng, out);
    out.push(' ');
    noun_phrase(rng, out);
    for _ in 0..rng.below(5) {
        out.push_str([" ", ", "][rng.below(2)]);
        match rng.below(100) {
            0..=19 => out.push_str(rng.pick(SHORT)),
            20..=49 => {
                out.push_str(rng.pick(FUNCTION));
                out.push(' ');
                noun_phrase(rng, out);
            }
            50..=69 => out.push_str(rng.pick(NUMBERS)),
            70..=73 => {
                out.push_str(["di ", "dari ", "ke "][rng.below(3)]);
                out.push_str(rng.pick(CITIES));
            }
            74..=86 => {
                out.push_str(["dengan ", "oleh ", "bersama ", "di "][rng.below(4)]);
                name(rng, out);
            }
            87..=93 => {
                out.push_str(rng.pick(FUNCTION));
                out.push(' ');
                noun_phrase(rng, out);
            }
            _ => {
                out.push_str(["di ", "dengan ", "ke "][rng.below(3)]);
                out.push_str(rng.pick(COUNTRIES));
            }
        }
    }
}

fn capitalise_first(s: &mut String, from: usize) {
    if let Some(c) = s[from..].chars().next() {
        let upper: String = c.to_uppercase().collect();
        s.replace_range(from..from + c.len_utf8(), &upper);
    }
}

/// One sentence; its length varies as real sentences do (one clause and a
/// few adjuncts up to three clauses).
fn sentence(rng: &mut Rng, out: &mut String) {
    let quoted = rng.chance(12);
    if quoted {
        out.push('"');
    } else if rng.chance(25) {
        out.push_str(rng.pick(OPENERS));
        out.push(' ');
    }
    let first = out.len();
    clause(rng, out);
    capitalise_first(out, first);
    let extra = match rng.below(100) {
        0..=46 => 0,
        47..=89 => 1,
        _ => 2,
    };
    for _ in 0..extra {
        out.push_str(rng.pick(JOINERS));
        out.push(' ');
        clause(rng, out);
    }
    if quoted || rng.chance(15) {
        out.push_str(if quoted { ",\" " } else { ", " });
        out.push_str(rng.pick(SPEECH));
        out.push(' ');
        if rng.chance(35) {
            out.push_str(rng.pick(PEOPLE));
        } else {
            out.push_str("dia");
        }
    }
    out.push(['.', '.', '.', '.', '.', '.', '.', '?', '!'][rng.below(9)]);
}

/// Generated sentences, about `target_bytes` in all.
pub fn news_sentences(target_bytes: usize) -> Vec<String> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = Vec::new();
    let mut total = 0;
    while total < target_bytes {
        let mut s = String::new();
        sentence(&mut rng, &mut s);
        total += s.len();
        out.push(s);
    }
    out
}
