//! Tokenizer throughput, one sentence per call and one 64 KiB document per
//! call, beside `unicode-segmentation`'s word bounds
//! (`split_word_bounds`, whitespace segments dropped) and `split_whitespace`
//! on the same text in the same group, so the ratio is visible.
//!
//! Runs on ~512 KiB of generated sentences (`benches/common/corpus.rs`,
//! tuned to real-text statistics, printed at startup), or on a file's lines:
//!
//! ```sh
//! cargo bench --bench tokenize -- --warm-up-time 1 --measurement-time 2
//! INDONLP_BENCH_TEXT=/tmp/dev_sentences.txt cargo bench --bench tokenize -- --warm-up-time 1 --measurement-time 2
//! python3 tools/bench_table.py   # MB/s and ratios of the last run as a table
//! ```

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use unicode_segmentation::UnicodeSegmentation;

#[path = "common/corpus.rs"]
mod corpus;

/// The baseline of issue 9: UAX #29 word bounds, whitespace dropped.
fn word_bounds(text: &str) -> usize {
    text.split_word_bounds()
        .filter(|w| !w.trim().is_empty())
        .count()
}

fn bench(c: &mut Criterion) {
    let text = corpus::BenchText::load();
    let tokenizer = indonlp::Tokenizer::new();
    let split_clitics = indonlp::Tokenizer::builder().split_clitics(true).build();

    let per_sentence: usize = text
        .sentences
        .iter()
        .map(|s| tokenizer.tokenize(s).count())
        .sum();
    let per_document: usize = text
        .documents
        .iter()
        .map(|d| tokenizer.tokenize(d).count())
        .sum();
    if text.is_generated() {
        assert_eq!(
            per_sentence,
            corpus::GENERATED_TOKENS,
            "token count of the generated bench text changed"
        );
    }
    // Joining sentences with a space or a newline must not change a token.
    assert_eq!(
        per_sentence, per_document,
        "tokens per sentence vs per document"
    );

    let mut g = c.benchmark_group("tokenize_per_sentence");
    g.throughput(Throughput::Bytes(text.sentence_bytes() as u64));
    let sentences = &text.sentences;
    g.bench_function("indonlp", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| tokenizer.tokenize(black_box(s)).count())
                .sum::<usize>()
        })
    });
    g.bench_function("indonlp_split_clitics", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| split_clitics.tokenize(black_box(s)).count())
                .sum::<usize>()
        })
    });
    g.bench_function("unicode_segmentation_word_bounds", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| word_bounds(black_box(s)))
                .sum::<usize>()
        })
    });
    g.bench_function("split_whitespace", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| black_box(s).split_whitespace().count())
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("tokenize_per_document");
    g.throughput(Throughput::Bytes(text.document_bytes() as u64));
    let documents = &text.documents;
    g.bench_function("indonlp", |b| {
        b.iter(|| {
            documents
                .iter()
                .map(|d| tokenizer.tokenize(black_box(d)).count())
                .sum::<usize>()
        })
    });
    g.bench_function("indonlp_split_clitics", |b| {
        b.iter(|| {
            documents
                .iter()
                .map(|d| split_clitics.tokenize(black_box(d)).count())
                .sum::<usize>()
        })
    });
    g.bench_function("indonlp_sentences", |b| {
        b.iter(|| {
            documents
                .iter()
                .map(|d| tokenizer.sentences(black_box(d)).count())
                .sum::<usize>()
        })
    });
    g.bench_function("unicode_segmentation_word_bounds", |b| {
        b.iter(|| {
            documents
                .iter()
                .map(|d| word_bounds(black_box(d)))
                .sum::<usize>()
        })
    });
    g.bench_function("split_whitespace", |b| {
        b.iter(|| {
            documents
                .iter()
                .map(|d| black_box(d).split_whitespace().count())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
