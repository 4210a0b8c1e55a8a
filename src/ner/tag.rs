//! The tagging pass: gazetteer look-ups at capitalised words, then the
//! context rules over runs of adjacent capitalised items.

use super::coref::Coref;
use super::cues;
use super::vocab::{flag, Vocab, WordInfo};
use super::{Entity, EntityKind, Entry};
use crate::cache::prefix8;
use crate::hash::{FxBuild, WordSet};
use crate::short_words::ShortWords;
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::Arc;

/// What a gazetteer surface form stands for. Order = priority when two
/// lists give the same surface form (a higher variant wins).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Class {
    /// An organisation, facility or region head (`Universitas`, `Jalan`).
    Head,
    /// A title, office or honorific (`Presiden`, `Pak`, `Dr.`).
    Title,
    /// An Indonesian province or regency: a region, not tagged.
    Region,
    /// A listed person's bare surname: PERSON only when it stands alone.
    Weak(u32),
    /// A listed person, country or city entry.
    Entry(u32),
    /// A capitalised word that is never a name (`Senin`, `Januari`, `Natal`).
    NotName,
}

/// One surface form of a gazetteer key (several surface forms share a key
/// when they differ only in ASCII case).
#[derive(Clone, Debug)]
pub(crate) struct Variant {
    pub(crate) surface: Box<str>,
    pub(crate) class: Class,
    /// Match only exactly this case (acronyms such as `AS`, `RI`).
    pub(crate) exact: bool,
    /// A common word too: skipped at the start of a sentence unless all caps.
    pub(crate) ambiguous: bool,
    /// A foreign city that is also an ordinary word (`Bukan`, `Guna`):
    /// tagged only with evidence (a locative cue before it, or `, <place>`
    /// after it) or in all caps.
    pub(crate) evidence: bool,
}

#[derive(Debug)]
pub(crate) struct Tables {
    /// ASCII-lowercase surface forms of the gazetteer; the index is the
    /// form id.
    pub(crate) keys: Vec<Box<str>>,
    /// Per form id, its surface variants (highest priority first).
    pub(crate) variants: Vec<Vec<Variant>>,
    pub(crate) entries: Vec<Arc<Entry>>,
    /// Word lists (given and family names, cues, speech verbs, common
    /// words) and the forms by first token, one look-up per word.
    pub(crate) vocab: Vocab,
    /// Lowercase multi-word cues (`juru bicara`, `menteri luar negeri`).
    pub(crate) cue_phrases: WordSet,
    /// Tag countries and cities only in locative use (the convention of
    /// idner-news-2k, see `EntityTaggerBuilder::locative_places_only`).
    pub(crate) locative_only: bool,
    /// Per entry, its [`place`] flags (read for every entry item; kept
    /// apart from the entries so that no entry is dereferenced).
    pub(crate) place: Vec<u8>,
    /// Country entry id -> the capital bearing its name (`Singapura`).
    pub(crate) capitals: HashMap<u32, u32, FxBuild>,
    /// Whether unknown words with evidence are looked up among the towns.
    pub(crate) towns: bool,
}

/// Flags of an entry that the context rules ask about.
pub(crate) mod place {
    pub(crate) const PERSON: u8 = 1;
    pub(crate) const CITY: u8 = 1 << 1;
    /// A city outside Indonesia.
    pub(crate) const FOREIGN_CITY: u8 = 1 << 2;
    /// A city of 500,000 people or more.
    pub(crate) const BIG: u8 = 1 << 3;
}

/// Words that link parts of one name (`bin`, `van`, `de`).
pub(super) const CONNECTORS: ShortWords<16> = ShortWords::new([
    "bin", "binti", "van", "von", "der", "den", "de", "da", "dos", "del", "al", "el", "la", "le",
    // Batak `boru` (daughter of the clan): `Ulina br Ginting`.
    "br", "boru",
]);

/// Longest name run read as one PERSON from context alone.
const MAX_NAME_WORDS: usize = 5;

#[derive(Clone, Copy, Debug)]
enum ItemClass {
    Gaz(Class),
    /// A town of the town tier (row of `towns.tsv`), found with evidence.
    Town(u32),
    /// An unknown capitalised word.
    Cap,
}

thread_local! {
    /// Each thread's item buffer, reused by calls.
    static ITEMS: RefCell<Vec<Item>> = const { RefCell::new(Vec::new()) };
}

/// Items the buffer keeps room for between calls (a long document's buffer
/// shrinks back to this, so an idle thread holds little memory).
const MAX_KEPT_ITEMS: usize = 1024;

#[derive(Clone, Copy, Debug)]
struct Item {
    start: usize,
    end: usize,
    /// Its first and last token.
    first: usize,
    last: usize,
    /// The word lists holding it, when it is one word.
    info: WordInfo,
    class: ItemClass,
    /// Only whitespace (or a name connector between two unknown words)
    /// separates this item from the previous one.
    adjacent: bool,
}

impl Tables {
    pub(crate) fn entries_len(&self) -> usize {
        self.entries.len()
    }

