//! Entity tagging throughput (`EntityTagger::find_iter`, full default
//! gazetteers, warmed before timing), one sentence per call and one 64 KiB
//! document per call, beside `unicode-segmentation`'s word bounds
//! (`split_word_bounds`, whitespace segments dropped) and `split_whitespace`
//! on the same text in the same group; plus the default tagger's build time.
//!
//! Runs on the generated sentences of `benches/common/corpus.rs` (tuned to
//! real-text statistics, printed at startup) or on a file's lines:
//!
//! ```sh
//! cargo bench --bench ner -- --warm-up-time 1 --measurement-time 2
//! INDONLP_BENCH_TEXT=/tmp/dev_sentences.txt cargo bench --bench ner -- --warm-up-time 1 --measurement-time 2
//! python3 tools/bench_table.py   # MB/s and ratios of the last run as a table
//! ```

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use indonlp::EntityTagger;
use std::hint::black_box;
use unicode_segmentation::UnicodeSegmentation;

#[path = "common/corpus.rs"]
mod corpus;

/// Entities the default tagger finds in the generated text, one call per
/// sentence: pinned so that a change in tagging shows up here, not only as
/// a change in speed.
const GENERATED_ENTITIES: usize = 3_104;

/// The baseline of issue 9: UAX #29 word bounds, whitespace dropped.
fn word_bounds(text: &str) -> usize {
    text.split_word_bounds()
        .filter(|w| !w.trim().is_empty())
        .count()
}

fn bench(c: &mut Criterion) {
    let text = corpus::BenchText::load();
    let tagger = EntityTagger::new();
    // Warm the lazy default and check the work is real before timing.
    let per_sentence: usize = text
        .sentences
        .iter()
        .map(|s| tagger.find_iter(s).count())
        .sum();
    let per_document: usize = text
        .documents
        .iter()
        .map(|d| tagger.find_iter(d).count())
        .sum();
    println!("entities: {per_sentence} (one call per sentence), {per_document} (per document)");
    if text.is_generated() {
        assert_eq!(
            per_sentence, GENERATED_ENTITIES,
            "entity count of the generated bench text changed"
        );
    }

    for (group, texts, bytes) in [
        ("ner_per_sentence", &text.sentences, text.sentence_bytes()),
        ("ner_per_document", &text.documents, text.document_bytes()),
    ] {
        let mut g = c.benchmark_group(group);
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("indonlp_find_iter", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| tagger.find_iter(black_box(t)).count())
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
        g.bench_function("split_whitespace", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| black_box(t).split_whitespace().count())
                    .sum::<usize>()
            })
        });
        g.finish();
    }

    let mut g = c.benchmark_group("ner_build");
    g.bench_function("default_tagger_build", |b| {
        b.iter(|| EntityTagger::builder().build().unwrap())
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
