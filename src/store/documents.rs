//! The files deliverables name: found inside the workspace folder, never
//! through a symbolic link, so that what is opened or linked is the
//! workspace's own file.

use crate::domain::rules::{self, Finding, Level, Subject};
use crate::domain::{Document, Group, Message};
use crate::m;
use std::path::{Path, PathBuf};

/// Why a named file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Nothing there.
    Missing,
    /// A folder on the way, or the file itself, is a symbolic link (this
    /// prefix of the path).
    Symlink(String),
    /// Something else than a regular file (a folder, a device, a socket…).
    NotAFile,
}

/// The path of a workspace document `rel` (as [`Document::File`] holds it)
/// under `root`, checked component by component: each exists and none is a
/// symbolic link, and the last is a regular file. A name typed in one
/// Unicode form finds the file written in the other (a Mac writes `é` as
/// `e` and an accent).
pub fn resolve(root: &Path, rel: &str) -> Result<PathBuf, Problem> {
    let mut path = root.to_path_buf();
    let mut shown = String::new();
    for part in rel.split('/').filter(|p| !p.is_empty() && *p != ".") {
        let name = match std::fs::symlink_metadata(path.join(part)) {
            Ok(_) => part.to_string(),
            Err(_) => same_name(&path, part).ok_or(Problem::Missing)?,
        };
        path.push(&name);
        if !shown.is_empty() {
            shown.push('/');
        }
        shown.push_str(part);
        match std::fs::symlink_metadata(&path) {
            Err(_) => return Err(Problem::Missing),
            Ok(m) if m.file_type().is_symlink() => return Err(Problem::Symlink(shown)),
            Ok(_) => {}
        }
    }
    match std::fs::symlink_metadata(&path) {
        Ok(m) if m.is_file() => Ok(path),
        Ok(_) => Err(Problem::NotAFile),
        Err(_) => Err(Problem::Missing),
    }
}

/// The entry of folder `dir` whose name is `name` once both are in
/// Unicode's composed form (NFC).
fn same_name(dir: &Path, name: &str) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    let wanted: String = name.nfc().collect();
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.nfc().eq(wanted.chars()))
}

/// What linking `text` to deliverable `label` finds under `root`: an
/// error for a file pacte will not open (a symbolic link, a folder, a
/// device), a note for a file not there yet (linked all the same: it may
/// be added later), nothing otherwise. Shapes are the edit layer's to
/// refuse.
pub fn check_link(root: &Path, label: &str, text: &str) -> Result<Option<Message>, Message> {
    let Ok(Document::File(rel)) = Document::parse(text) else {
        return Ok(None);
    };
    match resolve(root, rel) {
        Ok(_) => Ok(None),
        Err(Problem::Missing) => Ok(Some(m!("document-not-yet", label = label, document = rel))),
        Err(p) => Err(problem_message(&p, label, text)),
    }
}

/// `p` as the system finds it: absolute, without `.`, `..` or symbolic
/// links on its way; what does not exist yet is read word for word after
/// its nearest existing parent (`..` goes up), so that two paths compare.
pub fn real_path(p: &Path) -> PathBuf {
    use std::path::Component;
    let p = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let parts: Vec<Component<'_>> = p.components().collect();
    for k in (1..=parts.len()).rev() {
        let Ok(found) = parts[..k].iter().collect::<PathBuf>().canonicalize() else {
            continue;
        };
        return parts[k..].iter().fold(found, |mut acc, c| {
            match c {
                Component::ParentDir => {
                    acc.pop();
                }
                Component::CurDir => {}
                other => acc.push(other),
            }
            acc
        });
    }
    p
}

/// The message that says `problem` about deliverable `label`'s `document`.
pub fn problem_message(problem: &Problem, label: &str, document: &str) -> Message {
    match problem {
        Problem::Missing => m!("document-missing", label = label, document = document),
        Problem::Symlink(link) => m!(
            "document-symlink",
            label = label,
            document = document,
            link = link.as_str()
        ),
        Problem::NotAFile => m!("document-not-file", label = label, document = document),
    }
}

/// The group's named files that cannot be used: a missing file is a
/// warning (it may not be added yet), a symbolic link or a device an
/// error. Shapes that are not paths are the domain's rules.
pub fn findings(root: &Path, g: &Group) -> Vec<Finding> {
    let mut out = Vec::new();
    for a in &g.actions {
        for d in &a.deliverables {
            let Some(text) = d.document.as_deref() else {
                continue;
            };
            let Ok(Document::File(rel)) = Document::parse(text) else {
                continue;
            };
            let Err(problem) = resolve(root, rel) else {
                continue;
            };
            let level = match problem {
                Problem::Missing => Level::Warning,
                _ => Level::Error,
            };
            out.push(Finding {
                level,
                subject: Subject::Group(g.id.clone()),
                path: rules::document_path(a, d),
                message: problem_message(&problem, &d.label, text),
            });
        }
    }
    out
}

impl crate::store::Workspace {
    /// Whether `path` is (or would be) a file of the workspace's own: a
    /// RON file, its git files, or a document a deliverable names. Nothing
    /// pacte exports is written over them.
    pub fn owns(&self, path: &Path) -> bool {
        let target = real_path(path);
        let Ok(rel) = target.strip_prefix(real_path(&self.root)) else {
            return false;
        };
        let first = rel
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if rel
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
            || [".git", ".gitignore", ".gitattributes"].contains(&first.as_str())
        {
            return true;
        }
        self.groups
            .iter()
            .flat_map(|g| &g.actions)
            .flat_map(|a| &a.deliverables)
            .filter_map(|d| match Document::parse(d.document.as_deref()?) {
                Ok(Document::File(f)) => Some(f),
                _ => None,
            })
            .any(|f| real_path(&self.root.join(f)) == target)
    }
}

#[cfg(test)]
mod tests {
    use super::{Problem, resolve};

    #[test]
    fn files_inside_are_found_links_and_holes_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("docs/2025")).unwrap();
        std::fs::write(root.join("docs/2025/bilan.pdf"), b"%PDF").unwrap();
        std::fs::write(dir.path().join("outside.txt"), b"x").unwrap();
        assert_eq!(
            resolve(root, "docs/2025/bilan.pdf"),
            Ok(root.join("docs/2025/bilan.pdf"))
        );
        // A folder is not a document.
        assert_eq!(resolve(root, "./docs/2025"), Err(Problem::NotAFile));
        assert_eq!(resolve(root, "."), Err(Problem::NotAFile));
        // Typed composed, written decomposed (as a Mac does).
        std::fs::write(root.join("docs/e\u{301}te\u{301}.md"), b"x").unwrap();
        assert_eq!(
            resolve(root, "docs/\u{e9}t\u{e9}.md"),
            Ok(root.join("docs/e\u{301}te\u{301}.md"))
        );
        assert_eq!(resolve(root, "docs/absent.pdf"), Err(Problem::Missing));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/etc", root.join("docs/etc")).unwrap();
            std::os::unix::fs::symlink("/etc/hostname", root.join("docs/h")).unwrap();
            assert_eq!(
                resolve(root, "docs/etc/hostname"),
                Err(Problem::Symlink("docs/etc".into()))
            );
            assert_eq!(
                resolve(root, "docs/h"),
                Err(Problem::Symlink("docs/h".into()))
            );
        }
    }
}