    /// The entities of `text` given its tokens and, when the caller has
    /// them, each token's [`Tables::token_info`] (the analyzer keeps them in
    /// its word cache, so the tagger need not look the words up again).
    pub(crate) fn tag<'t>(
        &self,
        text: &'t str,
        tokens: &[Token<'t>],
        infos: Option<&[WordInfo]>,
    ) -> Vec<Entity<'t>> {
        // Sentence-sized calls are the common case: reuse this thread's
        // item buffer rather than allocate one per call.
        ITEMS.with(|b| match b.try_borrow_mut() {
            Ok(mut items) => {
                let out = self.tag_with(text, tokens, infos, &mut items);
                items.clear();
                items.shrink_to(MAX_KEPT_ITEMS);
                out
            }
            Err(_) => self.tag_with(text, tokens, infos, &mut Vec::new()),
        })
    }

    fn tag_with<'t>(
        &self,
        text: &'t str,
        tokens: &[Token<'t>],
        infos: Option<&[WordInfo]>,
        items: &mut Vec<Item>,
    ) -> Vec<Entity<'t>> {
        let doc = Doc::new(text, tokens, infos);
        self.items(&doc, items);
        let mut out = Vec::new();
        let mut coref = Coref::new();
        let mut i = 0;
        let mut carry = false;
        while i < items.len() {
            let mut j = i + 1;
            while j < items.len() && items[j].adjacent {
                j += 1;
            }
            // The rules rewrite only the items' classes, which nothing
            // reads after their run: the run is resolved in place.
            let open = self.resolve_run(&doc, &mut items[i..j], carry, &mut out, &mut coref);
            // `kata Menko Polhukam, Djoko Suyanto`: the name follows the
            // title after a comma.
            carry = j < items.len()
                && text[items[j - 1].end..items[j].start].trim() == ","
                && open.unwrap_or_else(|| self.cue_before(&doc, items[i].first));
            i = j;
        }
        // `US$25`, `S$3`: a country code glued to a dollar sign names a currency.
        out.retain(|e| !text[e.span.end..].starts_with('$'));
        out
    }

    /// Finds the capitalised items among the tokens: gazetteer matches
    /// starting at a capitalised token, or single unknown capitalised words.
    fn items(&self, doc: &Doc<'_, '_>, items: &mut Vec<Item>) {
        let (text, tokens) = (doc.text, doc.tokens);
        items.clear();
        let mut last_end = 0usize;
        let mut k = 0;
        while k < tokens.len() {
            let t = &tokens[k];
            if !is_candidate(text, t) {
                k += 1;
                continue;
            }
            // Invisible format characters glued to the front of a word (a
            // zero-width space or joiner from web text) are not part of a
            // name.
            let visible = visible_part(t.text());
            let word = without_possessive(visible);
            let start = t.span().end - visible.len();
            let info = doc.info(k, || self.word_info(word));
            let (last, end, class) = match self.lookup(text, tokens, k, start, word, info) {
                Some((last, end, class)) => (last, end, ItemClass::Gaz(class)),
                None => match self.town(text, tokens, k, word) {
                    Some(row) => (k, t.span().end, ItemClass::Town(row)),
                    None => {
                        let last = initial_end(text, tokens, k);
                        (last, tokens[last].span().end, ItemClass::Cap)
                    }
                },
            };
            // The word lists speak of single words, not of `Kim Jong-un`.
            let info = if last == k { info } else { WordInfo::default() };
            let adjacent =
                !items.is_empty() && self.gap_adjacent(text, last_end, start, items, class);
            items.push(Item {
                start,
                end,
                first: k,
                last,
                info,
                class,
                adjacent,
            });
            last_end = end;
            k = last + 1;
        }
    }

    /// Whether the gap `text[from..to]` joins two items into one run.
    fn gap_adjacent(
        &self,
        text: &str,
        from: usize,
        to: usize,
        items: &[Item],
        class: ItemClass,
    ) -> bool {
        let gap = &text[from..to];
        if !gap.is_empty() && gap.bytes().all(|b| b == b' ' || b == b'\t') {
            return true;
        }
        // `Soekarno-Hatta`, `Indonesia-Malaysia`: one run.
        if gap == "-" {
            return true;
        }
        // `Osama bin Laden`, `Vincent van Gogh`: only between unknown words.
        let prev_cap = matches!(items.last().map(|p| p.class), Some(ItemClass::Cap));
        // `Thiago Emiliano da Silva`: a listed surname may close the name.
        if prev_cap && matches!(class, ItemClass::Cap | ItemClass::Gaz(Class::Weak(_))) {
            let t = gap.trim_matches(|c| c == ' ' || c == '\t');
            if t.len() + 2 <= gap.len() && CONNECTORS.contains(t) {
                return true;
            }
        }
        false
    }

    /// The longest gazetteer form starting at token `k` whose case is
    /// acceptable and which ends with a token: the index of its last token
    /// its end and its class. Shorter forms are tried when the longest is
    /// not acceptable (`Korea Utaranya` still gives `Korea`). An English
    /// possessive may follow inside the last token (`Jakarta's`).
    fn lookup(
        &self,
        text: &str,
        tokens: &[Token<'_>],
        k: usize,
        start: usize,
        first: &str,
        info: WordInfo,
    ) -> Option<(usize, usize, Class)> {
        let forms = self.vocab.forms(info);
        if forms.is_empty() {
            return None;
        }
        let rest = &text[start..];
        // The bytes after the first token, to reject most longer forms
        // without reading them.
        let after = prefix8(&rest.as_bytes()[first.len()..]);
        for f in forms {
            let (len, tail) = (f.len as usize, f.len as usize - first.len());
            if tail > 0 {
                let mask = if tail >= 8 {
                    !0
                } else {
                    (1u64 << (8 * tail)) - 1
                };
                if after & mask != f.next {
                    continue;
                }
            }
            let Some(matched) = rest.get(..len) else {
                continue;
            };
            // A one-token form equals the token (the look-up said so), a
            // short tail was compared above; only long tails are read.
            if tail > 8 && !matched.eq_ignore_ascii_case(&self.keys[f.id as usize]) {
                continue;
            }
            let id = f.id;
            let end = start + len;
            let mut last = k;
            while last + 1 < tokens.len() && tokens[last].span().end < end {
                last += 1;
            }
            if tokens[last].span().end != end
                && !matches!(&text[end..tokens[last].span().end], "'s" | "’s")
            {
                continue;
            }
            for v in &self.variants[id as usize] {
                if case_ok(&v.surface, matched, v.exact) {
                    if v.ambiguous
                        && !is_all_caps(matched)
                        && sentence_initial(text, start)
                        && place_evidence(text, tokens, k, last).1.is_none()
                    {
                        // A common word opening a sentence (`Lima orang ...`).
                        return Some((last, end, Class::NotName));
                    }
                    if v.evidence
                        && !is_all_caps(matched)
                        && (sentence_initial(text, start) || after_capital(text, tokens, k))
                    {
                        let (before, after) = place_evidence(text, tokens, k, last);
                        if !before && after.is_none() {
                            return Some((last, end, Class::NotName));
                        }
                    }
                    return Some((last, end, v.class));
                }
            }
        }
        None
    }

    /// The town-tier row for the unknown word at token `k`, when the text
    /// gives evidence of a place: a locative cue before it and `, <Place>`
    /// after it (`lahir di Goshen, Connecticut`), or `kota` before it. A
    /// country after the comma picks the town in that country.
    fn town(&self, text: &str, tokens: &[Token<'_>], k: usize, word: &str) -> Option<u32> {
        if !self.towns
            || tokens[k].kind() != TokenKind::Word
            || k == 0
            || !matches!(
                tokens[k - 1].text(),
                "di" | "ke" | "dari" | "kota" | "Di" | "Ke" | "Dari"
            )
        {
            return None;
        }
        let doc = Doc::new(text, tokens, None);
        let cue = doc.word_before(k, true)?.1;
        let kota = cue == "kota";
        if !kota && !matches!(cue, "di" | "ke" | "dari" | "Di" | "Ke" | "Dari") {
            return None;
        }
        let after = place_evidence_with(text, tokens, k, k, true).1;
        if after.is_none() && !kota {
            return None;
        }
        let country = after.and_then(|n| {
            let w = tokens[n].text();
            let info = self.vocab.info(w);
            self.vocab.forms(info).iter().find_map(|f| {
                (f.len as usize == w.len()).then_some(())?;
                match self.variants[f.id as usize].first()?.class {
                    Class::Entry(e) if self.entries[e as usize].kind == EntityKind::Country => {
                        self.entries[e as usize].country_code.as_deref()
                    }
                    _ => None,
                }
            })
        });
        super::towns::find(word, country)
    }

    /// Tags the entities of one run of adjacent capitalised items into
    /// `out`. Returns whether a title is still open after the run, for a
    /// name after a comma (`Menko Polhukam, Djoko Suyanto`); `None` when
    /// that is the cue before the run, which the caller asks only then.
    fn resolve_run<'t>(
        &self,
        doc: &Doc<'_, 't>,
        run: &mut [Item],
        carry: bool,
        out: &mut Vec<Entity<'t>>,
        coref: &mut Coref<'t>,
    ) -> Option<bool> {
        let text = doc.text;
        // `Ross Bagdasarian, Jr`: a generational suffix after a comma
        // belongs to the person before it.
        if run.len() == 1 && matches!(&text[run[0].start..run[0].end], "Jr" | "Sr") {
            if let Some(p) = out.last_mut().filter(|p| {
                p.kind == EntityKind::Person
                    && p.span.end <= run[0].start
                    && text[p.span.end..run[0].start].trim_matches([' ', '\t']) == ","
            }) {
                p.span = Span::new(p.span.start, run[0].end);
                p.text = &text[p.span];
                return Some(false);
            }
        }
        // `Senin`, `Januari`: a word that is never a name, alone, ends any
        // title and tags nothing (the rules below would say the same).
        if run.len() == 1 && matches!(run[0].class, ItemClass::Gaz(Class::NotName)) {
            return Some(false);
        }
        // A lone surname of a listed person is that person; inside a longer
        // unknown name (`Budi Widodo`) it is just part of the name.
        let single_person = |it: &Item| match it.class {
            ItemClass::Gaz(Class::Weak(_)) => true,
            ItemClass::Gaz(Class::Entry(e)) => {
                self.entries[e as usize].kind == EntityKind::Person
                    && !text[it.start..it.end].contains(' ')
            }
            _ => false,
        };
        // `Ben Mboi`: two short forms of different listed people side by
        // side are one unknown name.
        let beside = |a: &Item, b: &Item| {
            single_person(a) && single_person(b) && text[a.end..b.start].trim().is_empty()
        };
        for k in 0..run.len() {
            if single_person(&run[k]) {
                // `Pasangan Jokowi-JK`: a common word opening the run is
                // not part of the name.
                let prev_cap = k > 0
                    && matches!(run[k - 1].class, ItemClass::Cap)
                    && !(k == 1 && run[0].info.has(flag::COMMON) && !run[0].info.has(flag::GIVEN));
                // `Rizal Tanjung`: a given name before a town is a name too.
                let next_cap = k + 1 < run.len()
                    && (matches!(run[k + 1].class, ItemClass::Cap)
                        || (run[k].info.has(flag::GIVEN) && self.is_city(run[k + 1].class))
                        || beside(&run[k], &run[k + 1]));
                if prev_cap || next_cap {
                    run[k].class = ItemClass::Cap;
                }
            }
        }
        // `Christine Hakim`, `Gilang Ramadhan`: a title or non-name word
        // closing a run right after an unknown capitalised word is a surname.
        if run.len() >= 2 {
            let k = run.len() - 1;
            if matches!(run[k - 1].class, ItemClass::Cap)
                && matches!(run[k].class, ItemClass::Gaz(Class::Title | Class::NotName))
                && !text[run[k].start..run[k].end].contains([' ', '.'])
                && run[k - 1].info.has(flag::GIVEN)
            {
                run[k].class = ItemClass::Cap;
            }
        }
        // `Charlotte Brontë`, `Anna Florence`, `Pangeran Singa Brata`: a city
        // name next to a given name, or after a title and before another
        // capitalised word, is part of a person's name.
        // Asked only when a rule needs it (most runs never do).
        let run_first = run[0].first;
        let cue = || self.cue_before(doc, run_first);
        // The rules below look at cities next to other items.
        let any_city = run.len() >= 2 && run.iter().any(|it| self.is_city(it.class));
        let n = if any_city { run.len() } else { 0 };
        for k in 0..n {
            if !self.is_city(run[k].class) || text[run[k].start..run[k].end].contains(' ') {
                continue;
            }
            let next_cap = k + 1 < run.len() && matches!(run[k + 1].class, ItemClass::Cap);
            let prev_given = k > 0
                && matches!(run[k - 1].class, ItemClass::Cap)
                && run[k - 1].info.has(flag::GIVEN);
            let after_title = self.is_foreign_city(run[k].class)
                && ((k == 0 && cue())
                    || (k > 0 && matches!(run[k - 1].class, ItemClass::Gaz(Class::Title))));
            if (next_cap && (run[k].info.has(flag::GIVEN) || after_title)) || prev_given {
                run[k].class = ItemClass::Cap;
            }
        }
        // `karakter Henderson`, `Henderson mengatakan`: a foreign city of
        // less than 500,000 people alone after a name cue or before a verb
        // of saying stands for a person (`Moskwa mengatakan` stays a city).
        if run.len() == 1
            && self.is_foreign_city(run[0].class)
            && !self.is_big(run[0].class)
            && (cue() || self.speech_after(doc, run[0].last))
        {
            run[0].class = ItemClass::Cap;
        }
        // `Kidung untuk Ayah Bunda`: a foreign city after a capitalised
        // ordinary word inside a sentence is part of a title; so is a town
        // after a title that is an ordinary word (`Ayah`; `Wali Kota London`
        // names a big city).
        for k in 1..n {
            let common_before = match run[k - 1].class {
                ItemClass::Cap => true,
                ItemClass::Gaz(Class::Title) => !self.is_big(run[k].class),
                _ => false,
            };
            if self.is_foreign_city(run[k].class)
                && common_before
                && run[k - 1].info.has(flag::COMMON)
                && !run[k - 1].info.has(flag::GIVEN)
                && !sentence_initial(text, run[k - 1].start)
            {
                run[k].class = ItemClass::Gaz(Class::Head);
            }
        }
        // `Victoria's Secret`, `Valentine's Day`: a possessive before another
        // capitalised word names a brand or a work, not the place.
        for it in run.iter_mut() {
            if self.is_city(it.class) && possessive_then_capital(text, it.end) {
                it.class = ItemClass::Gaz(Class::Head);
            }
        }
        // `"Labuan lobo, merupakan sebuah desa"`: a place of under 100,000
        // people opening a sentence needs the text's evidence that it is
        // that place (`Di Labuan`, `Labuan, Malaysia`): villages, people
        // and other things share small places' names.
        if run.len() == 1 && self.is_city(run[0].class) {
            if let ItemClass::Gaz(Class::Entry(e)) = run[0].class {
                let entry = &self.entries[e as usize];
                if entry.population.is_some_and(|p| p < 100_000)
                    && sentence_initial(text, run[0].start)
                    && !is_all_caps(&text[run[0].start..run[0].end])
                    && place_evidence(text, doc.tokens, run[0].first, run[0].last) == (false, None)
                {
                    run[0].class = ItemClass::Gaz(Class::NotName);
                }
            }
        }
        // `Metro TV`, `Bali FC`: a city before an acronym names an organisation.
        for k in 0..n.saturating_sub(1) {
            if self.is_city(run[k].class)
                && matches!(run[k + 1].class, ItemClass::Cap)
                && is_acronym(&text[run[k + 1].start..run[k + 1].end])
            {
                run[k].class = ItemClass::Gaz(Class::Head);
            }
        }
        // `Metro TV`, `Santa Maria Magdalena`: a city name that another
        // capitalised word continues is part of another name.
        for k in 0..n.saturating_sub(1) {
            if self.is_foreign_city(run[k].class)
                && !(k > 0 && matches!(run[k - 1].class, ItemClass::Gaz(Class::Title)))
                && matches!(run[k + 1].class, ItemClass::Cap)
                && !compass_after(text, run[k].end)
                && !place_evidence(text, doc.tokens, run[k].first, run[k].last).0
            {
                run[k].class = ItemClass::Gaz(Class::Head);
            }
        }
        // `PSMS Medan`, `Serikat Petani Indonesia`, `Parlemen Muar`: a place
        // right after an unknown capitalised word ends an organisation name.
        for k in 1..run.len() {
            if let ItemClass::Gaz(Class::Entry(e)) = run[k].class {
                let place = self.entries[e as usize].kind != EntityKind::Person;
                let prev = &text[run[k - 1].start..run[k - 1].end];
                if place
                    && matches!(run[k - 1].class, ItemClass::Cap)
                    && (is_acronym(prev) || !run[k - 1].info.has(flag::GIVEN | flag::COMMON))
                    && !(k == run.len() - 1 && cue())
                {
                    run[k].class = ItemClass::Gaz(Class::Head);
                    run[k - 1].class = ItemClass::Gaz(Class::Head);
                }
            }
        }
        // Whether a title (or a name cue before the run) is open: `None`
        // until a rule reads it, then the cue before the run decides.
        let mut title = carry.then_some(true);
        let title_now = |title: &mut Option<bool>| *title.get_or_insert_with(cue);
        // `film Ketika Cinta Bertasbih`: the whole run is a title or a name
        // of a group or place.
        let work = || self.anti_cue_before(doc, run_first);
        let mut j = 0;
        while j < run.len() {
            let it = run[j];
            match it.class {
                ItemClass::Gaz(Class::NotName) => {
                    title = Some(false);
                    j += 1;
                }
                ItemClass::Gaz(Class::Title) => {
                    title = Some(true);
                    j += 1;
                }
                ItemClass::Gaz(Class::Region) => j += 1,
                ItemClass::Gaz(Class::Head) => {
                    // The head swallows the name after it. After a title, the
                    // organisation keeps its qualifiers and one proper word and
                    // the rest is the person: `Ketua Umum Partai Golkar Aburizal
                    // Bakrie`, `Rektor Universitas Indonesia Ari Kuncoro`.
                    j += 1;
                    let first = j;
                    let title = title_now(&mut title);
                    let mut proper_seen = false;
                    while j < run.len() {
                        let w = &text[run[j].start..run[j].end];
                        match run[j].class {
                            ItemClass::Cap
                                if title && j > first && run[j].info.has(flag::GIVEN) =>
                            {
                                break
                            }
                            ItemClass::Cap
                                if !title || is_acronym(w) || run[j].info.has(flag::COMMON) =>
                            {
                                j += 1
                            }
                            ItemClass::Cap if !proper_seen => {
                                proper_seen = true;
                                j += 1;
                            }
                            ItemClass::Cap => break,
                            ItemClass::Gaz(Class::Entry(_))
                            | ItemClass::Gaz(Class::Weak(_))
                            | ItemClass::Gaz(Class::Region)
                            | ItemClass::Gaz(Class::Head) => j += 1,
                            _ => break,
                        }
                    }
                }
                ItemClass::Town(row) => {
                    let span = Span::new(it.start, it.end);
                    if !self.locative_only || locative(text, it.start) {
                        out.push(Entity {
                            text: &text[span],
                            span,
                            kind: EntityKind::City,
                            canonical: super::towns::entry(row),
                        });
                    }
                    title = Some(false);
                    j += 1;
                }
                // `Habiburrahman El - Shirazy`: a name read across a spaced
                // hyphen already covers this item.
                ItemClass::Gaz(Class::Entry(_)) | ItemClass::Gaz(Class::Weak(_))
                    if out.last().is_some_and(|p| {
                        p.kind == EntityKind::Person
                            && p.span.start < it.start
                            && p.span.end > it.start
                    }) =>
                {
                    j += 1;
                }
                ItemClass::Gaz(Class::Entry(e)) | ItemClass::Gaz(Class::Weak(e)) => {
                    let mut entry = &self.entries[e as usize];
                    // `kota Singapura`, `ibu kota Kuwait`: the text says city.
                    let country = entry.kind == EntityKind::Country;
                    if let Some(&city) = country.then(|| self.capitals.get(&e)).flatten() {
                        if doc
                            .word_before(it.first, true)
                            .is_some_and(|(_, w)| matches!(w, "kota" | "ibukota"))
                        {
                            entry = &self.entries[city as usize];
                        }
                    }
                    let span = Span::new(it.start, it.end);
                    // `Jokowi-JK`, `SBY-Boediono`: a ticket of two listed
                    // people joined by a hyphen is one mention, without a
                    // canonical entry (it names no single person).
                    if entry.kind == EntityKind::Person
                        && j + 1 < run.len()
                        && self.is_person(run[j + 1].class)
                        && &text[it.end..run[j + 1].start] == "-"
                    {
                        let span = Span::new(it.start, run[j + 1].end);
                        out.push(Entity {
                            text: &text[span],
                            span,
                            kind: EntityKind::Person,
                            canonical: None,
                        });
                        title = Some(false);
                        j += 2;
                        continue;
                    }
                    // `Abdul Wahab Hasbullah`: a word read as a person just
                    // before a listed person's name opens that name.
                    let given_before = entry.kind == EntityKind::Person
                        && j > 0
                        && matches!(run[j - 1].class, ItemClass::Cap);
                    if let Some(p) = out.last_mut().filter(|p| {
                        given_before
                            && p.kind == EntityKind::Person
                            && p.span.start == run[j - 1].start
                            && p.span.end == run[j - 1].end
                    }) {
                        p.span = Span::new(p.span.start, it.end);
                        p.text = &text[p.span];
                        // A longer name may be someone else: no canonical entry.
                        p.canonical = None;
                        coref.register(text, p.span, None);
                        title = Some(false);
                        j += 1;
                        continue;
                    }
                    if entry.kind == EntityKind::Person {
                        coref.register(text, span, Some(entry.clone()));
                        title = Some(false);
                    } else if self.locative_only
                        && (!locative(text, it.start) || compass_after(text, it.end))
                    {
                        j += 1;
                        continue;
                    }
                    out.push(Entity {
                        text: &text[span],
                        span,
                        kind: entry.kind,
                        canonical: Some(entry.clone()),
                    });
                    j += 1;
                }
                ItemClass::Cap => {
                    let titled = title_now(&mut title);
                    let mut k = j;
                    while k < run.len() && matches!(run[k].class, ItemClass::Cap) {
                        k += 1;
                    }
                    let at_end = k == run.len();
                    if titled
                        && j > 0
                        && at_end
                        && k - j == 1
                        && comma_then_capital(text, run[j].end)
                    {
                        // `Menko Polhukam, Djoko Suyanto`: a qualifier of the title.
                        return Some(true);
                    }
                    // `Kemarin`, `Dalam`: one ordinary word, capitalised to
                    // open a sentence or a title, with no title or cue
                    // before it: every name rule would say no, so they are
                    // not asked (only a nickname may still read back over it).
                    let plain = k - j == 1
                        && !titled
                        && run[j].info.has(flag::COMMON)
                        && !run[j].info.has(flag::GIVEN);
                    // `Komjen Pol Badrodin Haiti`: a place ending a name after a title.
                    let mut last = k - 1;
                    if titled && k + 1 == run.len() {
                        if let ItemClass::Gaz(Class::Entry(e)) = run[k].class {
                            let single = !text[run[k].start..run[k].end].contains(' ');
                            if single && self.entries[e as usize].kind != EntityKind::Person {
                                last = k;
                            }
                        }
                    }
                    // `Doval, Pintinho, Gil`: the next member of a list of people.
                    let listed_after_person = j == 0
                        && out.last().is_some_and(|p| {
                            p.kind == EntityKind::Person
                                && p.span.end <= run[0].start
                                && run[0].start - p.span.end <= 8
                                && matches!(
                                    text[p.span.end..run[0].start].trim_matches([' ', '\t']),
                                    "," | "dan" | "serta" | "&"
                                )
                        });
                    // `Robert "Robbie" Mark Gaspar`: a nickname in quotation
                    // marks between a given name and the rest of the name.
                    let nickname = (j == 0 && k - j <= 3 && !work())
                        .then(|| self.nickname_before(doc, run[0].first, out))
                        .flatten();
                    if let Some(start) = nickname {
                        // The given name or the nickname found alone before.
                        while out.last().is_some_and(|p| p.span.start >= start) {
                            out.pop();
                        }
                        let span = Span::new(start, run[k - 1].end);
                        coref.register(text, span, None);
                        out.push(Entity {
                            text: &text[span],
                            span,
                            kind: EntityKind::Person,
                            canonical: None,
                        });
                        j = k;
                        title = Some(false);
                        continue;
                    }
                    // The rules would say no whatever the cues after the run.
                    debug_assert!(
                        !plain
                            || work()
                            || self
                                .name_from_context(doc, &run[j..k], titled, || true, coref)
                                .is_none(),
                        "a plain word read as a name: {:?}",
                        &text[run[j].start..run[j].end]
                    );
                    let found = if plain || work() {
                        None
                    } else {
                        self.name_from_context(
                            doc,
                            &run[j..k],
                            titled,
                            || {
                                listed_after_person
                                    || (at_end && self.speech_after(doc, run[k - 1].last))
                                    || (at_end
                                        && cues::described_as_person(doc.tokens, run[k - 1].last))
                            },
                            coref,
                        )
                    };
                    if let Some(mut ent) = found {
                        if last == k {
                            ent.span = Span::new(ent.span.start, run[k].end);
                        } else if let Some(end) =
                            cues::split_syllable_end(doc.tokens, run[k - 1].last)
                                .filter(|_| ent.span.end == run[k - 1].end)
                                .filter(|&end| {
                                    let tail = &text[..end];
                                    let tail = &tail[tail.len() - trailing_word(tail).1.len()..];
                                    !self.vocab.info(tail).has(flag::COMMON)
                                })
                        {
                            // `Choi Ji - woo`: a Korean given name split at its hyphen.
                            ent.span = Span::new(ent.span.start, end);
                        }
                        ent.text = &text[ent.span];
                        coref.register(text, ent.span, ent.canonical.clone());
                        // `Bj ? ? rn Yttling`: a name read back over an
                        // entity already found replaces it.
                        while out.last().is_some_and(|p| {
                            p.span.end > ent.span.start && p.span.start >= ent.span.start
                        }) {
                            out.pop();
                        }
                        out.push(ent);
                        j = last + 1;
                    } else {
                        j = k;
                    }
                    title = Some(false);
                }
            }
        }
        title
    }

    /// The [`place`] flags of an item's entry (0 for other items).
    #[inline]
    fn place(&self, class: ItemClass) -> u8 {
        match class {
            ItemClass::Gaz(Class::Entry(e)) => self.place[e as usize],
            ItemClass::Gaz(Class::Weak(e)) => self.place[e as usize] & place::PERSON,
            _ => 0,
        }
    }

    /// Whether an item is a listed person (or a listed person's surname).
    fn is_person(&self, class: ItemClass) -> bool {
        self.place(class) & place::PERSON != 0
    }

    /// Whether an item is a listed city (not a country or a person).
    fn is_city(&self, class: ItemClass) -> bool {
        self.place(class) & place::CITY != 0
    }

    /// Whether an item is a listed city of 500,000 people or more, big
    /// enough to act in a sentence (`Moskwa mengatakan`).
    fn is_big(&self, class: ItemClass) -> bool {
        self.place(class) & place::BIG != 0
    }

    /// Whether an item is a listed city outside Indonesia.
    fn is_foreign_city(&self, class: ItemClass) -> bool {
        self.place(class) & place::FOREIGN_CITY != 0
    }

    /// Decides whether a run of unknown capitalised words is a person.
    /// `person_cue`: whether a verb of saying follows the run, or the run
    /// continues a list of people (`Doval, Pintinho, Gil`); asked only by
    /// the last rules, which most runs never reach.
    fn name_from_context<'t>(
        &self,
        doc: &Doc<'_, 't>,
        seq: &[Item],
        title: bool,
        person_cue: impl FnOnce() -> bool,
        coref: &Coref<'t>,
    ) -> Option<Entity<'t>> {
        let (first, last) = (seq[0].first, seq[seq.len() - 1].last);
        // `kelas II dan III`, `R & B`: a Roman numeral or a letter alone is
        // no name, whatever the list or the short forms around it say.
        let alone = &doc.text[seq[0].start..seq[0].end];
        if seq.len() == 1 && (is_roman(alone) || alone.chars().count() == 1) {
            return None;
        }
        // `Paris Saint - Germain`: the second half of a hyphenated name is
        // no name of its own.
        if cues::after_hyphen_compound(doc.text, doc.tokens, first) {
            return None;
        }
        let mut found = self.name_in_run(doc, seq, title, person_cue, coref)?;
        if found.canonical.is_none() && self.anti_cue_two_before(doc, first) {
            return None;
        }
        // `Bj ? ? rn Yttling`: the name starts before letters lost to
        // question marks.
        if found.span.start == seq[0].start {
            if let Some(start) = cues::mangled_name_start(doc.text, doc.tokens, first) {
                found.span = Span::new(start, found.span.end);
                found.text = &doc.text[found.span];
            }
        }
        // `Yoon Eun - Hye`: the name goes on across a spaced hyphen.
        if found.span.end == seq[seq.len() - 1].end {
            // `Cavani G ? ? mez`: letters lost to question marks.
            let end = cues::hyphenated_name_end(doc.text, doc.tokens, last)
                .or_else(|| cues::mangled_name_end(doc.text, doc.tokens, last));
            if let Some(end) = end {
                found.span = Span::new(found.span.start, end);
                found.text = &doc.text[found.span];
            }
        }
        Some(found)
    }

    /// [`Tables::name_from_context`] before the look two words back.
    fn name_in_run<'t>(
        &self,
        doc: &Doc<'_, 't>,
        seq: &[Item],
        title: bool,
        person_cue: impl FnOnce() -> bool,
        coref: &Coref<'t>,
    ) -> Option<Entity<'t>> {
        let text = doc.text;
        let word = |it: &Item| &text[it.start..it.end];
        let person = |from: &Item, to: &Item, canonical: Option<Arc<Entry>>| {
            let span = Span::new(from.start, to.end);
            Some(Entity {
                text: &text[span],
                span,
                kind: EntityKind::Person,
                canonical,
            })
        };
        let (first, last) = (seq[0].first, seq[seq.len() - 1].last);
        let all_common = seq.iter().all(|it| it.info.has(flag::COMMON));
        // `film Ketika Cinta Bertasbih`, `lagu "Hanya Dia"`: a work, group or
        // place, not a person.
        // `Penghargaan Ramon Magsaysay`, `Gua Parat`: a capitalised work,
        // group or place word opening the run names that thing.
        if self.anti_cue_before(doc, first)
            || seq
                .iter()
                .take_while(|it| {
                    it.info.has(flag::COMMON | flag::ANTI_CUE) && !it.info.has(flag::GIVEN)
                })
                .any(|it| it.info.has(flag::ANTI_CUE))
        {
            return None;
        }
        let (open, close) = (
            quote_before(text, seq[0].start),
            quote_after(text, seq[seq.len() - 1].end),
        );
        if open && close {
            // `sebagai "Geum Jan Di" dalam serial ...`: a character is a
            // person; other quoted runs are titles.
            let role = seq.len() <= MAX_NAME_WORDS
                && !all_common
                && first >= 1
                && !self.anti_cue_before(doc, first - 1)
                && cues::quoted_role(doc.tokens, first, last);
            return if role {
                person(&seq[0], &seq[seq.len() - 1], None)
            } else {
                None
            };
        }
        // `"Kuno Ichininpou Den : Kaen Inka ~ ..."`: a quotation mark on one
        // side only puts the run inside a longer quoted title.
        if close || (open && !cues::role_before_quote(doc.tokens, first)) {
            return None;
        }
        // A short form of a person named earlier in this text; an ordinary
        // word that was part of a name (`Kembali`, `Lama`) says too little.
        if seq.len() <= 2
            && seq.iter().all(|it| {
                coref.contains(word(it)) && (!it.info.has(flag::COMMON) || it.info.has(flag::GIVEN))
            })
        {
            let canonical = coref.canonical(word(&seq[0]));
            return person(&seq[0], &seq[seq.len() - 1], canonical);
        }
        // `BUMN`, `KPK`: an acronym alone is no name. Every rule below says
        // so in the end (the last ones drop acronyms); this only skips
        // reading the context for the commonest unknown word.
        if !title && seq.len() == 1 {
            let w = word(&seq[0]);
            if is_acronym(w) && !is_roman(w) {
                return None;
            }
        }
        // `SMA Negeri 1 Kawali`, `Liga 2 Selatan`: a run after a
        // capitalised word and a short number continues that name.
        if first >= 2
            && doc.tokens[first - 1].kind() == TokenKind::Number
            // not a year: `Juli 2005 Waters tampil`
            && doc.tokens[first - 1].text().len() <= 3
            && doc.tokens[first - 2]
                .text()
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            return None;
        }
        // `King of the Kastle`, `Sekai wa Kitto Mirai no Naka`: English or
        // Japanese function words glue the run into a title.
        let lower = |w: &str| w.bytes().all(|b| b.is_ascii_lowercase());
        if !title
            && (doc
                .word_before(first, true)
                .is_some_and(|(_, w)| lower(w) && cues::title_glue_before(w))
                || doc
                    .word_after(last)
                    .is_some_and(|w| lower(w) && cues::title_glue_after(w)))
        {
            return None;
        }
        // `Febri (drum)`, `Kim Jong-woon (lahir 1984)`, `Tsvangirai, mantan
        // ...`: an instrument or a birth date in brackets, or an apposition
        // describing someone, follows a person.
        if !title
            && seq.len() <= 4
            && !all_common
            && (cues::role_in_brackets(doc.tokens, last)
                || cues::person_apposition(doc.tokens, last))
            && !seq.iter().any(|it| is_acronym(word(it)))
        {
            return person(&seq[0], &seq[seq.len() - 1], None);
        }
        // `Menurut Amir, ...`: a name cue opening the sentence.
        let (seq, title) = if !title && seq.len() >= 2 && seq[0].info.has(flag::CUE) {
            (&seq[1..], true)
        } else {
            (seq, title)
        };
        if title {
            // `Menteri BUMN Erick Thohir`, `Jaksa Agung Muda Pidana Umum`:
            // acronyms and common words qualify the title.
            let mut from = 0;
            while from < seq.len()
                && (is_acronym(word(&seq[from]))
                    || (seq[from].info.has(flag::COMMON) && !seq[from].info.has(flag::GIVEN)))
            {
                from += 1;
            }
            if from == seq.len() {
                // `kata Didik`: after a verb of saying, one capitalised word
                // is the speaker even when it is also an ordinary word.
                let speech_cue = doc.word_before(seq[0].first, true).is_some_and(|(_, w)| {
                    matches!(
                        w,
                        "kata" | "ujar" | "ucap" | "tutur" | "ungkap" | "imbuh" | "papar"
                    )
                });
                return (seq.len() == 1 && speech_cue && !is_acronym(word(&seq[0])))
                    .then(|| person(&seq[0], &seq[0], None))
                    .flatten();
            }
            if seq.len() - from > MAX_NAME_WORDS {
                return None;
            }
            // `Menteri Koordinator Kompartimen Pekerjaan Umum`: an ordinary
            // word closing the run makes it the rest of the office, unless a
            // given name opens it (`Presiden Hasan Tanjung`).
            let end = &seq[seq.len() - 1];
            if seq.len() - from >= 2
                && !seq[from].info.has(flag::GIVEN)
                && end.info.has(flag::COMMON)
                && !end.info.has(flag::GIVEN | flag::FAMILY)
            {
                return None;
            }
            return person(&seq[from], &seq[seq.len() - 1], None);
        }
        // `Lachlan Macquarie CB`: trailing acronyms are not part of the name,
        // Roman numerals are (`Benediktus XVI`).
        let mut seq = seq;
        // `Kemarin Indah Siregar tiba`: a common word capitalised only
        // because it opens the sentence.
        if seq.len() >= 3
            && sentence_initial(text, seq[0].start)
            && seq[0].info.has(flag::COMMON)
            && !seq[0].info.has(flag::GIVEN)
        {
            seq = &seq[1..];
        }
        // `Mekanik Herlyo Wibowo`, `Sherpa Nawang Gombu`: an ordinary word
        // before a given name describes the person.
        if seq.len() >= 2
            && seq[0].info.has(flag::COMMON)
            && !seq[0].info.has(flag::GIVEN)
            && seq[1].info.has(flag::GIVEN)
        {
            seq = &seq[1..];
        }
        while seq.len() > 1
            && is_acronym(word(&seq[seq.len() - 1]))
            && !is_roman(word(&seq[seq.len() - 1]))
        {
            seq = &seq[..seq.len() - 1];
        }
        if seq.len() > MAX_NAME_WORDS
            || seq
                .iter()
                .any(|it| is_acronym(word(it)) && !is_roman(word(it)))
            || is_roman(word(&seq[0]))
        {
            return None;
        }
        let first_given = seq[0].info.has(flag::GIVEN);
        // `Heru, Richard, Raymond dan Yoyo`: a given name listed next to
        // another given name.
        let person_cue = person_cue()
            || (first_given && seq.len() <= 2 && self.beside_given_name(doc, first, last))
            || (seq.len() == 1 && self.listed_with_given_names(doc, first));
        let subject = seq.len() == 1
            && self.predicate_after(doc, seq[0].last)
            && !self.after_preposition(doc, seq[0].first);
        if first_given && (seq.len() >= 2 || person_cue || subject) {
            return person(&seq[0], &seq[seq.len() - 1], None);
        }
        // `Putri Ayu Siregar`: a known family name closes the run.
        if seq.len() >= 2 && seq[seq.len() - 1].info.has(flag::FAMILY) {
            return person(&seq[0], &seq[seq.len() - 1], None);
        }
        // `Osama bin Laden`, `Vincent van Gogh`: a name connector inside.
        let connected = seq.windows(2).any(|w| {
            let gap = text[w[0].end..w[1].start].trim();
            !gap.is_empty() && CONNECTORS.contains(gap)
        });
        if connected && !seq[0].info.has(flag::COMMON) {
            return person(&seq[0], &seq[seq.len() - 1], None);
        }
        // `Jero Wacik`, `Charles Gray`: two to four capitalised words, none
        // of them a common word, an acronym or an organisation word.
        // Not right after `di` or `ke`, which introduce places (`di Beit
        // Hanun`), not people.
        if seq.len() >= 2
            && seq.len() <= 4
            && !seq.iter().any(|it| it.info.has(flag::COMMON))
            && !doc
                .word_before(seq[0].first, true)
                .is_some_and(|(_, w)| matches!(w, "di" | "ke"))
        {
            return person(&seq[0], &seq[seq.len() - 1], None);
        }
        // `Maki Horikita lahir di ...`: a verb whose subject is a person.
        if seq.len() <= 4
            && !seq.iter().all(|it| it.info.has(flag::COMMON))
            && doc.word_after(last).is_some_and(cues::person_verb)
            && !self.after_preposition(doc, first)
        {
            return person(&seq[0], &seq[seq.len() - 1], None);
        }
        // `Siswono mendukung`, `Prasetyo tak`: a single unknown word (not a
        // common word) as the subject of a verb.
        if subject && !seq[0].info.has(flag::COMMON) && !word(&seq[0]).ends_with("nya") {
            return person(&seq[0], &seq[0], None);
        }
        // `Haposan mengatakan`, `Choe Son Hui menegaskan`: unknown capitalised
        // words (not all common words) before a verb of saying.
        if person_cue && seq.len() <= 4 && !seq.iter().all(|it| it.info.has(flag::COMMON)) {
            return person(&seq[0], &seq[seq.len() - 1], None);
        }
        None
    }

    /// The word lists holding `word`; a reduplication (`Anak-anak`,
    /// `Diam-diam`) is as common as its half.
    /// What the word lists say of a token, read as [`Tables::tag`] reads
    /// it (past invisible characters, without a possessive).
    pub(crate) fn token_info(&self, token: &str) -> WordInfo {
        self.word_info(candidate_word(token))
    }

    fn word_info(&self, word: &str) -> WordInfo {
        let info = self.vocab.info(word);
        // Asked of every capitalised word, few of them hyphenated: a scan
        // without early exit is cheaper than `memchr`'s branches on a short
        // word.
        if !word.bytes().fold(false, |hyphen, b| hyphen | (b == b'-')) {
            return info;
        }
        match word.split_once('-') {
            Some((left, right)) if left.eq_ignore_ascii_case(right) => {
                info.or_common(self.vocab.info(left))
            }
            _ => info,
        }
    }

    /// Whether 1-3 words right before token `k` (only spaces between, no
    /// punctuation) are a lowercase cue for a name: `kata`, `ujar`, `pak`,
    /// `juru bicara`, `presiden`.
    #[inline]
    fn cue_before(&self, doc: &Doc<'_, '_>, k: usize) -> bool {
        // Asked of a run's first token by several rules: remember the last
        // answer (inline, so that asking again costs no call).
        let (at, yes) = doc.cue.get();
        if at == k {
            return yes;
        }
        let yes = self.cue_phrase_before(doc, k);
        doc.cue.set((k, yes));
        yes
    }

    /// [`Tables::cue_before`], without the memo.
    fn cue_phrase_before(&self, doc: &Doc<'_, '_>, k: usize) -> bool {
        let mut k = k;
        let mut phrase = String::new();
        for n in 0..3 {
            let Some((p, w)) = doc.word_before(k, true) else {
                return false;
            };
            if n == 0 {
                let info = doc.info(p, || self.vocab.info(w));
                if info.has(flag::CUE) {
                    return true;
                }
                // Only words that end a multi-word cue (`juru bicara`) are
                // worth building phrases for.
                if !info.has(flag::CUE_TAIL) {
                    return false;
                }
                phrase = w.to_lowercase();
            } else {
                phrase = format!("{} {phrase}", w.to_lowercase());
                if self.cue_phrases.contains(phrase.as_str()) {
                    return true;
                }
            }
            k = p;
        }
        false
    }

    /// Whether the word right before token `k` is a work/group/place cue.
    #[inline]
    fn anti_cue_before(&self, doc: &Doc<'_, '_>, k: usize) -> bool {
        // Asked of a run's first token by the run and again by the name
        // rules: remember the last answer (inline, so that asking again
        // costs no call).
        let (at, yes) = doc.anti_cue.get();
        if at == k {
            return yes;
        }
        let yes = self.anti_cue_word_before(doc, k);
        doc.anti_cue.set((k, yes));
        yes
    }

    /// [`Tables::anti_cue_before`], without the memo.
    fn anti_cue_word_before(&self, doc: &Doc<'_, '_>, k: usize) -> bool {
        doc.word_before(k, true).is_some_and(|(p, w)| {
            is_lowercase_word(w) && doc.info(p, || self.vocab.info(w)).has(flag::ANTI_CUE)
        })
    }

    /// Whether a work/group/place cue comes two words before token `k`
    /// (`grup musik Superman Is Dead`, `film animasi Walt Disney`): one
    /// lowercase word between the cue and the run, unless it links a person
    /// to the work (`lagu ciptaan Ismail Marzuki`, `film bersama Tom Hanks`).
    /// Asked only of runs about to be read as a person, so that most runs
    /// cost no extra look-up.
    fn anti_cue_two_before(&self, doc: &Doc<'_, '_>, k: usize) -> bool {
        let Some((p, w)) = doc.word_before(k, true) else {
            return false;
        };
        is_lowercase_word(w)
            && !doc
                .info(p, || self.vocab.info(w))
                .has(flag::CUE | flag::CUE_TAIL)
            && !matches!(
                w,
                "bersama"
                    | "dengan"
                    | "oleh"
                    | "dari"
                    | "untuk"
                    | "dan"
                    | "atau"
                    | "yang"
                    | "milik"
                    | "tentang"
                    | "kepada"
                    | "bagi"
                    | "pada"
                    | "di"
                    | "ke"
            )
            && doc.word_before(p, true).is_some_and(|(q, v)| {
                v.chars().all(char::is_lowercase)
                    && doc.info(q, || self.vocab.info(v)).has(flag::ANTI_CUE)
            })
    }

    /// Whether a predicate follows token `k`: an active verb (`me-`, `ber-`)
    /// or an auxiliary or negation (`tidak`, `akan`, `juga`).
    fn predicate_after(&self, doc: &Doc<'_, '_>, k: usize) -> bool {
        let Some(w) = doc.word_after(k) else {
            return false;
        };
        // The listed words are lowercase: only an active verb needs the
        // case check.
        PREDICATE_WORDS.contains(w)
            || cues::person_verb(w)
            || ((w.starts_with("me") || w.starts_with("ber"))
                && w.len() >= 6
                && is_lowercase_word(w))
    }

    /// `di Xinjiang menghukum`: a word after a preposition is not a subject.
    fn after_preposition(&self, doc: &Doc<'_, '_>, k: usize) -> bool {
        doc.word_before(k, false)
            .is_some_and(|(_, w)| PREPOSITIONS.contains_lowercase(w))
    }

    /// The start of a name whose nickname in quotation marks ends right
    /// before token `first` (`Robert "Robbie"` before `Mark Gaspar`): the
    /// person found just before the quote, or a given name there.
    fn nickname_before(
        &self,
        doc: &Doc<'_, '_>,
        first: usize,
        out: &[Entity<'_>],
    ) -> Option<usize> {
        let tokens = doc.tokens;
        let f = first.checked_sub(4)?;
        let quote = |t: &Token<'_>| matches!(t.text(), "\"" | "“" | "”");
        let capital = |t: &Token<'_>| {
            t.kind() == TokenKind::Word && t.text().chars().next().is_some_and(char::is_uppercase)
        };
        let (given, open, nick, close) = (tokens[f], tokens[f + 1], tokens[f + 2], tokens[f + 3]);
        if !(quote(&open) && capital(&nick) && quote(&close) && capital(&given)) {
            return None;
        }
        let before_nick = out
            .iter()
            .rev()
            .take(2)
            .find(|p| p.span.end <= given.span().end);
        match before_nick {
            Some(p) if p.kind == EntityKind::Person && p.span.end == given.span().end => {
                Some(p.span.start)
            }
            _ => doc
                .info(f, || self.vocab.info(given.text()))
                .has(flag::GIVEN)
                .then(|| given.span().start),
        }
    }

    /// Whether a given name is listed right before token `first` or right
    /// after token `last` (`Richard, Raymond`; `Raymond dan Yoyo`).
    /// `Gordon, Nino, Yerry dan Paul`: whether the one-word run at token
    /// `k` is an item of a list of at least three one-word items, closed by
    /// `dan` or `serta`, one of which (this one or another) is a given name.
    fn listed_with_given_names(&self, doc: &Doc<'_, '_>, k: usize) -> bool {
        const MAX_ITEMS: usize = 8;
        let tokens = doc.tokens;
        let sep = |i: usize| matches!(tokens[i].text(), "," | "dan" | "serta");
        let capital = |i: usize| {
            tokens[i].kind() == TokenKind::Word
                && tokens[i]
                    .text()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        };
        if !((k >= 1 && sep(k - 1)) || (k + 1 < tokens.len() && sep(k + 1))) {
            return false;
        }
        // One-word items: no capitalised word right before or after.
        let single = |i: usize| {
            capital(i) && !(i >= 1 && capital(i - 1)) && !(i + 1 < tokens.len() && capital(i + 1))
        };
        let (mut items, mut given, mut closed) = (1, 0, false);
        let mut count = |i: usize, closed: &mut bool, gap: &[Token<'_>]| {
            *closed |= gap.iter().any(|t| matches!(t.text(), "dan" | "serta"));
            let w = tokens[i].text();
            if doc.info(i, || self.vocab.info(w)).has(flag::GIVEN) {
                given += 1;
            }
        };
        // Backwards, then forwards, one item at a time.
        let mut i = k;
        while items < MAX_ITEMS {
            let mut p = i;
            while p >= 1 && i - p < 2 && sep(p - 1) {
                p -= 1;
            }
            if p == i || p == 0 || !single(p - 1) {
                break;
            }
            count(p - 1, &mut closed, &tokens[p..i]);
            items += 1;
            i = p - 1;
        }
        let mut i = k;
        while items < MAX_ITEMS {
            let mut n = i + 1;
            while n < tokens.len() && n - i <= 2 && sep(n) {
                n += 1;
            }
            if n == i + 1 || n >= tokens.len() || !single(n) {
                break;
            }
            count(n, &mut closed, &tokens[i + 1..n]);
            items += 1;
            i = n;
        }
        let w = tokens[k].text();
        if doc.info(k, || self.vocab.info(w)).has(flag::GIVEN) {
            given += 1;
        }
        items >= 3 && closed && given >= 1
    }

    fn beside_given_name(&self, doc: &Doc<'_, '_>, first: usize, last: usize) -> bool {
        let tokens = doc.tokens;
        let list = |t: &Token<'_>| matches!(t.text(), "," | "dan" | "&");
        let given = |k: usize| {
            let w = tokens[k].text();
            w.chars().next().is_some_and(char::is_uppercase)
                && doc.info(k, || self.vocab.info(w)).has(flag::GIVEN)
        };
        (first >= 2 && list(&tokens[first - 1]) && given(first - 2))
            || (last + 2 < tokens.len() && list(&tokens[last + 1]) && given(last + 2))
    }

    /// Whether a verb of saying (`mengatakan`) follows token `k`.
    fn speech_after(&self, doc: &Doc<'_, '_>, k: usize) -> bool {
        doc.word_after(k).is_some_and(|w| {
            is_lowercase_word(w) && doc.info(k + 1, || self.vocab.info(w)).has(flag::SPEECH)
        })
    }
}

