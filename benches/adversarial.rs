//! Linear time on adversarial input: every case of
//! `benches/common/adversarial.rs` at 1 MiB and 4 MiB through `tokenize`,
//! `sentences`, `Analyzer::analyze`, `EntityTagger::find_iter` and
//! `Stemmer::stem` (the whole input as one "word"). With
//! `Throughput::Bytes`, linear growth shows as the same MB/s at both sizes.
//!
//! Measured MB/s is flat between 1 and 4 MiB for every case except the
//! gazetteer-heavy runs (`kota_run`, `jakarta_run`, `budi_run`, and
//! `analyze` on the title runs), which step down once (x0.5-0.75) and then
//! stay flat: `examples/adversarial_mem.rs` (best of several runs) gives the
//! same MB/s at 4, 16 and 64 MiB. That step is the per-call output (entities,
//! analysed tokens) outgrowing the 2 MiB L2 cache, not superlinear work.
//!
//! `cargo bench --bench adversarial`

#[path = "common/adversarial.rs"]
mod adversarial;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use indonlp::{Analyzer, EntityTagger, Stemmer, Tokenizer};
use std::hint::black_box;
use std::time::Duration;

const SIZES: [usize; 2] = [1 << 20, 4 << 20];

fn bench(c: &mut Criterion) {
    let tokenizer = Tokenizer::new();
    let tagger = EntityTagger::new();
    let stemmer = Stemmer::new();
    let analyzer = Analyzer::new();
    // Warm every lazy default before timing.
    assert!(
        analyzer
            .analyze("Presiden Joko Widodo tiba di Jakarta.")
            .entities()
            .len()
            >= 2
    );

    let mut inputs: Vec<(&str, usize, String)> = Vec::new();
    for case in adversarial::CASES {
        for &size in &SIZES {
            inputs.push((case.name, size, adversarial::make(case, size)));
        }
    }
    for &size in &SIZES {
        inputs.push(("long_word", size, adversarial::long_word(size)));
    }

    let mut group = c.benchmark_group("adversarial");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for (name, size, text) in &inputs {
        let text = text.as_str();
        group.throughput(Throughput::Bytes(text.len() as u64));
        let id = |what: &str| BenchmarkId::new(format!("{name}/{what}"), size);
        group.bench_function(id("tokenize"), |b| {
            b.iter(|| tokenizer.tokenize(black_box(text)).count())
        });
        group.bench_function(id("sentences"), |b| {
            b.iter(|| tokenizer.sentences(black_box(text)).count())
        });
        group.bench_function(id("analyze"), |b| {
            b.iter(|| analyzer.analyze(black_box(text)).tokens().len())
        });
        group.bench_function(id("entities"), |b| {
            b.iter(|| tagger.find_iter(black_box(text)).count())
        });
        group.bench_function(id("stem"), |b| {
            b.iter(|| stemmer.stem(black_box(text)).len())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
