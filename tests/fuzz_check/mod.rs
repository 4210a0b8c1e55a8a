//! The checks shared by the cargo-fuzz target (`fuzz/`) and the stable
//! regression test (`tests/fuzz.rs`): one `Input`, decoded with `arbitrary`
//! from raw bytes, fed through every component with the invariants asserted.

use arbitrary::Arbitrary;
use std::sync::LazyLock;

/// What a fuzzer controls: the text and the builder options.
#[derive(Arbitrary, Debug)]
pub struct Input {
    pub text: String,
    pub split_clitics: bool,
    pub whitespace: bool,
    pub lexicon: bool,
    pub keep_capitalized: bool,
    /// Lines of a user word list / gazetteer TSV, to exercise the loaders.
    pub user_data: String,
}

fn assert_spans<'a>(text: &str, spans: impl Iterator<Item = (indonlp::Span, &'a str)>) {
    let mut prev_end = 0;
    for (span, s) in spans {
        assert!(
            span.start < span.end && span.end <= text.len(),
            "bad span {span:?}"
        );
        assert!(
            span.start >= prev_end,
            "overlapping or unordered span {span:?}"
        );
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert_eq!(&text[span], s);
        prev_end = span.end;
    }
}

static STEMMER_LOWERCASE_ALL: LazyLock<indonlp::Stemmer> = LazyLock::new(|| {
    indonlp::Stemmer::builder()
        .keep_capitalized(false)
        .build()
        .expect("default data builds")
});

/// Runs every component on the input and asserts the invariants.
pub fn check(input: &Input) {
    let text = input.text.as_str();

    // Tokenizer and sentences.
    let mut builder = indonlp::Tokenizer::builder();
    builder
        .split_clitics(input.split_clitics)
        .whitespace(input.whitespace);
    if input.lexicon {
        builder.lexicon(|w| w.len() % 2 == 0);
    }
    let tokenizer = builder.build();
    assert_spans(text, tokenizer.tokenize(text).map(|t| (t.span(), t.text())));
    if input.whitespace {
        let joined: String = tokenizer.tokenize(text).map(|t| t.text()).collect();
        assert_eq!(joined, text);
    }
    let mut prev_end = 0;
    for s in tokenizer.sentences(text) {
        assert!(s.start >= prev_end && s.start < s.end && s.end <= text.len());
        prev_end = s.end;
    }
    let chars = text.chars().count();
    for (_, r) in tokenizer.tokenize(text).with_char_offsets() {
        assert!(r.start <= r.end && r.end <= chars);
    }

    // Stemmer: on every word, and on the raw text as one "word".
    let stemmer = if input.keep_capitalized {
        indonlp::Stemmer::new()
    } else {
        STEMMER_LOWERCASE_ALL.clone()
    };
    for word in std::iter::once(text).chain(text.split_whitespace()) {
        let stem = stemmer.stem(word);
        assert!(
            word.is_empty() || !stem.is_empty(),
            "empty stem for {word:?}"
        );
        let analysis = stemmer.analyze(word);
        assert!(word.is_empty() || !analysis.root().is_empty());
        let _ = analysis.to_string();
    }
    let _ = indonlp::is_stopword(text);

    // Entities: valid, ordered, non-overlapping spans.
    let entities: Vec<_> = indonlp::entities(text).collect();
    assert_spans(text, entities.iter().map(|e| (e.span(), e.text())));

    // The analyzer agrees with the components it is made of.
    let doc = indonlp::analyze(text);
    assert_eq!(doc.tokens().len(), indonlp::tokenize(text).count());
    assert_eq!(doc.entities(), entities.as_slice());
    let mut next = 0;
    for s in doc.sentences() {
        assert_eq!(s.tokens().start, next);
        next = s.tokens().end;
    }
    assert_eq!(next, doc.tokens().len());
    for t in doc.tokens() {
        assert!(!t.stem().is_empty());
    }

    // Loaders take any text: an error or a component, never a panic.
    // (Without the default data, so a run costs the user data only.)
    let data = input.user_data.as_str();
    let _ = indonlp::StopWords::builder()
        .defaults(false)
        .add_list("fuzz", data)
        .build();
    let _ = indonlp::Stemmer::builder()
        .defaults(false)
        .add_roots("fuzz", data)
        .build();
    let _ = indonlp::Stemmer::builder()
        .defaults(false)
        .add_protected("fuzz", data)
        .build();
    let _ = indonlp::Stemmer::builder()
        .defaults(false)
        .add_lexicalized_list("fuzz", data)
        .build();
    if let Ok(tagger) = indonlp::EntityTagger::builder()
        .defaults(false)
        .add_tsv("fuzz", data)
        .build()
    {
        assert_spans(text, tagger.find_iter(text).map(|e| (e.span(), e.text())));
    }
    let _ = indonlp::EntityTagger::builder()
        .defaults(false)
        .add_people_tsv("fuzz", data)
        .build();
    #[cfg(feature = "serde")]
    {
        let _ = indonlp::EntityTagger::builder()
            .defaults(false)
            .add_json("fuzz", data)
            .build();
        let _ = serde_json::to_string(&doc).expect("a document always serialises");
    }
}
