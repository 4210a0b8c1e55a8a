"""Token objects: views into one shared record per call. Their text is
sliced from the caller's string when read, they keep that string alive,
freed tokens are recycled for later calls without mixing up values, and
comparing and pickling behave as documented."""

import gc
import pickle

import pytest

import indonlp_rs as indonlp

TEXTS = [
    "Harga beras naik 3,5 persen menjadi Rp12.500, kata @budi #Pemilu.",
    "“Wŏnsan” dekat Pyongyang — kata Kim Jong-un 👍🏽 di https://x.id",
    "rumah\udc80makan di Jakarta ☕ pukul 08.30",
]


def fields(tokens):
    return [(t.text, t.kind, t.start, t.end) for t in tokens]


@pytest.mark.parametrize("text", TEXTS)
def test_text_is_the_slice_each_time(text):
    toks = indonlp.tokenize(text)
    assert toks
    for t in toks:
        assert t.text == text[t.start : t.end]
        assert t.text == t.text  # a second read gives the same string
        assert t.to_dict()["text"] == t.text


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_outlive_the_caller_string(text):
    expected = [text[t.start : t.end] for t in indonlp.tokenize(text)]
    source = "".join(list(text))  # a string object only this test holds
    toks = indonlp.tokenize(source)
    many = indonlp.tokenize_many([source])[0]
    doc_tokens = indonlp.analyze(source).tokens
    del source
    gc.collect()
    assert [t.text for t in toks] == expected
    assert [t.text for t in many] == expected
    assert [t.text for t in doc_tokens] == expected
    # A single token kept alone still has its text.
    last = toks[-1]
    del toks
    gc.collect()
    assert last.text == expected[-1]


def test_recycled_tokens_carry_their_own_values():
    # Freed tokens are reused by later calls: every value must come from
    # the new call, and tokens still alive must not change.
    first, second = TEXTS[0], TEXTS[1]
    want_first = fields(indonlp.tokenize(first))
    want_second = fields(indonlp.tokenize(second))
    want_bytes = fields(indonlp.tokenize(second, byte_offsets=True))
    assert want_second != want_bytes  # non-ASCII: the units differ
    keep = indonlp.tokenize(first)
    for _ in range(3):
        churn = [indonlp.tokenize(second) for _ in range(50)]
        assert all(fields(ts) == want_second for ts in churn)
        del churn
        assert fields(indonlp.tokenize(second, byte_offsets=True)) == want_bytes
        assert fields(keep) == want_first
    docs = indonlp.analyze_many([first, second] * 20)
    assert all(fields(d.tokens) == want for d, want in zip(docs, [want_first, want_second] * 20))


def test_large_results_survive_collections():
    text = " ".join(TEXTS) * 500
    toks = indonlp.tokenize(text)
    assert len(toks) > 10_000
    gc.collect()
    junk = [[i] for i in range(50_000)]  # triggers the collector's passes
    del junk
    gc.collect()
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert toks[5].kind == indonlp.tokenize(text[:2000])[5].kind


def test_ascii_and_non_ascii_texts_agree():
    # Pure ASCII text takes a shortcut (character offsets are the byte
    # offsets); one non-ASCII character at the end takes the counting path.
    ascii_text = "Harga naik 3,5 persen di Jakarta, kata Siti (Ant)."
    assert ascii_text.isascii()
    a = fields(indonlp.tokenize(ascii_text))
    b = fields(indonlp.tokenize(ascii_text + " é"))
    assert b[: len(a)] == a
    assert b[-1] == ("é", "word", len(ascii_text) + 1, len(ascii_text) + 2)
    assert fields(indonlp.tokenize(ascii_text, byte_offsets=True)) == a


def test_kinds_are_shared_strings():
    toks = indonlp.Tokenizer(split_clitics=True, whitespace=True).tokenize("Bukunya  dibaca 10.000 kali :)")
    kinds = {t.kind for t in toks}
    assert {"word", "clitic", "whitespace", "number"} <= kinds
    words = [t for t in toks if t.kind == "word"]
    assert all(w.kind is words[0].kind for w in words)


def test_identity_equality_and_no_pickling():
    a = indonlp.tokenize("ya tidak")
    b = indonlp.tokenize("ya tidak")
    assert a[0] == a[0]
    assert a[0] != b[0]  # tokens compare by identity ...
    assert a[0].to_dict() == b[0].to_dict()  # ... their dicts by value
    with pytest.raises(TypeError):
        pickle.dumps(a[0])
    with pytest.raises(TypeError):
        pickle.dumps(indonlp.analyze("ya").tokens[0])
    assert pickle.loads(pickle.dumps([t.to_dict() for t in a])) == [t.to_dict() for t in b]


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_counted_on_first_read_in_any_order(text):
    # Character offsets of non-ASCII text are counted when first read: the
    # first read may be any token's, after any number of text reads.
    forward = [(t.start, t.end) for t in indonlp.tokenize(text)]
    toks = indonlp.tokenize(text)
    texts = [t.text for t in toks]
    backward = [(t.start, t.end) for t in reversed(toks)][::-1]
    assert backward == forward
    assert [text[a:b] for a, b in forward] == texts
    last = indonlp.tokenize(text)[-1]
    assert (last.start, last.end) == forward[-1]
