//! The catalogue's two languages, from the `.ftl` files embedded in the
//! binary, each file parsed when one of its messages is first needed, and
//! a quicker way through the messages that need no more than Fluent's
//! simplest forms.
//!
//! Where each message is defined is known from the lines that start one
//! (an identifier at the start of a line, then `=`): `pacte check` parses
//! the one file its words are in, not the whole catalogue. A message
//! that names no other message, term or function is formatted in its
//! file's bundle, the same as in the whole catalogue's; any other, or an
//! id the lines do not place, in the whole catalogue's.
//!
//! Most messages are text, text arguments and choices on a text argument
//! (`{ $severity -> [error] … *[warning] … }`). Each such message is
//! compiled once into [`Piece`]s, and formatting it with text arguments
//! joins them: the very text Fluent writes (no isolation marks, no
//! transform, no custom formatter), without building Fluent's argument
//! map and resolver scope per call — a tenth of what Fluent takes, which
//! shows when `pacte check` words twenty thousand findings. Anything else
//! (a number argument, a missing argument, a function, a reference to
//! another message or term, a literal, a choice on numbers) is formatted
//! by Fluent, with the look-up `fluent-templates` did: the language asked
//! for, then French.

use super::{Arg, Lang};
use fluent_syntax::ast;
use fluent_templates::fluent_bundle::concurrent::FluentBundle;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};

/// Embeds the files named, in both languages, and lists their names.
macro_rules! catalogue_files {
    ($($name:literal),* $(,)?) => {
        /// The catalogue's files (without `.ftl`), the same in each language.
        #[cfg(test)]
        const FILES: &[&str] = &[$($name),*];
        const FR: &[&str] = &[$(include_str!(concat!("../../config/locales/fr/", $name, ".ftl"))),*];
        const EN: &[&str] = &[$(include_str!(concat!("../../config/locales/en/", $name, ".ftl"))),*];
    };
}

// Every file of `config/locales/<lang>/` (a test checks the list).
catalogue_files!(
    "agenda",
    "board",
    "check",
    "cli",
    "commands",
    "common",
    "documents",
    "errors",
    "forms",
    "import",
    "keys",
    "minutes",
    "partners",
    "popup",
    "report",
    "session",
    "share",
    "sync",
    "view",
);

/// Fluent's limit on the placeables of one formatting: a message that
/// could go past it is left to Fluent.
const MAX_PLACEABLES: usize = 100;

/// A part of a compiled message.
#[derive(Debug)]
enum Piece {
    /// Text, as it is.
    Text(&'static str),
    /// A text argument, as it is.
    Arg(&'static str),
    /// The variant whose key is the text argument `arg`, else the default.
    Choice {
        arg: &'static str,
        variants: Vec<(&'static str, Vec<Piece>)>,
        default: usize,
    },
}

/// The pieces of a pattern, when it has only the forms [`Piece`] knows.
fn compile(pattern: &'static ast::Pattern<&'static str>) -> Option<Vec<Piece>> {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            ast::PatternElement::TextElement { value } => Some(Piece::Text(value)),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    Some(Piece::Arg(id.name))
                }
                ast::Expression::Select {
                    selector: ast::InlineExpression::VariableReference { id },
                    variants,
                } => {
                    let default = variants.iter().position(|v| v.default)?;
                    let variants = variants
                        .iter()
                        .map(|v| match v.key {
                            ast::VariantKey::Identifier { name } => {
                                Some((name, compile(&v.value)?))
                            }
                            ast::VariantKey::NumberLiteral { .. } => None,
                        })
                        .collect::<Option<Vec<_>>>()?;
                    Some(Piece::Choice {
                        arg: id.name,
                        variants,
                        default,
                    })
                }
                _ => None,
            },
        })
        .collect()
}

/// The most placeables formatting `pieces` can count.
fn placeables(pieces: &[Piece]) -> usize {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(_) => 0,
            Piece::Arg(_) => 1,
            Piece::Choice { variants, .. } => {
                1 + variants
                    .iter()
                    .map(|(_, v)| placeables(v))
                    .max()
                    .unwrap_or(0)
            }
        })
        .sum()
}

/// The text argument `name` (the last one given, as Fluent takes it).
fn text_arg<'a>(args: &'a [(&'static str, Arg)], name: &str) -> Option<&'a str> {
    match &args.iter().rev().find(|(k, _)| *k == name)?.1 {
        Arg::Text(s) => Some(s.as_ref()),
        Arg::Number(_) => None,
    }
}

/// Writes `pieces` with `args`; `None` when an argument they need is
/// missing or a number (Fluent's business).
fn write(pieces: &[Piece], args: &[(&'static str, Arg<'_>)], out: &mut String) -> Option<()> {
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Arg(name) => out.push_str(text_arg(args, name)?),
            Piece::Choice {
                arg,
                variants,
                default,
            } => {
                let key = text_arg(args, arg)?;
                let chosen = variants
                    .iter()
                    .find(|(k, _)| *k == key)
                    .or_else(|| variants.get(*default))?;
                write(&chosen.1, args, out)?;
            }
        }
    }
    Some(())
}

