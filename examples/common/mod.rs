//! What the line-oriented examples share: reading lines that may not be
//! valid UTF-8, and ending quietly when the reader of our output goes away.

// Not every example uses every helper.
#![allow(dead_code)]

use std::io::{self, BufRead};

/// Calls `f` with every line of `input`, without its `\n` or `\r\n`.
/// Invalid UTF-8 is replaced by U+FFFD rather than being fatal, so a
/// line-per-line protocol keeps one output line per input line.
pub fn for_each_line(
    mut input: impl BufRead,
    mut f: impl FnMut(&str) -> io::Result<()>,
) -> io::Result<()> {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            return Ok(());
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        f(&String::from_utf8_lossy(&buf))?;
    }
}

/// Ends the program after `result`: a closed output pipe (`| head`) is a
/// normal way to stop; any other error is reported and exits with status 1.
pub fn exit_on_error(program: &str, result: io::Result<()>) {
    match result {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            eprintln!("{program}: {e}");
            std::process::exit(1);
        }
    }
}

/// Checks the command line against the example's usage: only the listed
/// flags and at most `max_positional` other arguments. Anything else (a
/// mistyped flag would otherwise silently run the wrong mode) prints the
/// reason and the usage line and exits with status 2; `-h`/`--help` prints
/// the usage line and exits 0. The example then reads its arguments as
/// before.
pub fn check_args(usage: &str, flags: &[&str], max_positional: usize) {
    let program = usage.split_whitespace().next().unwrap_or("example");
    let mut positional = 0;
    for arg in std::env::args().skip(1) {
        if arg == "-h" || arg == "--help" {
            println!("usage: {usage}");
            std::process::exit(0);
        }
        let problem = if flags.contains(&arg.as_str()) {
            continue;
        } else if arg.starts_with('-') && arg != "-" {
            format!("unknown option {arg}")
        } else if positional == max_positional {
            format!("unexpected argument {arg}")
        } else {
            positional += 1;
            continue;
        };
        eprintln!("{program}: {problem}");
        eprintln!("usage: {usage}");
        std::process::exit(2);
    }
}
