//! Atomic, durable writes that refuse to overwrite a file changed on disk.

use super::layout::TEMP_SUFFIX;
use sha2::{Digest, Sha256};
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// SHA-256 of a file's bytes.
pub type Hash = [u8; 32];

/// Hashes bytes.
pub fn hash(bytes: &[u8]) -> Hash {
    Sha256::digest(bytes).into()
}

/// Why a save did not happen. The edit is still in memory.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The file on disk is not the one that was read.
    #[error("{}", self.message().en)]
    ChangedOnDisk(PathBuf),
    /// The file is new but one already exists at its path.
    #[error("{}", self.message().en)]
    AlreadyExists(PathBuf),
    /// The file holds an unresolved merge conflict.
    #[error("{}", self.message().en)]
    Conflicted(PathBuf),
    /// The file failed to load, so it cannot be overwritten.
    #[error("{}", self.message().en)]
    Broken(PathBuf),
    /// A folder on the way to the file is a symbolic link (it could lead
    /// outside the workspace).
    #[error("{}", self.message().en)]
    Linked(PathBuf),
    /// The data could not be serialised.
    #[error("{}", self.message().en)]
    Serialize(PathBuf, String),
    /// The file system refused.
    #[error("{}", self.message().en)]
    Io(PathBuf, #[source] io::Error),
    /// Not tried: a save of the same file queued before it failed (the
    /// edit is saved again from what the disk holds).
    #[error("{}", self.message().en)]
    Superseded(PathBuf),
}

impl SaveError {
    /// The same error about `path` (a workspace-relative path in place of
    /// the absolute one the file system saw).
    pub fn with_path(self, path: &Path) -> SaveError {
        let p = path.to_path_buf();
        match self {
            SaveError::ChangedOnDisk(_) => SaveError::ChangedOnDisk(p),
            SaveError::AlreadyExists(_) => SaveError::AlreadyExists(p),
            SaveError::Conflicted(_) => SaveError::Conflicted(p),
            SaveError::Broken(_) => SaveError::Broken(p),
            SaveError::Linked(_) => SaveError::Linked(p),
            SaveError::Serialize(_, e) => SaveError::Serialize(p, e),
            SaveError::Io(_, e) => SaveError::Io(p, e),
            SaveError::Superseded(_) => SaveError::Superseded(p),
        }
    }

    /// The reason, in English (as [`std::fmt::Display`]) and French.
    pub fn message(&self) -> crate::domain::Message {
        use crate::m;
        match self {
            SaveError::ChangedOnDisk(p) => m!("save-changed-on-disk", path = p.display()),
            SaveError::AlreadyExists(p) => m!("save-already-exists", path = p.display()),
            SaveError::Conflicted(p) => m!("save-conflicted", path = p.display()),
            SaveError::Broken(p) => m!("save-broken", path = p.display()),
            SaveError::Linked(p) => m!("save-linked", path = p.display()),
            SaveError::Superseded(p) => m!("save-superseded", path = p.display()),
            SaveError::Serialize(p, e) => {
                m!("save-cannot-write", path = p.display(), error = e.as_str())
            }
            SaveError::Io(p, e) if e.kind() == io::ErrorKind::WouldBlock => {
                m!("save-busy", path = p.display())
            }
            SaveError::Io(p, e) => {
                m!(
                    "save-cannot-write",
                    path = p.display(),
                    error = e.to_string()
                )
            }
        }
    }
}

/// How long a save waits for another process's save of the same workspace.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// An exclusive advisory lock on a workspace folder (`flock` on the folder
/// itself: no lock file to leave behind), held while a file of it is
/// checked and replaced. Released when dropped, and by the system when
/// the process dies, so a crash never leaves it held.
#[derive(Debug)]
pub struct DirLock {
    _file: File,
}

/// Takes the lock of `dir`, waiting up to ten seconds for another save.
pub fn lock_dir(dir: &Path) -> io::Result<DirLock> {
    let file = File::open(dir)?;
    let start = std::time::Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(DirLock { _file: file }),
            Err(fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => {
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            Err(fs::TryLockError::WouldBlock) => {
                return Err(io::Error::new(
                    io::ErrorKind::WouldBlock,
                    "another pacte is saving in this workspace",
                ));
            }
            Err(fs::TryLockError::Error(e)) => return Err(e),
        }
    }
}

/// Writes `bytes` to `path` atomically and durably, provided the file on disk
/// still hashes to `expected` (`None`: the file must not exist).
///
/// Temp file in the same folder, fsync, rename, fsync of the folder: a crash
/// leaves the old file or the new one.
pub fn save_checked(path: &Path, bytes: &[u8], expected: Option<&Hash>) -> Result<Hash, SaveError> {
    use super::safe::{Refused, read_regular};
    match (read_regular(path, super::layout::MAX_FILE_SIZE), expected) {
        (Ok(current), Some(h)) => {
            if &hash(&current) != h {
                return Err(SaveError::ChangedOnDisk(path.to_path_buf()));
            }
        }
        (Ok(_), None) => return Err(SaveError::AlreadyExists(path.to_path_buf())),
        (Err(Refused::Missing), Some(_)) => {
            return Err(SaveError::ChangedOnDisk(path.to_path_buf()));
        }
        (Err(Refused::Missing), None) => {}
        (Err(Refused::Io(e)), _) => return Err(SaveError::Io(path.to_path_buf(), e)),
        // A link, a FIFO, a device or a huge file where the file should be:
        // never written over.
        (Err(_), _) => return Err(SaveError::ChangedOnDisk(path.to_path_buf())),
    }
    write_atomic(path, bytes).map_err(|e| SaveError::Io(path.to_path_buf(), e))?;
    Ok(hash(bytes))
}

/// Writes `bytes` to `path` through a temp file in the same folder, with
/// fsync of the file and of the folder.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Keep the mode of the file replaced; a new file is readable by all,
        // like any file an editor writes (tempfile's default is 0600).
        let mode = fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o777);
        builder.permissions(fs::Permissions::from_mode(mode));
    }
    let mut tmp = builder.tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(&dir)
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// Removes temp files left in `dir` by a save that crashed, when older than
/// a minute (a younger one may belong to a save in progress).
pub fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if !name.starts_with('.') || !name.ends_with(TEMP_SUFFIX) {
            continue;
        }
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 60);
        if old {
            let _ = fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_when_changed_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.ron");
        fs::write(&p, "one").unwrap();
        let h = hash(b"one");
        fs::write(&p, "two").unwrap();
        let err = save_checked(&p, b"three", Some(&h)).unwrap_err();
        assert!(matches!(err, SaveError::ChangedOnDisk(_)));
        assert_eq!(fs::read_to_string(&p).unwrap(), "two");
        let h2 = save_checked(&p, b"three", Some(&hash(b"two"))).unwrap();
        assert_eq!(h2, hash(b"three"));
        assert_eq!(fs::read_to_string(&p).unwrap(), "three");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temp file left: {names:?}");
    }

    #[test]
    fn new_file_must_not_exist() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.ron");
        save_checked(&p, b"x", None).unwrap();
        assert!(matches!(
            save_checked(&p, b"y", None),
            Err(SaveError::AlreadyExists(_))
        ));
    }
}
