//! The analyzer end to end: the bundled sample's entities, consistency with
//! the separate components, and sharing across threads.

use indonlp::{Analyzer, EntityKind};

const SAMPLE: &str = include_str!("../examples/sample.txt");

#[test]
fn sample_finds_every_entity_a_reader_expects() {
    let doc = Analyzer::new().analyze(SAMPLE);
    let found: Vec<(&str, EntityKind)> = doc
        .entities()
        .iter()
        .map(|e| (e.text(), e.kind()))
        .collect();
    use EntityKind::*;
    let expected = [
        ("JAKARTA", City),
        ("Prabowo Subianto", Person),
        ("Malaysia", Country),
        ("Anwar Ibrahim", Person),
        ("Jakarta", City),
        ("Sugiono", Person),
        ("Rusia", Country),
        ("Vladimir Putin", Person),
        ("Kim Jong-un", Person),
        ("Pyongyang", City),
        ("Korea Utara", Country),
        ("Rusia", Country),
        ("Sergei Lavrov", Person),
        ("Wonsan", City),
        ("Korut", Country),
        ("Moskwa", City),
        ("Kursk", City),
        ("Ukraina", Country),
        ("Surabaya", City),
        ("Bandung", City),
        ("B.J. Habibie", Person),
        ("RI", Country),
    ];
    assert_eq!(found, expected);
    let canon = |text: &str| {
        doc.entities()
            .iter()
            .find(|e| e.text() == text)
            .and_then(|e| e.canonical())
            .map(|c| c.name().to_owned())
    };
    assert_eq!(canon("Moskwa").as_deref(), Some("Moscow"));
    assert_eq!(canon("Korut").as_deref(), Some("North Korea"));
    assert_eq!(canon("Kim Jong-un").as_deref(), Some("Kim Jong Un"));
}

#[test]
fn analysis_agrees_with_the_components() {
    let doc = Analyzer::new().analyze(SAMPLE);
    let tokens: Vec<_> = indonlp::tokenize(SAMPLE).collect();
    assert_eq!(doc.tokens().len(), tokens.len());
    for (a, t) in doc.tokens().iter().zip(&tokens) {
        assert_eq!(a.token(), *t);
    }
    let sentences: Vec<_> = indonlp::sentences(SAMPLE).collect();
    let spans: Vec<_> = doc.sentences().iter().map(|s| s.span()).collect();
    assert_eq!(spans, sentences);
    let entities: Vec<_> = indonlp::entities(SAMPLE).collect();
    assert_eq!(doc.entities(), entities.as_slice());
    let stemmer = indonlp::Stemmer::new();
    for (i, t) in doc.tokens().iter().enumerate() {
        let initial = doc.sentences().iter().any(|s| s.tokens().start == i);
        if t.token().is_word() && t.entity_index().is_none() && !initial {
            assert_eq!(t.stem(), stemmer.stem(t.text()), "stem of {}", t.text());
            assert_eq!(
                t.is_stopword(),
                indonlp::is_stopword(t.text()),
                "stopword flag of {}",
                t.text()
            );
        }
        if let Some(e) = t.entity_index() {
            assert_eq!(t.stem(), t.text(), "entity tokens are not stemmed");
            let span = doc.entities()[e].span();
            assert!(span.start < t.span().end && t.span().start < span.end);
        }
    }
    // Every sentence's tokens lie inside it, and together they are all tokens.
    let mut next = 0;
    for s in doc.sentences() {
        assert_eq!(s.tokens().start, next);
        for t in doc.sentence_tokens(s) {
            assert!(s.span().start <= t.span().start && t.span().end <= s.span().end);
        }
        next = s.tokens().end;
    }
    assert_eq!(next, doc.tokens().len());
}

#[test]
fn sentence_initial_words_are_stemmed_but_unknown_names_are_not() {
    let doc = Analyzer::new()
        .analyze("Pemerintah menaikkan harga. Kebijakan itu baru. Zulkarnaen berbicara.");
    let stems: Vec<&str> = doc.tokens().iter().map(|t| t.stem()).collect();
    assert_eq!(stems[0], "perintah");
    assert_eq!(stems[4], "bijak");
    assert_eq!(stems[8], "Zulkarnaen");
}

#[test]
fn one_analyzer_shared_by_threads_matches_sequential_use() {
    let analyzer = Analyzer::new();
    let lines: Vec<&str> = SAMPLE.lines().collect();
    let sequential: Vec<String> = lines
        .iter()
        .map(|l| format!("{:?}", analyzer.analyze(l)))
        .collect();
    let parallel: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = lines
            .iter()
            .map(|l| {
                let analyzer = &analyzer;
                s.spawn(move || format!("{:?}", analyzer.analyze(l)))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    assert_eq!(sequential, parallel);
}

#[test]
fn components_are_send_sync_clone() {
    fn assert_traits<T: Send + Sync + Clone + 'static>() {}
    assert_traits::<Analyzer>();
    assert_traits::<indonlp::Stemmer>();
    assert_traits::<indonlp::EntityTagger>();
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<indonlp::Document<'static>>();
}
