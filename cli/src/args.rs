//! The command line: subcommands, options, and how a bad argument is told.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// Indonesian text processing over files, folders and pipes: tokens,
/// sentences, stems (kata dasar) and named entities (people, countries,
/// cities), written as a table, JSONL, TSV, CoNLL-U or BIO.
#[derive(Parser, Debug)]
#[command(name = "indonlp", version, propagate_version = true)]
#[command(after_help = "Examples:
  indonlp analyze artikel.txt                      # a readable table
  indonlp analyze --format jsonl berita/ > out.jsonl
  indonlp ner --format bio --by line korpus.txt.gz
  cat teks.txt | indonlp tokenize | head
  indonlp bench korpus.txt")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Split text into tokens (words, numbers, URLs, punctuation...)
    #[command(after_help = "Examples:
  indonlp tokenize artikel.txt
  echo 'Anak-anak bermain di Jakarta.' | indonlp tokenize --format tsv
  indonlp tokenize --format conllu --by paragraph korpus.txt > korpus.conllu")]
    Tokenize(Common),
    /// Split text into sentences
    #[command(after_help = "Examples:
  indonlp sentences artikel.txt
  indonlp sentences --format jsonl berita/ > kalimat.jsonl")]
    Sentences(Common),
    /// Tokens with their stems (kata dasar) and stopword flags
    #[command(after_help = "Examples:
  echo 'Pembangunan jembatan dipercepat.' | indonlp stem
  indonlp stem --format tsv --roots kata-dasar.txt artikel.txt")]
    Stem(Common),
    /// Named entities: PERSON, COUNTRY, CITY with canonical entries
    #[command(after_help = "Examples:
  indonlp ner artikel.txt
  indonlp ner --format bio --by line kalimat.txt > kalimat.bio
  indonlp ner --gazetteer tokoh.tsv --format jsonl berita/")]
    Ner(Common),
    /// Everything: sentences, tokens, stems, stopwords and entities
    #[command(after_help = "Examples:
  indonlp analyze artikel.txt
  indonlp analyze --format jsonl --glob '*.md' berita/ > berita.jsonl
  indonlp analyze --format conllu artikel.txt > artikel.conllu")]
    Analyze(Common),
    /// Throughput (MB/s, tokens/s) on your text, beside unicode-segmentation
    #[command(after_help = "Examples:
  indonlp bench korpus.txt
  indonlp bench --budget 2 a.txt b.txt.gz
  indonlp bench --formats jsonl,tsv korpus.txt   # the cost of writing each format
  indonlp bench --formats all korpus.txt")]
    Bench(BenchArgs),
    /// Write an Elasticsearch/OpenSearch `stemmer_override` rules file
    /// (`word => root`) for the vocabulary of a corpus
    #[command(after_help = "Examples:
  indonlp stemmer-override berita/ -o config/analysis/indonlp_stems.txt
  indonlp stemmer-override --min-count 2 --changed-only korpus.txt.gz > stems.txt

See cli/README.md for the analyzer settings that use the file.")]
    StemmerOverride(OverrideArgs),
    /// Print a shell completion script
    #[command(after_help = "Examples:
  indonlp completions bash > ~/.local/share/bash-completion/completions/indonlp
  indonlp completions zsh > ~/.zfunc/_indonlp
  indonlp completions fish > ~/.config/fish/completions/indonlp.fish")]
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// What a text subcommand computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Task {
    Tokenize,
    Sentences,
    Stem,
    Ner,
    Analyze,
}

impl Command {
    /// The task of a text subcommand (`tokenize` ... `analyze`).
    pub fn task(&self) -> Task {
        match self {
            Command::Tokenize(_) => Task::Tokenize,
            Command::Sentences(_) => Task::Sentences,
            Command::Stem(_) => Task::Stem,
            Command::Ner(_) => Task::Ner,
            _ => Task::Analyze,
        }
    }
}

/// Where the text comes from and how it is cut.
#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// Files or directories (recursive); `-` or nothing reads stdin. `.gz` is
    /// decompressed
    pub inputs: Vec<PathBuf>,
    /// Which files to take from directories (repeatable) [default: *.txt]
    #[arg(long, value_name = "GLOB")]
    pub glob: Vec<String>,
    /// Unit of work [default: file for files, line for stdin]
    #[arg(long, value_enum)]
    pub by: Option<By>,
    /// Invalid UTF-8 is an error for that file instead of a warning
    #[arg(long)]
    pub strict: bool,
    /// Worker threads [default: all cores]
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// No progress bar
    #[arg(long, short)]
    pub quiet: bool,
}

/// User data for the components.
#[derive(Args, Debug, Clone)]
pub struct DataArgs {
    /// Extra root words (one per line, or a hunspell .dic), added to the embedded ones
    #[arg(long, value_name = "FILE")]
    pub roots: Option<PathBuf>,
    /// Extra stopwords (one per line), added to the embedded ones
    #[arg(long, value_name = "FILE")]
    pub stopwords: Option<PathBuf>,
    /// Extra gazetteer entries: TSV (kind, name, aliases, code, extra) or,
    /// for *.json, a JSON array (repeatable)
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Vec<PathBuf>,
}

/// Options shared by the text subcommands.
#[derive(Args, Debug, Clone)]
pub struct Common {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format [default: text on a terminal, jsonl otherwise]
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
    /// Split clitics off their host (`bukunya` → `buku` `nya`), as UD does
    #[arg(long)]
    pub split_clitics: bool,
    /// Countries and cities only in locative use (`di Jakarta`, not `warga Jepang`)
    #[arg(long)]
    pub locative: bool,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Files to measure (`.gz` is decompressed first)
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Seconds to spend on each measurement (at least one run each)
    #[arg(long, default_value_t = 1.0, value_name = "SECONDS")]
    pub budget: f64,
    /// Also time `analyze` writing these output formats, on one thread with
    /// the command's own code, and compare with `analyze` alone
    /// (comma-separated, or `all`)
    #[arg(long, value_name = "FORMATS", value_delimiter = ',', value_parser = parse_bench_format)]
    pub formats: Vec<Vec<Format>>,
}

/// A `--formats` item: a format name or `all`.
fn parse_bench_format(s: &str) -> Result<Vec<Format>, String> {
    if s == "all" {
        return Ok(Format::value_variants().to_vec());
    }
    Format::from_str(s, false).map(|f| vec![f])
}

#[derive(Args, Debug)]
pub struct OverrideArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Write the rules here instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only words seen at least this often
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub min_count: u64,
    /// Leave out words whose root is the word itself (by default they are
    /// kept, so a fallback stemmer later in the chain leaves them alone)
    #[arg(long)]
    pub changed_only: bool,
    /// Extra root words (one per line, or a hunspell .dic)
    #[arg(long, value_name = "FILE")]
    pub roots: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    /// One line is one unit
    Line,
    /// Lines up to a blank line are one unit
    Paragraph,
    /// A whole file is one unit (names tie up across its sentences)
    File,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A readable table
    Text,
    /// One JSON object per unit
    Jsonl,
    /// Tab-separated rows with a header
    Tsv,
    /// CoNLL-U (LEMMA = stem; SpaceAfter=No and NER tags in MISC)
    Conllu,
    /// One token TAB tag per line, a blank line between sentences
    Bio,
}

/// Help and version go to stdout with status 0; any other parse error is
/// one line on stderr and status 2, so scripts see the reason at once.
pub fn exit_on_clap_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
        _ => {
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or("bad arguments");
            let reason = first.strip_prefix("error: ").unwrap_or(first);
            eprintln!("indonlp: {reason} (see --help)");
            ExitCode::from(2)
        }
    }
}
