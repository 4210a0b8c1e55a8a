//! The text subcommands: build the components once, run them over the
//! inputs in the parallel pipeline, write each unit in the chosen format.

use crate::args::{By, Common, DataArgs, Format, Task};
use crate::input::{self, Source};
use crate::output::{self, Sent, Sentences, Tok, Tokens, View};
use crate::pipeline;
use crate::report::{Reporter, Status};
use crate::units::{self, Batch, Stop, Unit};
use indonlp::{Analyzer, Entity, EntityTagger, Span, Stemmer, StopWords, Tokenizer};
use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::sync::Mutex;

/// The largest output buffer kept for reuse.
const KEEP_BUFFER_BYTES: usize = 8 << 20;

/// With one thread, output is written whenever this much is ready: no
/// smaller than stdout's `BufWriter`, so it is written through, not copied.
const OUT_CHUNK: usize = 256 << 10;

/// What a task needs computed.
#[derive(Clone, Copy, Debug)]
pub struct Needs {
    pub tokens: bool,
    pub stems: bool,
    pub entities: bool,
}

impl Needs {
    fn of(task: Task, format: Format) -> Needs {
        Needs {
            tokens: match task {
                Task::Sentences => format == Format::Conllu,
                Task::Ner => matches!(format, Format::Conllu | Format::Bio),
                Task::Tokenize | Task::Stem | Task::Analyze => true,
            },
            // `analyze --format bio` does not print stems, but the analyzer
            // (stems cached per word) is cheaper than the tagger, sentence
            // splitter and tokenizer each scanning the text on their own.
            stems: matches!(task, Task::Stem | Task::Analyze),
            entities: matches!(task, Task::Ner | Task::Analyze),
        }
    }
}

/// The components, built once and shared by the workers.
pub struct Engine {
    pub task: Task,
    pub format: Format,
    needs: Needs,
    tokenizer: Tokenizer,
    analyzer: Option<Analyzer>,
    tagger: Option<EntityTagger>,
}

impl Engine {
    pub fn build(task: Task, format: Format, c: &Common) -> Result<Engine, String> {
        let needs = Needs::of(task, format);
        let tokenizer = Tokenizer::builder().split_clitics(c.split_clitics).build();
        let tagger = if needs.entities {
            Some(build_tagger(&c.data, c.locative)?)
        } else {
            None
        };
        let analyzer = if needs.stems {
            let mut b = Analyzer::builder();
            b.tokenizer(tokenizer.clone())
                .stemmer(build_stemmer(c.data.roots.as_deref())?)
                .stopwords(build_stopwords(c.data.stopwords.as_deref())?);
            match &tagger {
                Some(t) => b.tagger(t.clone()),
                None => b.entities(false),
            };
            Some(b.build())
        } else {
            None
        };
        Ok(Engine {
            task,
            format,
            needs,
            tokenizer,
            analyzer,
            tagger,
        })
    }

    /// Analyses one unit and appends its output to `out`.
    pub fn write_unit(&self, unit: &Unit<'_>, out: &mut Vec<u8>) {
        let text = unit.text;
        if let Some(a) = &self.analyzer {
            let doc = a.analyze(text);
            let view = View {
                unit,
                tokens: Tokens::Analyzed(doc.tokens()),
                sentences: Sentences::Analyzed(doc.sentences()),
                entities: self.needs.entities.then_some(doc.entities()),
            };
            output::write(self.task, self.format, &view, out);
            return;
        }
        let entities: Option<Vec<Entity<'_>>> =
            self.tagger.as_ref().map(|t| t.find_iter(text).collect());
        // `ner` in JSONL, TSV or text writes entities only: no sentence pass.
        let spans: Vec<Span> = if self.needs.tokens || self.task == Task::Sentences {
            self.tokenizer.sentences(text).collect()
        } else {
            Vec::new()
        };
        let (tokens, sentences) = if self.needs.tokens {
            let (tokens, sentences) = self.tokens_by_sentence(text, &spans, entities.as_deref());
            (Tokens::Built(tokens), sentences)
        } else {
            let sentences = spans
                .into_iter()
                .map(|span| Sent { span, tokens: 0..0 })
                .collect();
            (Tokens::None, sentences)
        };
        let view = View {
            unit,
            tokens,
            sentences: Sentences::Built(sentences),
            entities: entities.as_deref(),
        };
        output::write(self.task, self.format, &view, out);
    }

