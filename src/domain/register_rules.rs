//! The partner register's rules: data·inclusion v1 values that exist,
//! SIRET and SIREN with their key, INSEE codes of the département, and the
//! shape of a structure's postal code, web site and e-mail address.

use super::codes::{self, CodeError};
use super::rules::{Finding, Level, Step, Subject};
use super::vocabulary::{Vocabulary, is_category};
use super::{Id, Message, Referential};
use crate::m;
use std::collections::BTreeMap;

struct Out(Vec<Finding>);

impl Out {
    fn push(&mut self, level: Level, path: Vec<Step>, message: Message) {
        self.0.push(Finding {
            level,
            subject: Subject::Referential,
            path,
            message,
        });
    }

    /// Every value of `values` not in `vocabulary`, located under `item`.
    fn values(&mut self, item: &Id, vocabulary: Vocabulary, values: &[String]) {
        for v in values {
            if vocabulary.contains(v) {
                continue;
            }
            let field = vocabulary.field();
            let close = vocabulary.suggest(v);
            let message = if close.is_empty() {
                m!("rule-di-unknown", value = v.as_str(), field = field)
            } else {
                let list = close
                    .iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                if is_category(v) {
                    m!("rule-di-category", value = v.as_str(), suggestions = list)
                } else {
                    m!(
                        "rule-di-unknown-suggest",
                        value = v.as_str(),
                        field = field,
                        suggestions = list
                    )
                }
            };
            self.push(
                Level::Error,
                vec![
                    Step::Item(item.clone()),
                    Step::Field(field),
                    Step::Value(v.clone()),
                ],
                message,
            );
        }
    }
}

fn code_message(what: &'static str, value: &str, e: CodeError) -> Message {
    match e {
        CodeError::Shape => m!("rule-code-shape", what = what, value = value),
        CodeError::Key => m!("rule-code-key", what = what, value = value),
        CodeError::Departement => m!("rule-code-departement", value = value),
    }
}

/// Checks the referential's data·inclusion values and structure codes.
pub fn check(r: &Referential) -> Vec<Finding> {
    let mut out = Out(Vec::new());
    let dep = r.departement.code.as_str();
    for t in r.axes.iter().flat_map(|a| &a.themes) {
        out.values(&t.id, Vocabulary::Thematiques, &t.thematiques);
    }
    for p in &r.publics {
        out.values(&p.id, Vocabulary::Publics, &p.publics);
    }
    for t in &r.territories {
        for c in &t.communes {
            if let Err(e) = codes::check_commune(c, dep) {
                out.push(
                    Level::Error,
                    vec![
                        Step::Item(t.id.clone()),
                        Step::Field("communes"),
                        Step::Value(c.clone()),
                    ],
                    code_message("insee", c, e),
                );
            }
        }
        for s in &t.epci {
            if let Err(e) = codes::check_siren(s) {
                out.push(
                    Level::Error,
                    vec![
                        Step::Item(t.id.clone()),
                        Step::Field("epci"),
                        Step::Value(s.clone()),
                    ],
                    code_message("siren", s, e),
                );
            }
        }
    }
    let mut sirets: BTreeMap<&str, &Id> = BTreeMap::new();
    for o in &r.organisations {
        out.values(&o.id, Vocabulary::ReseauxPorteurs, &o.reseaux_porteurs);
        let at = |field: &'static str, v: &str| {
            vec![
                Step::Item(o.id.clone()),
                Step::Field(field),
                Step::Value(v.to_string()),
            ]
        };
        if let Some(s) = &o.siret {
            match codes::check_siret(s) {
                Err(e) => out.push(Level::Error, at("siret", s), code_message("siret", s, e)),
                Ok(()) => {
                    if let Some(first) = sirets.insert(s, &o.id) {
                        out.push(
                            Level::Warning,
                            at("siret", s),
                            m!(
                                "rule-siret-twice",
                                siret = s.as_str(),
                                other = first.as_str()
                            ),
                        );
                    }
                }
            }
        }
        if let Some(c) = &o.code_insee {
            // A partner may sit outside the département (a regional office):
            // only the shape is an error there.
            match codes::check_commune(c, dep) {
                Err(CodeError::Departement) => out.push(
                    Level::Warning,
                    at("code_insee", c),
                    code_message("insee", c, CodeError::Departement),
                ),
                Err(e) => out.push(
                    Level::Error,
                    at("code_insee", c),
                    code_message("insee", c, e),
                ),
                Ok(()) => {}
            }
        }
        if let Some(c) = &o.code_postal
            && let Err(e) = codes::check_postal_code(c)
        {
            out.push(
                Level::Error,
                at("code_postal", c),
                code_message("postal", c, e),
            );
        }
        if let Some(w) = &o.site_web
            && !web_address(w)
        {
            out.push(
                Level::Error,
                at("site_web", w),
                m!("rule-web-address", value = w.as_str()),
            );
        }
        if let Some(c) = &o.courriel
            && !mail_address(c)
        {
            out.push(
                Level::Error,
                at("courriel", c),
                m!("rule-mail-address", value = c.as_str()),
            );
        }
    }
    out.0
}

/// Whether `s` is an absolute `http` or `https` address with a host.
pub fn web_address(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        host.contains('.') && !host.starts_with('.') && !s.contains(char::is_whitespace)
    })
}

/// Whether `s` has the shape of an e-mail address (`local@domain.tld`).
pub fn mail_address(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !s.contains(char::is_whitespace)
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_have_their_shape() {
        assert!(web_address("https://www.herault.fr"));
        assert!(web_address("http://exemple.org/page?x=1"));
        assert!(!web_address("www.herault.fr"));
        assert!(!web_address("https://localhost"));
        assert!(mail_address("contact@mission-locale.fr"));
        assert!(!mail_address("contact.mission-locale.fr"));
        assert!(!mail_address("a@b"));
        assert!(!mail_address("a b@c.fr"));
    }
}
