//! The user's own settings (`config.ron` in the config folder found by
//! `directories`), all optional.

use crate::store::format;
use directories::ProjectDirs;
use serde::Deserialize;
use std::path::PathBuf;

/// The user's settings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserConfig {
    /// Workspace opened when no other is given.
    #[serde(default)]
    pub workspace: Option<PathBuf>,
    /// Interface language: "fr" or "en".
    #[serde(default)]
    pub lang: Option<String>,
}

/// The project folders (config, data) of pacte for this user.
pub fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("fr", "pacte", "pacte")
}

/// Path of the user's `config.ron`.
pub fn config_file() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("config.ron"))
}

/// Where `pacte demo` puts its workspace by default.
pub fn default_demo_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().join("demo"))
}

/// Reads the user's config; a missing file is the default, a broken one an
/// error with its location, in both languages.
pub fn load() -> Result<UserConfig, crate::i18n::Message> {
    let Some(path) = config_file() else {
        return Ok(UserConfig::default());
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(UserConfig::default()),
        Err(e) => {
            return Err(crate::m!(
                "diag-at",
                place = path.display(),
                message = e.to_string()
            ));
        }
    };
    format::from_text(&text).map_err(|e| {
        let place = format!("{}:{}", path.display(), e.span.start);
        let why = crate::store::read::ron_message(&e.code);
        crate::i18n::Message::each(|lang| {
            crate::t!(
                lang,
                "diag-at",
                place = place.as_str(),
                message = why.in_lang(lang)
            )
        })
    })
}
