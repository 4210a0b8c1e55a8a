//! End-to-end analysis throughput (`Analyzer::analyze`: tokens, stems,
//! stopwords, entities), one sentence per call and one 64 KiB document per
//! call, beside `unicode-segmentation`'s word bounds (`split_word_bounds`,
//! whitespace segments dropped) on the same text in the same group; and a
//! `batch` group: `analyze` in a loop against the same texts analysed on
//! two threads (`Analyzer::analyze_many_with_threads`), output in input order.
//!
//! Runs on the generated sentences of `benches/common/corpus.rs` (tuned to
//! real-text statistics, printed at startup) or on a file's lines:
//!
//! ```sh
//! cargo bench --bench analyze -- --warm-up-time 1 --measurement-time 2
//! INDONLP_BENCH_TEXT=/tmp/dev_sentences.txt cargo bench --bench analyze -- --warm-up-time 1 --measurement-time 2
//! python3 tools/bench_table.py   # MB/s and ratios of the last run as a table
//! ```

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use indonlp::{Analyzer, Document};
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

/// Tokens of every document.
fn tokens(docs: &[Document<'_>]) -> usize {
    docs.iter().map(|d| d.tokens().len()).sum()
}

fn bench(c: &mut Criterion) {
    let text = corpus::BenchText::load();
    let analyzer = Analyzer::new();
    let no_entities = Analyzer::builder().entities(false).build();

    // Warm the lazy defaults and check the work is real before timing.
    let looped: Vec<Document> = text.sentences.iter().map(|s| analyzer.analyze(s)).collect();
    let expected: usize = text
        .sentences
        .iter()
        .map(|s| indonlp::tokenize(s).count())
        .sum();
    assert_eq!(tokens(&looped), expected, "analyze vs tokenize");
    if text.is_generated() {
        assert_eq!(
            expected,
            corpus::GENERATED_TOKENS,
            "token count of the generated bench text changed"
        );
    }
    assert!(looped.iter().any(|d| !d.entities().is_empty()));
    let parallel = analyzer.analyze_many_with_threads(&text.sentences, 2);
    assert_eq!(parallel.len(), looped.len());
    assert!(
        parallel
            .iter()
            .zip(&looped)
            .all(|(p, l)| p.text() == l.text()
                && p.tokens().len() == l.tokens().len()
                && p.entities().len() == l.entities().len()),
        "analyze_many differs from analyze in a loop"
    );
    drop((looped, parallel));

    for (group, texts, bytes) in [
        (
            "analyze_per_sentence",
            &text.sentences,
            text.sentence_bytes(),
        ),
        (
            "analyze_per_document",
            &text.documents,
            text.document_bytes(),
        ),
    ] {
        let mut g = c.benchmark_group(group);
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("indonlp_analyze", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| analyzer.analyze(black_box(t)).tokens().len())
                    .sum::<usize>()
            })
        });
        g.bench_function("indonlp_analyze_without_entities", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| no_entities.analyze(black_box(t)).tokens().len())
                    .sum::<usize>()
            })
        });
        g.bench_function("unicode_segmentation_word_bounds", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| word_bounds(black_box(t)))
                    .sum::<usize>()
            })
        });
        g.finish();
    }

    let mut g = c.benchmark_group("batch");
    for (what, texts, bytes) in [
        ("sentences", &text.sentences, text.sentence_bytes()),
        ("documents", &text.documents, text.document_bytes()),
    ] {
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(format!("analyze_loop/{what}"), |b| {
            b.iter(|| {
                let docs: Vec<Document> = texts
                    .iter()
                    .map(|t| analyzer.analyze(black_box(t)))
                    .collect();
                tokens(&docs)
            })
        });
        g.bench_function(format!("analyze_many_2_threads/{what}"), |b| {
            b.iter(|| tokens(&analyzer.analyze_many_with_threads(black_box(texts), 2)))
        });
        g.bench_function(format!("unicode_segmentation_word_bounds/{what}"), |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| word_bounds(black_box(t)))
                    .sum::<usize>()
            })
        });
    }
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
