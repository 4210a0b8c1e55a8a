//! Stemming throughput on running Indonesian text (words per second).
//!
//! The text is generated here from sentence templates over roots and affixes
//! (no external corpus): 60,000 running words, lowercase, with the repetition
//! of real text (function words, a few thousand distinct forms).
//!
//! A second group, `stem_text_words`, stems every word of the bench text
//! of `benches/common/corpus.rs` (or of `INDONLP_BENCH_TEXT`'s lines) in
//! running order, beside sastrawi-rs.
//!
//! ```sh
//! cargo bench --bench stem -- --warm-up-time 1 --measurement-time 2
//! INDONLP_BENCH_TEXT=/tmp/dev_sentences.txt cargo bench --bench stem -- --warm-up-time 1 --measurement-time 2
//! ```

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use indonlp::{CachedStemmer, Stemmer, TokenKind};

#[path = "common/corpus.rs"]
mod corpus;

const ROOTS_VERB: &[&str] = &[
    "baca", "tulis", "bangun", "kirim", "ambil", "pakai", "jual", "beli", "cari", "dengar",
    "lihat", "kerja", "ajar", "bantu", "dukung", "temu", "pilih", "putus", "sampai", "kembang",
    "guna", "jelas", "tanya", "jawab", "hasil", "ubah", "laku", "dapat", "tingkat", "kurang",
    "tambah", "periksa", "tangkap", "serang", "lindung", "rawat", "urus", "atur", "buka", "tutup",
    "susun", "siap", "bayar", "pinjam", "ikut", "masuk", "keluar", "lapor", "sebut", "nilai",
];
const ROOTS_NOUN: &[&str] = &[
    "rumah", "jalan", "kota", "desa", "negara", "harga", "pasar", "sekolah", "kantor", "bank",
    "uang", "tanah", "hutan", "laut", "air", "listrik", "pangan", "minyak", "beras", "gedung",
    "mobil", "kapal", "pesawat", "warga", "rakyat", "presiden", "menteri", "polisi", "tentara",
    "petani", "nelayan", "buruh", "guru", "murid", "dokter", "hakim", "partai", "pemilu", "berita",
];
const FUNCTION: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "dengan", "untuk", "pada", "dalam", "itu", "ini", "tidak",
    "akan", "sudah", "telah", "juga", "oleh", "karena", "bahwa", "adalah", "kepada", "mereka",
    "para", "sebagai", "tersebut", "atau", "tetapi", "sehingga", "masih", "lebih", "bisa",
];
const VERB_FORMS: &[(&str, &str)] = &[
    ("me", ""),
    ("me", "kan"),
    ("me", "i"),
    ("di", ""),
    ("di", "kan"),
    ("di", "i"),
    ("ter", ""),
    ("ber", ""),
    ("memper", "kan"),
    ("diper", "kan"),
    ("", "nya"),
    ("", ""),
];
const NOUN_FORMS: &[(&str, &str)] = &[
    ("", ""),
    ("", ""),
    ("", "nya"),
    ("pe", "an"),
    ("ke", "an"),
    ("per", "an"),
    ("", "-"),
    ("se", ""),
    ("", "ku"),
    ("", "lah"),
];

/// A deterministic linear congruential generator: no `rand` dependency.
struct Lcg(u64);

impl Lcg {
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        &xs[((self.0 >> 33) as usize) % xs.len()]
    }
}

/// The spelling of `prefix` + `root`, with meN-/peN- assimilation.
fn attach(prefix: &str, root: &str) -> String {
    let nasal = |p: &str| -> String {
        let c = root.as_bytes()[0];
        let vowel = |b: u8| b"aeiou".contains(&b);
        match c {
            b'b' | b'f' | b'v' => format!("{p}m{root}"),
            b'p' => format!("{p}m{}", &root[1..]),
            b'c' | b'd' | b'j' | b'z' => format!("{p}n{root}"),
            b't' => format!("{p}n{}", &root[1..]),
            b's' => format!("{p}ny{}", &root[1..]),
            b'k' => format!("{p}ng{}", &root[1..]),
            b'g' | b'h' => format!("{p}ng{root}"),
            _ if vowel(c) => format!("{p}ng{root}"),
            _ => format!("{p}{root}"),
        }
    };
    match prefix {
        "me" => nasal("me"),
        "pe" => nasal("pe"),
        "ber" if root.starts_with('r') => format!("be{root}"),
        _ => format!("{prefix}{root}"),
    }
}

