//! `pacte git-setup`: installs the merge driver in the clone.

use crate::domain::Message;
use crate::m;
use crate::sync::setup::{ATTRIBUTES_LINE, git_setup};
use std::path::Path;

/// Installs the driver for the clone holding the workspace `root`, running
/// the current executable; returns what to tell the user.
pub fn run(root: &Path) -> Result<Message, Message> {
    let exe = std::env::current_exe().map_err(|e| m!("git-setup-no-exe", error = e.to_string()))?;
    let exe = exe.canonicalize().unwrap_or(exe);
    let r = git_setup(root, &exe).map_err(|e| e.message())?;
    let first = if r.config_changed {
        m!("git-setup-installed", driver = r.driver.as_str())
    } else {
        m!("git-setup-already-installed")
    };
    let second = if r.attributes_changed {
        m!("git-setup-attributes-added", line = ATTRIBUTES_LINE)
    } else {
        m!("git-setup-attributes-present")
    };
    Ok(first.then_line(&second))
}
