//! `pacte git-setup`: installs the merge driver in a clone.
//!
//! The driver is declared in the clone's `.git/config` (never committed, so
//! every clone needs it) and chosen for `*.ron` files in `.gitattributes`
//! (committed with the workspace).

use crate::diag::{Diagnostic, Severity};
use crate::store::git::{self, GitError};
use crate::store::save::write_atomic;
use std::path::Path;

/// Name of the driver in git's configuration (`merge.pacte.*`).
pub const DRIVER: &str = "pacte";
/// Description stored in `merge.pacte.name`.
pub const DRIVER_DESCRIPTION: &str = "pacte: fusion par identifiant et par champ";
/// The line of `.gitattributes` that chooses the driver.
pub const ATTRIBUTES_LINE: &str = "*.ron merge=pacte";
/// The attributes file, at the workspace root.
pub const ATTRIBUTES_FILE: &str = ".gitattributes";

/// What `git-setup` did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetupReport {
    /// The driver command installed.
    pub driver: String,
    /// True when `.git/config` was changed.
    pub config_changed: bool,
    /// True when `.gitattributes` was created or extended.
    pub attributes_changed: bool,
}

/// Why the set-up failed.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// The folder is not in a git clone.
    #[error("{0} is not inside a git repository (run `git init` or clone the workspace first)")]
    NotARepository(String),
    /// git refused.
    #[error(transparent)]
    Git(#[from] GitError),
    /// `.gitattributes` could not be written.
    #[error("cannot write .gitattributes: {0}")]
    Io(#[from] std::io::Error),
}

impl SetupError {
    /// What went wrong, in both languages.
    pub fn message(&self) -> crate::i18n::Message {
        match self {
            SetupError::NotARepository(d) => {
                crate::m!("git-setup-not-a-repository", dir = d.as_str())
            }
            SetupError::Git(e) => e.message(),
            SetupError::Io(e) => crate::m!("git-setup-attributes-failed", error = e.to_string()),
        }
    }
}

/// The driver command for git's configuration (git runs it with a shell):
/// `EXE merge-driver %O %A %B %P`, with `EXE` this executable when it
/// still exists, else the `pacte` found on the PATH; when neither can be
/// found (pacte uninstalled), git's own line merge, which writes conflict
/// markers rather than keeping one side only.
pub fn driver_command(exe: &Path) -> String {
    format!(
        "if p=$(command -v {} || command -v pacte); then \"$p\" merge-driver %O %A %B %P; else git merge-file -L ours -L base -L theirs %A %O %B; fi",
        shell_quote(&exe.to_string_lossy())
    )
}

/// The executable named in a driver command, in this build's form or in
/// the older one (`EXE merge-driver …`).
fn driver_exe_of(cmd: &str) -> Option<String> {
    match cmd.strip_prefix("if p=$(command -v ") {
        Some(rest) => first_word(rest),
        None => first_word(cmd),
    }
}

/// Quotes `s` for a POSIX shell when it holds anything but safe characters.
pub fn shell_quote(s: &str) -> String {
    let safe = !s.is_empty()
        && s.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-' | '+' | ':' | ',')
        });
    if safe {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

fn config_get(root: &Path, key: &str) -> Option<String> {
    git::run(root, &["config", "--get", key])
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim_end().to_string())
}

/// Installs the driver for the clone holding `root`, running `exe`
/// (normally the current executable). Idempotent.
pub fn git_setup(root: &Path, exe: &Path) -> Result<SetupReport, SetupError> {
    if !git::is_inside_repo(root) {
        return Err(SetupError::NotARepository(root.display().to_string()));
    }
    let driver = driver_command(exe);
    let mut config_changed = false;
    for (key, value) in [
        ("merge.pacte.name", DRIVER_DESCRIPTION),
        ("merge.pacte.driver", driver.as_str()),
    ] {
        if config_get(root, key).as_deref() != Some(value) {
            git::run(root, &["config", "--local", key, value])?;
            config_changed = true;
        }
    }
    let path = root.join(ATTRIBUTES_FILE);
    let current = crate::store::safe::read_text(&path, crate::store::layout::MAX_FILE_SIZE)
        .unwrap_or_default();
    let present = current
        .lines()
        .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["*.ron", "merge=pacte"]);
    if !present {
        let sep = if current.is_empty() || current.ends_with('\n') {
            ""
        } else {
            "\n"
        };
        write_atomic(
            &path,
            format!("{current}{sep}{ATTRIBUTES_LINE}\n").as_bytes(),
        )?;
    }
    Ok(SetupReport {
        driver,
        config_changed,
        attributes_changed: !present,
    })
}