fn inflect(rng: &mut Lcg, roots: &[&str], forms: &[(&str, &str)]) -> String {
    let root = *rng.pick(roots);
    let (prefix, suffix) = *rng.pick(forms);
    if suffix == "-" {
        return format!("{root}-{root}");
    }
    format!("{}{suffix}", attach(prefix, root))
}

/// About `n` running words of generated Indonesian.
fn running_text(n: usize) -> Vec<String> {
    let mut rng = Lcg(2026);
    let mut words = Vec::with_capacity(n + 16);
    while words.len() < n {
        // subject, verb, object, and a function-word-rich tail
        words.push(rng.pick(FUNCTION).to_string());
        words.push(inflect(&mut rng, ROOTS_NOUN, NOUN_FORMS));
        words.push(inflect(&mut rng, ROOTS_VERB, VERB_FORMS));
        words.push(rng.pick(FUNCTION).to_string());
        words.push(inflect(&mut rng, ROOTS_NOUN, NOUN_FORMS));
        words.push(rng.pick(FUNCTION).to_string());
        words.push(inflect(&mut rng, ROOTS_VERB, VERB_FORMS));
        words.push(rng.pick(FUNCTION).to_string());
    }
    words.truncate(n);
    words
}

fn bench_stem(c: &mut Criterion) {
    let words = running_text(60_000);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let stemmer = Stemmer::new();
    // Warm the lazily built dictionary, then check the workload once.
    let changed = words.iter().filter(|w| stemmer.stem(w) != **w).count();
    assert_eq!(words.len(), 60_000);
    assert!(changed > 20_000, "only {changed} words changed");

    let dict = sastrawi::Dictionary::new();
    let sastrawi = sastrawi::Stemmer::new(&dict);
    let _ = sastrawi.stem_word("pemerintahan");

    let mut group = c.benchmark_group("stem");
    group.throughput(Throughput::Elements(words.len() as u64));
    group.bench_function("indonlp uncached", |b| {
        b.iter(|| {
            let mut n = 0;
            for w in &words {
                n += stemmer.stem(black_box(w)).len();
            }
            n
        })
    });
    let mut warm = CachedStemmer::new(stemmer.clone());
    for w in &words {
        warm.stem(w);
    }
    group.bench_function("indonlp cached (warm)", |b| {
        b.iter(|| {
            let mut n = 0;
            for w in &words {
                n += warm.stem(black_box(w)).len();
            }
            n
        })
    });
    group.bench_function("indonlp cached (new cache per pass)", |b| {
        b.iter(|| {
            let mut cache = stemmer.cached();
            let mut n = 0;
            for w in &words {
                n += cache.stem(black_box(w)).len();
            }
            n
        })
    });
    group.bench_function("indonlp stem_all (batch, memo per call)", |b| {
        b.iter(|| stemmer.stem_all(black_box(&words).iter().copied()).len())
    });
    group.bench_function("sastrawi-rs uncached", |b| {
        b.iter(|| {
            let mut n = 0;
            for w in &words {
                n += sastrawi.stem_word(black_box(w)).len();
            }
            n
        })
    });
    group.finish();
}

/// Every word of the bench text (generated, or `INDONLP_BENCH_TEXT`'s
/// lines), lowercased, in running order: what an analyzer stems.
fn bench_stem_text(c: &mut Criterion) {
    let text = corpus::BenchText::load();
    let words: Vec<String> = text
        .sentences
        .iter()
        .flat_map(|s| indonlp::tokenize(s))
        .filter(|t| t.kind() == TokenKind::Word)
        .map(|t| t.text().to_lowercase())
        .collect();
    let stemmer = Stemmer::new();
    let changed = words.iter().filter(|w| stemmer.stem(w) != **w).count();
    assert!(
        changed * 10 > words.len(),
        "only {changed} of {} words changed",
        words.len()
    );
    let dict = sastrawi::Dictionary::new();
    let sastrawi = sastrawi::Stemmer::new(&dict);

    let mut group = c.benchmark_group("stem_text_words");
    group.throughput(Throughput::Elements(words.len() as u64));
    group.bench_function("indonlp uncached", |b| {
        b.iter(|| {
            words
                .iter()
                .map(|w| stemmer.stem(black_box(w)).len())
                .sum::<usize>()
        })
    });
    group.bench_function("sastrawi-rs uncached", |b| {
        b.iter(|| {
            words
                .iter()
                .map(|w| sastrawi.stem_word(black_box(w)).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = bench_stem, bench_stem_text
}
criterion_main!(benches);
