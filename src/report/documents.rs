//! The deliverables that name a document, as the reports list and link
//! them: the web address as it is, a workspace file by a path relative to
//! where the report is written (so that the link works where it is read).

use crate::domain::{Document, Group, Id};
use crate::store::documents;
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use serde::Serialize;
use std::path::Path;

/// One deliverable with its document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentLink {
    /// Its group.
    pub group: Id,
    /// Its action.
    pub action: Id,
    /// The action's title.
    pub action_title: String,
    /// The deliverable's label.
    pub deliverable: String,
    /// Whether it is delivered.
    pub done: bool,
    /// The document as the file says it.
    pub document: String,
    /// A web address (else a file of the workspace).
    pub web: bool,
    /// What it is: `web`, `file` (found in the workspace), `missing`,
    /// `refused` (not a path inside the workspace nor an address, or a
    /// symbolic link, a folder, a device), or `unchecked` (a file not
    /// looked for: a report built from memory).
    pub state: State,
    /// Why it is not linked, in French (missing or refused).
    pub problem: Option<String>,
    /// Where it is: the address, or the file's path from where the report
    /// is written (`/` between folders); `None` for a file not there.
    pub link: Option<String>,
}

/// What a named document turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// A web address.
    Web,
    /// A file found in the workspace.
    File,
    /// A file not in the workspace.
    Missing,
    /// Not a document pacte opens or links.
    Refused,
    /// A file not looked for.
    Unchecked,
}

impl DocumentLink {
    /// The link as a URL reference (HTML `href`, Markdown): the address,
    /// or the relative path with each segment percent-encoded.
    pub fn href(&self) -> Option<String> {
        let link = self.link.as_deref()?;
        if self.web {
            return Some(link.to_string());
        }
        Some(
            link.split('/')
                .map(|part| utf8_percent_encode(part, SEGMENT).to_string())
                .collect::<Vec<_>>()
                .join("/"),
        )
    }
}

/// The deliverables of `groups` that name a document, in file order.
pub fn of<'g>(groups: impl Iterator<Item = &'g Group>) -> Vec<DocumentLink> {
    let mut out = Vec::new();
    for g in groups {
        for a in &g.actions {
            for d in &a.deliverables {
                let Some(doc) = &d.document else { continue };
                let parsed = Document::parse(doc);
                let (state, problem) = match &parsed {
                    Ok(Document::Web(_)) => (State::Web, None),
                    Ok(Document::File(_)) => (State::Unchecked, None),
                    Err(m) => (State::Refused, Some(m.fr.clone())),
                };
                out.push(DocumentLink {
                    group: g.id.clone(),
                    action: a.id.clone(),
                    action_title: a.title.clone(),
                    deliverable: d.label.clone(),
                    done: d.done,
                    document: doc.clone(),
                    web: matches!(parsed, Ok(Document::Web(_))),
                    state,
                    problem,
                    link: match parsed {
                        Ok(Document::Web(url)) => Some(url.to_string()),
                        _ => None,
                    },
                });
            }
        }
    }
    out
}

/// What a path segment keeps as it is in a link: letters, digits and
/// `-._~` (RFC 3986 unreserved); accents are UTF-8 percent-encoded.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'|')
    .add(b'\'')
    .add(b'&')
    .add(b';')
    .add(b'=')
    .add(b'+')
    .add(b'$')
    .add(b',')
    .add(b':')
    .add(b'@');

/// Looks for each file under `root` and links it from folder `from`
/// (where the report is written).
pub fn locate(links: &mut [DocumentLink], root: &Path, from: &Path) {
    let (root, from) = (documents::real_path(root), documents::real_path(from));
    for l in links.iter_mut().filter(|l| !l.web) {
        let Ok(Document::File(rel)) = Document::parse(&l.document) else {
            continue;
        };
        let found = documents::resolve(&root, rel);
        (l.state, l.problem) = match &found {
            Ok(_) => (State::File, None),
            Err(p) => (
                if *p == documents::Problem::Missing {
                    State::Missing
                } else {
                    State::Refused
                },
                Some(documents::problem_message(p, &l.deliverable, &l.document).fr),
            ),
        };
        l.link = found
            .ok()
            .and_then(|path| pathdiff::diff_paths(path, &from))
            .map(|rel| {
                rel.components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/")
            });
    }
}

/// The section's title and column headers, in French.
fn words() -> (String, Vec<String>) {
    use crate::i18n::Lang::Fr;
    let headers = crate::t!(Fr, "report-documents-headers")
        .split(';')
        .map(String::from)
        .collect();
    (crate::t!(Fr, "report-documents-title"), headers)
}

