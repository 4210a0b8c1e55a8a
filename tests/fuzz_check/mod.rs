//! The checks shared by the cargo-fuzz targets (`fuzz/`) and the stable
//! regression test (`tests/fuzz.rs`): one `Input`, decoded with `arbitrary`
//! from raw bytes, fed through every component with the invariants asserted.

use arbitrary::Arbitrary;

/// What a fuzzer controls: the text and the builder options.
#[derive(Arbitrary, Debug)]
pub struct Input {
    pub text: String,
    pub split_clitics: bool,
    pub whitespace: bool,
    pub lexicon: bool,
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

/// Runs every component on the input and asserts the invariants.
pub fn check(input: &Input) {
    let text = input.text.as_str();
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
    for (t, r) in tokenizer.tokenize(text).with_char_offsets() {
        assert!(r.start <= r.end && r.end <= text.chars().count());
        let _ = t;
    }
}