/// The most text `pieces` hold, arguments aside (what to reserve).
fn text_len(pieces: &[Piece]) -> usize {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.len(),
            Piece::Arg(_) => 0,
            Piece::Choice { variants, .. } => {
                variants.iter().map(|(_, v)| text_len(v)).max().unwrap_or(0)
            }
        })
        .sum()
}

/// A compiled message: its pieces and the most text they hold.
#[derive(Debug)]
struct Compiled {
    pieces: Vec<Piece>,
    text_len: usize,
}

/// A quick hash for message ids (the catalogue's own words, not input:
/// no one chooses them to collide), the multiply-and-rotate of rustc's
/// `FxHasher`: looking an id up was a tenth of wording a finding with
/// the standard SipHash.
#[derive(Default)]
struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        for b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Ids<V> = HashMap<&'static str, V, std::hash::BuildHasherDefault<IdHasher>>;

/// Whether a pattern names nothing outside itself (no other message, no
/// term, no function): Fluent formats it the same in a bundle of its own
/// file as in the whole catalogue's.
fn standalone(p: &ast::Pattern<&str>) -> bool {
    fn inline(e: &ast::InlineExpression<&str>) -> bool {
        match e {
            ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::NumberLiteral { .. }
            | ast::InlineExpression::VariableReference { .. } => true,
            ast::InlineExpression::Placeable { expression } => expression_alone(expression),
            ast::InlineExpression::FunctionReference { .. }
            | ast::InlineExpression::MessageReference { .. }
            | ast::InlineExpression::TermReference { .. } => false,
        }
    }
    fn expression_alone(e: &ast::Expression<&str>) -> bool {
        match e {
            ast::Expression::Inline(i) => inline(i),
            ast::Expression::Select { selector, variants } => {
                inline(selector) && variants.iter().all(|v| standalone(&v.value))
            }
        }
    }
    p.elements.iter().all(|e| match e {
        ast::PatternElement::TextElement { .. } => true,
        ast::PatternElement::Placeable { expression } => expression_alone(expression),
    })
}

/// A bundle for the language `code` (no isolation marks, as
/// `fluent-templates` was set up).
fn bundle(code: &str) -> FluentBundle<&'static FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![code.parse().unwrap_or_default()]);
    bundle.set_use_isolating(false);
    bundle
}

/// One file of a language, parsed when a message of it is first needed.
struct File {
    /// The file alone.
    bundle: FluentBundle<&'static FluentResource>,
    /// Its messages that [`compile`] knows.
    compiled: Ids<Compiled>,
    /// Its messages (attributes included) that are [`standalone`].
    standalone: Ids<()>,
}

impl File {
    fn new(code: &str, resource: &'static FluentResource) -> File {
        let mut bundle = bundle(code);
        // A catalogue that does not load whole is caught by the tests
        // (tests/catalogue.rs); the messages that did load are used.
        let _ = bundle.add_resource(resource);
        let mut compiled = Ids::default();
        let mut alone = Ids::default();
        for entry in resource.entries() {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            if m.value.as_ref().is_none_or(standalone)
                && m.attributes.iter().all(|a| standalone(&a.value))
            {
                alone.insert(m.id.name, ());
            }
            if let Some(value) = &m.value
                && let Some(pieces) = compile(value)
                && placeables(&pieces) <= MAX_PLACEABLES
            {
                let text_len = text_len(&pieces);
                compiled
                    .entry(m.id.name)
                    .or_insert(Compiled { pieces, text_len });
            }
        }
        File {
            bundle,
            compiled,
            standalone: alone,
        }
    }
}

/// One language of the catalogue, each file parsed when first needed.
struct Language {
    code: &'static str,
    sources: &'static [&'static str],
    /// The file of each message id, from the lines that start one
    /// ([`defined_at`]); an id found in two files is in none (the whole
    /// catalogue decides).
    index: Ids<Option<usize>>,
    resources: Vec<OnceLock<FluentResource>>,
    files: Vec<OnceLock<File>>,
    /// Every file, in order: for a message that names another, a missing
    /// one, or one a look at the lines did not place.
    whole: OnceLock<FluentBundle<&'static FluentResource>>,
}

/// The message id a line of a `.ftl` file starts, if it starts one: an
/// identifier at the start of the line, then `=` (Fluent's entries start
/// there; a pattern's further lines are indented).
fn defined_at(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    if !b.first()?.is_ascii_alphabetic() {
        return None;
    }
    let end = b
        .iter()
        .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_' || *c == b'-'))
        .unwrap_or(b.len());
    line[end..]
        .trim_start_matches(' ')
        .starts_with('=')
        .then(|| &line[..end])
}

