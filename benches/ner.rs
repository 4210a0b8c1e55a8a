//! Entity tagging throughput on ~1 MB of generated news-style Indonesian text,
//! with the full default gazetteers (warmed before timing), plus the default
//! tagger's build time.
//!
//! `cargo bench --bench ner -- --warm-up-time 1 --measurement-time 3`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use indonlp::EntityTagger;
use std::hint::black_box;

/// Sentence templates written for this bench; `{P}` is a person, `{C}` a
/// country, `{T}` a city.
const TEMPLATES: &[&str] = &[
    "{T}, Redaksi — Presiden {C} {P} menerima delegasi dari {C} di {T}, Kamis (12/9).",
    "Menteri Luar Negeri {C} {P} mengatakan pertemuan di {T} berjalan lancar.",
    "Harga bahan pokok di pasar tradisional naik sejak awal pekan, kata pedagang setempat.",
    "Sebelumnya, {P} menjamu rombongan pengusaha di {T} dan membahas kerja sama dengan {C}.",
    "Pemerintah menyiapkan anggaran tambahan untuk perbaikan jalan dan jembatan yang rusak akibat banjir.",
    "Warga {C} yang tinggal di {T} diminta tetap tenang, ujar juru bicara kedutaan, {P}.",
    "Pertandingan antara tim dari {T} dan {T} berakhir imbang tanpa gol di Stadion Utama.",
    "Gubernur Jawa Barat menghadiri peresmian gedung baru Universitas Indonesia di Depok.",
    "Menurut data terbaru, ekspor ke {C} naik tujuh persen dibandingkan tahun lalu.",
    "{P} tiba di Bandara {T} pada pukul 10.00 WIB dan langsung menuju hotel.",
];
const PEOPLE: &[&str] = &[
    "Vladimir Putin",
    "Sergei Lavrov",
    "Kim Jong Un",
    "Joko Widodo",
    "Prabowo Subianto",
    "Budi Santoso",
    "Choe Son Hui",
    "Retno Marsudi",
    "Siti Rahmawati",
    "Xi Jinping",
];
const COUNTRIES: &[&str] = &[
    "Rusia",
    "Korea Utara",
    "Ukraina",
    "Amerika Serikat",
    "Tiongkok",
    "Jepang",
    "Malaysia",
    "Belanda",
];
const CITIES: &[&str] = &[
    "Jakarta", "Moskwa", "Wonsan", "Kursk", "Surabaya", "Kairo", "Den Haag", "Bandung", "Medan",
];

fn news_text(target_bytes: usize) -> String {
    let mut out = String::with_capacity(target_bytes + 256);
    let mut n = 0usize;
    while out.len() < target_bytes {
        let t = TEMPLATES[n % TEMPLATES.len()];
        let mut rest = t;
        while let Some(p) = rest.find('{') {
            out.push_str(&rest[..p]);
            let key = &rest[p + 1..p + 2];
            n = n.wrapping_mul(31).wrapping_add(7);
            out.push_str(match key {
                "P" => PEOPLE[n % PEOPLE.len()],
                "C" => COUNTRIES[n % COUNTRIES.len()],
                _ => CITIES[n % CITIES.len()],
            });
            rest = &rest[p + 3..];
        }
        out.push_str(rest);
        out.push(if n % 5 == 0 { '\n' } else { ' ' });
        n += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = news_text(1 << 20);
    let tagger = EntityTagger::new();
    // Warm the lazy default and check the work is real before timing.
    let count = tagger.find_iter(&text).count();
    assert!(count > 20_000, "only {count} entities in the bench text");

    let mut g = c.benchmark_group("ner");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("indonlp_find_iter", |b| {
        b.iter(|| tagger.find_iter(black_box(&text)).count())
    });
    g.bench_function("baseline_split_whitespace", |b| {
        b.iter(|| black_box(&text).split_whitespace().count())
    });
    g.finish();

    let mut g = c.benchmark_group("ner_build");
    g.sample_size(10);
    g.bench_function("default_tagger_build", |b| {
        b.iter(|| EntityTagger::builder().build().unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
