"""One object shared by threads gives what sequential use gives."""

from concurrent.futures import ThreadPoolExecutor

import indonlp_rs as indonlp

SENTENCES = [
    "Presiden Prabowo Subianto menerima Menlu Rusia Sergei Lavrov di Jakarta.",
    "Warga Korut berbondong-bondong pergi ke Wonsan pada 13/7 pukul 08.00.",
    "Harga beras naik 3,5 persen menjadi Rp12.500 per kilogram, kata BPS.",
    "Anak-anak sekolah membaca buku di perpustakaan 👍 #literasi @kemdikbud",
    "Kim Jong-un bertemu Vladimir Putin; mereka membahas kerja sama pertahanan.",
]
TEXTS = [" ".join(SENTENCES[i % 5 :] + SENTENCES[: i % 5]) + f" No. {i}" for i in range(200)]


def _dicts(docs):
    return [None if d is None else d.to_dict() for d in docs]


def test_shared_analyzer_threads_equal_sequential():
    analyzer = indonlp.Analyzer(split_clitics=True)
    expected = [analyzer.analyze(t).to_dict() for t in TEXTS]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: analyzer.analyze(t).to_dict(), TEXTS))
    assert got == expected
    # Batch calls from several threads at once, each itself multi-threaded.
    chunks = [TEXTS[i::4] for i in range(4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda c: _dicts(analyzer.analyze_many(c, threads=2)), chunks))
    assert got == [[analyzer.analyze(t).to_dict() for t in c] for c in chunks]


def test_shared_stemmer_tagger_tokenizer_threads():
    stemmer = indonlp.Stemmer(overrides={"pemilu": "pilih"})
    tagger = indonlp.EntityTagger()
    tokenizer = indonlp.Tokenizer()
    words = " ".join(TEXTS).lower().split() + ["pemilu"]

    def work(i):
        return (
            stemmer.stem_many(words[i::8], threads=1),
            [[e.to_dict() for e in tagger.entities(t)] for t in TEXTS[i::8]],
            [[t.to_dict() for t in tokenizer.tokenize(t)] for t in TEXTS[i::8]],
        )

    sequential = [work(i) for i in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(work, range(8))) == sequential


def test_thread_counts_agree():
    texts = TEXTS + [None, ""]
    one = _dicts(indonlp.analyze_many(texts, threads=1))
    assert _dicts(indonlp.analyze_many(texts, threads=2)) == one
    assert _dicts(indonlp.analyze_many(texts, threads=7)) == one
    assert _dicts(indonlp.analyze_many(texts)) == one
    words = " ".join(TEXTS).split()
    assert indonlp.stem_many(words, threads=3) == indonlp.stem_many(words, threads=1)
    ents1 = [[e.to_dict() for e in es] for es in indonlp.entities_many(TEXTS, threads=1)]
    ents2 = [[e.to_dict() for e in es] for es in indonlp.entities_many(TEXTS, threads=2)]
    assert ents1 == ents2
