"""The module functions over the default components."""

import doctest
import json

import pytest

import indonlp_rs
import indonlp_rs as indonlp

NEWS = (
    "JAKARTA — Presiden Rusia Vladimir Putin bertemu Kim Jong-un di Pyongyang. "
    "Pertemuan itu membahas kerja sama pertahanan."
)


def test_tokenize_kinds_and_offsets():
    text = "Harga naik 3,5 persen, kata @budi #Pemilu 👍 https://x.id"
    toks = indonlp.tokenize(text)
    assert [(t.text, t.kind) for t in toks] == [
        ("Harga", "word"),
        ("naik", "word"),
        ("3,5", "number"),
        ("persen", "word"),
        (",", "punctuation"),
        ("kata", "word"),
        ("@budi", "mention"),
        ("#Pemilu", "hashtag"),
        ("👍", "emoji"),
        ("https://x.id", "url"),
    ]
    for t in toks:
        assert text[t.start : t.end] == t.text
    assert toks[0].to_dict() == {"text": "Harga", "kind": "word", "start": 0, "end": 5}
    assert repr(toks[0]) == "Token(text='Harga', kind='word', start=0, end=5)"


def test_tokenize_empty_and_whitespace():
    assert indonlp.tokenize("") == []
    assert indonlp.tokenize(" \n\t ") == []
    assert indonlp.sentences("") == []


def test_sentences():
    text = "Prof. B.J. Habibie lahir 25/6/1936. Ia presiden ke-3, dll. Harga naik 3,5 persen."
    spans = indonlp.sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Prof. B.J. Habibie lahir 25/6/1936.",
        "Ia presiden ke-3, dll.",
        "Harga naik 3,5 persen.",
    ]


def test_stem():
    assert indonlp.stem("menyampaikan") == "sampai"
    assert indonlp.stem("pertahanan") == "tahan"
    assert indonlp.stem("rumah") == "rumah"
    # Capitalised words are taken for names.
    assert indonlp.stem("Pemerintah") == "Pemerintah"
    assert indonlp.stem("") == ""


def test_stem_returns_the_same_object_when_unchanged():
    word = "".join(["ru", "mah"])
    assert indonlp.stem(word) is word


def test_stem_many_any_iterable_and_none():
    words = ["membaca", None, "buku-buku", "menulis"]
    assert indonlp.stem_many(words) == ["baca", None, "buku", "tulis"]
    assert indonlp.stem_many(iter(words)) == ["baca", None, "buku", "tulis"]
    assert indonlp.stem_many(tuple(words), threads=1) == ["baca", None, "buku", "tulis"]
    assert indonlp.stem_many(w for w in ["dimakan"]) == ["makan"]
    assert indonlp.stem_many([]) == []
    # pandas marks missing strings with NaN: taken as None.
    assert indonlp.stem_many(["membaca", float("nan")]) == ["baca", None]
    assert indonlp.analyze_many([float("nan")]) == [None]


def test_stem_many_matches_stem():
    words = [w for w in NEWS.replace(".", " ").split()] * 50
    assert indonlp.stem_many(words, threads=2) == [indonlp.stem(w) for w in words]


def test_batch_input_errors():
    with pytest.raises(TypeError, match="single string"):
        indonlp.stem_many("membaca")
    with pytest.raises(TypeError, match="item 1 is int"):
        indonlp.stem_many(["a", 3])
    with pytest.raises(TypeError):
        indonlp.analyze_many(5)
    with pytest.raises(ValueError, match="threads"):
        indonlp.analyze_many(["a"], threads=0)
    with pytest.raises(TypeError):
        indonlp.stem(None)
    with pytest.raises(TypeError):
        indonlp.tokenize(b"bytes")


def test_is_stopword():
    assert indonlp.is_stopword("yang")
    assert indonlp.is_stopword("Yang")
    assert not indonlp.is_stopword("rumah")
    assert not indonlp.is_stopword("")


def test_entities():
    text = "Kim Jong-un bertemu Sergei Lavrov di Wonsan"
    ents = indonlp.entities(text)
    assert [(e.text, e.label, e.start, e.end) for e in ents] == [
        ("Kim Jong-un", "PERSON", 0, 11),
        ("Sergei Lavrov", "PERSON", 20, 33),
        ("Wonsan", "CITY", 37, 43),
    ]
    kim = ents[0].canonical
    assert kim.name == "Kim Jong Un"
    assert kim.iso2 == "KP"
    wonsan = ents[2].canonical
    assert wonsan.iso2 == "KP" and wonsan.geonames_id is not None and wonsan.iso3 is None
    korut = indonlp.entities("Warga Korut")[0].canonical
    assert (korut.name, korut.iso2, korut.iso3, korut.geonames_id) == ("North Korea", "KP", "PRK", None)
    assert "Foreign Minister" in ents[1].canonical.role
    assert indonlp.entities("di Jakarta")[0].canonical.population > 8_000_000
    assert repr(ents[0]).startswith("Entity(text='Kim Jong-un', label='PERSON', start=0, end=11")
    assert ents[2].to_dict() == {
        "text": "Wonsan",
        "label": "CITY",
        "start": 37,
        "end": 43,
        "canonical": wonsan.to_dict(),
    }
    assert set(wonsan.to_dict()) == {"name", "iso2", "iso3", "geonames_id"}


