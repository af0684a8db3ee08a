//! The deliverables that name a document, as the reports list and link
//! them: the web address as it is, a workspace file by a path relative to
//! where the report is written (so that the link works where it is read).

use crate::domain::{Document, Group, Id};
use crate::store::documents;
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use serde::Serialize;
use std::path::{Path, PathBuf};

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
    /// For a file: whether it is in the workspace (reached without a
    /// symbolic link); `None` when not looked for (a shape that is not a
    /// path, or a report built from memory).
    pub present: Option<bool>,
    /// Where it is: the address, or the file's path from where the report
    /// is written (`/` between folders); `None` for a file not there.
    pub link: Option<String>,
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
                out.push(DocumentLink {
                    group: g.id.clone(),
                    action: a.id.clone(),
                    action_title: a.title.clone(),
                    deliverable: d.label.clone(),
                    done: d.done,
                    document: doc.clone(),
                    web: matches!(parsed, Ok(Document::Web(_))),
                    present: None,
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

/// `p` as the system finds it: absolute, without `.`, `..` or symbolic
/// links on its way (a folder not made yet is taken word for word after
/// its nearest existing parent), so that two paths compare.
fn real(p: &Path) -> PathBuf {
    let p = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let mut missing = Vec::new();
    let mut at = p.as_path();
    loop {
        if let Ok(found) = at.canonicalize() {
            return missing.iter().rev().fold(found, |acc, part| acc.join(part));
        }
        match (at.parent(), at.file_name()) {
            (Some(parent), Some(name)) => {
                missing.push(name.to_os_string());
                at = parent;
            }
            _ => return p,
        }
    }
}

/// Looks for each file under `root` and links it from folder `from`
/// (where the report is written).
pub fn locate(links: &mut [DocumentLink], root: &Path, from: &Path) {
    let (root, from) = (real(root), real(from));
    for l in links.iter_mut().filter(|l| !l.web) {
        let Ok(Document::File(rel)) = Document::parse(&l.document) else {
            continue;
        };
        let found = documents::resolve(&root, rel).ok();
        l.present = Some(found.is_some());
        l.link = found
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

/// The document as shown: what the file says, and a word when the file is
/// not in the workspace.
fn shown(l: &DocumentLink) -> String {
    match l.present {
        Some(false) => crate::t!(
            crate::i18n::Lang::Fr,
            "report-document-absent",
            document = l.document.as_str()
        ),
        _ => l.document.clone(),
    }
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
        let doc = match l.href() {
            Some(h) => format!("[{}](<{}>)", md(&l.document), h.replace('>', "%3E")),
            None => md(&shown(l)),
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
            None => esc(&shown(l)),
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
            present: None,
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
        assert_eq!(links[0].present, Some(true));
        assert_eq!((links[1].present, links[1].href()), (Some(false), None));
        // From a folder given with `..`, and from one not made yet.
        locate(&mut links, &root, &root.join("../out/./"));
        assert_eq!(
            links[0].href().as_deref(),
            Some("../ws/docs/Charte%20sign%C3%A9e%20%232.pdf")
        );
        locate(&mut links, &root, &root.join("../copil/2026"));
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
