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


def test_token_class_behaves_like_a_frozen_class():
    # `Token` is written against CPython's C API (python/src/token.rs):
    # no instances or subclasses from Python, read-only attributes, no
    # instance dict, no weak references, not copyable.
    import copy
    import weakref

    tok = indonlp.tokenize("Harga naik.")[0]
    assert type(tok) is indonlp.Token and isinstance(tok, indonlp.Token)
    assert indonlp.Token.__module__ == "indonlp_rs" and indonlp.Token.__name__ == "Token"
    assert "to_dict()" in indonlp.Token.__doc__ and indonlp.Token.kind.__doc__
    assert repr(tok) == "Token(text='Harga', kind='word', start=0, end=5)"
    assert hash(tok) == hash(tok)
    with pytest.raises(TypeError):
        indonlp.Token()
    with pytest.raises(TypeError):
        type("Sub", (indonlp.Token,), {})
    with pytest.raises(AttributeError):
        tok.text = "x"
    with pytest.raises(AttributeError):
        tok.extra = 1
    with pytest.raises(TypeError):
        weakref.ref(tok)
    with pytest.raises(TypeError):
        copy.copy(tok)
    assert tok.to_dict() == {"text": "Harga", "kind": "word", "start": 0, "end": 5}


def test_tokens_release_their_string_and_type():
    # Each token holds a reference to its call's record (which holds the
    # string) and to its type; all are dropped with the last token. (The
    # counts are read outside `assert`: pytest's rewriting keeps the
    # operands of a failing expression alive.)
    import sys

    text = "".join(["Warga Bandung membaca buku, kata Siti (Ant). "] * 200)
    token_type = indonlp.Token

    def counts():
        return sys.getrefcount(text), sys.getrefcount(token_type)

    base_text, base_type = counts()
    toks = indonlp.tokenize(text)
    n = len(toks)
    during = counts()
    assert during == (base_text + 1, base_type + n)
    last = toks[-1]
    del toks
    after_list = counts()
    assert after_list == (base_text + 1, base_type + 1)  # `last` keeps the record
    assert last.text == "."
    del last
    after = counts()
    assert after == (base_text, base_type)


def test_large_calls_reuse_buffers_without_mixing_values():
    # Large calls reuse the previous large call's buffers once it is freed
    # (python/src/spare.rs): results kept alive must not change, new
    # results must be the new text's.
    a = " ".join(TEXTS[:2]) * 400
    b = "Harga beras naik 3,5 persen menjadi Rp12.500 per kilogram. " * 700
    want_a, want_b = fields(indonlp.tokenize(a)), fields(indonlp.tokenize(b))
    assert len(want_a) > 4096 and len(want_b) > 4096
    keep = indonlp.tokenize(a)
    for text, want in [(b, want_b), (a, want_a), (b, want_b), (b[:5000], fields(indonlp.tokenize(b[:5000])))]:
        assert fields(indonlp.tokenize(text)) == want
        assert fields(indonlp.tokenize(text, byte_offsets=True))[-1][:2] == want[-1][:2]
    assert fields(keep) == want_a
    many = indonlp.tokenize_many([a, b, None, b], threads=2)
    assert [fields(x) if x is not None else None for x in many] == [want_a, want_b, None, want_b]
