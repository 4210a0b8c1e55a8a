//! Words around a capitalised run that say what kind of name it is: the
//! function words that glue the capitalised words of a foreign title
//! together, the roles and biography cues that follow a person's name, and
//! the cues that make a quoted name a character. The context rules of
//! `tag.rs` ask these; each looks at one or two tokens next to the run,
//! never further.

use crate::short_words::ShortWords;
use crate::tokenize::{Token, TokenKind};

/// Lowercase English and romanised Japanese function words before a
/// capitalised run that make it part of a title (`King of the Kastle`,
/// `Sounding the Seventh Trumpet`). `and` and `by` are left out: they join
/// and credit people too (`Simon and Garfunkel`, `by John Lennon`).
pub(super) fn title_glue_before(w: &str) -> bool {
    matches!(
        w,
        "of" | "the" | "a" | "an" | "in" | "on" | "for" | "to" | "at" | "from" | "no" | "wa" | "ga"
    )
}

/// The same after a run (`Guinness Book of World Records`, `Kitto Mirai no
/// Naka`, `Dakara Sono Te o Hanashite`).
pub(super) fn title_glue_after(w: &str) -> bool {
    matches!(
        w,
        "of" | "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "for"
            | "to"
            | "at"
            | "from"
            | "with"
            | "no"
            | "wa"
            | "ga"
            | "ni"
            | "o"
    )
}

