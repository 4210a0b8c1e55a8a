"""Property tests over arbitrary text, lone surrogates included: no exception,
spans valid and in order, texts equal to the slices they claim."""

from hypothesis import given, settings
from hypothesis import strategies as st

import indonlp_rs as indonlp
from indonlp_rs.compat.sastrawi import StemmerFactory

# Arbitrary code points (surrogates included) mixed with Indonesian-ish
# pieces so that words, names, numbers and URLs occur.
PIECES = st.sampled_from(
    [" ", ".", "-", "'", "Rp", "10.000", "3,5", "di", "Jakarta", "Kim Jong-un", "membaca",
     "nya", "https://x.id", "@a", "#b", "👍🏽", "\u200d", "e\u0301", "\ufffd", "\n", "Prof.", "”"]
)
TEXT = st.lists(st.one_of(st.text(max_size=8), PIECES, st.characters()), max_size=40).map("".join)

COMPONENTS = [
    indonlp.Tokenizer(),
    indonlp.Tokenizer(split_clitics=True, whitespace=True),
]
ANALYZERS = [indonlp.Analyzer(), indonlp.Analyzer(split_clitics=True)]


def check_spans(text, items):
    last = 0
    for item in items:
        assert 0 <= item.start <= item.end <= len(text)
        assert item.start >= last
        last = item.end
        assert text[item.start : item.end] == item.text


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_tokenize_entities(text):
    for tok in COMPONENTS:
        toks = tok.tokenize(text)
        check_spans(text, toks)
        assert all(t.start < t.end for t in toks)
        for a, b in tok.sentences(text):
            assert 0 <= a <= b <= len(text)
    check_spans(text, indonlp.entities(text))


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_analyze(text):
    for a in ANALYZERS:
        doc = a.analyze(text)
        check_spans(text, doc.tokens)
        check_spans(text, doc.entities)
        for t in doc.tokens:
            assert isinstance(t.stem, str)
            if t.entity is not None:
                e = doc.entities[t.entity]
                # Overlap, not containment: the tagger and the tokenizer
                # may cut differently at format characters (U+200C ...).
                assert e.start < t.end and t.start < e.end
        d = doc.to_dict()
        assert len(d["tokens"]) == len(doc.tokens)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), TEXT), max_size=6))
def test_batches(texts):
    docs = indonlp.analyze_many(texts, threads=2)
    assert len(docs) == len(texts)
    for text, doc in zip(texts, docs):
        if text is None:
            assert doc is None
        else:
            check_spans(text, doc.tokens)
    stems = indonlp.stem_many(texts)
    assert [s is None for s in stems] == [t is None for t in texts]


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_stem_and_stopword_any_string(text):
    assert isinstance(indonlp.stem(text), str)
    assert isinstance(indonlp.is_stopword(text), bool)
    out = StemmerFactory().create_stemmer().stem(text)
    assert out == out.strip() and "  " not in out