def test_analyze():
    doc = indonlp.analyze(NEWS)
    assert doc.text is NEWS or doc.text == NEWS
    assert len(doc.sentences) == 2
    ents = [(e.text, e.label) for e in doc.entities]
    assert ents == [
        ("JAKARTA", "CITY"),
        ("Rusia", "COUNTRY"),
        ("Vladimir Putin", "PERSON"),
        ("Kim Jong-un", "PERSON"),
        ("Pyongyang", "CITY"),
    ]
    toks = doc.tokens
    assert len(doc) == len(toks)
    by_text = {t.text: t for t in toks}
    assert by_text["pertahanan"].stem == "tahan"
    assert by_text["Pertemuan"].stem == "temu"
    assert by_text["itu"].is_stopword
    assert not by_text["pertahanan"].is_stopword
    # Entity tokens point at their entity and keep their form.
    putin = by_text["Putin"]
    assert doc.entities[putin.entity].text == "Vladimir Putin"
    assert putin.stem == "Putin"
    assert by_text["membahas"].entity is None


def test_to_dict_shape_and_json():
    doc = indonlp.analyze(NEWS)
    d = doc.to_dict()
    assert set(d) == {"text", "sentences", "tokens", "entities"}
    assert d["text"] == NEWS
    assert d["sentences"][0] == {"start": doc.sentences[0][0], "end": doc.sentences[0][1]}
    assert set(d["tokens"][0]) == {"text", "kind", "start", "end", "stem", "is_stopword"}
    assert set(d["entities"][0]) == {"text", "label", "start", "end", "canonical"}
    assert set(d["entities"][0]["canonical"]) == {"name", "iso2", "iso3", "geonames_id"}
    assert [t["text"] for t in d["tokens"]] == [t.text for t in doc.tokens]
    assert json.loads(json.dumps(d)) == d


def test_entity_without_canonical_is_none_in_dict():
    tagger = indonlp.EntityTagger()
    # Every default entity has an entry; a dict always has the key.
    for e in tagger.entities(NEWS):
        assert "canonical" in e.to_dict()


def test_many_none_and_order():
    texts = ["di Jakarta", None, "ke Tokyo, Jepang", ""]
    docs = indonlp.analyze_many(texts)
    assert docs[1] is None
    assert [e.text for e in docs[0].entities] == ["Jakarta"]
    assert [e.text for e in docs[2].entities] == ["Tokyo", "Jepang"]
    assert docs[3].tokens == []
    ents = indonlp.entities_many(texts)
    assert ents[1] is None and [e.text for e in ents[2]] == ["Tokyo", "Jepang"]
    toks = indonlp.tokenize_many(texts)
    assert toks[1] is None and [t.text for t in toks[2]] == ["ke", "Tokyo", ",", "Jepang"]


def test_many_equals_single():
    texts = [NEWS[i:] for i in range(0, len(NEWS), 7)]
    assert [d.to_dict() for d in indonlp.analyze_many(texts, threads=2)] == [
        indonlp.analyze(t).to_dict() for t in texts
    ]
    assert [[e.to_dict() for e in es] for es in indonlp.entities_many(texts, threads=2)] == [
        [e.to_dict() for e in indonlp.entities(t)] for t in texts
    ]
    assert [[t.to_dict() for t in ts] for ts in indonlp.tokenize_many(texts, threads=2)] == [
        [t.to_dict() for t in indonlp.tokenize(t)] for t in texts
    ]


def test_long_text_releases_the_gil_path():
    text = (NEWS + " ") * 200  # over the size where the GIL is released
    assert len(indonlp.analyze(text).entities) == 5 * 200
    assert len(indonlp.tokenize(text)) == 200 * len(indonlp.tokenize(NEWS))
    assert [e.text for e in indonlp.entities(text)][:5] == [e.text for e in indonlp.entities(NEWS)]


def test_str_subclass_accepted():
    class S(str):
        pass

    assert indonlp.stem(S("membaca")) == "baca"
    assert [t.text for t in indonlp.tokenize(S("ya tidak"))] == ["ya", "tidak"]


def test_docstrings_and_examples():
    for name in indonlp_rs.__all__:
        obj = getattr(indonlp_rs, name)
        if callable(obj):
            assert obj.__doc__, name
    assert "kata dasar" in indonlp_rs.stem.__doc__
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner()
    for name in ["tokenize", "sentences", "stem", "stem_many", "is_stopword", "entities", "analyze", "analyze_many"]:
        for test in finder.find(getattr(indonlp_rs, name), name, globs={"indonlp_rs": indonlp_rs}):
            runner.run(test)
    for test in finder.find(indonlp_rs, "indonlp_rs", globs={}):
        runner.run(test)
    assert runner.failures == 0 and runner.tries >= 10


def test_collector_state_is_left_as_found():
    import gc

    text = (NEWS + " ") * 200  # enough tokens for the collector to be paused
    assert gc.isenabled()
    assert len(indonlp.tokenize(text)) > 2048
    indonlp.analyze(text).to_dict()
    indonlp.tokenize_many([text, text])
    assert gc.isenabled()
    gc.disable()
    try:
        indonlp.tokenize(text)
        assert not gc.isenabled()
    finally:
        gc.enable()