/// Whether the driver is installed in the clone holding `root`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DriverStatus {
    /// Not a git clone: nothing to install.
    NotARepository,
    /// Installed and chosen for workspace files.
    Installed,
    /// Not declared in `.git/config`.
    NotConfigured,
    /// Declared, but `.gitattributes` does not choose it for `pacte.ron`.
    NotChosen,
    /// Declared with an executable that no longer exists.
    Stale(String),
    /// Declared by an older pacte, without a fallback when the executable
    /// moves.
    Outdated,
}

/// Checks the driver of the clone holding `root`.
pub fn driver_status(root: &Path) -> DriverStatus {
    driver_status_in(root, git::is_inside_repo(root))
}

/// [`driver_status`] when whether `root` is inside a git work tree is
/// known (`inside`).
pub(crate) fn driver_status_in(root: &Path, inside: bool) -> DriverStatus {
    if !inside {
        return DriverStatus::NotARepository;
    }
    let Some(driver) = config_get(root, "merge.pacte.driver") else {
        return DriverStatus::NotConfigured;
    };
    let chosen = git::run(root, &["check-attr", "merge", "--", "pacte.ron"]).is_ok_and(|o| {
        String::from_utf8_lossy(&o.stdout)
            .trim_end()
            .ends_with(": merge: pacte")
    });
    if !chosen {
        return DriverStatus::NotChosen;
    }
    if let Some(exe) = driver_exe_of(&driver)
        && Path::new(&exe).is_absolute()
        && !Path::new(&exe).exists()
    {
        return DriverStatus::Stale(exe);
    }
    if !driver.starts_with("if p=$(command -v ") {
        return DriverStatus::Outdated;
    }
    DriverStatus::Installed
}

/// Installs the driver again, running `exe`, when the clone's
/// configuration lacks it, does not choose it, or points to an executable
/// that no longer exists. Returns what was changed, if anything.
pub fn repair(root: &Path, exe: &Path) -> Option<SetupReport> {
    match driver_status(root) {
        DriverStatus::NotARepository | DriverStatus::Installed => None,
        DriverStatus::NotConfigured
        | DriverStatus::NotChosen
        | DriverStatus::Stale(_)
        | DriverStatus::Outdated => git_setup(root, exe)
            .ok()
            .filter(|r| r.config_changed || r.attributes_changed),
    }
}

/// The first word of a shell command, unquoted (single quotes only, as
/// [`shell_quote`] writes them).
fn first_word(cmd: &str) -> Option<String> {
    let mut out = String::new();
    let mut quoted = false;
    let mut escaped = false;
    for c in cmd.chars() {
        match c {
            c if escaped => {
                out.push(c);
                escaped = false;
            }
            '\'' => quoted = !quoted,
            '\\' if !quoted => escaped = true,
            c if c.is_whitespace() && !quoted => break,
            c => out.push(c),
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A warning for `pacte check` when the workspace is a git clone without a
/// working merge driver.
pub fn missing_driver_warning(root: &Path) -> Option<Diagnostic> {
    driver_warning(driver_status(root))
}

/// The warning [`missing_driver_warning`] gives for `status`.
pub(crate) fn driver_warning(status: DriverStatus) -> Option<Diagnostic> {
    let (file, why, exe) = match status {
        DriverStatus::NotARepository | DriverStatus::Installed | DriverStatus::Outdated => {
            return None;
        }
        DriverStatus::NotConfigured => (".git/config", "not-configured", String::new()),
        DriverStatus::NotChosen => (ATTRIBUTES_FILE, "not-chosen", String::new()),
        DriverStatus::Stale(exe) => (".git/config", "stale", exe),
    };
    Some(Diagnostic::at(
        Severity::Warning,
        file,
        None,
        1,
        1,
        crate::m!(
            "git-setup-driver-warning",
            why = why,
            line = ATTRIBUTES_LINE,
            exe = exe
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_for_the_shell() {
        assert_eq!(shell_quote("/usr/bin/pacte"), "/usr/bin/pacte");
        assert_eq!(shell_quote("/home/a b/pacte"), "'/home/a b/pacte'");
        assert_eq!(shell_quote("/x/l'a/pacte"), "'/x/l'\\''a/pacte'");
        let cmd = driver_command(Path::new("/opt/my tools/pacte"));
        assert!(
            cmd.starts_with("if p=$(command -v '/opt/my tools/pacte' || command -v pacte)"),
            "{cmd}"
        );
        assert_eq!(driver_exe_of(&cmd).as_deref(), Some("/opt/my tools/pacte"));
        assert_eq!(
            driver_exe_of("'/old/pacte' merge-driver %O %A %B %P").as_deref(),
            Some("/old/pacte")
        );
        assert_eq!(
            first_word("'/opt/my tools/pacte' merge-driver %O").as_deref(),
            Some("/opt/my tools/pacte")
        );
        assert_eq!(
            first_word("'/x/l'\\''a/pacte' m").as_deref(),
            Some("/x/l'a/pacte")
        );
        assert_eq!(first_word("pacte merge-driver").as_deref(), Some("pacte"));
    }
}
