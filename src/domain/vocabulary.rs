//! The data·inclusion v1 vocabularies shipped with pacte
//! (`config/data-inclusion/`): `publics`, `thematiques`, their categories
//! and `reseaux_porteurs`, with the closest valid values of a wrong one.

use serde::Deserialize;
use std::sync::OnceLock;

/// One value of a vocabulary.
#[derive(Clone, Debug, Deserialize)]
pub struct Term {
    /// The value, e.g. `"mission-locale"`.
    pub value: String,
    /// Its French label.
    pub label: String,
}

/// A data·inclusion v1 vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vocabulary {
    /// `publics`.
    Publics,
    /// `thematiques` (`categorie--sous-thematique`).
    Thematiques,
    /// `reseaux_porteurs`.
    ReseauxPorteurs,
}

struct Tables {
    publics: Vec<Term>,
    thematiques: Vec<Term>,
    categories: Vec<Term>,
    reseaux: Vec<Term>,
}

fn parse(text: &str) -> Vec<Term> {
    // The files are built in and tested; an unreadable one would be a
    // broken build, shown as an empty vocabulary (every value refused).
    serde_json::from_str(text).unwrap_or_default()
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        publics: parse(include_str!("../../config/data-inclusion/publics.json")),
        thematiques: parse(include_str!("../../config/data-inclusion/thematiques.json")),
        categories: parse(include_str!("../../config/data-inclusion/categories.json")),
        reseaux: parse(include_str!(
            "../../config/data-inclusion/reseaux-porteurs.json"
        )),
    })
}

impl Vocabulary {
    /// Every value of the vocabulary, in the order of the national file.
    pub fn terms(self) -> &'static [Term] {
        let t = tables();
        match self {
            Self::Publics => &t.publics,
            Self::Thematiques => &t.thematiques,
            Self::ReseauxPorteurs => &t.reseaux,
        }
    }

    /// The field's name in the data·inclusion schema (and in pacte's files).
    pub fn field(self) -> &'static str {
        match self {
            Self::Publics => "publics",
            Self::Thematiques => "thematiques",
            Self::ReseauxPorteurs => "reseaux_porteurs",
        }
    }

    /// Whether `value` is a value of the vocabulary.
    pub fn contains(self, value: &str) -> bool {
        self.term(value).is_some()
    }

    /// The term of `value`, when it is one.
    pub fn term(self, value: &str) -> Option<&'static Term> {
        self.terms().iter().find(|t| t.value == value)
    }

    /// Up to three valid values closest to `wrong`: the values of a
    /// `thematiques` category when `wrong` names the category, else the
    /// nearest by edit distance (on the value and on the label).
    pub fn suggest(self, wrong: &str) -> Vec<&'static str> {
        let key = crate::domain::slug(wrong);
        if self == Self::Thematiques {
            let cat = key.split("--").next().unwrap_or(&key);
            let mut under: Vec<&str> = self
                .terms()
                .iter()
                .map(|t| t.value.as_str())
                .filter(|v| v.split("--").next() == Some(cat))
                .collect();
            if !under.is_empty() {
                if under.len() > 3 {
                    under.sort_by(|a, b| closeness(&key, b).total_cmp(&closeness(&key, a)));
                    under.truncate(3);
                }
                return under;
            }
        }
        let mut scored: Vec<(f64, &str)> = self
            .terms()
            .iter()
            .map(|t| {
                let s =
                    closeness(&key, &t.value).max(closeness(&key, &crate::domain::slug(&t.label)));
                (s, t.value.as_str())
            })
            .filter(|(s, _)| *s >= 0.5)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        scored.into_iter().take(3).map(|(_, v)| v).collect()
    }
}

/// Whether `value` is a `thematiques` category (not a valid value itself).
pub fn is_category(value: &str) -> bool {
    tables().categories.iter().any(|c| c.value == value)
}

/// The v1 `thematiques` a schema 1–2 theme value stands for: itself when
/// valid, every value of a category named alone, the v1 values of a known
/// v0 value; else itself (then `check` says it is not a v1 value).
pub fn upgrade_thematique(old: &str) -> Vec<String> {
    let v = Vocabulary::Thematiques;
    if v.contains(old) {
        return vec![old.to_string()];
    }
    if is_category(old) {
        return v
            .terms()
            .iter()
            .filter(|t| t.value.split("--").next() == Some(old))
            .map(|t| t.value.clone())
            .collect();
    }
    match old {
        "acces-aux-droits-et-citoyennete" => vec![
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits"
                .to_string(),
            "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-a-la-citoyennete"
                .to_string(),
        ],
        _ => vec![old.to_string()],
    }
}

/// The v1 `publics` of a schema 1–2 public, whose id stood for its
/// data·inclusion value: the id when it is a v1 value, the v1 value of a
/// known older one, else none.
pub fn upgrade_public(id: &str) -> Vec<String> {
    if Vocabulary::Publics.contains(id) {
        return vec![id.to_string()];
    }
    match id {
        "familles-monoparentales" | "familles-enfants" => vec!["familles".to_string()],
        "beneficiaires-rsa" | "beneficiaire-rsa" => {
            vec!["beneficiaires-des-minimas-sociaux".to_string()]
        }
        _ => Vec::new(),
    }
}

fn closeness(a: &str, b: &str) -> f64 {
    strsim::jaro_winkler(a, b).max(strsim::normalized_damerau_levenshtein(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_vocabularies_have_the_national_counts() {
        assert_eq!(Vocabulary::Publics.terms().len(), 14);
        assert_eq!(Vocabulary::Thematiques.terms().len(), 69);
        assert_eq!(tables().categories.len(), 16);
        assert_eq!(Vocabulary::ReseauxPorteurs.terms().len(), 108);
    }

    #[test]
    fn a_category_is_not_a_theme_and_suggests_its_themes() {
        assert!(is_category("mobilite"));
        assert!(!Vocabulary::Thematiques.contains("mobilite"));
        let s = Vocabulary::Thematiques.suggest("mobilite");
        assert_eq!(s.len(), 3);
        assert!(s.iter().all(|v| v.starts_with("mobilite--")), "{s:?}");
    }

    #[test]
    fn older_values_upgrade_to_v1_sets() {
        assert_eq!(upgrade_thematique("mobilite").len(), 6);
        assert_eq!(
            upgrade_thematique("famille--garde-denfants"),
            ["famille--garde-denfants"]
        );
        assert_eq!(
            upgrade_thematique("acces-aux-droits-et-citoyennete").len(),
            2
        );
        assert_eq!(upgrade_thematique("n-importe-quoi"), ["n-importe-quoi"]);
        assert_eq!(upgrade_public("jeunes"), ["jeunes"]);
        assert_eq!(
            upgrade_public("beneficiaires-rsa"),
            ["beneficiaires-des-minimas-sociaux"]
        );
        assert!(upgrade_public("sans-accompagnement").is_empty());
    }

    #[test]
    fn a_misspelt_value_suggests_the_right_one() {
        assert_eq!(
            Vocabulary::ReseauxPorteurs
                .suggest("missions-locales")
                .first(),
            Some(&"mission-locale")
        );
        assert_eq!(
            Vocabulary::Publics
                .suggest("familles-monoparentales")
                .first(),
            Some(&"familles")
        );
        assert!(
            Vocabulary::ReseauxPorteurs
                .suggest("zzzzzzzzzzzzzzzzz")
                .is_empty()
        );
    }
}