impl Language {
    fn new(code: &'static str, sources: &'static [&'static str]) -> Language {
        let mut index: Ids<Option<usize>> = Ids::default();
        for (i, text) in sources.iter().enumerate() {
            for id in text.lines().filter_map(defined_at) {
                index.entry(id).and_modify(|f| *f = None).or_insert(Some(i));
            }
        }
        Language {
            code,
            sources,
            index,
            resources: sources.iter().map(|_| OnceLock::new()).collect(),
            files: sources.iter().map(|_| OnceLock::new()).collect(),
            whole: OnceLock::new(),
        }
    }

    fn resource(&'static self, i: usize) -> Option<&'static FluentResource> {
        let text = self.sources.get(i)?;
        Some(
            self.resources.get(i)?.get_or_init(|| {
                FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r)
            }),
        )
    }

    /// The file that defines message `id`, parsed.
    fn file_of(&'static self, id: &str) -> Option<&'static File> {
        let i = (*self.index.get(id)?)?;
        let resource = self.resource(i)?;
        Some(
            self.files
                .get(i)?
                .get_or_init(|| File::new(self.code, resource)),
        )
    }

    fn whole(&'static self) -> &'static FluentBundle<&'static FluentResource> {
        self.whole.get_or_init(|| {
            let mut all = bundle(self.code);
            for i in 0..self.sources.len() {
                if let Some(r) = self.resource(i) {
                    let _ = all.add_resource(r);
                }
            }
            all
        })
    }

    /// Message (or `message.attribute`) `id` formatted by Fluent, in its
    /// file's bundle when it names nothing outside itself, else in the
    /// whole catalogue's; `None` when it is missing or Fluent reports an
    /// error.
    fn fluent(&'static self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let message = id.split_once('.').map_or(id, |(m, _)| m);
        let bundle = match self.file_of(message) {
            Some(f) if f.standalone.contains_key(message) => &f.bundle,
            _ => self.whole(),
        };
        fluent_in(bundle, id, args)
    }
}

/// Message (or `message.attribute`) `id` formatted by Fluent in `bundle`
/// (the look-up `fluent-templates` did for one language).
fn fluent_in(
    bundle: &FluentBundle<&'static FluentResource>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Option<String> {
    let pattern = match id.split_once('.') {
        Some((message, attribute)) => bundle
            .get_message(message)?
            .attributes()
            .find(|a| a.id() == attribute)?
            .value(),
        None => bundle.get_message(id)?.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// Both languages (only where each message is defined is read now).
static LANGUAGES: LazyLock<[Language; 2]> =
    LazyLock::new(|| [Language::new("fr", FR), Language::new("en", EN)]);

fn language(lang: Lang) -> &'static Language {
    let [fr, en] = &*LANGUAGES;
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// Message `id` in `lang` with `args`, before typography; `[id]` when no
/// language has it.
#[cfg(test)]
fn format(lang: Lang, id: &str, args: &[(&'static str, Arg<'_>)]) -> String {
    let mut out = String::new();
    format_into(lang, id, args, &mut out);
    out
}

/// Message `id` in `lang` with `args`, before typography, appended to
/// `out`; `[id]` when no language has it.
pub(super) fn format_into(
    lang: Lang,
    id: &str,
    args: &[(&'static str, Arg<'_>)],
    out: &mut String,
) {
    if let Some(c) = language(lang).file_of(id).and_then(|f| f.compiled.get(id)) {
        let args_len: usize = args
            .iter()
            .map(|(_, a)| match a {
                Arg::Text(s) => s.len(),
                Arg::Number(_) => 0,
            })
            .sum();
        out.reserve(c.text_len + args_len);
        let start = out.len();
        if write(&c.pieces, args, out).is_some() {
            return;
        }
        out.truncate(start);
    }
    out.push_str(&by_fluent(lang, id, args));
}

/// Fluent's arguments for `args`, `None` when there are none.
fn fluent_args<'a>(args: &'a [(&'static str, Arg)]) -> Option<FluentArgs<'a>> {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        let v = match v {
            Arg::Text(s) => FluentValue::from(s.as_ref()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*k, v);
    }
    (!args.is_empty()).then_some(fluent_args)
}

/// [`format`] by Fluent alone: the language asked for, then French.
fn by_fluent(lang: Lang, id: &str, args: &[(&'static str, Arg<'_>)]) -> String {
    let fluent_args = fluent_args(args);
    language(lang)
        .fluent(id, fluent_args.as_ref())
        .or_else(|| match lang {
            Lang::Fr => None,
            Lang::En => language(Lang::Fr).fluent(id, fluent_args.as_ref()),
        })
        .unwrap_or_else(|| format!("[{id}]"))
}

#[cfg(test)]
mod tests;
