//! Opening a deliverable's document with the system's opener (`xdg-open`,
//! `open`, `start`, through the `opener` crate), detached from the
//! terminal: the program runs beside the interface, which keeps the keys.

use crate::domain::Document;
use crate::i18n::Lang;
use crate::store::documents;
use crate::t;
use std::path::Path;

/// Hands `document` (as deliverable `label` names it) to the system's
/// opener: a web address as it is, a file of the workspace under `root`
/// only when it is there and reached without a symbolic link. The error
/// says why, in `lang`.
pub fn document(root: &Path, label: &str, document: &str, lang: Lang) -> Result<(), String> {
    let failed = |reason: String| {
        t!(
            lang,
            "document-not-opened",
            document = document,
            reason = reason.as_str()
        )
    };
    match Document::parse(document) {
        Err(m) => Err(failed(m.in_lang(lang).to_string())),
        Ok(Document::Web(url)) => opener::open_browser(url).map_err(|e| why(e, lang, &failed)),
        Ok(Document::File(rel)) => {
            let path = documents::resolve(root, rel).map_err(|p| {
                documents::problem_message(&p, label, document)
                    .in_lang(lang)
                    .to_string()
            })?;
            let path = std::path::absolute(&path).unwrap_or(path);
            opener::open(&path).map_err(|e| why(e, lang, &failed))
        }
    }
}

/// The opener's failure in words: no program to open documents, or what
/// the system said.
fn why(e: opener::OpenError, lang: Lang, failed: &dyn Fn(String) -> String) -> String {
    match e {
        opener::OpenError::Spawn { .. } => t!(lang, "document-no-opener"),
        e => failed(e.to_string()),
    }
}
