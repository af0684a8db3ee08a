//! Reading files of a tree that came from other people: a regular file
//! only, never through a symbolic link, never blocking on a FIFO or a
//! device, never more than a size limit. Everything that reads workspace
//! files (the loader, the live reload, saves, sync) goes through here.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum Refused {
    /// Nothing at that path.
    Missing,
    /// A symbolic link.
    Symlink,
    /// A folder, FIFO, socket or device.
    NotRegular,
    /// Larger than the limit (its size when known).
    TooBig(u64),
    /// The system refused.
    Io(io::Error),
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::Missing => write!(f, "no such file"),
            Refused::Symlink => write!(f, "a symbolic link"),
            Refused::NotRegular => write!(f, "not a regular file"),
            Refused::TooBig(n) => write!(f, "{n} bytes, over the limit"),
            Refused::Io(e) => write!(f, "{e}"),
        }
    }
}

fn open_no_follow(path: &Path) -> io::Result<File> {
    let mut o = OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // No final symlink; a FIFO opened for reading must not wait for a
        // writer.
        o.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    o.open(path)
}

/// The bytes of the regular file at `path`, at most `max` of them.
pub fn read_regular(path: &Path, max: u64) -> Result<Vec<u8>, Refused> {
    let meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(Refused::Missing),
        Err(e) => return Err(Refused::Io(e)),
    };
    if meta.file_type().is_symlink() {
        return Err(Refused::Symlink);
    }
    if !meta.is_file() {
        return Err(Refused::NotRegular);
    }
    if meta.len() > max {
        return Err(Refused::TooBig(meta.len()));
    }
    let file = open_no_follow(path).map_err(|e| match e.raw_os_error() {
        #[cfg(unix)]
        Some(libc::ELOOP) => Refused::Symlink,
        _ if e.kind() == io::ErrorKind::NotFound => Refused::Missing,
        _ => Refused::Io(e),
    })?;
    // The file may have been swapped between the two looks: check what
    // was opened.
    let opened = file.metadata().map_err(Refused::Io)?;
    if !opened.is_file() {
        return Err(Refused::NotRegular);
    }
    if opened.len() > max {
        return Err(Refused::TooBig(opened.len()));
    }
    let mut bytes = Vec::with_capacity(opened.len() as usize);
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(Refused::Io)?;
    if bytes.len() as u64 > max {
        return Err(Refused::TooBig(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The text of the regular file at `path` (at most `max` bytes), when it
/// is UTF-8.
pub fn read_text(path: &Path, max: u64) -> Option<String> {
    read_regular(path, max)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
}

/// The first folder on the way from `root` to `rel` (its parent folders,
/// `rel` excluded) that is a symbolic link, if any.
pub fn linked_folder(root: &Path, rel: &Path) -> Option<std::path::PathBuf> {
    let mut at = root.to_path_buf();
    let parent = rel.parent()?;
    for c in parent.components() {
        at.push(c);
        if fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
            return at.strip_prefix(root).ok().map(Path::to_path_buf);
        }
    }
    None
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn fifos_links_and_devices_are_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("x.ron");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        assert!(matches!(read_regular(&fifo, 100), Err(Refused::NotRegular)));
        let link = dir.path().join("zero.ron");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(matches!(read_regular(&link, 100), Err(Refused::Symlink)));
        assert!(matches!(
            read_regular(Path::new("/dev/zero"), 100),
            Err(Refused::NotRegular)
        ));
        let big = dir.path().join("big.ron");
        fs::write(&big, vec![b'a'; 200]).unwrap();
        assert!(matches!(read_regular(&big, 100), Err(Refused::TooBig(200))));
        fs::write(&big, "ok").unwrap();
        assert_eq!(read_regular(&big, 100).unwrap(), b"ok");
        // A folder on the way that is a link.
        fs::create_dir(dir.path().join("real")).unwrap();
        std::os::unix::fs::symlink(dir.path().join("real"), dir.path().join("groups")).unwrap();
        assert_eq!(
            linked_folder(dir.path(), Path::new("groups/a.ron")).as_deref(),
            Some(Path::new("groups"))
        );
        assert_eq!(linked_folder(dir.path(), Path::new("real/a.ron")), None);
    }
}
