"""Texts shared by the dataframe-engine tests (test_spark, test_dask,
test_polars): sentences written for these tests, edge cases, and the
package's own direct-call answers to compare with."""

import importlib
import os

import pytest

import indonlp_rs

# What the engine adapters call; a package missing one makes those tests skip.
NEEDED = [
    "tokenize",
    "entities",
    "stem",
    "analyze",
    "tokenize_many",
    "stem_many",
    "entities_many",
    "analyze_many",
    "Tokenizer",
    "Stemmer",
    "EntityTagger",
    "Analyzer",
]


def require(module: str, extra: str):
    """Import `module` or skip the test module with the install command; CI's
    engine step sets INDONLP_ENGINES_REQUIRED=1 so a missing engine (or a
    package lacking a batch call) fails there instead of skipping."""
    strict = os.environ.get("INDONLP_ENGINES_REQUIRED") == "1"
    missing = [name for name in NEEDED if not hasattr(indonlp_rs, name)]
    if missing:
        if strict:
            raise AssertionError(f"indonlp_rs lacks {', '.join(missing)}")
        pytest.skip(f"indonlp_rs lacks {', '.join(missing)}", allow_module_level=True)
    try:
        return importlib.import_module(module)
    except ImportError:
        if strict:
            raise
        pytest.skip(
            f'{module} is not installed (pip install "./python[{extra}]")', allow_module_level=True
        )


SENTENCES = [
    "Presiden Joko Widodo bertemu Anthony Albanese di Jakarta pada hari Senin.",
    "Para petani di Kabupaten Garut mengeluhkan harga pupuk yang terus naik.",
    "Tim nasional Indonesia akan melawan Jepang dan Korea Selatan bulan depan.",
    "Kim Jong-un bertemu Sergei Lavrov di Wonsan, Korea Utara.",
    "Harga beras naik 12,5% sejak Januari; pemerintah menjanjikan operasi pasar.",
    "Dia tidak mau makan nasi goreng di warung itu lagi!",
    "Banjir merendam ratusan rumah di Semarang dan Demak sejak Kamis malam.",
    "Mahasiswa Universitas Gadjah Mada memenangkan lomba robotik di Tokyo.",
]

# A long document: every sentence above, over and over, one paragraph
# (~700 KB, many Arrow pages; well past any per-row buffer a UDF might assume).
LONG = " ".join(SENTENCES * 1200)

EDGE = [
    "",
    " ",
    "\n\t",
    "Ekspor ke 🇯🇵 Jepang naik 😀 tahun ini.",
    "Bahasa campur: café naïve, ‘kutip’ — dan …",
]

# Every Spark/Polars/Dask test texts: sentences, edge cases, a null, a long one.
TEXTS = SENTENCES + EDGE + [None, LONG]


def without_text(doc: dict) -> dict:
    """`Document.to_dict()` less its "text" (the input column holds it)."""
    return {k: v for k, v in doc.items() if k != "text"}


def token_dicts(text):
    return [
        {"text": t.text, "kind": t.kind, "start": t.start, "end": t.end}
        for t in indonlp_rs.tokenize(text)
    ]


def entity_dicts(text):
    out = []
    for e in indonlp_rs.entities(text):
        c = e.canonical
        out.append(
            {
                "text": e.text,
                "label": e.label,
                "start": e.start,
                "end": e.end,
                "canonical": None
                if c is None
                else {"name": c.name, "iso2": c.iso2, "iso3": c.iso3, "geonames_id": c.geonames_id},
            }
        )
    return out


def expected(kind, text):
    """The package's direct call for `kind`, as plain Python data."""
    if text is None:
        return None
    if kind == "tokenize":
        return token_dicts(text)
    if kind == "entities":
        return entity_dicts(text)
    if kind == "stem":
        return indonlp_rs.stem(text)
    return without_text(indonlp_rs.analyze(text).to_dict())


def words(texts):
    """Every token of `texts` (what a user would stem), with duplicates."""
    return [t.text for text in texts if text is not None for t in indonlp_rs.tokenize(text)]


# Lone surrogates (what `surrogateescape` leaves in a str). Arrow, Spark and
# Polars strings are UTF-8 and cannot hold them: engines that get such a str
# store U+FFFD instead, one character for one, so offsets are the package's.
SURROGATES = ["Jakarta\udcff kota", "\ud800", "a\udc80b di Bandung \udfff."]


def fffd(value):
    """`value` with every lone surrogate in its strings replaced by U+FFFD."""
    if isinstance(value, str):
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in value)
    if isinstance(value, list):
        return [fffd(v) for v in value]
    if isinstance(value, dict):
        return {k: fffd(v) for k, v in value.items()}
    return value