/// The word token before a token: its index, its text, and whether a gap
/// separates it from the token.
type WordBefore<'t> = Option<(usize, &'t str, bool)>;

/// The text and its tokens, as the context rules read them.
struct Doc<'a, 't> {
    text: &'t str,
    tokens: &'a [Token<'t>],
    /// Each token's word-list flags, when the caller looked them up already.
    infos: Option<&'a [WordInfo]>,
    /// The last token looked up without `infos` and its flags: the rules
    /// ask about the word before a run several times.
    memo: Cell<(usize, WordInfo)>,
    /// The last token asked about by [`Tables::anti_cue_before`], and the answer.
    anti_cue: Cell<(usize, bool)>,
    /// The same for [`Tables::cue_before`].
    cue: Cell<(usize, bool)>,
    /// The last token asked about by [`Doc::word_before`] and the answer
    /// (and whether a gap separates the two words): most rules look at the
    /// words just before and after a run.
    before: Cell<(usize, WordBefore<'t>)>,
    /// The same for [`Doc::word_after`].
    after: Cell<(usize, Option<&'t str>)>,
}

impl<'a, 't> Doc<'a, 't> {
    /// Token `k`'s word-list flags: the caller's, or `look_up`'s.
    #[inline]
    fn info(&self, k: usize, look_up: impl FnOnce() -> WordInfo) -> WordInfo {
        if let Some(&info) = self.infos.and_then(|i| i.get(k)) {
            return info;
        }
        let (at, info) = self.memo.get();
        if at == k {
            return info;
        }
        let info = look_up();
        self.memo.set((k, info));
        info
    }

    fn new(text: &'t str, tokens: &'a [Token<'t>], infos: Option<&'a [WordInfo]>) -> Self {
        Doc {
            text,
            tokens,
            infos,
            memo: Cell::new((usize::MAX, WordInfo::default())),
            anti_cue: Cell::new((usize::MAX, false)),
            cue: Cell::new((usize::MAX, false)),
            before: Cell::new((usize::MAX, None)),
            after: Cell::new((usize::MAX, None)),
        }
    }

    /// Whether only spaces and tabs lie between two byte offsets.
    fn blank(&self, from: usize, to: usize) -> bool {
        self.text.as_bytes()[from..to]
            .iter()
            .all(|&b| b == b' ' || b == b'\t')
    }

    /// The word token before token `k` and its index, when only spaces
    /// separate them (`spaced`: at least one).
    fn word_before(&self, k: usize, spaced: bool) -> Option<(usize, &'t str)> {
        let (at, memo) = self.before.get();
        let found = if at == k {
            memo
        } else {
            let found = self.word_before_uncached(k);
            self.before.set((k, found));
            found
        };
        let (p, w, gap) = found?;
        (gap || !spaced).then_some((p, w))
    }

    /// [`Doc::word_before`] of either kind, and whether a gap separates
    /// the words.
    fn word_before_uncached(&self, k: usize) -> WordBefore<'t> {
        let p = k.checked_sub(1)?;
        let prev = &self.tokens[p];
        if prev.kind() != TokenKind::Word || prev.text().len() > 24 {
            return None;
        }
        let gap = (prev.span().end, self.tokens[k].span().start);
        self.blank(gap.0, gap.1)
            .then(|| (p, prev.text(), gap.0 < gap.1))
    }

    /// The word token after token `k`, when only spaces separate them.
    fn word_after(&self, k: usize) -> Option<&'t str> {
        let (at, memo) = self.after.get();
        if at == k {
            return memo;
        }
        let found = self.tokens.get(k + 1).and_then(|next| {
            let ok = next.kind() == TokenKind::Word
                && next.text().len() < 32
                && self.blank(self.tokens[k].span().end, next.span().start);
            ok.then(|| next.text())
        });
        self.after.set((k, found));
        found
    }
}

