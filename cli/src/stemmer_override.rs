//! `indonlp stemmer-override`: our roots for Elasticsearch / OpenSearch,
//! without JVM code. It collects the vocabulary of a corpus and writes a
//! rules file for their `stemmer_override` token filter, one `word => root`
//! per line (lowercase words, as they arrive after the `lowercase` filter).
//!
//! Only purely alphabetic words are written: the `standard` tokenizer splits
//! `anak-anak` and `COVID-19` at the hyphen, so such forms never reach the
//! filter whole.

use crate::args::{By, OverrideArgs};
use crate::input;
use crate::pipeline;
use crate::report::{Reporter, Status};
use crate::work;
use indonlp::{TokenKind, Tokenizer};
use std::collections::HashMap;
use std::io::{self, Write};

/// Lowercase alphabetic words of a batch, with their counts.
fn vocabulary(tokenizer: &Tokenizer, batch: &crate::units::Batch) -> HashMap<String, u64> {
    let mut words: HashMap<String, u64> = HashMap::new();
    for unit in batch.iter() {
        for t in tokenizer.tokenize(unit.text) {
            let w = t.text();
            if t.kind() != TokenKind::Word || !w.chars().all(char::is_alphabetic) {
                continue;
            }
            if w.chars().any(char::is_uppercase) {
                *words.entry(w.to_lowercase()).or_default() += 1;
            } else if let Some(n) = words.get_mut(w) {
                *n += 1;
            } else {
                words.insert(w.to_owned(), 1);
            }
        }
    }
    words
}

pub fn run(args: &OverrideArgs) -> Result<Status, String> {
    let globs = input::glob_set(&args.input.glob)?;
    let stemmer = work::build_stemmer(args.roots.as_deref())?;
    let tokenizer = Tokenizer::new();
    let report = Reporter::new(args.input.quiet);
    let sources = input::expand(&args.input.inputs, &globs, &report);
    report.start(&sources);

    // The vocabulary does not need whole files: lines keep memory small.
    let by = Some(args.input.by.unwrap_or(By::Line));
    let mut vocab: HashMap<String, u64> = HashMap::new();
    let _ = pipeline::run(
        work::threads(args.input.threads),
        |emit| work::produce_units(&sources, by, args.input.strict, &report, emit),
        |batch| vocabulary(&tokenizer, batch),
        |words| -> Result<(), ()> {
            for (w, n) in words {
                *vocab.entry(w).or_default() += n;
            }
            Ok(())
        },
    );

    let mut words: Vec<(&str, u64)> = vocab
        .iter()
        .filter(|(_, &n)| n >= args.min_count)
        .map(|(w, &n)| (w.as_str(), n))
        .collect();
    words.sort_unstable();
    let mut rules = String::with_capacity(words.len() * 16);
    rules.push_str(&format!(
        "# stemmer_override rules written by indonlp {} ({} words seen at least {} time(s) in {} input(s))\n",
        env!("CARGO_PKG_VERSION"),
        words.len(),
        args.min_count,
        sources.len()
    ));
    for (w, _) in words {
        let root = stemmer.stem(w);
        if args.changed_only && root == w {
            continue;
        }
        rules.push_str(w);
        rules.push_str(" => ");
        rules.push_str(&root);
        rules.push('\n');
    }
    let result = match &args.output {
        Some(path) => std::fs::write(path, &rules)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {}", path.display(), e))),
        None => {
            let mut out = io::stdout().lock();
            out.write_all(rules.as_bytes()).and_then(|()| out.flush())
        }
    };
    match result {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => report.error(&format!("writing rules: {}", work::io_reason(&e))),
    }
    Ok(report.finish())
}
