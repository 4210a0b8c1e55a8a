//! End-to-end analysis throughput on ~1 MB of generated news-style text.
//!
//! `cargo bench --bench analyze`

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

#[path = "common/corpus.rs"]
mod corpus;

fn bench(c: &mut Criterion) {
    let text = corpus::news_text(1 << 20);
    let analyzer = indonlp::Analyzer::new();
    let doc = analyzer.analyze(&text);
    assert_eq!(doc.tokens().len(), indonlp::tokenize(&text).count());
    assert!(!doc.entities().is_empty());
    let no_entities = indonlp::Analyzer::builder().entities(false).build();

    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("indonlp_analyze", |b| {
        b.iter(|| analyzer.analyze(black_box(&text)).tokens().len())
    });
    g.bench_function("indonlp_analyze_without_entities", |b| {
        b.iter(|| no_entities.analyze(black_box(&text)).tokens().len())
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).warm_up_time(std::time::Duration::from_secs(1)).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
