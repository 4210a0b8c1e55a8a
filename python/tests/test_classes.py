"""The configurable components and their options; errors on bad user data."""

import os
import pathlib

import pytest

import indonlp_rs as indonlp
from indonlp_rs import (
    Analyzer,
    DataError,
    DataFileError,
    EntityTagger,
    Stemmer,
    StopWords,
    Tokenizer,
)


def test_tokenizer_options():
    assert [t.text for t in Tokenizer().tokenize("Bukunya hilang.")] == ["Bukunya", "hilang", "."]
    split = Tokenizer(split_clitics=True)
    toks = split.tokenize("Bukunya hilang.")
    assert [(t.text, t.kind) for t in toks] == [
        ("Buku", "word"),
        ("nya", "clitic"),
        ("hilang", "word"),
        (".", "punctuation"),
    ]
    ws = Tokenizer(whitespace=True)
    text = "ya  tidak\n"
    toks = ws.tokenize(text)
    assert "".join(t.text for t in toks) == text
    assert [t.kind for t in toks] == ["word", "whitespace", "word", "whitespace"]
    assert Tokenizer().sentences("Dia datang. Saya senang.") == [(0, 11), (12, 24)]
    many = split.tokenize_many(["rumahnya", None])
    assert [t.text for t in many[0]] == ["rumah", "nya"] and many[1] is None
    with pytest.raises(TypeError):
        Tokenizer(True)  # options are keyword-only


def test_stemmer_roots_file_and_words(tmp_path):
    assert Stemmer().stem("dikripto") == "dikripto"
    roots = tmp_path / "roots.txt"
    roots.write_text("kripto\n# a comment\n\ngugel\n", encoding="utf-8")
    for arg in (str(roots), roots, [roots]):
        s = Stemmer(roots=arg)
        assert s.stem("dikripto") == "kripto"
        assert s.stem("digugel") == "gugel"
    assert Stemmer(root_words=["kripto"]).stem("dikripto") == "kripto"
    dic = tmp_path / "my.dic"
    dic.write_text("2\nsawit/A\nkelapa/B\n", encoding="utf-8")
    assert Stemmer(roots=dic).stem("persawitan") == "sawit"


def test_stemmer_without_defaults():
    s = Stemmer(defaults=False, root_words=["baca"])
    assert s.stem("membaca") == "baca"
    assert s.stem("menulis") == "menulis"


def test_stemmer_protected_lexicalized_overrides_capitalized():
    assert Stemmer(protected=["bekasi"]).stem("bekasi") == "bekasi"
    lex = Stemmer(lexicalized=["pendapatan"])
    assert lex.stem("pendapatan") == "pendapatan"
    assert lex.stem("pendapatannya") == "pendapatan"
    assert indonlp.stem("pendapatan") == "dapat"
    o = Stemmer(overrides={"pemilu": "pilih", "Berita": "berita"})
    assert o.stem("pemilu") == "pilih"
    assert o.stem("PEMILU") == "pilih"  # looked up lowercased too
    assert o.stem("Berita") == "berita"
    assert o.stem_many(["pemilu", "membaca", None]) == ["pilih", "baca", None]
    assert Stemmer(keep_capitalized=False).stem("Pemerintah") == "perintah"
    assert Stemmer().stem("Pemerintah") == "Pemerintah"
    with pytest.raises(TypeError, match="single string"):
        Stemmer(protected="bekasi")


