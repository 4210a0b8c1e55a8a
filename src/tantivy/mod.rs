//! An Indonesian analyzer for [tantivy](https://docs.rs/tantivy) (feature
//! `tantivy`).
//!
//! tantivy ships stemmers and stopword lists for many languages, but not
//! for Indonesian: an Indonesian index matches only exact word forms.
//! [`IndonesianTokenizer`] gives it indonlp's tokens, stopwords and roots,
//! plus **entity synonyms**: every spelling of a known person, country or
//! city is indexed as one key, so `Korut`, `Korea Utara` and `North Korea`
//! find each other, and so do `Moskwa`, `Moskow` and `Moscow`.
//!
//! ```
//! use indonlp::tantivy::IndonesianTokenizer;
//! use tantivy::collector::TopDocs;
//! use tantivy::query::QueryParser;
//! use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED};
//! use tantivy::{doc, Index, IndexWriter, TantivyDocument};
//!
//! // 1. a schema whose text field uses the analyzer by name
//! let mut schema = Schema::builder();
//! let indexing = TextFieldIndexing::default()
//!     .set_tokenizer("indonesian")
//!     .set_index_option(IndexRecordOption::WithFreqsAndPositions);
//! let body = schema.add_text_field("body", TextOptions::default().set_indexing_options(indexing) | STORED);
//! let index = Index::create_in_ram(schema.build());
//!
//! // 2. register the analyzer under that name
//! index.tokenizers().register("indonesian", IndonesianTokenizer::new());
//!
//! // 3. add documents
//! let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000)?;
//! writer.add_document(doc!(body => "Pemerintah mempercepat pembangunan jembatan di Kalimantan."))?;
//! writer.add_document(doc!(body => "Delegasi Korea Utara tiba di Moskwa pada Selasa."))?;
//! writer.add_document(doc!(body => "Harga cabai naik menjelang Lebaran."))?;
//! writer.commit()?;
//!
//! // 4. query: the parser runs the same analyzer on the query
//! let searcher = index.reader()?.searcher();
//! let parser = QueryParser::for_index(&index, vec![body]);
//! let first_hit = |query: &str| -> tantivy::Result<Option<String>> {
//!     let query = parser.parse_query(query)?;
//!     let hits = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
//!     Ok(match hits.first() {
//!         Some((_, address)) => {
//!             let doc: TantivyDocument = searcher.doc(*address)?;
//!             doc.get_first(body).and_then(|v| v.as_str()).map(str::to_owned)
//!         }
//!         None => None,
//!     })
//! };
//! // a root finds its derived form
//! assert_eq!(first_hit("bangun")?.as_deref(), Some("Pemerintah mempercepat pembangunan jembatan di Kalimantan."));
//! // other spellings and languages find the entity
//! assert_eq!(first_hit("Korut")?.as_deref(), Some("Delegasi Korea Utara tiba di Moskwa pada Selasa."));
//! assert_eq!(first_hit("Moscow")?.as_deref(), Some("Delegasi Korea Utara tiba di Moskwa pada Selasa."));
//! // stopwords are not indexed
//! assert_eq!(first_hit("di")?, None);
//! # Ok::<(), tantivy::TantivyError>(())
//! ```
//!
//! ## What is indexed
//!
//! [`IndonesianTokenizer::new()`] chains, on one pass over indonlp's
//! tokens (punctuation, symbols and emoji are not indexed):
//!
//! 1. lowercasing;
//! 2. stopword removal ([`StopWordFilter`]): the other tokens keep their
//!    positions, as with tantivy's own stopword filter, so a phrase query
//!    `"pembangunan di Jakarta"` needs some word between the two;
//! 3. stemming ([`StemFilter`]): `pembangunan`, `dibangun`, `membangun` →
//!    `bangun`;
//! 4. entity synonyms ([`EntitySynonymFilter`]): a mention with a gazetteer
//!    entry is **replaced** by its [`entity_key`] (`=country:kp`), at the
//!    position of its first word, with the mention's byte offsets (so a
//!    snippet highlights the whole name); a mention of several words takes
//!    one position.
//!
//! Replacing rather than adding is deliberate: tantivy's `QueryParser`
//! turns several tokens of one query word into a phrase query that needs
//! *all* of them, so a query `Korut` analysed to `korut` + `=country:kp`
//! would miss a document that says `Korea Utara`. With the key alone it
//! finds every spelling. The price: a mention's words are not indexed
//! separately (`Utara` alone does not find `Korea Utara`), and names are
//! recognised by their capitals, so a lowercase query `jakarta` is searched
//! as a word and misses text where `Jakarta` was indexed as a city. Build
//! with [`entity_synonyms(false)`](IndonesianTokenizerBuilder::entity_synonyms)
//! for plain word matching. Unquoted words are analysed one by one by the
//! `QueryParser`; quote a multi-word name (`"Korea Utara"`) to search it as
//! one entity.
//!
//! The steps are also [`TokenFilter`](tantivy_tokenizer_api::TokenFilter)s
//! for your own chain (`TextAnalyzer::builder(...).filter(...)`).
//!
//! ## Cost
//!
//! Indexing generated news text into a RAM index with this analyzer took
//! 1.7–2.6× the time of tantivy's default analyzer (simple tokenizer and
//! lowercaser) in `cargo bench --features tantivy --bench tantivy` on a busy
//! 2-core machine; the analysis alone is ≈ 6–9× the default's, mostly
//! stopword lookups, stemming and entity tagging. Register one
//! `IndonesianTokenizer` and let tantivy clone it: the data is shared, and
//! each clone keeps its own stem memo.
//!
//! ## Versions
//!
//! The feature depends only on `tantivy-tokenizer-api` 0.7, the trait
//! crate of **tantivy 0.26 and 0.27** (tested against 0.27). A tantivy that
//! uses another minor of the trait crate (0.6 for tantivy 0.25; a future
//! 0.8) does not see our implementation of its trait:
//!
//! ```text
//! error[E0277]: the trait bound `IndonesianTokenizer: Tokenizer` is not satisfied
//!    |
//!    = note: there are multiple different versions of crate `tantivy_tokenizer_api` in the dependency graph
//! ```
//!
//! `cargo tree -i tantivy-tokenizer-api` shows the versions your build
//! pulls in. Fix it by moving to tantivy 0.26 or 0.27 (or to the indonlp
//! release built for your tantivy). tantivy 0.27 needs Rust 1.88 or newer
//! (0.26 needs 1.86); the trait crate itself declares no minimum.

mod entity;
mod stem;
mod stopwords;
mod tokenizer;
mod words;

pub use entity::{entity_key, EntitySynonymFilter};
pub use stem::StemFilter;
pub use stopwords::StopWordFilter;
pub use tokenizer::{IndonesianTokenStream, IndonesianTokenizer, IndonesianTokenizerBuilder};