/// Whether the lowercase form of `word` is in `set` (no allocation for
/// short ASCII words).
/// The run of letters that ends `s` (empty if `s` ends otherwise) and
/// the byte where it starts.
fn trailing_word(s: &str) -> (usize, &str) {
    let start = s
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(s.len(), |(p, _)| p);
    (start, &s[start..])
}

/// Words after which a place name is used as a location.
const LOCATIVE: &[&str] = &[
    "di",
    "ke",
    "dari",
    "wilayah",
    "kawasan",
    "daerah",
    "kota",
    "menuju",
    "hingga",
    "sampai",
    "seluruh",
    "ibukota",
    "asal",
    "dekat",
    "luar",
    "negara",
    "antara",
    "tiba",
    "mengunjungi",
    "berkunjung",
    "kunjungan",
    "perbatasan",
    "pulang",
    "kembali",
    "yakni",
    "yaitu",
    "seperti",
    "untuk",
    "meninggalkan",
    "mencapai",
    "sekitar",
    "utara",
    "selatan",
    "timur",
    "barat",
];

/// Prepositions after which a word is not a subject (`di Xinjiang menghukum`).
const PREPOSITIONS: ShortWords<13> = ShortWords::new([
    "di", "ke", "dari", "pada", "dalam", "untuk", "bagi", "oleh", "dengan", "tentang", "antara",
    "kepada", "terhadap",
]);

