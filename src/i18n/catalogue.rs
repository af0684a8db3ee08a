//! The catalogue's two bundles, built once from the `.ftl` files embedded
//! in the binary, and a quicker way through the messages that need no
//! more than Fluent's simplest forms.
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
use std::sync::LazyLock;

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
    "agenda", "board", "check", "cli", "commands", "common", "errors", "forms", "import", "keys",
    "minutes", "partners", "popup", "report", "session", "share", "sync", "view",
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
        Arg::Text(s) => Some(s),
        Arg::Number(_) => None,
    }
}

/// Writes `pieces` with `args`; `None` when an argument they need is
/// missing or a number (Fluent's business).
fn write(pieces: &[Piece], args: &[(&'static str, Arg)], out: &mut String) -> Option<()> {
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

/// One language's bundle and compiled messages.
struct Language {
    bundle: FluentBundle<&'static FluentResource>,
    compiled: HashMap<&'static str, Compiled>,
}

impl Language {
    fn new(code: &str, resources: &'static [FluentResource]) -> Language {
        let id = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        let mut compiled = HashMap::new();
        for r in resources {
            // A catalogue that does not load whole is caught by the tests
            // (tests/catalogue.rs); the messages that did load are used.
            let _ = bundle.add_resource(r);
            for entry in r.entries() {
                if let ast::Entry::Message(m) = entry
                    && let Some(value) = &m.value
                    && let Some(pieces) = compile(value)
                    && placeables(&pieces) <= MAX_PLACEABLES
                {
                    let text_len = text_len(&pieces);
                    compiled
                        .entry(m.id.name)
                        .or_insert(Compiled { pieces, text_len });
                }
            }
        }
        Language { bundle, compiled }
    }

    /// Message (or `message.attribute`) `id` formatted by Fluent; `None`
    /// when it is missing or Fluent reports an error.
    fn fluent(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let pattern = match id.split_once('.') {
            Some((message, attribute)) => self
                .bundle
                .get_message(message)?
                .attributes()
                .find(|a| a.id() == attribute)?
                .value(),
            None => self.bundle.get_message(id)?.value()?,
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }
}

fn parse(files: &[&str]) -> Vec<FluentResource> {
    files
        .iter()
        .map(|f| FluentResource::try_new(f.to_string()).unwrap_or_else(|(r, _)| r))
        .collect()
}

static FR_RESOURCES: LazyLock<Vec<FluentResource>> = LazyLock::new(|| parse(FR));
static EN_RESOURCES: LazyLock<Vec<FluentResource>> = LazyLock::new(|| parse(EN));

/// Both languages, each parsed and compiled on a thread of its own.
static LANGUAGES: LazyLock<[Language; 2]> = LazyLock::new(|| {
    std::thread::scope(|s| {
        let en = s.spawn(|| Language::new("en", &EN_RESOURCES));
        let fr = Language::new("fr", &FR_RESOURCES);
        match en.join() {
            Ok(en) => [fr, en],
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
});

/// Builds the catalogue on a thread of its own (for a command that will
/// need it after a while of other work).
pub(super) fn prepare_in_background() {
    std::thread::spawn(|| LazyLock::force(&LANGUAGES));
}

fn language(lang: Lang) -> &'static Language {
    let [fr, en] = &*LANGUAGES;
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// Message `id` in `lang` with `args`, before typography; `[id]` when no
/// language has it.
pub(super) fn format(lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> String {
    let mut out = String::new();
    format_into(lang, id, args, &mut out);
    out
}

/// [`format`] appended to `out`.
pub(super) fn format_into(lang: Lang, id: &str, args: &[(&'static str, Arg)], out: &mut String) {
    if let Some(c) = language(lang).compiled.get(id) {
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

/// [`format`] by Fluent alone: the language asked for, then French.
fn by_fluent(lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        let v = match v {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*k, v);
    }
    let fluent_args = (!args.is_empty()).then_some(&fluent_args);
    language(lang)
        .fluent(id, fluent_args)
        .or_else(|| match lang {
            Lang::Fr => None,
            Lang::En => language(Lang::Fr).fluent(id, fluent_args),
        })
        .unwrap_or_else(|| format!("[{id}]"))
}

#[cfg(test)]
mod tests;
