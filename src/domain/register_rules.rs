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

pub(crate) fn code_message(what: &'static str, value: &str, e: CodeError) -> Message {
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
    if !codes::departement(dep) {
        out.push(
            Level::Error,
            vec![
                Step::Field("departement"),
                Step::Field("code"),
                Step::Value(dep.to_string()),
            ],
            m!("rule-departement-code", value = dep),
        );
    }
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
        let n = o.name.trim().chars().count();
        if !(3..=150).contains(&n) {
            out.push(
                Level::Warning,
                vec![Step::Item(o.id.clone()), Step::Field("name")],
                m!("rule-name-length", id = o.id.as_str(), count = n),
            );
        }
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

/// Characters never valid in an address: whitespace, controls, bidi and
/// zero-width marks.
fn hidden(c: char) -> bool {
    c.is_whitespace() || crate::text::is_hidden_char(c)
}

/// Whether `label` is a DNS label: letters (any script), digits and `-`,
/// not at either end, at most 63 bytes.
fn dns_label(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= 63
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || !c.is_ascii())
}

/// Whether `s` is an `http` or `https` address with a valid host (and
/// port), as the national schema's `HttpUrl` takes it.
pub fn web_address(s: &str) -> bool {
    let s = s.trim();
    if s.len() > 2083 || s.chars().any(hidden) {
        return false;
    }
    let Some((scheme, rest)) = s.split_once("://") else {
        return false;
    };
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return false;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let hostport = authority.rsplit('@').next().unwrap_or("");
    let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
        let Some((inside, after)) = v6.split_once(']') else {
            return false;
        };
        if inside.is_empty()
            || !inside
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        {
            return false;
        }
        (None, after.strip_prefix(':'))
    } else {
        match hostport.rsplit_once(':') {
            Some((h, p)) => (Some(h), Some(p)),
            None => (Some(hostport), None),
        }
    };
    if let Some(p) = port
        && !(p.is_empty()
            || (p.len() <= 5
                && p.bytes().all(|b| b.is_ascii_digit())
                && p.parse::<u32>().is_ok_and(|n| n <= 65_535)))
    {
        return false;
    }
    match host {
        None => true,
        Some(h) => {
            let h = h.strip_suffix('.').unwrap_or(h);
            !h.is_empty() && h.split('.').all(dns_label)
        }
    }
}

/// Top-level domains reserved for special uses, refused in e-mail addresses.
const SPECIAL_TLDS: [&str; 6] = ["arpa", "invalid", "local", "localhost", "onion", "test"];

/// Whether `s` has the shape of an e-mail address (`local@domain.tld`),
/// as the national schema's `EmailStr` takes it.
pub fn mail_address(s: &str) -> bool {
    let s = s.trim();
    if s.len() > 254 || s.chars().any(hidden) {
        return false;
    }
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    let atext = |c: char| c.is_alphanumeric() || !c.is_ascii() || "!#$%&'*+-/=?^_`{|}~".contains(c);
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(atext));
    let labels: Vec<&str> = domain.split('.').collect();
    let tld = labels.last().copied().unwrap_or("");
    local_ok
        && labels.len() >= 2
        && labels.iter().all(|l| dns_label(l))
        && !tld.chars().all(|c| c.is_ascii_digit())
        && !SPECIAL_TLDS.contains(&tld.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_have_their_shape() {
        for ok in [
            "https://www.herault.fr",
            "http://exemple.org/page?x=1",
            "HTTPS://SYDEL.FR",
            "https://x",
            "https://x.fr/été",
            "https://[::1]",
            "https://x.fr:8080/a",
        ] {
            assert!(web_address(ok), "{ok}");
        }
        for bad in [
            "www.herault.fr",
            "ftp://x.fr",
            "https://x.fr:99999",
            "https://cria34.fr\u{202e}",
            "https://x .fr",
            "https://-x.fr",
            "https://",
        ] {
            assert!(!web_address(bad), "{bad}");
        }
        for ok in [
            "contact@mission-locale.fr",
            "c@x.fr ",
            "prénom.nom@ville.fr",
        ] {
            assert!(mail_address(ok), "{ok}");
        }
        for bad in [
            "contact.mission-locale.fr",
            "a@b",
            "a b@c.fr",
            "mailto:c@x.fr",
            "c@x..fr",
            ".c@x.fr",
            "c.@x.fr",
            "c@-x.fr",
            "c@[1.2.3.4]",
            "c@x.test",
            "c@x.123",
        ] {
            assert!(!mail_address(bad), "{bad}");
        }
    }
}
