"""The PySastrawi drop-in, on sentences written for these tests and, where
PySastrawi is installed, against PySastrawi itself."""

import pytest

from indonlp_rs.compat.sastrawi import (
    ArrayDictionary,
    StemmerFactory,
    StopWordRemover,
    StopWordRemoverFactory,
    normalize_text,
)

# Words on which an affix stemmer has one right answer, checked by hand.
UNAMBIGUOUS = {
    "membaca": "baca",
    "menulis": "tulis",
    "menyampaikan": "sampai",
    "pertumbuhan": "tumbuh",
    "kebersihan": "bersih",
    "dimakan": "makan",
    "berlari": "lari",
    "permainan": "main",
    "keadilan": "adil",
    "pembangunan": "bangun",
    "mengajarkan": "ajar",
    "bukunya": "buku",
    "rumahnya": "rumah",
    "perekonomian": "ekonomi",
    "membanggakan": "bangga",
    "ditemukan": "temu",
    "pendidikan": "didik",
    "kesehatan": "sehat",
    "berbicara": "bicara",
    "anak-anak": "anak",
    "mempermainkan": "main",
    "terbawa": "bawa",
    "pelajaran": "ajar",
    "menggunakan": "guna",
}


def test_normalize_text_like_pysastrawi():
    assert normalize_text("  Halo,   DUNIA!! 3x  anak-anak ") == "halo dunia 3x anak-anak"
    assert normalize_text("") == ""
    assert normalize_text("café ☕") == "caf"


def test_stem_sentence():
    stemmer = StemmerFactory().create_stemmer()
    assert (
        stemmer.stem("Perekonomian Indonesia sedang dalam pertumbuhan yang membanggakan")
        == "ekonomi indonesia sedang dalam tumbuh yang bangga"
    )
    assert stemmer.stem("Anak-anak bermain bola di lapangan, katanya 3x!") == (
        "anak main bola di lapang kata 3x"
    )
    assert stemmer.stem("Mereka meniru-nirukan gaya berbicaranya") == "mereka tiru gaya bicara"
    assert stemmer.stem("") == ""
    assert stemmer.stem("!!!") == ""
    # One string in, one string out: a word per word of the normalised text.
    text = "Para petani di Lombok menanam padi, jagung, dan kedelai."
    assert len(stemmer.stem(text).split(" ")) == len(normalize_text(text).split(" "))
    assert stemmer.stem_word("dimakan") == "makan"
    assert StemmerFactory().create_stemmer(isDev=True).stem("membaca") == "baca"


@pytest.mark.parametrize("word,root", sorted(UNAMBIGUOUS.items()))
def test_unambiguous_words(word, root):
    assert StemmerFactory().create_stemmer().stem(word) == root


def test_stop_word_remover():
    remover = StopWordRemoverFactory().create_stop_word_remover()
    assert remover.remove("dia sedang membaca buku") == "membaca buku"
    # indonlp's list ignores case.
    assert remover.remove("Saya pergi ke pasar") == "pergi pasar"
    assert remover.remove("") == ""
    words = StopWordRemoverFactory().get_stop_words()
    assert "yang" in words and len(words) >= 750
    # The customisation pattern PySastrawi's users follow.
    assert "gan" not in words
    custom = StopWordRemover(ArrayDictionary(words + ["gan"]))
    assert custom.remove("ayo gan kita pergi") == "ayo pergi"
    assert custom.get_dictionary().count() == len(words) + 1
    negations_kept = StopWordRemover(
        ArrayDictionary([w for w in words if w not in ("tidak", "bukan")])
    )
    assert negations_kept.remove("saya tidak suka") == "tidak suka"


def test_against_pysastrawi():
    sastrawi_stemmer = pytest.importorskip("Sastrawi.Stemmer.StemmerFactory")
    sastrawi_stop = pytest.importorskip("Sastrawi.StopWordRemover.StopWordRemoverFactory")
    theirs = sastrawi_stemmer.StemmerFactory().create_stemmer()
    ours = StemmerFactory().create_stemmer()
    for word, root in UNAMBIGUOUS.items():
        assert theirs.stem(word) == root, word
        assert ours.stem(word) == theirs.stem(word), word
    sentence = "Pemerintah membangun jembatan untuk warga desa pada tahun 2024"
    # Normalisation is the same: same number of words, same non-words.
    assert len(ours.stem(sentence).split(" ")) == len(theirs.stem(sentence).split(" "))
    assert ours.stem(sentence).split(" ")[-1] == theirs.stem(sentence).split(" ")[-1] == "2024"
    # The same stopword call shape: exact-case ArrayDictionary behaves alike.
    their_words = sastrawi_stop.StopWordRemoverFactory().get_stop_words()
    ours_custom = StopWordRemover(ArrayDictionary(their_words))
    theirs_custom = sastrawi_stop.StopWordRemover(sastrawi_stop.ArrayDictionary(their_words))
    for text in ["dia sedang membaca buku", "Dia sedang membaca buku", "saya tidak pergi"]:
        assert ours_custom.remove(text) == theirs_custom.remove(text)


def test_stem_cache_is_bounded_and_transparent():
    stemmer = StemmerFactory().create_stemmer()
    stemmer.CACHE_SIZE = 3
    text = "Membaca menulis, berlari; dimakan membaca"
    expected = "baca tulis lari makan baca"
    assert stemmer.stem(text) == expected
    assert stemmer.stem(text) == expected
    assert stemmer.stem("menulis") == "tulis"
    assert len(stemmer._cache) <= 4