/// Auxiliaries and negations that follow a subject (`tidak`, `akan`, `juga`).
const PREDICATE_WORDS: ShortWords<16> = ShortWords::new([
    "tidak", "tak", "juga", "pun", "sudah", "telah", "akan", "masih", "belum", "enggan",
    "berhasil", "sempat", "kemudian", "lalu", "pernah", "bahkan",
]);

/// Whether the lowercase form of `w` is one of `list` (lowercase ASCII
/// words), without building that form for an ASCII word: these checks run
/// for every capitalised run.
fn lowercase_in(w: &str, list: &[&str]) -> bool {
    if w.is_ascii() {
        list.iter().any(|x| w.eq_ignore_ascii_case(x))
    } else {
        list.contains(&w.to_lowercase().as_str())
    }
}

/// Locative words that start a list of places (`di Salemba, Jakarta`).
const LIST_ANCHORS: &[&str] = &[
    "di", "ke", "dari", "wilayah", "kawasan", "daerah", "yakni", "yaitu", "seperti", "antara",
    "menuju",
];

/// `Libya Barat`, `Inggris timur`: a compass word after a place names a
/// region of it.
fn compass_after(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', '\t']);
    let w = &rest[..rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len())];
    lowercase_in(
        w,
        &[
            "utara", "selatan", "timur", "barat", "tengah", "laut", "daya",
        ],
    )
}

