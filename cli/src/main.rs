//! `indonlp`: the indonlp library from the shell, over whole corpora, in
//! formats other tools read (JSONL, CoNLL-U, BIO, TSV).

#![forbid(unsafe_code)]

mod args;
mod bench;
mod escape;
mod input;
mod output;
mod pipeline;
mod report;
mod stemmer_override;
mod units;
mod work;

use args::{Cli, Command};
use clap::{CommandFactory, Parser};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return args::exit_on_clap_error(e),
    };
    let result = match &cli.command {
        Command::Completions { shell } => {
            clap_complete::generate(
                *shell,
                &mut Cli::command(),
                "indonlp",
                &mut std::io::stdout(),
            );
            Ok(report::Status::Ok)
        }
        Command::Bench(b) => bench::run(b),
        Command::StemmerOverride(s) => stemmer_override::run(s),
        Command::Tokenize(c)
        | Command::Sentences(c)
        | Command::Stem(c)
        | Command::Ner(c)
        | Command::Analyze(c) => work::run(cli.command.task(), c),
    };
    match result {
        Ok(status) => status.exit_code(),
        // A usage problem found after parsing (a bad user-data file, a
        // format the subcommand cannot fill): one line, exit 2.
        Err(message) => {
            eprintln!("indonlp: {message}");
            ExitCode::from(2)
        }
    }
}
