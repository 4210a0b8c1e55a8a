//! Property tests over arbitrary text: spans are valid, ordered and
//! lossless; nothing panics.

use indonlp::{Span, TokenKind, Tokenizer};
use proptest::prelude::*;

/// Text built from the characters that drive the tokenizer's decisions,
/// so the interesting paths are hit far more often than by uniform strings.
fn tricky_text() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "a", "Z", "nya", "ku", "kau", "lah", "Rp", "1", "13", "/", "-", "--", ".", ",", ":", "@",
        "#", "'", "’", "“", "”", "(", ")", " ", "\n", "\t", "é", "\u{301}", "👍", "\u{200d}", "🏽",
        "\u{0}", "http://", "www.", "co", "id", "dll", "Dr", "B", "°", "C", "$", "%", "高", "ŏ",
        "\u{feff}", "\u{a0}", "_",
    ]);
    prop::collection::vec(atoms, 0..60).prop_map(|v| v.concat())
}

fn check_spans(text: &str, spans: &[(Span, &str)]) {
    let mut prev_end = 0;
    for &(span, s) in spans {
        assert!(span.start < span.end, "empty token at {span:?} in {text:?}");
        assert!(span.end <= text.len());
        assert!(
            span.start >= prev_end,
            "overlap or disorder at {span:?} in {text:?}"
        );
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert_eq!(&text[span], s);
        prev_end = span.end;
    }
}

fn check_tokenizer(tok: &Tokenizer, text: &str) {
    let spans: Vec<(Span, &str)> = tok.tokenize(text).map(|t| (t.span(), t.text())).collect();
    check_spans(text, &spans);
    // Nothing but whitespace is ever dropped.
    let mut covered = 0;
    for (span, _) in &spans {
        assert!(
            text[covered..span.start]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')),
            "lost text {:?} in {text:?}",
            &text[covered..span.start]
        );
        covered = span.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn spans_valid_default(text in tricky_text()) {
        check_tokenizer(&Tokenizer::new(), &text);
    }

    #[test]
    fn spans_valid_split_clitics(text in tricky_text()) {
        let tok = Tokenizer::builder().split_clitics(true).lexicon(|w| w.len() > 3).build();
        check_tokenizer(&tok, &text);
    }

    #[test]
    fn spans_valid_any_string(text in any::<String>()) {
        check_tokenizer(&Tokenizer::new(), &text);
    }

    #[test]
    fn lossless_mode_round_trips(text in tricky_text()) {
        let tok = Tokenizer::builder().whitespace(true).build();
        let joined: String = tok.tokenize(&text).map(|t| t.text()).collect();
        prop_assert_eq!(joined, text.clone());
        for t in tok.tokenize(&text) {
            let blank = t.text().chars().all(|c| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}'));
            prop_assert_eq!(t.kind() == TokenKind::Whitespace, blank);
        }
    }

    #[test]
    fn sentences_ordered_and_cover_every_token(text in tricky_text()) {
        let sents: Vec<Span> = indonlp::sentences(&text).collect();
        let mut prev_end = 0;
        for s in &sents {
            prop_assert!(s.start >= prev_end && s.start < s.end && s.end <= text.len());
            prev_end = s.end;
        }
        for t in indonlp::tokenize(&text) {
            let inside = sents.iter().filter(|s| s.start <= t.span().start && t.span().end <= s.end).count();
            prop_assert_eq!(inside, 1, "token {:?} not in exactly one sentence", t.text());
        }
    }

    #[test]
    fn analyzer_sentences_are_the_tokenizers(text in tricky_text(), keep_space in any::<bool>()) {
        // The analyzer segments its own token vector in one pass; it must
        // find the sentences `Tokenizer::sentences` finds, and each
        // sentence's tokens must lie inside it (whitespace tokens aside).
        let tok = Tokenizer::builder().whitespace(keep_space).build();
        let analyzer = indonlp::Analyzer::builder().tokenizer(tok.clone()).entities(false).build();
        let doc = analyzer.analyze(&text);
        let spans: Vec<Span> = doc.sentences().iter().map(|s| s.span()).collect();
        let expected: Vec<Span> = tok.sentences(&text).collect();
        prop_assert_eq!(&spans, &expected);
        let mut next = 0;
        for s in doc.sentences() {
            prop_assert_eq!(s.tokens().start, next);
            next = s.tokens().end;
            for t in &doc.tokens()[s.tokens()] {
                let t = t.token();
                if t.kind() != TokenKind::Whitespace {
                    prop_assert!(s.span().start <= t.span().start && t.span().end <= s.span().end);
                }
            }
        }
    }

    #[test]
    fn char_offsets_agree_with_counting(text in tricky_text()) {
        for (t, r) in indonlp::tokenize(&text).with_char_offsets() {
            prop_assert_eq!(r.start, text[..t.span().start].chars().count());
            prop_assert_eq!(r.end, text[..t.span().end].chars().count());
        }
    }
}
