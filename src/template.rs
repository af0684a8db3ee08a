//! The shipped Hérault 2022–2025 template (`config/template.ron`).

use crate::domain::Referential;
use crate::store::format;

/// The template's text, as shipped in `config/template.ron`.
pub const TEMPLATE_RON: &str = include_str!("../config/template.ron");

/// The template parsed. The shipped file is checked by the tests, so this
/// only fails on a broken build.
pub fn referential() -> Result<Referential, ron::error::SpannedError> {
    format::from_text(TEMPLATE_RON)
}
