//! Indexing throughput into tantivy: indonlp's analyzer (tokens, stopwords,
//! stems, entity synonyms) against tantivy's default analyzer (simple
//! tokenizer, long-token filter, lowercaser) on the same ~1 MB of generated
//! news-style documents.
//!
//! `cargo bench --features tantivy --bench tantivy`

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use indonlp::tantivy::IndonesianTokenizer;
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::{TextAnalyzer, TokenStream};
use tantivy::{doc, Index, IndexWriter};

#[path = "common/corpus.rs"]
mod corpus;

/// News-style documents of four paragraphs each.
fn documents() -> Vec<String> {
    let text = corpus::news_text(1 << 20);
    let paragraphs: Vec<&str> = text.lines().collect();
    paragraphs.chunks(4).map(|c| c.join("\n")).collect()
}

/// Builds a RAM index of `docs` with one positional text field analysed by
/// the tokenizer registered as `name`.
fn index_all(docs: &[String], name: &str) {
    let mut schema = Schema::builder();
    let body = schema.add_text_field(
        "body",
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(name)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        ),
    );
    let index = Index::create_in_ram(schema.build());
    index
        .tokenizers()
        .register("indonesian", IndonesianTokenizer::new());
    let mut writer: IndexWriter = index.writer_with_num_threads(1, 50_000_000).unwrap();
    for d in docs {
        writer.add_document(doc!(body => d.as_str())).unwrap();
    }
    writer.commit().unwrap();
}

fn count_tokens(analyzer: &mut TextAnalyzer, docs: &[String]) -> usize {
    let mut n = 0;
    for d in docs {
        let mut stream = analyzer.token_stream(d);
        while stream.advance() {
            n += 1;
        }
    }
    n
}

fn bench(c: &mut Criterion) {
    let docs = documents();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut ours = TextAnalyzer::from(IndonesianTokenizer::new());
    let mut default = tantivy::tokenizer::TokenizerManager::default()
        .get("default")
        .unwrap();
    // warm the lazily built data and check both analyzers see the text
    let (n_ours, n_default) = (
        count_tokens(&mut ours, &docs),
        count_tokens(&mut default, &docs),
    );
    assert!(
        n_ours > n_default / 3 && n_ours < n_default,
        "{n_ours} vs {n_default}"
    );

    let mut g = c.benchmark_group("tantivy_analyze");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("indonlp", |b| {
        b.iter(|| black_box(count_tokens(&mut ours, &docs)))
    });
    g.bench_function("default", |b| {
        b.iter(|| black_box(count_tokens(&mut default, &docs)))
    });
    g.finish();

    let mut g = c.benchmark_group("tantivy_index");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("indonlp", |b| b.iter(|| index_all(&docs, "indonesian")));
    g.bench_function("default", |b| b.iter(|| index_all(&docs, "default")));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
