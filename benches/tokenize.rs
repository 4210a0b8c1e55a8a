//! Tokenizer throughput on ~1 MB of generated Indonesian news text, with
//! `split_whitespace` and `unicode-segmentation` word bounds as baselines.
//!
//! `cargo bench --bench tokenize`

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

#[path = "common/corpus.rs"]
mod corpus;

/// Pinned so that a change in tokenization shows up here, not only as a
/// change in speed.
const EXPECTED_TOKENS: usize = 162_255;

fn bench(c: &mut Criterion) {
    let text = corpus::news_text(1 << 20);
    let tokenizer = indonlp::Tokenizer::new();
    let count = tokenizer.tokenize(&text).count();
    assert_eq!(
        count, EXPECTED_TOKENS,
        "token count of the bench corpus changed"
    );
    let split_clitics = indonlp::Tokenizer::builder().split_clitics(true).build();

    let mut g = c.benchmark_group("tokenize");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("indonlp", |b| {
        b.iter(|| tokenizer.tokenize(black_box(&text)).count())
    });
    g.bench_function("indonlp_split_clitics", |b| {
        b.iter(|| split_clitics.tokenize(black_box(&text)).count())
    });
    g.bench_function("indonlp_sentences", |b| {
        b.iter(|| tokenizer.sentences(black_box(&text)).count())
    });
    g.bench_function("split_whitespace", |b| {
        b.iter(|| black_box(&text).split_whitespace().count())
    });
    g.bench_function("unicode_segmentation_word_bounds", |b| {
        b.iter(|| {
            black_box(&text)
                .split_word_bounds()
                .filter(|w| !w.trim().is_empty())
                .count()
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_secs(1)).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
