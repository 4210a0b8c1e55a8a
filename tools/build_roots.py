#!/usr/bin/env python3
"""Builds data/roots.txt, the stemmer's root dictionary, from permissive sources.

Inputs (fetched by tools/fetch_roots.sh):
  --spacy FILE      id_lemma_lookup.json from PyPI spacy-lookups-data 1.0.5 (MIT):
                    36,872 form -> lemma pairs. Its lemmas are roots; its forms are
                    derived words (negative evidence: `pemerintah -> perintah` tells us
                    `pemerintah` is not a root).
  --tesseract FILE  the word list of Debian tesseract-ocr-ind 4.1.0 (Apache-2.0),
                    ~75,000 attested word forms. A lowercase form becomes a root when
                    affixed derivations of it are attested too (see `induce`).
  --hand FILE       hand-written roots (data/stem_function_words.txt), so that a
                    hand-listed word is never taken for a derivation of something else.

Output: one `root<TAB>weight` line per root, sorted. The weight (0-9) is the
log2-bucketed number of distinct attested derivations of the root in the word-form
list: a frequency proxy the stemmer uses to choose between two dictionary roots
(`gerak` vs `gera` for `gerakan`).

Nothing here reads hunspell-id, Sastrawi/Kateglo or any evaluation data.
"""

import argparse
import json
import math
import re

WORD = re.compile(r"^[a-z]+(-[a-z]+)*$")
VOWELS = set("aeiou")

SUFFIXES = ["", "nya", "an", "kan", "i", "annya", "kannya", "inya", "lah", "ku", "mu", "kanlah", "ilah"]


def nasal(prefix, root):
    """Surface forms of meN-/peN- + root (prefix is 'me' or 'pe')."""
    c = root[0]
    if c in "lrwymn":
        return [prefix + root]
    if c in "bfv":
        return [prefix + "m" + root]
    if c == "p":
        if root.startswith("pe") or (len(root) > 1 and root[1] == "r"):
            return [prefix + "m" + root]
        return [prefix + "m" + root[1:]]
    if c in "cdjz":
        return [prefix + "n" + root]
    if c == "t":
        return [prefix + "n" + root[1:]] if len(root) > 1 and root[1] != "r" else [prefix + "n" + root]
    if c == "s":
        return [prefix + "ny" + root[1:]] if len(root) > 1 and root[1] in VOWELS else [prefix + "n" + root]
    if c == "k":
        return [prefix + "ng" + root[1:]] if len(root) > 1 and root[1] in VOWELS else [prefix + "ng" + root]
    if c in "ghq" or c in VOWELS:
        out = [prefix + "ng" + root]
        if len(re.findall("[aeiou]+", root)) == 1:
            out.append(prefix + "nge" + root)
        return out
    return [prefix + root]


def ber(root, p="ber"):
    if root.startswith("r"):
        return [p[:-1] + root]
    if p == "ber" and len(root) > 3 and root[2:4] == "er" and root[0] not in VOWELS:
        return ["be" + root]
    return [p + root]


def derivations(root):
    """(surface form, strong?) pairs for the usual derivations of `root`.

    Strong derivations are verbal/prefixal ones (di-, meN-, ber-, ter-, -kan,
    ke-an): a derived noun such as `pemerintah` rarely takes them itself."""
    out = []
    for s in SUFFIXES:
        if s:
            out.append((root + s, s in ("kan", "i", "kanlah", "ilah")))
    bases = [("di", True), ("ter", True), ("se", False)]
    for p, strong in bases:
        for s in ("", "kan", "i", "nya", "kannya"):
            out.append((p + root + s, strong))
    for form in ber(root):
        for s in ("", "an", "kan", "nya"):
            out.append((form + s, True))
    for s in ("an", "annya"):
        out.append(("ke" + root + s, True))
    for form in nasal("me", root):
        for s in ("", "kan", "i", "nya", "kannya"):
            out.append((form + s, True))
    for form in nasal("pe", root):
        for s in ("", "an", "nya", "annya"):
            out.append((form + s, False))
    for form in ber(root, "per"):
        for s in ("an", "kan", "i", "annya"):
            out.append((form + s, False))
            out.append(("di" + form + s, True))
            out.append(("mem" + form + s, True))
    return out


