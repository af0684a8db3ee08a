//! The properties the loader's fuzz target checks on any bytes (shared with
//! the test that replays its corpus in CI): loading never panics, every
//! problem is located within bounds, and whatever loads writes back to a
//! canonical text that loads to the same value. Not for people.

use crate::domain::{Governance, Group, Referential};
use crate::merge::{FileKind, MergeOutcome, merge_texts};
use crate::store::format::to_canonical;
use crate::store::read::read_bytes;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt::Debug;
use std::path::Path;

fn one<T: Serialize + DeserializeOwned + PartialEq + Debug>(
    rel: &Path,
    kind: FileKind,
    bytes: &[u8],
) {
    let loaded = read_bytes::<T>(rel, bytes);
    for d in &loaded.diagnostics {
        assert!(d.line >= 1 && d.column >= 1, "unlocated: {d:?}");
        if let Some(src) = &d.source_line {
            // About 80 shown characters on each side of the column.
            assert!(
                src.chars().count() <= 200,
                "unbounded quote: {} chars",
                src.chars().count()
            );
        }
        assert!(d.message.len() < 4096, "unbounded message");
    }
    let Some(value) = loaded.value else { return };
    let text = match to_canonical(&value) {
        Ok(t) => t,
        Err(e) => panic!("a loaded value does not write: {e}"),
    };
    let again = read_bytes::<T>(rel, text.as_bytes());
    assert_eq!(again.value.as_ref(), Some(&value), "round trip:\n{text}");
    if let Some(v) = &again.value {
        assert_eq!(
            to_canonical(v).ok().as_deref(),
            Some(text.as_str()),
            "not canonical"
        );
    }
    match merge_texts(kind, &text, &text, &text) {
        Ok(MergeOutcome::Clean(m)) => assert_eq!(m, text, "merge of three equal texts"),
        other => panic!("merge of three equal texts: {other:?}"),
    }
}

/// Loads `bytes` as each kind of workspace file and checks the properties;
/// panics when one does not hold.
pub fn loader(bytes: &[u8]) {
    one::<Group>(Path::new("groups/g.ron"), FileKind::Group, bytes);
    one::<Referential>(Path::new("pacte.ron"), FileKind::Referential, bytes);
    one::<Governance>(Path::new("governance.ron"), FileKind::Governance, bytes);
}
