//! The installed `indonlp` binary, run as a user would: every subcommand and
//! format on fixtures (golden outputs), CoNLL-U and JSONL checked by
//! parsers, thread counts, inputs (stdin, .gz, directories) and errors.
//!
//! Regenerate the golden files after an intended change with
//! `INDONLP_UPDATE_GOLDEN=1 cargo test -p indonlp-cli --test cli`, and
//! review the diff.

mod conllu;

use assert_cmd::Command;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// `indonlp` run in the fixtures directory (so sources print as `news.txt`).
fn indonlp() -> Command {
    let mut c = Command::cargo_bin("indonlp").unwrap();
    c.current_dir(fixtures());
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    run_with(indonlp().args(args))
}

fn run_with(c: &mut Command) -> Run {
    let out = c.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("output is UTF-8"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn ok(args: &[&str]) -> String {
    let r = run(args);
    assert_eq!(r.code, 0, "indonlp {args:?} failed: {}", r.stderr);
    // Not a terminal: no progress bar, nothing on stderr.
    assert_eq!(r.stderr, "", "indonlp {args:?} wrote to stderr");
    r.stdout
}

const GOLDEN: &[(&str, &str, &str)] = &[
    ("tokenize", "text", "tokenize.txt"),
    ("tokenize", "jsonl", "tokenize.jsonl"),
    ("tokenize", "tsv", "tokenize.tsv"),
    ("tokenize", "conllu", "tokenize.conllu"),
    ("sentences", "text", "sentences.txt"),
    ("sentences", "jsonl", "sentences.jsonl"),
    ("sentences", "tsv", "sentences.tsv"),
    ("sentences", "conllu", "sentences.conllu"),
    ("stem", "text", "stem.txt"),
    ("stem", "jsonl", "stem.jsonl"),
    ("stem", "tsv", "stem.tsv"),
    ("stem", "conllu", "stem.conllu"),
    ("ner", "text", "ner.txt"),
    ("ner", "jsonl", "ner.jsonl"),
    ("ner", "tsv", "ner.tsv"),
    ("ner", "conllu", "ner.conllu"),
    ("ner", "bio", "ner.bio"),
    ("analyze", "text", "analyze.txt"),
    ("analyze", "jsonl", "analyze.jsonl"),
    ("analyze", "tsv", "analyze.tsv"),
    ("analyze", "conllu", "analyze.conllu"),
    ("analyze", "bio", "analyze.bio"),
];

#[test]
fn every_subcommand_and_format_matches_its_golden_output() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var_os("INDONLP_UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for &(cmd, format, file) in GOLDEN {
        let got = ok(&[cmd, "--format", format, "--by", "paragraph", "news.txt"]);
        let path = dir.join(file);
        if update {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("{}: {e} (run with INDONLP_UPDATE_GOLDEN=1)", path.display())
        });
        if got != want {
            let line = got
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .map_or(got.lines().count().min(want.lines().count()), |n| n);
            failures.push(format!(
                "`indonlp {cmd} --format {format}` differs from golden/{file} at line {}:\n  got:  {:?}\n  want: {:?}",
                line + 1,
                got.lines().nth(line).unwrap_or("<end>"),
                want.lines().nth(line).unwrap_or("<end>")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn conllu_output_is_valid_conllu() {
    for cmd in ["tokenize", "sentences", "stem", "ner", "analyze"] {
        for by in ["line", "paragraph", "file"] {
            let out = ok(&[cmd, "--format", "conllu", "--by", by, "news.txt"]);
            let sentences = conllu::parse(&out)
                .unwrap_or_else(|e| panic!("indonlp {cmd} --by {by}: invalid CoNLL-U: {e}"));
            assert!(sentences.len() >= 6, "{cmd} --by {by}: {}", sentences.len());
        }
    }
    // The content: lemmas are the stems, entities are BIO tags in MISC.
    let out = ok(&["analyze", "--format", "conllu", "news.txt"]);
    let sentences = conllu::parse(&out).unwrap();
    let words: Vec<&conllu::Word> = sentences.iter().flat_map(|s| &s.words).collect();
    let find = |form: &str| *words.iter().find(|w| w.form == form).unwrap();
    assert_eq!(find("pembangunan").lemma, "bangun");
    assert_eq!(find("dibangun").lemma, "bangun");
    assert_eq!(
        find("Prabowo").misc.get("NER").map(String::as_str),
        Some("B-PERSON")
    );
    assert_eq!(
        find("Subianto").misc.get("NER").map(String::as_str),
        Some("I-PERSON")
    );
    assert_eq!(
        find("Moskwa").misc.get("NER").map(String::as_str),
        Some("B-CITY")
    );
    assert_eq!(
        find("Merdeka").misc.get("SpaceAfter").map(String::as_str),
        Some("No")
    );
    assert!(find("menerima").misc.is_empty());
    // one document, sentence ids unique (checked by the parser) and named after the file
    assert!(sentences[0]
        .comments
        .iter()
        .any(|c| c == "newdoc id = news.txt"));
    assert_eq!(sentences[1].sent_id, "news.txt:0:2");
}

fn json_lines(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

#[test]
fn jsonl_has_offsets_stems_and_canonical_entities() {
    let out = ok(&["analyze", "--format", "jsonl", "--by", "line", "news.txt"]);
    let units = json_lines(&out);
    assert_eq!(units.len(), 4, "one object per line, the blank one too");
    for (i, u) in units.iter().enumerate() {
        assert_eq!(u["source"], "news.txt");
        assert_eq!(u["unit"], i);
        assert_eq!(u["line"], i + 1);
        let text = u["text"].as_str().unwrap();
        let chars: Vec<char> = text.chars().collect();
        for t in u["tokens"].as_array().unwrap() {
            let (s, e) = (
                t["start"].as_u64().unwrap() as usize,
                t["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[s..e], t["text"].as_str().unwrap());
            let (cs, ce) = (
                t["char_start"].as_u64().unwrap() as usize,
                t["char_end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                chars[cs..ce].iter().collect::<String>(),
                t["text"].as_str().unwrap()
            );
            assert!(t["stem"].is_string() && t["stopword"].is_boolean());
        }
        for e in u["entities"].as_array().unwrap() {
            let (s, end) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[s..end], e["text"].as_str().unwrap());
        }
    }
    let all: Vec<&serde_json::Value> = units
        .iter()
        .flat_map(|u| u["entities"].as_array().unwrap())
        .collect();
    let canonical = |surface: &str| {
        all.iter()
            .find(|e| e["text"] == surface)
            .unwrap_or_else(|| panic!("{surface} not found"))["canonical"]
            .clone()
    };
    assert_eq!(canonical("Moskwa")["name"], "Moscow");
    assert_eq!(canonical("Korut")["name"], "North Korea");
    assert_eq!(canonical("Korut")["country_code"], "KP");
    assert_eq!(canonical("Lavrov")["name"], "Sergei Lavrov");
    let membahas = units[0]["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["text"] == "membahas")
        .unwrap();
    assert_eq!(membahas["stem"], "bahas");
    assert_eq!(membahas["entity"], serde_json::Value::Null);
}

/// About 100 KB of varied lines: several pipeline batches.
fn many_lines() -> String {
    let news = std::fs::read_to_string(fixtures().join("news.txt")).unwrap();
    let mut s = String::new();
    for i in 0..200 {
        for (k, line) in news.lines().enumerate() {
            if (i + k) % 5 == 0 {
                s.push('\n');
            }
            s.push_str(&format!("{i}. {line}\n"));
        }
    }
    s
}

#[test]
fn one_thread_and_several_give_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    let text = many_lines();
    std::fs::write(&a, &text).unwrap();
    std::fs::write(&b, text.replace("Moskwa", "Moscow")).unwrap();
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    for (cmd, format, by) in [
        ("analyze", "jsonl", "line"),
        ("analyze", "conllu", "paragraph"),
        ("ner", "bio", "line"),
        ("tokenize", "tsv", "file"),
    ] {
        let one = ok(&[cmd, "-f", format, "--by", by, "--threads", "1", a, b]);
        let two = ok(&[cmd, "-f", format, "--by", by, "--threads", "2", a, b]);
        let four = ok(&[cmd, "-f", format, "--by", by, "--threads", "4", a, b]);
        assert!(one.len() > 20_000, "{cmd} {format}: {} bytes", one.len());
        assert!(
            one == two,
            "{cmd} {format} --by {by}: --threads 1 and 2 differ"
        );
        assert!(
            one == four,
            "{cmd} {format} --by {by}: --threads 1 and 4 differ"
        );
    }
}

#[test]
fn stdin_is_read_line_by_line() {
    let out = run_with(
        indonlp()
            .args(["ner", "--format", "jsonl"])
            .write_stdin("Putin tiba di Moskwa.\n\nwarga Korut\n"),
    );
    assert_eq!(out.code, 0);
    let units = json_lines(&out.stdout);
    assert_eq!(units.len(), 3);
    assert_eq!(units[0]["source"], "-");
    assert_eq!(units[0]["entities"][1]["canonical"]["name"], "Moscow");
    assert_eq!(units[1]["entities"].as_array().unwrap().len(), 0);
    // `-` is stdin too, and --by file makes it one unit
    let out = run_with(
        indonlp()
            .args(["tokenize", "-f", "jsonl", "--by", "file", "-"])
            .write_stdin("Satu.\nDua.\n"),
    );
    assert_eq!(json_lines(&out.stdout).len(), 1);
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

#[test]
fn gz_files_and_gz_stdin_are_decompressed() {
    let news = std::fs::read(fixtures().join("news.txt")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let gz = dir.path().join("news.txt.gz");
    std::fs::write(&gz, gzip(&news)).unwrap();
    let plain = ok(&["analyze", "-f", "conllu", "news.txt"]);
    let from_gz = ok(&["analyze", "-f", "conllu", gz.to_str().unwrap()]);
    let name = gz.to_str().unwrap().replace(char::is_whitespace, "_");
    assert_eq!(from_gz.replace(&name, "news.txt"), plain);
    let out = run_with(
        indonlp()
            .args(["tokenize", "-f", "tsv"])
            .write_stdin(gzip(b"Halo dunia\n")),
    );
    assert_eq!(out.stdout.lines().count(), 3, "{}", out.stdout);
}

#[test]
fn directories_are_walked_with_glob() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("sub")).unwrap();
    std::fs::write(p.join("a.txt"), "Satu di Jakarta.").unwrap();
    std::fs::write(p.join("sub/b.txt"), "Dua di Bandung.").unwrap();
    std::fs::write(p.join("c.md"), "Tiga di Medan.").unwrap();
    std::fs::write(p.join("d.txt.gz"), gzip(b"Empat di Surabaya.")).unwrap();
    let sources = |args: &[&str]| -> Vec<String> {
        let mut c = indonlp();
        c.args(["ner", "-f", "jsonl"]).args(args).arg(p);
        json_lines(&run_with(&mut c).stdout)
            .iter()
            .map(|u| {
                let s = u["source"].as_str().unwrap();
                Path::new(s).strip_prefix(p).unwrap().display().to_string()
            })
            .collect()
    };
    assert_eq!(sources(&[]), ["a.txt", "d.txt.gz", "sub/b.txt"]);
    assert_eq!(sources(&["--glob", "*.md"]), ["c.md"]);
    assert_eq!(
        sources(&["--glob", "*.md", "--glob", "sub/*"]),
        ["c.md", "sub/b.txt"]
    );
}

#[test]
fn a_missing_file_is_named_and_the_others_are_done() {
    let r = run(&["tokenize", "-f", "tsv", "nope.txt", "news.txt", "gone/"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.lines().count() > 50,
        "news.txt was still tokenized"
    );
    let errors: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(
        errors,
        [
            "indonlp: nope.txt: No such file or directory",
            "indonlp: gone/: No such file or directory"
        ]
    );
}

#[test]
fn bad_arguments_exit_2_with_one_line() {
    for args in [
        &["ner", "--bogus", "news.txt"][..],
        &["tokenize", "--threads", "0"],
        &["tokenize", "--format", "xml"],
        &["tokenize", "--format", "bio", "news.txt"],
        &["frobnicate"],
        &["analyze", "--glob", "a[", "."],
        &["analyze", "--stopwords", "bad_stopwords.txt", "news.txt"],
        &["ner", "--gazetteer", "missing.tsv", "news.txt"],
        &["bench", "--budget", "-1", "news.txt"],
        &["bench", "--budget=-1", "news.txt"],
        &["bench"],
        &["bench", "--formats", "xml", "news.txt"],
    ] {
        let r = run(args);
        assert_eq!(r.code, 2, "indonlp {args:?}: {}", r.stderr);
        assert_eq!(
            r.stderr.lines().count(),
            1,
            "indonlp {args:?}: {:?}",
            r.stderr
        );
        assert!(r.stderr.starts_with("indonlp: "), "{:?}", r.stderr);
        assert_eq!(r.stdout, "");
    }
    let r = run(&["ner", "--bogus"]);
    assert!(r.stderr.contains("'--bogus'"), "{}", r.stderr);
    // the loader's error names the file and the line
    let r = run(&["analyze", "--stopwords", "bad_stopwords.txt", "news.txt"]);
    assert!(r.stderr.contains("bad_stopwords.txt:2:"), "{}", r.stderr);
}

#[test]
fn invalid_utf8_is_a_warning_with_the_byte_offset_or_an_error_with_strict() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"Baris satu.\nHalo \xff dunia di Jakarta.\n").unwrap();
    let bad = bad.to_str().unwrap();

    let r = run(&["ner", "-f", "jsonl", "--by", "line", bad]);
    assert_eq!(r.code, 0);
    assert_eq!(r.stderr.lines().count(), 1);
    assert!(
        r.stderr.starts_with(&format!(
            "indonlp: warning: {bad}: invalid UTF-8 at byte 17"
        )),
        "{}",
        r.stderr
    );
    let units = json_lines(&r.stdout);
    assert_eq!(units[1]["text"], "Halo \u{fffd} dunia di Jakarta.");
    assert_eq!(units[1]["entities"][0]["text"], "Jakarta");
    // the offset is in the file whatever the unit
    let r = run(&["ner", "-f", "jsonl", "--by", "file", bad]);
    assert!(r.stderr.contains("at byte 17"), "{}", r.stderr);

    let r = run(&["ner", "-f", "jsonl", "--strict", bad, "news.txt"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr.trim_end(),
        format!("indonlp: {bad}: invalid UTF-8 at byte 17")
    );
    assert_eq!(json_lines(&r.stdout).len(), 1, "news.txt is still done");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, many_lines()).unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("indonlp"))
        .args(["tokenize", "-f", "tsv", "--by", "line"])
        .arg(&big)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout); // like `| head -c 64`
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(status.success(), "{status:?} {stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn user_data_files_are_used() {
    let text = "Rangga Wiratama pulang ke Sukamaju. Kunjungan itu singkat.";
    let r = run_with(
        indonlp()
            .args(["analyze", "-f", "jsonl", "--gazetteer", "gazetteer.tsv"])
            .args(["--stopwords", "stopwords.txt"])
            .write_stdin(text),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let u = &json_lines(&r.stdout)[0];
    let ents: Vec<(&str, &str)> = u["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["text"].as_str().unwrap(), e["label"].as_str().unwrap()))
        .collect();
    assert_eq!(ents, [("Rangga Wiratama", "PERSON"), ("Sukamaju", "CITY")]);
    let kunjungan = u["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["text"] == "Kunjungan")
        .unwrap();
    assert_eq!(kunjungan["stopword"], true);
    // --roots: an unknown word is left whole until its root is known
    let stem = |extra: &[&str]| {
        let r = run_with(
            indonlp()
                .args(["stem", "-f", "tsv"])
                .args(extra)
                .write_stdin("mengoreksir"),
        );
        r.stdout
            .lines()
            .nth(1)
            .unwrap()
            .split('\t')
            .nth(11)
            .unwrap()
            .to_owned()
    };
    assert_eq!(stem(&[]), "mengoreksir");
    assert_eq!(stem(&["--roots", "roots.txt"]), "koreksir");
}

#[test]
fn help_version_and_completions() {
    for cmd in [
        "tokenize",
        "sentences",
        "stem",
        "ner",
        "analyze",
        "bench",
        "stemmer-override",
        "completions",
    ] {
        let out = ok(&[cmd, "--help"]);
        assert!(
            out.contains("Examples:"),
            "indonlp {cmd} --help has no examples"
        );
    }
    assert_eq!(
        ok(&["--version"]),
        format!("indonlp {}\n", env!("CARGO_PKG_VERSION"))
    );
    for shell in ["bash", "zsh", "fish"] {
        let out = ok(&["completions", shell]);
        assert!(
            out.contains("stemmer-override") && out.contains("format"),
            "{shell}"
        );
    }
}

#[test]
fn bench_prints_a_table_beside_unicode_segmentation() {
    let out = ok(&["bench", "--budget", "0.2", "news.txt"]);
    for row in [
        "indonlp tokenize",
        "indonlp entities",
        "indonlp analyze",
        "unicode-segmentation",
    ] {
        let line = out
            .lines()
            .find(|l| l.starts_with(row))
            .unwrap_or_else(|| panic!("no {row} row in\n{out}"));
        // MB/s, tokens/s (with a k/M unit word) and the ratio, twice
        let numbers: Vec<f64> = line[row.len()..]
            .split_whitespace()
            .filter_map(|w| w.trim_end_matches('×').parse().ok())
            .collect();
        assert_eq!(numbers.len(), 6, "{line}");
        assert!(numbers.iter().all(|x| x.is_finite() && *x >= 0.0), "{line}");
        if row == "unicode-segmentation" {
            assert_eq!(
                line.matches("1.00×").count(),
                2,
                "the baseline's own ratio: {line}"
            );
        }
    }
    assert!(out.starts_with("input: 1 file, "), "{out}");
}

#[test]
fn bench_formats_write_what_the_command_writes() {
    let out = ok(&[
        "bench",
        "--budget",
        "0",
        "--formats",
        "jsonl,bio,jsonl",
        "news.txt",
    ]);
    let row = |name: &str| {
        let line = out
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no {name} row in\n{out}"));
        let numbers: Vec<f64> = line[line.find(')').map_or(name.len(), |i| i + 1)..]
            .split_whitespace()
            .filter_map(|w| w.trim_end_matches('×').parse().ok())
            .collect();
        // seconds, MB/s, × analyze; per line and per file
        assert_eq!(numbers.len(), 6, "{line}");
        line.to_owned()
    };
    assert_eq!(row("analyze alone").matches("1.00×").count(), 2);
    for format in ["jsonl", "bio"] {
        // the per-line output's size is the command's `--by line` output
        let written = ok(&["analyze", "--by", "line", "--format", format, "news.txt"]).len();
        row(&format!("analyze → {format} ({written} bytes)"));
    }
    // a format asked for twice is measured once
    assert_eq!(out.matches("analyze → jsonl").count(), 1, "{out}");
    assert!(out.contains("× analyze"), "{out}");
}

/// Elasticsearch's rules format: `lhs => rhs`, lhs a comma-separated list.
fn parse_rules(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (lhs, rhs) = l
                .split_once(" => ")
                .unwrap_or_else(|| panic!("no ` => ` in {l:?}"));
            assert!(
                !lhs.is_empty() && !rhs.is_empty() && !rhs.contains("=>"),
                "{l:?}"
            );
            assert!(
                !lhs.contains(char::is_whitespace) && !rhs.contains(char::is_whitespace),
                "{l:?}"
            );
            assert_eq!(
                lhs,
                lhs.to_lowercase(),
                "the filter sees lowercase tokens: {l:?}"
            );
            (lhs.to_owned(), rhs.to_owned())
        })
        .collect()
}

#[test]
fn stemmer_override_rules_for_a_corpus() {
    let rules = parse_rules(&ok(&["stemmer-override", "news.txt"]));
    let get = |w: &str| rules.iter().find(|(l, _)| l == w).map(|(_, r)| r.as_str());
    assert_eq!(get("pembangunan"), Some("bangun"));
    assert_eq!(get("dibangun"), Some("bangun"));
    assert_eq!(get("membahas"), Some("bahas"));
    assert_eq!(
        get("jakarta"),
        Some("jakarta"),
        "known words stay, for a fallback stemmer"
    );
    assert_eq!(get("12/11"), None);
    let mut sorted = rules.clone();
    sorted.sort();
    sorted.dedup_by(|a, b| a.0 == b.0);
    assert_eq!(sorted, rules, "sorted, one rule per word");

    let changed = parse_rules(&ok(&["stemmer-override", "--changed-only", "news.txt"]));
    assert!(changed.iter().all(|(l, r)| l != r));
    assert!(changed.len() < rules.len() && changed.iter().any(|(l, _)| l == "pembangunan"));

    // --min-count over a directory; -o writes a file
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Pembangunan jalan. Pembangunan jembatan.",
    )
    .unwrap();
    std::fs::write(dir.path().join("b.txt"), "pembangunan dibangun").unwrap();
    let out = dir.path().join("rules.txt");
    let mut c = indonlp();
    c.args(["stemmer-override", "--min-count", "2", "-o"])
        .arg(&out)
        .arg(dir.path());
    let r = run_with(&mut c);
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
    let rules = parse_rules(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(rules, [("pembangunan".to_owned(), "bangun".to_owned())]);
}

#[test]
fn odd_input_never_breaks_a_format() {
    // Control characters, invalid UTF-8, CR, BOMs, tabs and backslashes,
    // combining marks, emoji, a long run without spaces, lone punctuation.
    let mut bytes: Vec<u8> = Vec::new();
    bytes.extend_from_slice(b"\xEF\xBB\xBF\n\r\n\0\0 Jakarta\x07\n\xff\xfe di Bandung\n");
    bytes.extend_from_slice(
        "a\tb\\c \u{200b}Moskwa\u{301} 👍🏽 \u{2028} “Ya,” kata Putin.\n".as_bytes(),
    );
    bytes.extend_from_slice(&b"x-.".repeat(2_000));
    bytes.extend_from_slice(b"\n. , ; \" ' ( ) --\n");
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("odd.txt");
    std::fs::write(&odd, &bytes).unwrap();
    let odd = odd.to_str().unwrap();
    for &(cmd, format, _) in GOLDEN {
        let r = run(&[cmd, "-f", format, "--by", "line", odd]);
        assert_eq!(r.code, 0, "{cmd} {format}: {}", r.stderr);
        assert_eq!(
            r.stderr.lines().count(),
            1,
            "only the UTF-8 warning: {}",
            r.stderr
        );
        match format {
            "jsonl" => assert_eq!(json_lines(&r.stdout).len(), 7, "one object per line"),
            "conllu" => {
                conllu::parse(&r.stdout).unwrap_or_else(|e| panic!("{cmd}: invalid CoNLL-U: {e}"));
            }
            "tsv" => {
                let columns = r.stdout.lines().next().unwrap().split('\t').count();
                assert!(
                    r.stdout.lines().all(|l| l.split('\t').count() == columns),
                    "{cmd} tsv"
                );
            }
            "bio" => assert!(
                r.stdout
                    .lines()
                    .all(|l| l.is_empty() || l.split('\t').count() == 2),
                "{cmd} bio"
            ),
            _ => {}
        }
    }
}
