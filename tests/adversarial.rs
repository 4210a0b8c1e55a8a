//! Every adversarial input of `benches/common/adversarial.rs` through every
//! component: the outputs must stay sane (spans valid, ordered, on token
//! boundaries; nothing but whitespace dropped; stems non-empty). The timing
//! side (linear growth) is `benches/adversarial.rs`; here a hang or a
//! quadratic blow-up shows as a test that never ends.

#[path = "../benches/common/adversarial.rs"]
mod adversarial;

use indonlp::{Analyzer, EntityTagger, Span, Stemmer, Tokenizer};

/// 2 MB in release; a debug build (plain `cargo test`) is 10-30 times
/// slower, so it runs a smaller size to keep the suite fast.
const SIZE: usize = if cfg!(debug_assertions) {
    128 << 10
} else {
    2 << 20
};

fn check_ordered(what: &str, case: &str, text: &str, spans: &[Span]) {
    let mut prev_end = 0;
    for s in spans {
        assert!(s.start < s.end, "{case}: empty {what} at {s:?}");
        assert!(s.start >= prev_end, "{case}: {what} out of order at {s:?}");
        assert!(s.end <= text.len(), "{case}: {what} out of bounds at {s:?}");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{case}: {what} not on char boundaries at {s:?}"
        );
        prev_end = s.end;
    }
}

/// The default components plus the non-default options that change the
/// code paths: clitic splitting, and stemming capitalised words.
struct Components {
    split_tokenizer: Tokenizer,
    split_analyzer: Analyzer,
    lowercasing_stemmer: Stemmer,
}

fn components() -> Components {
    Components {
        split_tokenizer: Tokenizer::builder().split_clitics(true).build(),
        split_analyzer: Analyzer::builder().split_clitics(true).build(),
        lowercasing_stemmer: Stemmer::builder().keep_capitalized(false).build().unwrap(),
    }
}

fn run(case: &str, text: &str, c: &Components) {
    let tokenizer = Tokenizer::new();
    let tokens: Vec<(Span, &str)> = tokenizer
        .tokenize(text)
        .map(|t| (t.span(), t.text()))
        .collect();
    let spans: Vec<Span> = tokens.iter().map(|t| t.0).collect();
    check_ordered("token", case, text, &spans);
    // Whitespace and the invisible format characters the tokenizer skips
    // are the only text not in a token.
    let skipped = |c: char| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}');
    let mut covered = 0;
    for &(span, t) in &tokens {
        assert_eq!(&text[span], t, "{case}");
        assert!(
            text[covered..span.start].chars().all(skipped),
            "{case}: text lost before {span:?}"
        );
        covered = span.end;
    }
    assert!(text[covered..].chars().all(skipped), "{case}: tail lost");
    assert!(!tokens.is_empty(), "{case}: no tokens");

    let sentences: Vec<Span> = tokenizer.sentences(text).collect();
    check_ordered("sentence", case, text, &sentences);
    assert!(!sentences.is_empty(), "{case}: no sentences");

    let entities: Vec<_> = EntityTagger::new().find_iter(text).collect();
    let entity_spans: Vec<Span> = entities.iter().map(|e| e.span()).collect();
    check_ordered("entity", case, text, &entity_spans);
    let starts: std::collections::HashSet<usize> = spans.iter().map(|s| s.start).collect();
    let ends: std::collections::HashSet<usize> = spans.iter().map(|s| s.end).collect();
    for e in &entities {
        assert_eq!(&text[e.span()], e.text(), "{case}");
        assert!(
            starts.contains(&e.span().start) && ends.contains(&e.span().end),
            "{case}: entity {:?} at {:?} not on token boundaries",
            e.text(),
            e.span()
        );
    }

    let doc = Analyzer::new().analyze(text);
    let analyzed: Vec<Span> = doc.tokens().iter().map(|t| t.span()).collect();
    assert_eq!(analyzed, spans, "{case}: analyze and tokenize disagree");
    assert!(
        doc.tokens().iter().all(|t| !t.stem().is_empty()),
        "{case}: empty stem"
    );
    let doc_entities: Vec<Span> = doc.entities().iter().map(|e| e.span()).collect();
    assert_eq!(
        doc_entities, entity_spans,
        "{case}: analyze and the tagger disagree"
    );
    let doc_sentences: Vec<Span> = doc.sentences().iter().map(|s| s.span()).collect();
    check_ordered("analyzed sentence", case, text, &doc_sentences);
    for s in doc.sentences() {
        assert!(s.tokens().end <= doc.tokens().len(), "{case}");
    }

    // The whole input as one "word".
    let stemmer = Stemmer::new();
    assert!(
        !stemmer.stem(text).is_empty(),
        "{case}: empty stem of the text"
    );
    assert!(!stemmer.analyze(text).root().is_empty(), "{case}");
    assert!(!c.lowercasing_stemmer.stem(text).is_empty(), "{case}");

    // Clitic splitting cuts inside tokens: still ordered and lossless.
    let split: Vec<Span> = c.split_tokenizer.tokenize(text).map(|t| t.span()).collect();
    check_ordered("split token", case, text, &split);
    assert!(split.len() >= spans.len(), "{case}: splitting lost tokens");
    let doc = c.split_analyzer.analyze(text);
    let analyzed: Vec<Span> = doc.tokens().iter().map(|t| t.span()).collect();
    assert_eq!(
        analyzed, split,
        "{case}: split analyze and tokenize disagree"
    );
    assert!(doc.tokens().iter().all(|t| !t.stem().is_empty()), "{case}");
}

#[test]
fn adversarial_inputs_stay_sane() {
    let c = components();
    for case in adversarial::CASES {
        let text = adversarial::make(case, SIZE);
        assert!(text.len() + 4 > SIZE && text.len() <= SIZE, "{}", case.name);
        run(case.name, &text, &c);
    }
}

#[test]
fn one_megabyte_word() {
    let stemmer = Stemmer::new();
    for word in [
        adversarial::long_word(1 << 20),
        "a".repeat(1 << 20),
        "anak-".repeat(200_000) + "anak",
        "Pe".repeat(500_000),
    ] {
        let stem = stemmer.stem(&word);
        assert!(!stem.is_empty());
        // Nothing to strip from a word this long: it comes back whole.
        assert_eq!(stem.len(), word.len());
        let mut cached = stemmer.cached();
        assert_eq!(cached.stem(&word), word);
        assert_eq!(stemmer.analyze(&word).root(), word);
    }
}