/// Why the document is not linked, in a few French words (missing, or
/// refused with the rule it breaks).
pub fn why_not(l: &DocumentLink) -> Option<String> {
    let id = match l.state {
        State::Missing => "report-document-absent",
        State::Refused => "report-document-refused",
        _ => return None,
    };
    let problem = l.problem.as_deref().unwrap_or("");
    let args = [("problem", crate::i18n::Arg::from(problem))];
    Some(crate::i18n::text(crate::i18n::Lang::Fr, id, &args))
}

/// The Markdown section (nothing when no deliverable names a document).
pub fn markdown(o: &mut String, report: &super::Report) {
    use super::markdown::md;
    use std::fmt::Write as _;
    if report.documents.is_empty() {
        return;
    }
    let e = &report.evaluation;
    let (title, headers) = words();
    let _ = writeln!(o, "\n## {title} ({})\n", report.documents.len());
    let _ = writeln!(o, "| {} |", headers.join(" | "));
    let _ = writeln!(o, "|{}", " --- |".repeat(headers.len()));
    for l in &report.documents {
        let doc = match (l.href(), why_not(l)) {
            (Some(h), _) => format!(
                "[{}](<{}>)",
                md(&l.document),
                h.replace('<', "%3C").replace('>', "%3E")
            ),
            (None, Some(why)) => format!("{} ({})", md(&l.document), md(&why)),
            (None, None) => md(&l.document),
        };
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} |",
            md(&super::sheets::group_label(e, &l.group)),
            md(&l.action_title),
            md(&l.deliverable),
            super::fr::yes_no(l.done),
            doc
        );
    }
}

/// The HTML section: each document a link (nothing when no deliverable
/// names one).
pub fn html(o: &mut String, report: &super::Report) {
    use super::svg::esc;
    use std::fmt::Write as _;
    if report.documents.is_empty() {
        return;
    }
    let e = &report.evaluation;
    let (title, headers) = words();
    let _ = write!(
        o,
        "<section class=\"long\"><h2>{} ({})</h2><table><thead><tr>",
        esc(&title),
        report.documents.len()
    );
    for h in &headers {
        let _ = write!(o, "<th>{}</th>", esc(h));
    }
    o.push_str("</tr></thead><tbody>");
    for l in &report.documents {
        let doc = match l.href() {
            Some(h) => format!(
                "<a class=\"document\" href=\"{}\">{}</a>",
                esc(&h),
                esc(&l.document)
            ),
            None => format!(
                "<span class=\"document\">{}</span>{}",
                esc(&l.document),
                why_not(l).map_or(String::new(), |w| format!(" ({})", esc(&w)))
            ),
        };
        let _ = write!(
            o,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&super::sheets::group_label(e, &l.group)),
            esc(&l.action_title),
            esc(&l.deliverable),
            super::fr::yes_no(l.done),
            doc
        );
    }
    o.push_str("</tbody></table></section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_linked_from_where_the_report_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("ws");
        std::fs::create_dir_all(root.join("docs")).unwrap();
        std::fs::write(root.join("docs/Charte signée #2.pdf"), b"%PDF").unwrap();
        std::fs::create_dir_all(dir.path().join("out")).unwrap();
        let link = |doc: &str| DocumentLink {
            group: Id::new("g").unwrap(),
            action: Id::new("a").unwrap(),
            action_title: "A".into(),
            deliverable: "L".into(),
            done: false,
            document: doc.into(),
            web: false,
            state: State::Unchecked,
            problem: None,
            link: None,
        };
        let mut links = vec![link("docs/Charte signée #2.pdf"), link("docs/absent.pdf")];
        locate(&mut links, &root, &dir.path().join("out"));
        assert_eq!(
            links[0].link.as_deref(),
            Some("../ws/docs/Charte signée #2.pdf")
        );
        assert_eq!(
            links[0].href().as_deref(),
            Some("../ws/docs/Charte%20sign%C3%A9e%20%232.pdf")
        );
        assert_eq!(links[0].state, State::File);
        assert_eq!((links[1].state, links[1].href()), (State::Missing, None));
        // From a folder given with `..`, and from one not made yet.
        locate(&mut links, &root, &root.join("../out/./"));
        assert_eq!(
            links[0].href().as_deref(),
            Some("../ws/docs/Charte%20sign%C3%A9e%20%232.pdf")
        );
        locate(&mut links, &root, &root.join("../copil/x/../2026/."));
        assert_eq!(
            links[0].link.as_deref(),
            Some("../../ws/docs/Charte signée #2.pdf")
        );
        locate(&mut links, &root, &root);
        assert_eq!(
            links[0].href().as_deref(),
            Some("docs/Charte%20sign%C3%A9e%20%232.pdf")
        );
    }
}