/// Whether `(gitar)`, `(vokal)`, `(lahir 1984)` follows token `last`: a
/// band member's instrument or a birth date in brackets follows a person.
pub(super) fn role_in_brackets(tokens: &[Token<'_>], last: usize) -> bool {
    let (Some(open), Some(word)) = (tokens.get(last + 1), tokens.get(last + 2)) else {
        return false;
    };
    open.text() == "("
        && word.kind() == TokenKind::Word
        && matches!(
            word.text(),
            "gitar"
                | "drum"
                | "drums"
                | "vokal"
                | "bass"
                | "bas"
                | "kibor"
                | "keyboard"
                | "perkusi"
                | "piano"
                | "biola"
                | "saksofon"
                | "terompet"
                | "lahir"
        )
}

/// Whether `, seorang` or `, mantan` follows token `last`: an apposition
/// that describes a person (`Tsvangirai, mantan tokoh serikat pekerja`).
pub(super) fn person_apposition(tokens: &[Token<'_>], last: usize) -> bool {
    let (Some(comma), Some(word)) = (tokens.get(last + 1), tokens.get(last + 2)) else {
        return false;
    };
    comma.text() == "," && matches!(word.text(), "seorang" | "mantan")
}

/// Whether the word before the quotation mark that opens a run at token
/// `first` makes the quoted run a character's name (`sebagai "Geum Jan
/// Di"`, `memerankan "Sakuya"`).
pub(super) fn role_before_quote(tokens: &[Token<'_>], first: usize) -> bool {
    first
        .checked_sub(2)
        .map(|p| tokens[p].text())
        .is_some_and(|w| {
            matches!(
                w,
                "sebagai" | "memerankan" | "tokoh" | "karakter" | "peran" | "perannya"
            )
        })
}

/// Whether the run at tokens `first..=last`, inside quotation marks, is a
/// character's name: `sebagai "Geum Jan Di"`, or `"Raika Tachibana" dalam
/// ...`.
pub(super) fn quoted_role(tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    role_before_quote(tokens, first) || tokens.get(last + 2).is_some_and(|t| t.text() == "dalam")
}

/// The end of a romanised Korean given name that pre-tokenised text splits
/// at its hyphen (`Choi Ji - woo`): the byte offset after `woo`, when token
/// `last` is a short capitalised syllable followed by ` - ` and a short
/// lowercase syllable.
pub(super) fn split_syllable_end(tokens: &[Token<'_>], last: usize) -> Option<usize> {
    let (syl, dash, tail) = (tokens[last], tokens.get(last + 1)?, tokens.get(last + 2)?);
    let short = |w: &str, lower: bool| {
        (2..=4).contains(&w.len())
            && w.bytes().enumerate().all(|(i, b)| {
                b.is_ascii_lowercase() || (!lower && i == 0 && b.is_ascii_uppercase())
            })
    };
    (dash.text() == "-"
        && short(syl.text(), false)
        && tail.kind() == TokenKind::Word
        && short(tail.text(), true))
    .then(|| tail.span().end)
}

/// Verbs whose subject is a person (`Russert dilahirkan di Buffalo`, `Maki
/// Horikita lahir pada ...`).
pub(super) fn person_verb(w: &str) -> bool {
    PERSON_VERBS.contains(w)
}

const PERSON_VERBS: ShortWords<12> = ShortWords::new([
    "lahir",
    "dilahirkan",
    "wafat",
    "meninggal",
    "menikah",
    "belajar",
    "kuliah",
    "lulus",
    "pindah",
    "terpilih",
    "dipecat",
    "dinobatkan",
]);

/// Whether `dash` and `word` are a spaced hyphen and the word it joins:
/// pre-tokenised text writes `Saint-Germain` as `Saint - Germain`.
fn spaced_hyphen(text: &str, dash: &Token<'_>, word: &Token<'_>) -> bool {
    let (d, w) = (dash.span(), word.span());
    dash.text() == "-"
        && word.kind() == TokenKind::Word
        && text[..d.start].ends_with(' ')
        && text[d.end..w.start] == *" "
}

/// Whether the run opening at token `first` is the second half of a
/// hyphenated name split by spaces (`Paris Saint - Germain`, `Metro -
/// Goldwyn - Mayer`): a capitalised word before the hyphen.
pub(super) fn after_hyphen_compound(text: &str, tokens: &[Token<'_>], first: usize) -> bool {
    let Some(p) = first.checked_sub(2) else {
        return false;
    };
    let (word, dash) = (&tokens[p], &tokens[p + 1]);
    let (d, f) = (dash.span(), tokens[first].span());
    dash.text() == "-"
        && word.text().chars().next().is_some_and(char::is_uppercase)
        && text[word.span().end..d.start] == *" "
        && text[d.end..f.start] == *" "
}

/// The end of a hyphenated name that pre-tokenised text splits at its
/// hyphen (`Yoon Eun - Hye`, `Habiburrahman El - Shirazy`): the byte offset
/// after the capitalised word that follows token `last` across a spaced
/// hyphen, when that word ends the name.
pub(super) fn hyphenated_name_end(text: &str, tokens: &[Token<'_>], last: usize) -> Option<usize> {
    let (dash, word) = (tokens.get(last + 1)?, tokens.get(last + 2)?);
    let w = word.text();
    // Cheapest test first: most names are followed by no hyphen.
    let capitalised = || {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && w.chars().count() >= 2
    };
    let ends = || {
        tokens.get(last + 3).is_none_or(|t| {
            t.text() != "-" && !t.text().chars().next().is_some_and(char::is_uppercase)
        })
    };
    (spaced_hyphen(text, dash, word)
        && text[tokens[last].span().end..dash.span().start] == *" "
        && capitalised()
        && ends())
    .then(|| word.span().end)
}

/// The end of a name whose letters outside ASCII were lost to question
/// marks (`Cavani G ? ? mez`, `Mart??nez Ram??rez`): the byte offset after
/// the lowercase rest of the word that follows token `last` across the
/// marks, and after any further such word of the name.
pub(super) fn mangled_name_end(text: &str, tokens: &[Token<'_>], last: usize) -> Option<usize> {
    let lower = |t: &Token<'_>| {
        t.kind() == TokenKind::Word
            && t.text()
                .chars()
                .all(|c| c.is_alphabetic() && c.is_lowercase())
    };
    let (mut k, mut end) = (last, None);
    loop {
        let mut i = k + 1;
        while tokens.get(i).is_some_and(|t| t.text() == "?") {
            i += 1;
        }
        let marks = i - k - 1;
        if marks == 0 {
            break;
        }
        let Some(rest) = tokens.get(i).filter(|t| lower(t)) else {
            break;
        };
        // One mark inside a word (`G?mez`), or more than one.
        let joined = text[tokens[k].span().end..rest.span().start].len() == marks;
        if marks == 1 && !joined {
            break;
        }
        end = Some(rest.span().end);
        k = i;
        // `Mart ? ? nez Ram ? ? rez`: another word of the name, mangled too.
        let next_mangled = tokens.get(k + 1).is_some_and(|t| {
            t.kind() == TokenKind::Word && t.text().chars().next().is_some_and(char::is_uppercase)
        }) && tokens.get(k + 2).is_some_and(|t| t.text() == "?");
        if next_mangled {
            k += 1;
        }
    }
    end
}

/// Whether `adalah seorang ...`, `merupakan salah seorang ...` or `adalah
/// anak ...` follows token `last`, after an optional aside in brackets
/// (`Zerkowitz (1901-1980) adalah seorang pelukis`): the run is described as a
/// person.
pub(super) fn described_as_person(tokens: &[Token<'_>], last: usize) -> bool {
    const MAX_ASIDE: usize = 24;
    let mut k = last + 1;
    if tokens.get(k).is_some_and(|t| t.text() == "(") {
        let close = tokens[k..]
            .iter()
            .take(MAX_ASIDE)
            .position(|t| t.text() == ")");
        let Some(close) = close else {
            return false;
        };
        k += close + 1;
    }
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text());
    matches!(word(k), "adalah" | "merupakan" | "ialah")
        && (matches!(word(k + 1), "seorang" | "anak" | "putra" | "putri")
            || (word(k + 1) == "salah" && word(k + 2) == "seorang"))
}

/// The start of a name whose first word lost letters to question marks
/// (`Bj ? ? rn Yttling`): the byte offset of that word's capitalised head
/// before token `first`, when the lowercase rest of the word precedes it.
pub(super) fn mangled_name_start(text: &str, tokens: &[Token<'_>], first: usize) -> Option<usize> {
    // At least one mark before the rest of the word: settled before the
    // word's letters are read.
    if first < 2 || tokens[first - 2].text() != "?" {
        return None;
    }
    let rest = &tokens[first - 1];
    let lower = rest.kind() == TokenKind::Word
        && rest
            .text()
            .chars()
            .all(|c| c.is_alphabetic() && c.is_lowercase());
    if !lower {
        return None;
    }
    let mut i = first - 1;
    while i >= 1 && tokens[i - 1].text() == "?" {
        i -= 1;
    }
    let marks = first - 1 - i;
    let head = &tokens[i.checked_sub(1)?];
    let joined = text[head.span().end..rest.span().start].len() == marks;
    let capital = head.kind() == TokenKind::Word
        && head.text().chars().next().is_some_and(char::is_uppercase);
    (capital && (marks >= 2 || (marks == 1 && joined))).then(|| head.span().start)
}