/// Whether the place name at `start` is used as a location: after a
/// locative word (`di Jakarta`), in a dateline (`JAKARTA, ...`), or later in
/// a list that follows one (`di Gedung DPR, Jakarta`; `yakni Guinea, Liberia`).
fn locative(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    if before.is_empty() || before.ends_with('\n') {
        let word_end = text[start..]
            .find([',', ' '])
            .map_or(text.len(), |p| start + p);
        return is_all_caps(&text[start..word_end]);
    }
    let w = trailing_word(before).1;
    if lowercase_in(w, LOCATIVE) {
        return true;
    }
    if before.ends_with(',') || lowercase_in(w, &["dan", "atau"]) {
        // Look back through the list to the clause start for a locative word.
        let mut from = start.saturating_sub(90);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = &text[from..start];
        let clause = window
            .rsplit(['.', '(', ')', ';', '"'])
            .next()
            .unwrap_or(window);
        return clause
            .split(|c: char| !c.is_alphabetic())
            .any(|x| lowercase_in(x, LIST_ANCHORS));
    }
    false
}

/// Whether token `k` follows a capitalised word (inside a title-cased
/// run such as a song title: `Kidung Cinta untuk Ayah Bunda`).
fn after_capital(text: &str, tokens: &[Token<'_>], k: usize) -> bool {
    Doc::new(text, tokens, None)
        .word_before(k, true)
        .is_some_and(|(_, w)| w.chars().next().is_some_and(char::is_uppercase))
}

/// Cues before a place name that say it is used as a place.
const EVIDENCE_CUES: &[&str] = &["di", "ke", "dari", "kota", "menuju", "ibukota", "asal"];

/// Evidence that tokens `k..=last` name a place: a locative cue right
/// before (`di`, `ke`, `dari`, `kota`), and the index of a capitalised
/// word after a comma or `di` right after them (`Goshen, Connecticut`).
fn place_evidence(
    text: &str,
    tokens: &[Token<'_>],
    k: usize,
    last: usize,
) -> (bool, Option<usize>) {
    place_evidence_with(text, tokens, k, last, false)
}

/// [`place_evidence`], also accepting `di <Place>` after the name (for
/// towns: `Zintan di Libya`; a common word takes it too: `Bursa di ...`).
fn place_evidence_with(
    text: &str,
    tokens: &[Token<'_>],
    k: usize,
    last: usize,
    di: bool,
) -> (bool, Option<usize>) {
    let doc = Doc::new(text, tokens, None);
    // `ibukota Afghanistan, Kabul`: an apposition to a capitalised word.
    let apposition = k >= 2
        && tokens[k - 1].text() == ","
        && tokens[k - 2]
            .text()
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    let before = apposition
        || doc
            .word_before(k, true)
            .is_some_and(|(_, w)| EVIDENCE_CUES.contains(&w));
    // `Goshen, Connecticut`; `Zintan di Libya`: a place after a comma or
    // after `di`.
    let after = match (tokens.get(last + 1), tokens.get(last + 2)) {
        (Some(comma), Some(next))
            if (comma.text() == "," || (di && comma.text() == "di"))
                && doc.blank(tokens[last].span().end, comma.span().start)
                && doc.blank(comma.span().end, next.span().start)
                && next.kind() == TokenKind::Word
                && next.text().chars().next().is_some_and(char::is_uppercase) =>
        {
            Some(last + 2)
        }
        _ => None,
    };
    (before, after)
}

/// Whether a quotation mark comes right before `start` (spaces aside).
fn quote_before(text: &str, start: usize) -> bool {
    // Bytes, not chars: asked of most capitalised runs.
    let before = &text.as_bytes()[..blank_start(text, start)];
    before.ends_with(b"\"")
        || before.ends_with(b"'")
        || before.ends_with("“".as_bytes())
        || before.ends_with("‘".as_bytes())
}

/// Whether a quotation mark comes right after `end` (spaces aside).
fn quote_after(text: &str, end: usize) -> bool {
    let after = &text.as_bytes()[blank_end(text, end)..];
    after.starts_with(b"\"")
        || after.starts_with(b"'")
        || after.starts_with("”".as_bytes())
        || after.starts_with("’".as_bytes())
}

/// Where the spaces and tabs that end `text[..at]` start.
fn blank_start(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let mut i = at;
    while i > 0 && matches!(b[i - 1], b' ' | b'\t') {
        i -= 1;
    }
    i
}

/// Where the spaces and tabs that open `text[at..]` end.
fn blank_end(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let mut i = at;
    while i < b.len() && matches!(b[i], b' ' | b'\t') {
        i += 1;
    }
    i
}

/// Whether `text[end..]` is an English possessive (`'s`, `' s` as
/// pre-tokenised text writes it) then a capitalised word.
fn possessive_then_capital(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', '\t']);
    let Some(rest) = rest.strip_prefix(['\'', '’']) else {
        return false;
    };
    let Some(rest) = rest.trim_start_matches([' ', '\t']).strip_prefix('s') else {
        return false;
    };
    rest.starts_with([' ', '\t'])
        && rest
            .trim_start_matches([' ', '\t'])
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// Whether `text[end..]` is `,` then a capitalised word.
fn comma_then_capital(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', '\t']);
    rest.strip_prefix(',')
        .map(|r| r.trim_start_matches([' ', '\t']))
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase)
}

/// Whether a token can start a name: a word or abbreviation (`Dr.`, `M.`)
/// that starts with a capital and is not glued to a letter or digit before
/// it (a clitic-split `nya`, `3Jakarta`).
fn is_candidate(text: &str, t: &Token<'_>) -> bool {
    if !matches!(t.kind(), TokenKind::Word | TokenKind::Abbreviation) {
        return false;
    }
    let b = t.text().as_bytes()[0];
    let upper = if b < 0x80 {
        b.is_ascii_uppercase()
    } else {
        t.text()
            .trim_start_matches(is_invisible)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    upper
        && !text[..t.span().start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// A word without an English possessive (`Jakarta's`): one-word forms are
/// indexed without it.
/// The word a candidate token is looked up as: past invisible characters,
/// without a possessive.
fn candidate_word(token: &str) -> &str {
    without_possessive(visible_part(token))
}

/// `token` without the invisible characters glued to its front.
#[inline]
fn visible_part(token: &str) -> &str {
    // Most tokens open with an ASCII byte, which is no such character.
    match token.as_bytes().first() {
        Some(b) if b.is_ascii() => token,
        _ => token.trim_start_matches(is_invisible),
    }
}

fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .filter(|f| !f.is_empty())
        .unwrap_or(word)
}

/// Zero-width and other invisible format characters that web text leaves
/// in front of words.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// The last token of an unknown capitalised word at token `k`: the word
/// itself, or with the period of an initial that pre-tokenised text writes
/// apart (`M .`).
fn initial_end(text: &str, tokens: &[Token<'_>], k: usize) -> usize {
    let t = tokens[k];
    let single = t.kind() == TokenKind::Word
        && match t.text().len() {
            1 => true,
            2..=4 => t.text().chars().nth(1).is_none(),
            _ => false,
        };
    match tokens.get(k + 1) {
        Some(n)
            if single
                && n.text() == "."
                && matches!(&text[t.span().end..n.span().start], "" | " ") =>
        {
            k + 1
        }
        _ => k,
    }
}

/// Whether the word at `start` opens a sentence (start of text, or after
/// `.`, `!`, `?`, `:`, a quote, a bracket or a dash).
fn sentence_initial(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    // A line break ends a sentence (a document read line by line).
    if text[before.len()..start].contains('\n') {
        return true;
    }
    match before.chars().next_back() {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '!'
                | '?'
                | ':'
                | '"'
                | '“'
                | '”'
                | '\''
                | '‘'
                | '('
                | '['
                | '—'
                | '–'
                | '•'
                | '*'
        ),
    }
}

fn is_all_caps(s: &str) -> bool {
    !s.chars().any(char::is_lowercase)
}

/// Whether every character of `w` is lowercase (`char::is_lowercase`),
/// without decoding an ASCII word.
#[inline]
fn is_lowercase_word(w: &str) -> bool {
    // One pass over the bytes without early exit (a branch per byte
    // mispredicts on short words), noting any byte outside ASCII.
    let (all, high) = w.bytes().fold((true, 0u8), |(all, high), b| {
        (all & b.is_ascii_lowercase(), high | b)
    });
    if high < 0x80 {
        all
    } else {
        w.chars().all(char::is_lowercase)
    }
}

/// `II`, `XVI`: a Roman numeral after a name.
fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.len() <= 5 && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// `BUMN`, `DPR`, `KPK`: two or more letters, all uppercase.
fn is_acronym(w: &str) -> bool {
    // Most capitalised words go on in lowercase: settled by one byte.
    if w.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    // Counted in one pass without early exits (see `is_lowercase_word`).
    let (lower, upper, high) = w.bytes().fold((0usize, 0usize, 0u8), |(l, u, h), b| {
        (
            l + usize::from(b.is_ascii_lowercase()),
            u + usize::from(b.is_ascii_uppercase()),
            h | b,
        )
    });
    if high < 0x80 {
        return lower == 0 && upper >= 2;
    }
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && is_all_caps(w)
}

/// Whether `matched` (equal to `surface` up to ASCII case) is written in an
/// acceptable case: exactly, in all caps, or with at least the capitals of
/// the gazetteer form (`Kim Jong-Un` for `Kim Jong-un`, not `korea utara`).
pub(crate) fn case_ok(surface: &str, matched: &str, exact: bool) -> bool {
    if matched == surface {
        return true;
    }
    if exact {
        return false;
    }
    if !matched.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    if is_all_caps(matched) {
        return true;
    }
    surface
        .chars()
        .zip(matched.chars())
        .all(|(s, m)| !s.is_uppercase() || m.is_uppercase())
}