def test_stemmer_errors(tmp_path):
    bad = tmp_path / "mine.txt"
    bad.write_text("baca\nrumah makan\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        Stemmer(roots=bad)
    err = info.value
    assert isinstance(err, ValueError)
    assert not isinstance(err, OSError)
    assert err.file == str(bad)
    assert err.line == 2
    assert "rumah makan" in err.reason
    assert err.kind == "malformed"
    assert str(err) == f"{bad}:2: {err.reason}"

    missing = tmp_path / "missing.txt"
    with pytest.raises(DataFileError) as info:
        Stemmer(roots=missing)
    err = info.value
    assert isinstance(err, DataError) and isinstance(err, OSError) and isinstance(err, ValueError)
    assert err.file == str(missing) and err.line is None and err.kind == "io"

    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(b"caf\xe9\n")
    with pytest.raises(DataError) as info:
        Stemmer(roots=latin1)
    assert info.value.kind == "invalid_utf8"


def test_stopwords_options(tmp_path):
    default = StopWords()
    assert "yang" in default and "Yang" in default and "rumah" not in default
    assert 5 not in default
    assert default.is_stopword("TIDAK")
    words = default.words()
    assert words == sorted(words) and len(words) == len(default) >= 750
    assert all(w == w.lower() for w in words)

    keep = StopWords(keep=indonlp.NEGATIONS)
    for w in indonlp.NEGATIONS:
        assert w in default, w
        assert w not in keep, w
    assert len(keep) == len(default) - len(indonlp.NEGATIONS)
    assert "yang" in keep

    extra = StopWords(words=["dong", "sih"])
    assert "dong" in extra and "yang" in extra
    f = tmp_path / "chat.txt"
    f.write_text("deh\n", encoding="utf-8")
    only = StopWords(files=f, defaults=False)
    assert only.words() == ["deh"]
    assert len(StopWords(defaults=False)) == 0

    bad = tmp_path / "bad.txt"
    bad.write_text("dan\nyang dan\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        StopWords(files=[bad])
    assert (info.value.file, info.value.line) == (str(bad), 2)


def test_entity_tagger_options(tmp_path):
    tsv = tmp_path / "mine.tsv"
    tsv.write_text("CITY\tSleman\t\tID\nPERSON\tSri Wahyuni\tYuni\tID\n", encoding="utf-8")
    t = EntityTagger(gazetteers=tsv)
    ents = t.entities("Sri Wahyuni pulang ke Sleman.")
    assert [(e.text, e.label) for e in ents] == [("Sri Wahyuni", "PERSON"), ("Sleman", "CITY")]
    assert ents[1].canonical.iso2 == "ID"
    js = tmp_path / "extra.json"
    js.write_text('[{"kind": "CITY", "name": "Wamena", "code": "ID"}]', encoding="utf-8")
    assert [e.text for e in EntityTagger(gazetteers=[js]).entities("di Wamena")] == ["Wamena"]
    assert len(EntityTagger()) > 1000
    assert EntityTagger(defaults=False, gazetteers=tsv).entities("di Jakarta") == []
    assert EntityTagger(ignore=["Jakarta"]).entities("di Jakarta") == []
    # The locative mode drops a place name that is not used as a location.
    sentence = "Bank Jakarta tumbuh; warga tiba di Bandung."
    loc = [e.text for e in EntityTagger(locative_places_only=True).entities(sentence)]
    assert "Bandung" in loc
    assert len(loc) <= len(EntityTagger().entities(sentence))
    many = t.entities_many(["ke Sleman", None])
    assert [e.text for e in many[0]] == ["Sleman"] and many[1] is None


def test_entity_tagger_errors(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("CITY\tSleman\t\tID\nPLANET\tMars\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        EntityTagger(gazetteers=bad)
    e = info.value
    assert (e.file, e.line) == (str(bad), 2)
    assert e.reason.startswith('unknown kind "PLANET"')
    badjson = tmp_path / "bad.json"
    badjson.write_text('[\n{"kind": "CITY"}\n]', encoding="utf-8")
    with pytest.raises(DataError) as info:
        EntityTagger(gazetteers=badjson)
    assert info.value.line == 2
    with pytest.raises(DataFileError):
        EntityTagger(gazetteers=os.path.join(str(tmp_path), "none.tsv"))


def test_analyzer_options():
    stemmer = Stemmer(protected=["pemuda"], overrides={"warga": "warga-negara"})
    a = Analyzer(split_clitics=True, stemmer=stemmer, entities=False)
    doc = a.analyze("Pemudanya pemuda Jakarta warga")
    assert [t.stem for t in doc.tokens] == ["pemuda", "nya", "pemuda", "Jakarta", "warga-negara"]
    assert doc.entities == []
    sw = Analyzer(stopwords=StopWords(keep=indonlp.NEGATIONS))
    flags = {t.text: t.is_stopword for t in sw.analyze("saya tidak yang").tokens}
    assert flags == {"saya": True, "tidak": False, "yang": True}
    tagger = EntityTagger(ignore=["Jakarta"])
    assert Analyzer(tagger=tagger).analyze("di Jakarta").entities == []
    tok = Tokenizer(split_clitics=True)
    assert [t.text for t in Analyzer(tokenizer=tok).analyze("bukunya").tokens] == ["buku", "nya"]
    docs = Analyzer(stemmer=stemmer).analyze_many(["warga", None])
    assert docs[0].tokens[0].stem == "warga-negara" and docs[1] is None
    with pytest.raises(TypeError):
        Analyzer(stemmer="not a stemmer")


def test_objects_are_immutable():
    t = indonlp.tokenize("ya")[0]
    with pytest.raises(AttributeError):
        t.start = 3
    with pytest.raises(AttributeError):
        indonlp.analyze("ya").text = "x"


def test_pathlike_objects(tmp_path):
    class P:
        def __init__(self, p):
            self.p = p

        def __fspath__(self):
            return str(self.p)

    f = tmp_path / "r.txt"
    f.write_text("kripto\n", encoding="utf-8")
    assert Stemmer(roots=P(f)).stem("dikripto") == "kripto"
    assert Stemmer(roots=pathlib.PurePath(f)).stem("dikripto") == "kripto"


def test_pickle_rebuilds_components(tmp_path):
    import pickle

    roots = tmp_path / "roots.txt"
    roots.write_text("kripto\n", encoding="utf-8")
    stemmer = Stemmer(
        roots=roots,
        root_words=(w for w in ["gugel"]),  # a generator, consumed once
        protected=["bekasi"],
        overrides={"pemilu": "pilih"},
        keep_capitalized=False,
    )
    copy = pickle.loads(pickle.dumps(stemmer))
    for w in ["dikripto", "digugel", "bekasi", "pemilu", "Pemerintah", "membaca"]:
        assert copy.stem(w) == stemmer.stem(w), w
    assert copy.stem("digugel") == "gugel"
    sw = pickle.loads(pickle.dumps(StopWords(keep=indonlp.NEGATIONS, words=["gan"])))
    assert "gan" in sw and "tidak" not in sw
    tagger = pickle.loads(pickle.dumps(EntityTagger(ignore=["Jakarta"])))
    assert tagger.entities("di Jakarta") == []
    tok = pickle.loads(pickle.dumps(Tokenizer(split_clitics=True)))
    assert [t.text for t in tok.tokenize("bukunya")] == ["buku", "nya"]
    analyzer = Analyzer(stemmer=stemmer, stopwords=StopWords(keep=["tidak"]), split_clitics=True)
    a2 = pickle.loads(pickle.dumps(analyzer))
    text = "Pemilu tidak dikripto bukunya di Jakarta"
    assert a2.analyze(text).to_dict() == analyzer.analyze(text).to_dict()
