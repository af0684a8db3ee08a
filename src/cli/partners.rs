//! `pacte partners`: the partner register, listed, exported as
//! data·inclusion v1 structures (JSON or CSV) and read back from such a
//! file (the national base's or pacte's own).

use crate::domain::register::{self, Role};
use crate::domain::vocabulary::Vocabulary;
use crate::domain::{Message, Referential};
use crate::i18n::{Lang, date};
use crate::partners::export::{self, ExportFormat};
use crate::partners::import::{self, MatchBy, Outcome};
use crate::store::Workspace;
use crate::{m, t};
use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Arguments of `pacte partners`.
#[derive(Clone, Debug, Args)]
pub struct PartnersArgs {
    /// What to do (default: list the register).
    #[command(subcommand)]
    pub command: Option<PartnersCommand>,
}

/// Subcommands of `pacte partners`.
#[derive(Clone, Debug, Subcommand)]
pub enum PartnersCommand {
    /// Write the organisations as data·inclusion v1 structures.
    Export {
        /// `data-inclusion` (JSON, default) or `csv`; default from the -o
        /// extension.
        #[arg(long, short = 'f', value_enum)]
        format: Option<ExportFormatArg>,
        /// Write to this file instead of standard output.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Read a data·inclusion v1 structures file (JSON or CSV) and add the
    /// fields the workspace's organisations lack (nothing is overwritten).
    Import {
        /// The structures file.
        file: PathBuf,
        /// Write the additions to pacte.ron (without it, only show them).
        #[arg(long)]
        apply: bool,
    },
}

/// Formats of `pacte partners export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormatArg {
    /// data·inclusion v1 structures as JSON.
    #[value(name = "data-inclusion", alias = "json")]
    DataInclusion,
    /// The same as CSV.
    Csv,
}

fn referential(ws: &Workspace) -> Result<&Referential, Message> {
    ws.referential
        .as_ref()
        .ok_or_else(|| m!("report-no-referential"))
}

/// Runs `pacte partners`; returns what to print on standard output.
pub fn run(
    ws: &mut Workspace,
    args: &PartnersArgs,
    today: NaiveDate,
    lang: Lang,
) -> Result<String, Message> {
    match &args.command {
        None => list(ws, lang),
        Some(PartnersCommand::Export { format, output }) => {
            export_to(ws, *format, output.as_deref(), today, lang)
        }
        Some(PartnersCommand::Import { file, apply }) => import_from(ws, file, *apply, lang),
    }
}

fn list(ws: &Workspace, lang: Lang) -> Result<String, Message> {
    let r = referential(ws)?;
    let sep = t!(lang, "partners-separator");
    let reg = register::register(r, &ws.groups, Some(&ws.governance));
    let mut out = t!(lang, "partners-title", count = reg.len());
    out.push('\n');
    for p in &reg {
        let o = p.organisation;
        out.push('\n');
        out += &t!(
            lang,
            "partners-name",
            name = o.name.as_str(),
            id = o.id.as_str()
        );
        out.push('\n');
        if !o.reseaux_porteurs.is_empty() {
            let names: Vec<String> = o
                .reseaux_porteurs
                .iter()
                .map(|v| {
                    Vocabulary::ReseauxPorteurs
                        .term(v)
                        .map_or_else(|| v.clone(), |t| format!("{} ({v})", t.label))
                })
                .collect();
            out += &format!(
                "  {}\n",
                t!(lang, "partners-networks", list = names.join(&sep))
            );
        }
        let mut ids = Vec::new();
        if let Some(s) = &o.siret {
            ids.push(t!(lang, "partners-siret", siret = s.as_str()));
        }
        match (&o.commune, &o.code_insee) {
            (Some(c), Some(code)) => ids.push(format!("{c} ({code})")),
            (Some(c), None) => ids.push(c.clone()),
            (None, Some(code)) => ids.push(code.clone()),
            (None, None) => {}
        }
        ids.extend(o.site_web.iter().cloned());
        ids.extend(o.courriel.iter().cloned());
        if !ids.is_empty() {
            out += &format!("  {}\n", ids.join(" · "));
        }
        for role in [Role::Pilot, Role::Copilot, Role::Member] {
            let names: Vec<&str> = p
                .groups
                .iter()
                .filter(|(r, _)| *r == role)
                .map(|(_, g)| g.name.as_str())
                .collect();
            if !names.is_empty() {
                let what = match role {
                    Role::Pilot => "pilot",
                    Role::Copilot => "copilot",
                    Role::Member => "member",
                };
                out += &format!(
                    "  {}\n",
                    t!(
                        lang,
                        "partners-role",
                        role = what,
                        count = names.len(),
                        groups = names.join(&sep)
                    )
                );
            }
        }
        if p.groups.is_empty() {
            out += &format!("  {}\n", t!(lang, "partners-no-group"));
        }
        out += &format!(
            "  {}\n",
            t!(
                lang,
                "partners-meetings",
                attended = p.attended,
                excused = p.excused,
                last = p.last_attended.map(|d| date(lang, d)).unwrap_or_default()
            )
        );
    }
    Ok(out)
}

