//! A small, independent CoNLL-U reader for the tests: it checks the
//! structure the format requires (https://universaldependencies.org/format.html)
//! rather than comparing strings: blocks of comments then word lines, ten
//! TAB-separated columns, IDs 1..n, `sent_id` unique, `text` equal to the
//! forms joined according to `SpaceAfter=No`, MISC as `Key=Value` pairs,
//! and NER tags forming valid BIO sequences.

use std::collections::{BTreeMap, HashSet};

const UPOS: &[&str] = &[
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
];

#[derive(Debug)]
#[allow(dead_code)] // every column is read, not every test looks at each
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub misc: BTreeMap<String, String>,
}

#[derive(Debug)]
#[allow(dead_code)]
pub struct Sentence {
    pub comments: Vec<String>,
    pub sent_id: String,
    pub text: String,
    pub words: Vec<Word>,
}

pub fn parse(input: &str) -> Result<Vec<Sentence>, String> {
    if input.is_empty() {
        return Ok(Vec::new());
    }
    if !input.ends_with("\n\n") || input.ends_with("\n\n\n") {
        return Err("a file ends with one blank line after the last sentence".into());
    }
    let mut ids = HashSet::new();
    let mut sentences = Vec::new();
    for (b, block) in input[..input.len() - 2].split("\n\n").enumerate() {
        let s = parse_block(block).map_err(|e| format!("sentence {}: {e}\n{block}", b + 1))?;
        if !ids.insert(s.sent_id.clone()) {
            return Err(format!("duplicate sent_id {}", s.sent_id));
        }
        sentences.push(s);
    }
    Ok(sentences)
}

fn parse_block(block: &str) -> Result<Sentence, String> {
    let mut comments = Vec::new();
    let mut words: Vec<Word> = Vec::new();
    for line in block.split('\n') {
        if line.trim().is_empty() {
            return Err("blank line inside a sentence".into());
        }
        if let Some(c) = line.strip_prefix('#') {
            if !words.is_empty() {
                return Err("comment after a word line".into());
            }
            comments.push(c.trim().to_owned());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(format!("{} columns in {line:?}", cols.len()));
        }
        if cols.iter().any(|c| c.is_empty() || c.trim() != *c) {
            return Err(format!("empty or padded field in {line:?}"));
        }
        let id: usize = cols[0]
            .parse()
            .map_err(|_| format!("bad ID {:?}", cols[0]))?;
        if id != words.len() + 1 {
            return Err(format!("ID {id} after {}", words.len()));
        }
        if cols[3] != "_" && !UPOS.contains(&cols[3]) {
            return Err(format!("unknown UPOS {:?}", cols[3]));
        }
        if cols[2..10].iter().skip(1).any(|c| c.contains(' ')) {
            return Err(format!("space in a column after LEMMA: {line:?}"));
        }
        if (cols[6] == "_") != (cols[7] == "_") {
            return Err("HEAD and DEPREL go together".into());
        }
        let mut misc = BTreeMap::new();
        if cols[9] != "_" {
            for pair in cols[9].split('|') {
                let (k, v) = pair
                    .split_once('=')
                    .filter(|(k, v)| !k.is_empty() && !v.is_empty())
                    .ok_or_else(|| format!("MISC item {pair:?} is not Key=Value"))?;
                if misc.insert(k.to_owned(), v.to_owned()).is_some() {
                    return Err(format!("MISC key {k} twice"));
                }
            }
        }
        words.push(Word {
            form: cols[1].to_owned(),
            lemma: cols[2].to_owned(),
            upos: cols[3].to_owned(),
            misc,
        });
    }
    if words.is_empty() {
        return Err("a sentence without words".into());
    }
    let value = |key: &str| -> Result<String, String> {
        let found: Vec<&String> = comments
            .iter()
            .filter(|c| c.split_once(" = ").is_some_and(|(k, _)| k == key))
            .collect();
        match found[..] {
            [one] => Ok(one.split_once(" = ").unwrap().1.to_owned()),
            _ => Err(format!("{} `# {key} =` comments", found.len())),
        }
    };
    let sent_id = value("sent_id")?;
    if sent_id.contains(char::is_whitespace) {
        return Err(format!("whitespace in sent_id {sent_id:?}"));
    }
    let text = value("text")?;
    let mut spelled = String::new();
    for (i, w) in words.iter().enumerate() {
        spelled.push_str(&w.form);
        match w.misc.get("SpaceAfter").map(String::as_str) {
            Some("No") => {}
            Some(other) => return Err(format!("SpaceAfter={other}")),
            None if i + 1 < words.len() => spelled.push(' '),
            None => {}
        }
    }
    if spelled.trim_end() != text {
        return Err(format!("# text {text:?} but the forms spell {spelled:?}"));
    }
    let mut previous: Option<&str> = None;
    for w in &words {
        let tag = w.misc.get("NER").map(String::as_str);
        if let Some(tag) = tag {
            let (bi, label) = tag.split_once('-').ok_or(format!("NER={tag}"))?;
            if !["B", "I"].contains(&bi) || !["PERSON", "COUNTRY", "CITY"].contains(&label) {
                return Err(format!("NER={tag}"));
            }
            if bi == "I" && previous.map(|p| &p[2..]) != Some(label) {
                return Err(format!("NER={tag} does not continue an entity"));
            }
        }
        previous = tag;
    }
    Ok(Sentence {
        comments,
        sent_id,
        text,
        words,
    })
}

#[test]
fn the_reader_rejects_broken_conllu() {
    let good = "# sent_id = a\n# text = Ya.\n1\tYa\tya\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\t.\t.\tPUNCT\t_\t_\t_\t_\t_\t_\n\n";
    assert_eq!(parse(good).unwrap()[0].words.len(), 2);
    for bad in [
        good.replace("2\t.", "3\t."),                              // ID sequence
        good.replace("\tPUNCT\t_", "\tPUNCT"),                     // 9 columns
        good.replace("SpaceAfter=No", "_"),                        // text mismatch
        good.replace("# sent_id = a\n", ""),                       // no sent_id
        format!("{good}{good}"),                                   // duplicate sent_id
        good.replace("SpaceAfter=No", "SpaceAfter=No|NER=I-CITY"), // I- without B-
        good.trim_end().to_owned(),                                // no final blank line
    ] {
        assert!(parse(&bad).is_err(), "accepted:\n{bad}");
    }
}