def splits(word):
    """Analyses prefix+root / root+suffix of `word` (for decomposability)."""
    out = []
    for s in ("nya", "lah", "kah", "pun", "ku", "mu", "kan", "an", "i"):
        if word.endswith(s) and len(word) - len(s) >= 3:
            out.append(word[: -len(s)])
    for p in ("di", "ke", "se", "ter", "ber", "per", "be", "te", "pe", "me"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            rest = word[len(p):]
            out.append(rest)
            if p in ("ber", "ter", "per"):
                out.append("r" + rest)
    for p, recode in (("meng", "k"), ("peng", "k"), ("mem", "p"), ("pem", "p"), ("men", "t"),
                      ("pen", "t"), ("meny", "s"), ("peny", "s"), ("mem", ""), ("pem", ""),
                      ("men", ""), ("pen", ""), ("meng", ""), ("peng", "")):
        if word.startswith(p) and len(word) - len(p) >= 2:
            rest = word[len(p):]
            if recode and rest[0] in VOWELS:
                out.append(recode + rest)
            elif not recode:
                out.append(rest)
    return out


def induce(spacy, forms, hand):
    lemmas = {v for v in spacy.values() if WORD.match(v)}
    derived = set(spacy)
    # spaCy lemmas that are themselves listed as derived forms of another lemma are
    # unreliable (`bayangan`, `jaminan`): keep them only when attested as roots below.
    base = {l for l in lemmas if l not in derived} | hand
    attested = {w for w in forms if WORD.match(w)}

    # Roots attested only through their derivations (`panen` from `dipanen`,
    # `panennya`, `memanen`): a string that at least two attested forms of two
    # different affix patterns reduce to, one of them a prefix.
    hyp = {}
    for f in attested:
        for p, sufs in (("di", ("", "kan", "i", "nya")), ("ter", ("",)), ("ke", ("an",)), ("", ("nya", "kan"))):
            if not f.startswith(p):
                continue
            for s_ in sufs:
                if s_ and not f.endswith(s_):
                    continue
                r = f[len(p):len(f) - len(s_)] if s_ else f[len(p):]
                if (len(r) >= 4 and "-" not in r and r not in attested and r not in derived and (p or s_)
                        and not r.startswith(("per", "ber", "ter", "me", "pe", "ke", "se", "di"))):
                    hyp.setdefault(r, set()).add((p, s_))
    for r, pats in hyp.items():
        if len(pats) >= 2 and any(p for p, _ in pats):
            base.add(r)
    base_and_attested = base | attested

    def evidence(c):
        weak = strong = 0
        for form, is_strong in derivations(c):
            if form != c and form in attested:
                if is_strong:
                    strong += 1
                else:
                    weak += 1
        return weak, strong

    def explained(c, depth=0):
        """Every way `c` splits into affix + known word, as a set of kinds:
        'suffix' (-an, -kan), 'i' (-i), 'possessive' (-nya, -ku, -mu),
        'particle' (-lah, -kah, -tah, -pun), 'prefix'.

        A known word is a base root (3+ letters; 4+ after a prefix, so that
        `pekan` is not pe+kan) or an attested form of 4+ letters: `nontonnya`
        is explained by `nonton` even when `nonton` is in no lemma list."""
        kinds = set()
        if depth > 2:
            return kinds
        for r in splits(c):
            if c.startswith(r):
                tail = c[len(r):]
                kind = {"an": "suffix", "kan": "suffix", "i": "i", "nya": "possessive",
                        "ku": "possessive", "mu": "possessive", "lah": "particle"}.get(tail, "suffix")
                min_len = 3
            else:
                kind = "prefix"
                min_len = 4
            hit = r != c and ((len(r) >= min_len and r in base) or (len(r) >= 4 and r in attested))
            if hit or explained(r, depth + 1):
                kinds.add(kind)
        # informal nasalised roots (`nanya` for tanya, `nyari` for cari)
        for nasal_start, plain in (("ny", "s"), ("ny", "c"), ("ng", "k"), ("n", "t"), ("m", "p")):
            alt = plain + c[len(nasal_start):]
            if c.startswith(nasal_start) and (alt in base or alt in attested):
                kinds.add("prefix")
        return kinds

    def prefixal(c):
        """Attested forms that put a prefix on `c` as a whole (`diberitakan`,
        `memberitakan` for `berita`); a derived word such as `pemerintah` or
        `dikenal` takes none."""
        n = 0
        for form, strong in derivations(c):
            if (strong and form.startswith(("di", "me", "ter")) and not form.startswith(c)
                    and form in attested):
                n += 1
        return n

    roots = set(base)
    for c in sorted(attested):
        if c in roots or len(c) < 3 or "-" in c:
            continue
        weak, strong = evidence(c)
        kinds = explained(c)
        lemma = spacy.get(c)
        # the table's own claim, when the lemma really is inside the form
        # (it also has noise such as `tahu -> beri`)
        if lemma and lemma != c and (lemma in c or lemma[1:] in c):
            kinds.add("suffix" if c.startswith(lemma) else "prefix")
        if c.endswith("nya") and len(c) > 5:
            kinds.add("possessive")  # `sumbunya`, even when `sumbu` is unattested
        if any(c.startswith("per") and r == c[3:] for r in splits(c)) and c[3:] in base_and_attested:
            kinds.add("suffix")  # `percepat`, `perkuat`: verb bases of memper-/diper-
        ok = True
        if "suffix" in kinds or "possessive" in kinds:
            ok = False  # `kenalkan`, `gerakan`, `tambahnya`
        if "i" in kinds:
            # `kursi` (kursinya) vs `dekati` (didekati)
            ok = ok and prefixal(c) == 0 and ((c + "nya") in attested or len(c) >= 6)
        if "particle" in kinds:
            # `masalah` (permasalahan, bermasalah) vs `bukulah`
            ok = ok and (strong >= 1 or (c + "nya") in attested)
        if "prefix" in kinds:
            # `pemerintah`, `dikenal`, `berlaku`: even when they are prefixed in
            # turn (`diberlakukan`) the root is the inner word. True roots of this
            # shape (`berita`, `sekolah`) are in the hand-written list.
            ok = False
        if not kinds and len(c) <= 4:
            ok = strong + weak >= 2 and strong >= 1
        # unexplained attested words (`makhluk`, `gapura`) are kept: keeping them
        # whole is what the stemmer would do anyway, and listing them stops
        # over-stripping
        if ok:
            roots.add(c)
    # reduplicated roots (`kupu-kupu`, `laba-laba`) from the lemma list
    roots |= {l for l in lemmas if "-" in l and l not in derived}

    # Weight = how many attested forms (any case) derive from the root. A form
    # that several roots explain (`gerakan`: gerak+an, gera+kan) counts only for
    # the longest of them, so rare short homographs do not borrow the evidence
    # of the real root.
    attested_any = {w.lower() for w in forms}
    attested_any = {w for w in attested_any if WORD.match(w)}
    support = {}
    for r in roots:
        for form, _ in derivations(r):
            if form in attested_any:
                support.setdefault(form, []).append(r)
    for form, rs in list(support.items()):
        longest = max(rs, key=len)
        # `gerakan`: gerak over gera (same start, longer wins); `berubah`:
        # ubah or rubah (different starts) tells nothing, so counts for neither
        if all(longest.startswith(r) for r in rs):
            support[form] = longest
        else:
            del support[form]
    counts = {}
    for r in support.values():
        counts[r] = counts.get(r, 0) + 1
    weights = {}
    for r in roots:
        n = counts.get(r, 0) + (1 if r in attested_any else 0)
        w = str(min(9, int(math.log2(1 + n))))
        # `v`: attested with di- or ter- (unambiguous verbal prefixes), so a
        # meN-/peN- reading may prefer it (`memasak` -> masak, not pasak)
        if any(p + r + s in attested_any for p in ("di", "ter") for s in ("", "kan", "i", "nya")):
            w += "v"
        weights[r] = w
    return weights


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spacy", required=True)
    ap.add_argument("--tesseract", required=True)
    ap.add_argument("--hand", required=True)
    ap.add_argument("--corrections", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--evidence-out", required=True)
    a = ap.parse_args()
    spacy = json.load(open(a.spacy, encoding="utf-8"))
    forms = [l.strip() for l in open(a.tesseract, encoding="utf-8")]
    hand = set()
    for line in open(a.hand, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            hand.add(line)
    corrections = {}
    for line in open(a.corrections, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            form, root = line.split("\t")
            corrections[form] = root
    weights = induce(spacy, forms, hand)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in sorted(weights):
            if r not in hand:
                f.write(f"{r}\t{weights[r]}\n")
    # spaCy's form -> lemma pairs for forms that really occur (the word-form
    # list attests them) and whose lemma is a root: the stemmer prefers the
    # reading they name among its candidates (`perbankan` -> bank, not perban).
    attested_any = {w.lower() for w in forms}
    def overruled(form, lemma):
        # a hand-listed word inside the form that extends the lemma
        # (`memulai`: mulai, not mula) wins over the table
        return any(h in form and h.startswith(lemma) and len(h) > len(lemma) for h in hand_by_start.get(lemma[:3], ()))

    hand_by_start = {}
    for h in hand:
        hand_by_start.setdefault(h[:3], []).append(h)
    pairs = {
        f: l for f, l in spacy.items()
        if f in attested_any and WORD.match(f) and "-" not in f and (l in weights or l in hand)
        and not overruled(f, l)
    }
    # A meN-/peN- form whose table lemma is a noun while the other recoding is
    # an attested verb root (`memasak`: pasak vs masak, `memohon`: pohon vs
    # mohon) is one of the table's generated guesses: drop it.
    swaps = {"p": "m", "m": "p", "t": "n", "n": "t", "s": "ny", "k": ""}
    for f, l in list(pairs.items()):
        if not f.startswith(("me", "pe")) or weights.get(l, "").endswith("v"):
            continue
        for a_, b_ in swaps.items():
            if l.startswith(a_):
                alt = b_ + l[len(a_):]
                if weights.get(alt, "").endswith("v"):
                    del pairs[f]
                    break
    pairs.update(corrections)
    pairs = sorted(pairs.items())
    with open(a.evidence_out, "w", encoding="utf-8") as f:
        for form, lemma in pairs:
            f.write(f"{form}\t{lemma}\n")


if __name__ == "__main__":
    main()