fn export_to(
    ws: &Workspace,
    format: Option<ExportFormatArg>,
    output: Option<&Path>,
    today: NaiveDate,
    lang: Lang,
) -> Result<String, Message> {
    let r = referential(ws)?;
    let format = match format {
        Some(ExportFormatArg::Csv) => ExportFormat::Csv,
        Some(ExportFormatArg::DataInclusion) => ExportFormat::Json,
        None => match output
            .and_then(Path::extension)
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .as_deref()
        {
            None | Some("json") => ExportFormat::Json,
            Some("csv") => ExportFormat::Csv,
            Some(_) => {
                return Err(m!(
                    "partners-unknown-extension",
                    path = output.map(|p| p.display().to_string()).unwrap_or_default()
                ));
            }
        },
    };
    // What the national base would refuse is refused here, located.
    let errors: Vec<_> = crate::domain::register_rules::check(r)
        .into_iter()
        .filter(|f| f.level == crate::domain::rules::Level::Error)
        .collect();
    if !errors.is_empty() {
        return Err(m!("partners-fix-first", count = errors.len()));
    }
    let (structures, skipped) = export::structures(r, today);
    for s in &skipped {
        eprintln!("{}", t!(lang, "partners-skipped", why = s.in_lang(lang)));
    }
    let bytes = export::write(&structures, format)?;
    match output {
        Some(path) => {
            crate::store::save::write_atomic(path, &bytes).map_err(|e| {
                m!(
                    "report-cannot-write",
                    path = path.display(),
                    error = e.to_string()
                )
            })?;
            Ok(t!(
                lang,
                "partners-exported",
                count = structures.len(),
                path = path.display().to_string()
            ))
        }
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(&bytes).and_then(|()| out.flush()) {
                Ok(()) => Ok(String::new()),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(String::new()),
                Err(e) => Err(m!("report-cannot-print", error = e.to_string())),
            }
        }
    }
}

fn read_file(path: &Path) -> Result<String, Message> {
    let fail = |e: std::io::Error| {
        m!(
            "partners-cannot-read",
            path = path.display(),
            error = e.to_string()
        )
    };
    let file = std::fs::File::open(path).map_err(fail)?;
    let mut bytes = Vec::new();
    file.take(import::MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(fail)?;
    if bytes.len() as u64 > import::MAX_BYTES {
        return Err(m!(
            "partners-too-big",
            path = path.display(),
            max = import::MAX_BYTES / (1024 * 1024)
        ));
    }
    String::from_utf8(bytes).map_err(|_| m!("partners-not-utf8", path = path.display()))
}

fn import_from(
    ws: &mut Workspace,
    file: &Path,
    apply: bool,
    lang: Lang,
) -> Result<String, Message> {
    let text = read_file(file)?;
    let parsed = import::read(&text, &file.display().to_string())?;
    let structures = parsed.structures;
    let r = referential(ws)?;
    let plan = import::plan(r, &structures);
    let by = |b: MatchBy| plan.matched.iter().filter(|(_, _, x)| *x == b).count();
    let mut out = t!(
        lang,
        "partners-import-summary",
        read = structures.len(),
        matched = plan.matched.len(),
        by_id = by(MatchBy::Id),
        by_national = by(MatchBy::NationalId),
        by_siret = by(MatchBy::Siret),
        by_name = by(MatchBy::Name),
        unmatched = plan.unmatched.len()
    );
    out.push('\n');
    if !parsed.ignored.is_empty() {
        out += &t!(
            lang,
            "partners-ignored",
            columns = parsed.ignored.join(", ")
        );
        out.push('\n');
    }
    let mut current = None;
    for c in &plan.changes {
        if current != Some(&c.organisation) {
            current = Some(&c.organisation);
            out += &format!("{}\n", r.organisation_name(&c.organisation));
        }
        let line = match &c.outcome {
            Outcome::Added(v) => t!(lang, "partners-added", field = c.field, value = v.as_str()),
            Outcome::Kept { ours, theirs } => t!(
                lang,
                "partners-kept",
                field = c.field,
                ours = ours.as_str(),
                theirs = theirs.as_str()
            ),
            Outcome::Refused(v, why) => t!(
                lang,
                "partners-refused",
                field = c.field,
                value = v.as_str(),
                why = why.in_lang(lang)
            ),
        };
        out += &format!("  {line}\n");
    }
    for (name, org) in &plan.mismatched {
        out += &format!(
            "{}\n",
            t!(
                lang,
                "partners-mismatched",
                name = name.as_str(),
                organisation = r.organisation_name(org)
            )
        );
    }
    for (name, org) in &plan.ambiguous {
        out += &format!(
            "{}\n",
            t!(
                lang,
                "partners-ambiguous",
                name = name.as_str(),
                organisation = r.organisation_name(org)
            )
        );
    }
    const SHOWN: usize = 10;
    if !plan.unmatched.is_empty() {
        let sep = t!(lang, "partners-separator");
        let shown: Vec<&str> = plan
            .unmatched
            .iter()
            .take(SHOWN)
            .map(String::as_str)
            .collect();
        out += &format!(
            "{}\n",
            t!(
                lang,
                "partners-unmatched",
                count = plan.unmatched.len(),
                names = shown.join(&sep),
                more = plan.unmatched.len().saturating_sub(SHOWN)
            )
        );
    }
    let added = plan.added();
    if added == 0 {
        out += &t!(lang, "partners-nothing-to-add");
    } else if apply {
        ws.referential = Some(plan.referential);
        ws.save_referential().map_err(|e| e.message())?;
        out += &t!(lang, "partners-applied", count = added);
    } else {
        out += &t!(lang, "partners-dry-run", count = added);
    }
    Ok(out)
}
