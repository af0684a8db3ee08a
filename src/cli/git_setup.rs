//! `pacte git-setup`: installs the merge driver in the clone.

use crate::sync::setup::{ATTRIBUTES_LINE, git_setup};
use std::path::Path;

/// Installs the driver for the clone holding the workspace `root`, running
/// the current executable; returns what to tell the user.
pub fn run(root: &Path) -> Result<String, String> {
    let exe =
        std::env::current_exe().map_err(|e| format!("cannot find the pacte executable: {e}"))?;
    let exe = exe.canonicalize().unwrap_or(exe);
    let r = git_setup(root, &exe).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    out.push(if r.config_changed {
        format!("merge driver installed in .git/config: {}", r.driver)
    } else {
        "merge driver already installed in .git/config".to_string()
    });
    out.push(if r.attributes_changed {
        format!("`{ATTRIBUTES_LINE}` added to .gitattributes (commit it with the workspace)")
    } else {
        ".gitattributes already chooses the driver for .ron files".to_string()
    });
    Ok(out.join("\n"))
}
