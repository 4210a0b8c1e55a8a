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
pub const GENERATED_TOKENS: usize = 85_830;

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
    /// entities per 100 tokens (persons, countries + cities), the default
    /// tagger called once per sentence
    pub persons: f64,
    pub places: f64,
}

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
    for s in sentences {
        let mut n = 0;
        for t in tokenizer.tokenize(s) {
            n += 1;
            token_bytes += t.text().len();
            let first = t.text().chars().next().unwrap_or(' ');
            if first.is_alphabetic() {
                words += 1;
                caps += usize::from(first.is_uppercase());
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

/// Persons the default gazetteer knows (public figures), and given +
/// family names it reads as a person from context.
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
/// Capitalised names that are not persons or places: organisations,
/// buildings, events, products (the tagger must look at them and reject
/// them).
const ORGS: &[&str] = &[
    "Bank Indonesia",
    "DPR",
    "BPS",
    "Pertamina",
    "Kementerian Perhubungan",
    "Dinas Pendidikan",
    "Universitas Gadjah Mada",
    "PT Kereta Api",
    "Badan Pusat Statistik",
    "Komisi Pemilihan Umum",
    "Pengadilan Negeri",
    "Mahkamah Konstitusi",
    "Festival Musik Nusantara",
    "Rumah Sakit Umum Daerah",
    "KPK",
    "OJK",
    "Liga Primer",
    "Gedung Sate",
];
const SUBJECTS: &[&str] = &[
    "pemerintah",
    "para petani",
    "sejumlah warga",
    "harga beras",
    "para pedagang",
    "perusahaan itu",
    "kepolisian",
    "sebagian besar siswa",
    "nilai ekspor",
    "jumlah penumpang",
    "pihak sekolah",
    "tim penyelamat",
    "produksi padi",
    "anak-anak",
    "masyarakat setempat",
    "panitia",
];
const VERBS: &[&str] = &[
    "mengatakan bahwa",
    "menegaskan",
    "memperkirakan",
    "mengumumkan",
    "melaporkan",
    "menyiapkan",
    "meningkatkan",
    "membangun",
    "menolak",
    "mendukung",
    "membahas",
    "menerima",
    "mengirimkan",
    "berencana memperbaiki",
    "telah menyelesaikan",
    "akan meninjau",
    "belum memberikan",
    "terus mengembangkan",
];
const OBJECTS: &[&str] = &[
    "anggaran tambahan",
    "program bantuan",
    "jalan dan jembatan",
    "sistem pembayaran",
    "laporan keuangan",
    "rencana kerja",
    "kebijakan baru",
    "fasilitas umum",
    "data terbaru",
    "harga bahan pokok",
    "jadwal keberangkatan",
    "pembangunan gedung",
    "keterangan resmi",
    "pasokan listrik",
    "kerja sama",
    "hasil penelitian",
];
const ADJUNCTS: &[&str] = &[
    "yang rusak akibat banjir",
    "untuk tahun depan",
    "secara bertahap",
    "bagi seluruh pegawai",
    "dalam waktu dekat",
    "yang sempat tertunda",
    "sesuai dengan aturan",
    "tanpa biaya tambahan",
    "meski cuaca kurang baik",
    "setelah melalui proses panjang",
    "di tingkat kabupaten",
    "bersama pemerintah daerah",
    "yang ada di sana",
    "(dan lain-lain)",
    "pada hari itu juga",
    "atau sekitar dua kali lipat",
    "yang ia buat sendiri",
    "seperti air, gas, dan listrik",
    "di desa-desa",
    "agar tidak ada yang rugi",
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
];
const SPEECH: &[&str] = &["kata", "ujar", "tutur", "jelas"];

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

/// A noun phrase that is sometimes a name (person, place or organisation).
fn subject(rng: &mut Rng, out: &mut String) {
    match rng.below(100) {
        0..=21 => {
            out.push_str(rng.pick(TITLES));
            out.push(' ');
            out.push_str(rng.pick(PEOPLE));
        }
        22..=48 => out.push_str(rng.pick(ORGS)),
        49..=51 => {
            out.push_str("warga ");
            out.push_str(rng.pick(CITIES));
        }
        52..=54 => {
            out.push_str("pemerintah ");
            out.push_str(rng.pick(COUNTRIES));
        }
        _ => out.push_str(rng.pick(SUBJECTS)),
    }
}

/// One clause: subject, verb, object and 0-3 adjuncts.
fn clause(rng: &mut Rng, out: &mut String) {
    subject(rng, out);
    out.push(' ');
    out.push_str(rng.pick(VERBS));
    out.push(' ');
    out.push_str(rng.pick(OBJECTS));
    let adjuncts = rng.below(5);
    for _ in 0..adjuncts {
        out.push_str([" ", " ", ", "][rng.below(3)]);
        match rng.below(100) {
            0..=44 => out.push_str(rng.pick(ADJUNCTS)),
            45..=74 => out.push_str(rng.pick(NUMBERS)),
            75..=80 => {
                out.push_str(["di ", "dari ", "ke "][rng.below(3)]);
                out.push_str(rng.pick(CITIES));
            }
            81..=95 => {
                out.push_str(["dengan ", "oleh ", "bersama "][rng.below(3)]);
                out.push_str(rng.pick(ORGS));
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
    let start = out.len();
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
        if quoted {
            out.push_str(",\"");
        } else {
            out.push(',');
        }
        out.push(' ');
        out.push_str(rng.pick(SPEECH));
        out.push(' ');
        if rng.chance(50) {
            out.push_str(rng.pick(PEOPLE));
        } else {
            out.push_str("dia");
        }
    }
    out.push(['.', '.', '.', '.', '.', '.', '.', '?', '!'][rng.below(9)]);
    debug_assert!(out.len() > start);
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
