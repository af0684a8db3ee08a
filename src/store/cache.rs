//! A derived cache of parsed group files, so that opening a large
//! workspace does not parse every RON file again: each file that parsed
//! without a single diagnostic is kept as JSON under the user's cache
//! folder (`~/.cache/pacte/parsed/`), named by the SHA-256 of its bytes.
//! A file is taken from the cache only when its bytes hash to an entry, so
//! an entry can never stand for other bytes; it is read again and hashed on
//! every load as before (the hash is what saves check). Never committed,
//! never needed: a missing, unreadable or damaged entry means the file is
//! parsed as usual. Used for workspaces of [`MIN_FILES`] group files or
//! more (`PACTE_CACHE_MIN_FILES` changes that; `PACTE_NO_CACHE=1` turns it
//! off).

use super::save::{Hash, write_atomic};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fs;
use std::path::{Path, PathBuf};

/// Fewest group files for which the cache is used (small workspaces parse
/// in milliseconds).
pub const MIN_FILES: usize = 100;

/// Largest entry read, in bytes (an entry is about the size of its file).
const MAX_ENTRY: u64 = 16 * 1024 * 1024;

/// One entry: the hash of the bytes it was parsed from, and the value.
#[derive(serde::Deserialize, Serialize)]
struct Entry<T> {
    sha256: String,
    value: T,
}

/// The cache folder of parsed files.
#[derive(Clone, Debug)]
pub struct Cache {
    dir: PathBuf,
}

fn hex(h: &Hash) -> String {
    h.iter().map(|b| format!("{b:02x}")).collect()
}

impl Cache {
    /// The cache of the workspace at `root`, of `files` group files, unless
    /// turned off or too small to need one, or when there is no cache
    /// folder. Each workspace has a folder of its own (named by a hash of
    /// its path).
    pub fn for_workspace(root: &Path, files: usize) -> Option<Cache> {
        if std::env::var_os("PACTE_NO_CACHE").is_some_and(|v| !v.is_empty() && v != "0") {
            return None;
        }
        let min = std::env::var("PACTE_CACHE_MIN_FILES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(MIN_FILES);
        if files < min {
            return None;
        }
        let dirs = directories::ProjectDirs::from("fr", "pacte", "pacte")?;
        let root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        let key = hex(&super::save::hash(root.as_os_str().as_encoded_bytes()));
        Some(Cache {
            dir: dirs.cache_dir().join("parsed").join(&key[..16]),
        })
    }

    /// A cache in `dir` (for tests).
    pub fn at(dir: &Path) -> Cache {
        Cache {
            dir: dir.to_path_buf(),
        }
    }

    fn entry(&self, h: &Hash) -> PathBuf {
        self.dir.join(format!("{}.json", hex(h)))
    }

    /// The value parsed from the bytes hashing to `h`, if kept (an entry
    /// names the hash of its bytes inside too: one copied over another is
    /// no entry).
    pub fn get<T: DeserializeOwned>(&self, h: &Hash) -> Option<T> {
        let bytes = super::safe::read_regular(&self.entry(h), MAX_ENTRY).ok()?;
        // Checked as UTF-8 in one pass (what JSON must be), then parsed
        // without checking each string again.
        let text = std::str::from_utf8(&bytes).ok()?;
        let e: Entry<T> = serde_json::from_str(text).ok()?;
        (e.sha256 == hex(h)).then_some(e.value)
    }

    /// Keeps `value`, parsed from the bytes hashing to `h`. A failure to
    /// write is no failure: the file is parsed next time.
    pub fn put<T: Serialize>(&self, h: &Hash, value: &T) {
        let path = self.entry(h);
        if path.exists() {
            return;
        }
        let entry = Entry {
            sha256: hex(h),
            value,
        };
        let Ok(json) = serde_json::to_vec(&entry) else {
            return;
        };
        if fs::create_dir_all(&self.dir).is_ok() {
            let _ = write_atomic(&path, &json);
        }
    }
}

impl Cache {
    /// Removes the entries not in `used` once they outnumber them more
    /// than twice (old versions of files left by edits), so the cache
    /// stays about the size of the workspaces it serves.
    pub fn prune(&self, used: &[Hash]) {
        let Ok(dir) = fs::read_dir(&self.dir) else {
            return;
        };
        let names: Vec<PathBuf> = dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
        if names.len() <= 2 * used.len() + 100 {
            return;
        }
        let keep: std::collections::HashSet<PathBuf> = used.iter().map(|h| self.entry(h)).collect();
        for p in names {
            if !keep.contains(&p) {
                let _ = fs::remove_file(p);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_found_by_the_hash_of_its_bytes_only() {
        let dir = tempfile::tempdir().unwrap();
        let c = Cache::at(dir.path());
        let h = super::super::save::hash(b"one");
        assert_eq!(c.get::<Vec<u32>>(&h), None);
        c.put(&h, &vec![1u32, 2, 3]);
        assert_eq!(c.get::<Vec<u32>>(&h), Some(vec![1, 2, 3]));
        let other = super::super::save::hash(b"two");
        assert_eq!(c.get::<Vec<u32>>(&other), None);
        // Unused entries go once they are many; used ones stay.
        for i in 0..300u32 {
            c.put(&super::super::save::hash(&i.to_le_bytes()), &i);
        }
        c.prune(&[h]);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        assert_eq!(c.get::<Vec<u32>>(&h), Some(vec![1, 2, 3]));
        // An entry copied over another's name is no entry.
        fs::copy(c.entry(&h), c.entry(&other)).unwrap();
        assert_eq!(c.get::<Vec<u32>>(&other), None);
        // A damaged entry is no entry.
        fs::write(c.entry(&h), b"{not json").unwrap();
        assert_eq!(c.get::<Vec<u32>>(&h), None);
    }
}
