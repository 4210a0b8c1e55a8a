"""Offsets: characters by default (Python's convention), bytes on request;
texts with non-ASCII letters, emoji and lone surrogates."""

import pytest

import indonlp_rs as indonlp

TEXTS = [
    "“Wŏnsan” dekat Pyongyang — kata Kim Jong-un.",
    "Café di Bandung 👍🏽👨‍👩‍👧 ramai sekali!",
    "Warga Korut tiba di Moskwa. Ia senang 😀.",
    "ЖЖЖ 東京 ke Tokyo, Jepang؟ नमस्ते",
    "e\u0301 combining  marks \u200b zero width",
]
SURROGATES = [
    "rumah\udc80makan di Jakarta",
    "\ud83d\ude00 pasangan surrogate terpisah di Surabaya",
    "\udfff",
    "Kim Jong-un\ud800 di Wonsan",
]


def utf8(text):
    return text.encode("utf-8", "surrogatepass")


@pytest.mark.parametrize("text", TEXTS + SURROGATES)
def test_char_offsets_round_trip(text):
    for t in indonlp.tokenize(text):
        assert text[t.start : t.end] == t.text
    for e in indonlp.entities(text):
        assert text[e.start : e.end] == e.text
    doc = indonlp.analyze(text)
    for t in doc.tokens:
        assert text[t.start : t.end] == t.text
    for e in doc.entities:
        assert text[e.start : e.end] == e.text
    for a, b in doc.sentences:
        assert 0 <= a <= b <= len(text)
    assert doc.sentences == indonlp.sentences(text)


@pytest.mark.parametrize("text", TEXTS + SURROGATES)
def test_byte_offsets(text):
    raw = utf8(text)
    chars = indonlp.tokenize(text)
    bytes_ = indonlp.tokenize(text, byte_offsets=True)
    assert [t.text for t in chars] == [t.text for t in bytes_]
    for t in bytes_:
        assert raw[t.start : t.end].decode("utf-8", "surrogatepass") == t.text
    for e in indonlp.entities(text, byte_offsets=True):
        assert raw[e.start : e.end].decode("utf-8", "surrogatepass") == e.text
    d = indonlp.analyze(text, byte_offsets=True).to_dict()
    for t in d["tokens"]:
        assert raw[t["start"] : t["end"]].decode("utf-8", "surrogatepass") == t["text"]
    for a, b in indonlp.sentences(text, byte_offsets=True):
        assert 0 <= a <= b <= len(raw)


def test_known_offsets():
    text = "“Wŏnsan” dekat"
    t = indonlp.tokenize(text)[1]
    assert (t.text, t.start, t.end) == ("Wŏnsan", 1, 7)
    t = indonlp.tokenize(text, byte_offsets=True)[1]
    assert (t.text, t.start, t.end) == ("Wŏnsan", 3, 10)


def test_lone_surrogate_is_one_replacement_character():
    # Processed as U+FFFD, one character for one: the entities after it keep
    # their character offsets and the texts are the caller's slices.
    text = "a\udc80 di Jakarta"
    e = indonlp.entities(text)[0]
    assert (e.text, e.start, e.end) == ("Jakarta", 6, 13)
    same = indonlp.entities("a\ufffd di Jakarta")[0]
    assert (same.start, same.end) == (e.start, e.end)
    toks = indonlp.tokenize(text)
    assert [t.text for t in toks] == ["a", "\udc80", "di", "Jakarta"]
    # A surrogate pair written as two code points stays two characters.
    text = "\ud83d\ude00 di Jakarta"
    assert indonlp.entities(text)[0].start == 6


def test_surrogates_in_batches_and_stems():
    texts = SURROGATES + [None]
    for text, doc in zip(texts, indonlp.analyze_many(texts)):
        if text is None:
            assert doc is None
            continue
        for t in doc.tokens:
            assert text[t.start : t.end] == t.text
    assert indonlp.stem("\udc80") == "\udc80"
    assert indonlp.stem_many(["memba\udc80ca", "membaca"]) == ["memba\udc80ca", "baca"]
    assert indonlp.is_stopword("\udc80") is False
