//! `pacte init`: a new workspace from the shipped template.

use crate::domain::{BASE_VERSION, Governance, Message};
use crate::store::format::to_canonical;
use crate::store::layout::{GOVERNANCE_FILE, GROUPS_DIR, REFERENTIAL_FILE, TEMP_SUFFIX};
use crate::store::{git, save::write_atomic};
use crate::template::TEMPLATE_RON;
use std::fs;
use std::path::Path;

/// Contents of the `.gitignore` of a new workspace: temp files of a save
/// interrupted by a crash never show in `git status`.
pub const GITIGNORE: &str = "*.pacte-tmp\n";

/// Writes the skeleton of a workspace (referential, governance, groups
/// folder, .gitignore) into `dir`, which must not hold one yet.
pub fn write_skeleton(dir: &Path, referential_text: &str) -> Result<(), Message> {
    if let Some(o) = crate::store::layout::occupied(dir, &|_, _| false) {
        return Err(occupied_message(dir, &o));
    }
    fs::create_dir_all(dir.join(GROUPS_DIR)).map_err(|e| {
        crate::m!(
            "init-cannot-create",
            dir = dir.display(),
            error = e.to_string()
        )
    })?;
    let governance = Governance {
        version: BASE_VERSION,
        meetings: Vec::new(),
        evaluations: Vec::new(),
    };
    let gov = to_canonical(&governance).map_err(|e| Message::from(e.to_string()))?;
    let write = |name: &str, text: &str| {
        write_atomic(&dir.join(name), text.as_bytes()).map_err(|e| {
            crate::m!(
                "save-cannot-write",
                path = dir.join(name).display(),
                error = e.to_string()
            )
        })
    };
    write(REFERENTIAL_FILE, referential_text)?;
    write(GOVERNANCE_FILE, &gov)?;
    let gi = dir.join(".gitignore");
    match fs::read_to_string(&gi) {
        Ok(t) if t.lines().any(|l| l.trim() == format!("*{TEMP_SUFFIX}")) => {}
        Ok(t) => write(
            ".gitignore",
            &format!(
                "{t}{}{GITIGNORE}",
                if t.ends_with('\n') || t.is_empty() {
                    ""
                } else {
                    "\n"
                }
            ),
        )?,
        Err(_) => write(".gitignore", GITIGNORE)?,
    }
    Ok(())
}

/// Why a folder cannot receive a new workspace, in both languages.
pub fn occupied_message(dir: &Path, o: &crate::store::layout::Occupied) -> Message {
    use crate::store::layout::Occupied;
    let d = dir.display();
    match o {
        Occupied::File(f) => crate::m!("init-occupied-file", dir = d, file = f.display()),
        Occupied::Link(f) => crate::m!("init-occupied-link", dir = d, file = f.display()),
    }
}

/// Runs `pacte init DIR`; returns what to tell the user.
pub fn run(dir: &Path) -> Result<Message, Message> {
    if let Some(o) = crate::store::layout::occupied(dir, &|_, _| false) {
        return Err(occupied_message(dir, &o));
    }
    write_skeleton(dir, TEMPLATE_RON)?;
    let new_repository = !git::is_inside_repo(dir);
    if new_repository {
        git::init(dir).map_err(|e| e.message())?;
    }
    super::git_setup::run(dir)?;
    Ok(crate::m!(
        "init-created",
        dir = dir.display(),
        repository = if new_repository { "new" } else { "existing" }
    ))
}