    /// Tokens with their entity index, grouped by the sentence spans.
    fn tokens_by_sentence<'t>(
        &self,
        text: &'t str,
        spans: &[Span],
        entities: Option<&[Entity<'t>]>,
    ) -> (Vec<Tok<'t>>, Vec<Sent>) {
        let entities = entities.unwrap_or(&[]);
        let mut tokens: Vec<Tok<'t>> = Vec::with_capacity(text.len() / 6 + 1);
        let mut sentences = Vec::with_capacity(spans.len());
        let (mut e, mut s, mut first) = (0, 0, 0);
        for t in self.tokenizer.tokenize(text) {
            let span = t.span();
            while e < entities.len() && entities[e].span().end <= span.start {
                e += 1;
            }
            let entity = (e < entities.len() && entities[e].span().start < span.end).then_some(e);
            // Close the sentences that end before this token.
            while s < spans.len() && spans[s].end <= span.start {
                sentences.push(Sent {
                    span: spans[s],
                    tokens: first..tokens.len(),
                });
                first = tokens.len();
                s += 1;
            }
            tokens.push(Tok {
                text: t.text(),
                span,
                kind: t.kind(),
                stem: None,
                stopword: false,
                entity,
            });
        }
        while s < spans.len() {
            sentences.push(Sent {
                span: spans[s],
                tokens: first..tokens.len(),
            });
            first = tokens.len();
            s += 1;
        }
        (tokens, sentences)
    }
}

pub fn build_stemmer(roots: Option<&Path>) -> Result<Stemmer, String> {
    match roots {
        None => Ok(Stemmer::new()),
        Some(p) => Stemmer::builder()
            .add_roots_file(p)
            .build()
            .map_err(|e| format!("--roots: {e}")),
    }
}

fn build_stopwords(path: Option<&Path>) -> Result<StopWords, String> {
    match path {
        None => Ok(StopWords::new()),
        Some(p) => StopWords::builder()
            .add_file(p)
            .build()
            .map_err(|e| format!("--stopwords: {e}")),
    }
}

fn build_tagger(data: &DataArgs, locative: bool) -> Result<EntityTagger, String> {
    if data.gazetteer.is_empty() && !locative {
        return Ok(EntityTagger::new());
    }
    let mut b = EntityTagger::builder();
    b.locative_places_only(locative);
    for g in &data.gazetteer {
        if g.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        {
            b.add_json_file(g);
        } else {
            b.add_tsv_file(g);
        }
    }
    b.build().map_err(|e| format!("--gazetteer: {e}"))
}

