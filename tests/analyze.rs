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
fn analyze_many_keeps_input_order_and_matches_analyze() {
    let analyzer = Analyzer::new();
    // Texts of very different lengths, more than one block per thread.
    let mut texts: Vec<String> = SAMPLE.lines().map(str::to_owned).collect();
    texts.push(String::new());
    texts.push(SAMPLE.repeat(20));
    texts.extend((0..100).map(|i| format!("Warga ke-{i} pindah ke Medan.")));
    let one: Vec<String> = texts
        .iter()
        .map(|t| format!("{:?}", analyzer.analyze(t)))
        .collect();
    for threads in [0, 1, 2, 3, 64] {
        let many: Vec<String> = analyzer
            .analyze_many_with_threads(&texts, threads)
            .iter()
            .map(|d| format!("{d:?}"))
            .collect();
        assert_eq!(many, one, "{threads} threads");
    }
}

#[test]
fn analyze_reader_offsets_point_into_the_stream() {
    // Several chunks: more than 64 KiB of paragraphs.
    let paragraph = "Presiden Prabowo Subianto tiba di Surabaya.\nWarga menyambutnya.\n\n";
    let input = paragraph.repeat(2000);
    let analyzer = Analyzer::new();
    let (mut chunks, mut found, mut last_end) = (0, 0, 0u64);
    analyzer
        .analyze_reader(input.as_bytes(), |offset, doc| {
            assert_eq!(offset, last_end, "chunks are contiguous");
            last_end = offset + doc.text().len() as u64;
            chunks += 1;
            for e in doc.entities() {
                let at = offset as usize + e.span().start;
                assert_eq!(&input[at..at + e.text().len()], e.text());
                found += 1;
            }
        })
        .unwrap();
    assert_eq!(last_end, input.len() as u64);
    assert!(chunks > 1);
    assert_eq!(found, 2 * 2000);
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
