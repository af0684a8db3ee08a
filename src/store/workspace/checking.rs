//! `pacte check`'s side of a workspace: every rule, its findings located
//! in the files' texts.

use super::layout::{self, GOVERNANCE_FILE, REFERENTIAL_FILE};
use super::locate::Locator;
use super::{OpenError, Progress, Workspace};
use crate::diag::Diagnostic;
use crate::domain::rules::{self, Finding, Subject};
use chrono::NaiveDate;
use std::borrow::Cow;
use std::path::{Path, PathBuf};

impl Workspace {
    /// Every diagnostic: loading problems and the pact's rules, located.
    pub fn check(&self, today: NaiveDate) -> Vec<Diagnostic> {
        let mut out = self.check_outside_groups();
        let r = self.referential.as_ref();
        // Each group is checked and located on its own: groups are taken
        // a few at a time on every core, their diagnostics put back in
        // the groups' order.
        let parts = crate::par::map_chunks(&self.groups, 8, |groups| {
            let findings = groups
                .iter()
                .flat_map(|g| group_findings(&self.root, g, r, today))
                .collect();
            self.locate(findings)
        });
        out.reserve(parts.iter().map(Vec::len).sum());
        out.extend(parts.into_iter().flatten());
        out
    }

    /// The workspace at `root` opened as [`Workspace::open_lean`] does,
    /// and what [`Workspace::check`] as of `today` finds in it: each
    /// group file is checked as it is read, on its reader's thread, its
    /// findings located in the text in hand (neither read a second time
    /// nor kept). A group the loader then refuses (a duplicate, an id that
    /// is not its file's name) is not in the workspace, and its findings
    /// are dropped with it.
    pub fn open_checked(
        root: &Path,
        today: NaiveDate,
    ) -> Result<(Workspace, Vec<Diagnostic>), OpenError> {
        let (ws, mut checked) =
            Workspace::open_with_check(root, &Progress::default(), |_| true, true, Some(today))?;
        let mut out = ws.check_outside_groups();
        out.reserve(checked.values().map(Vec::len).sum());
        let r = ws.referential.as_ref();
        for g in &ws.groups {
            let file = ws.subject_file(&Subject::Group(g.id.clone()));
            match checked.remove(&file) {
                Some(d) => out.extend(d),
                None => out.extend(ws.locate(group_findings(&ws.root, g, r, today))),
            }
        }
        Ok((ws, out))
    }

    /// The loading problems, then the referential's and the governance's
    /// findings, located.
    fn check_outside_groups(&self) -> Vec<Diagnostic> {
        let mut out = self.load_diagnostics.clone();
        let r = self.referential.as_ref();
        let mut findings = Vec::new();
        if let Some(r) = r {
            findings.extend(rules::check_referential(r));
        }
        findings.extend(rules::check_governance(&self.governance, r));
        out.extend(self.locate(findings));
        out
    }

    /// `findings` located in their files.
    fn locate(&self, findings: Vec<Finding>) -> Vec<Diagnostic> {
        // One index per file, built once: locating stays linear in the
        // number of findings, whatever the size of the files. Findings
        // come file by file: the file is looked up when the subject
        // changes (comparing paths per finding was a tenth of a check),
        // and only its index is held (a lean workspace reads each text
        // again, one at a time).
        let mut out = Vec::with_capacity(findings.len());
        let mut current: Option<(Subject, PathBuf, Locator<'_>)> = None;
        for f in findings {
            if current.as_ref().is_none_or(|(s, ..)| *s != f.subject) {
                let file = self.subject_file(&f.subject);
                let locator = Locator::new(self.text_of(&file));
                current = Some((f.subject.clone(), file, locator));
            }
            if let Some((_, file, locator)) = &current {
                out.push(locator.diagnostic(file.clone(), f));
            }
        }
        out
    }

    fn subject_file(&self, s: &Subject) -> PathBuf {
        match s {
            Subject::Referential => PathBuf::from(REFERENTIAL_FILE),
            Subject::Governance => PathBuf::from(GOVERNANCE_FILE),
            Subject::Group(id) => self
                .group_files
                .get(id)
                .cloned()
                .unwrap_or_else(|| layout::group_path(id)),
        }
    }
}

/// The findings of the file `rel`, whose text is `text`, located.
/// A group's findings: the pact's rules, then its deliverables' files
/// looked for under `root`.
pub(super) fn group_findings(
    root: &Path,
    g: &crate::domain::Group,
    r: Option<&crate::domain::Referential>,
    today: NaiveDate,
) -> Vec<Finding> {
    let mut out = rules::check_group(g, r, today);
    out.extend(crate::store::documents::findings(root, g));
    out
}

pub(super) fn locate_in(rel: &Path, text: &str, findings: Vec<Finding>) -> Vec<Diagnostic> {
    if findings.is_empty() {
        return Vec::new();
    }
    let locator = Locator::new(Cow::Borrowed(text));
    findings
        .into_iter()
        .map(|f| locator.diagnostic(rel.to_path_buf(), f))
        .collect()
}