/// Threads to use: the user's choice or every core.
pub fn threads(choice: Option<u16>) -> usize {
    choice
        .map(usize::from)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// The unit of work for a source: the user's choice, else whole files and
/// stdin line by line.
pub fn unit_for(by: Option<By>, source: &Source) -> By {
    by.unwrap_or(match source {
        Source::Stdin => By::Line,
        Source::File(_) => By::File,
    })
}

/// Reads every source in order and hands its units to `emit`; unreadable
/// sources are reported and skipped.
pub fn produce_units(
    sources: &[Source],
    by: Option<By>,
    strict: bool,
    report: &Reporter,
    emit: &mut pipeline::Emit<'_>,
) {
    for (i, source) in sources.iter().enumerate() {
        let name = source.name();
        match input::open(source, report) {
            Err(e) => report.error(&format!("{name}: {}", io_reason(&e))),
            Ok(mut r) => {
                let by = unit_for(by, source);
                let mut emit = |index, line, text: Cow<'_, str>| emit(&name, index, line, text);
                match units::read_units(&name, &mut *r, by, strict, report, &mut emit) {
                    Ok(()) => {}
                    Err(Stop::Consumer) => return,
                    Err(Stop::Failed(m)) => report.error(&m),
                }
            }
        }
        report.files_done(i + 1, sources.len());
    }
}

/// `No such file or directory`, without Rust's `(os error 2)`.
pub fn io_reason(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

pub fn run(task: Task, c: &Common) -> Result<Status, String> {
    let format = c.format.unwrap_or(if io::stdout().is_terminal() {
        Format::Text
    } else {
        Format::Jsonl
    });
    if format == Format::Bio && !matches!(task, Task::Ner | Task::Analyze) {
        return Err(
            "--format bio writes entity tags: use `indonlp ner` or `indonlp analyze`".into(),
        );
    }
    let globs = input::glob_set(&c.input.glob)?;
    let engine = Engine::build(task, format, c)?;
    let report = Reporter::new(c.input.quiet);
    let sources = input::expand(&c.input.inputs, &globs, &report);
    report.start(&sources);

    let mut out = io::BufWriter::with_capacity(OUT_CHUNK, io::stdout().lock());
    let result = write_sources(
        &engine,
        &sources,
        c.input.by,
        c.input.strict,
        threads(c.input.threads),
        &report,
        &mut out,
    )
    .and_then(|()| out.flush());
    match result {
        Ok(()) => {}
        // `| head`: the reader has what it wanted.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => report.error(&format!("writing output: {}", io_reason(&e))),
    }
    Ok(report.finish())
}

/// Runs `engine` over `sources` in the parallel pipeline and writes the
/// output, in input order, to `out` (what a text subcommand does between
/// parsing its arguments and exiting; `indonlp bench --formats` times it).
pub fn write_sources(
    engine: &Engine,
    sources: &[Source],
    by: Option<By>,
    strict: bool,
    threads: usize,
    report: &Reporter,
    out: &mut dyn Write,
) -> io::Result<()> {
    // Written buffers go back to the workers: output is up to 25 times the
    // input, and a fresh buffer per batch meant growing it (copying) and
    // faulting in new pages every time. At most one buffer per batch in
    // flight exists, and an unusually large one (a huge `--by file` unit)
    // is freed instead of kept.
    let spare: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());
    out.write_all(output::header(engine.task, engine.format).as_bytes())?;
    if threads <= 1 {
        // One worker: this thread analyses and writes, with no worker
        // thread, reordering or output channel. Output leaves in pieces of
        // `OUT_CHUNK` bytes, so the one buffer stays in the processor's
        // cache: a batch's whole output (1.6 MB of JSONL for 64 KiB of
        // text) written into buffers that took turns made the one-thread
        // pipeline take 2.19 CPU s on 50 MB of JSONL where the same work
        // into one reused buffer took 1.79 s (`bench --formats`); this
        // way, 1.86 s.
        let mut buf = Vec::with_capacity(2 * OUT_CHUNK);
        pipeline::run_inline(
            |emit| produce_units(sources, by, strict, report, emit),
            |batch: &Batch| -> io::Result<()> {
                for unit in batch.iter() {
                    engine.write_unit(&unit, &mut buf);
                    if buf.len() >= OUT_CHUNK {
                        out.write_all(&buf)?;
                        buf.clear();
                    }
                }
                Ok(())
            },
        )?;
        return out.write_all(&buf);
    }
    pipeline::run(
        threads,
        |emit| produce_units(sources, by, strict, report, emit),
        |batch: &Batch| {
            let mut buf = spare.lock().unwrap().pop().unwrap_or_default();
            for unit in batch.iter() {
                engine.write_unit(&unit, &mut buf);
            }
            buf
        },
        |mut buf: Vec<u8>| -> io::Result<()> {
            out.write_all(&buf)?;
            if buf.capacity() <= KEEP_BUFFER_BYTES {
                buf.clear();
                spare.lock().unwrap().push(buf);
            }
            Ok(())
        },
    )
}
