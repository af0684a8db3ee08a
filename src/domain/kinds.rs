//! Closed vocabularies written as kebab-case strings in the files
//! (statuses, indicator kinds, journal kinds, meeting kinds).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Declares a closed vocabulary stored as a string id, with French and
/// English labels; `$what` names it in the catalogue's `vocabulary-unknown`.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident ($what:literal) {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal, $fr:literal, $en:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id written in files.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            /// The French label.
            pub fn label_fr(self) -> &'static str {
                match self { $($name::$variant => $fr,)+ }
            }

            /// The English label.
            pub fn label_en(self) -> &'static str {
                match self { $($name::$variant => $en,)+ }
            }

            /// The label in `lang`: `en cours`, `in progress`.
            pub fn label(self, lang: $crate::i18n::Lang) -> &'static str {
                match lang {
                    $crate::i18n::Lang::Fr => self.label_fr(),
                    $crate::i18n::Lang::En => self.label_en(),
                }
            }

            /// Finds a value by id.
            pub fn from_id(s: &str) -> Option<Self> {
                match s { $($id => Some($name::$variant),)+ _ => None }
            }
        }

        impl Default for $name {
            /// The first value.
            fn default() -> Self {
                Self::ALL[0]
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                $name::from_id(&s).ok_or_else(|| {
                    let expected: Vec<String> =
                        $name::ALL.iter().map(|v| format!("\"{}\"", v.id())).collect();
                    let expected = expected.join(", ");
                    let m = $crate::m!(
                        "vocabulary-unknown",
                        what = $what,
                        value = s.as_str(),
                        expected = expected
                    );
                    serde::de::Error::custom(m.encode())
                })
            }
        }
    };
}

vocabulary! {
    /// Where an action stands. The first four are the pact's own.
    Status ("status") {
        /// *Au stade du projet*.
        Project = "project", "au stade du projet", "project stage";
        /// *En cours*: being carried out.
        InProgress = "in-progress", "en cours", "in progress";
        /// *En fonctionnement*: realised and lasting.
        Operating = "operating", "en fonctionnement", "operating";
        /// *Totalement réalisée*.
        Done = "done", "totalement réalisée", "done";
        /// Paused.
        Suspended = "suspended", "suspendue", "suspended";
        /// Dropped.
        Abandoned = "abandoned", "abandonnée", "abandoned";
    }
}

impl Status {
    /// True when nothing is left to do (realised, lasting, or dropped).
    pub fn is_finished(self) -> bool {
        matches!(self, Status::Done | Status::Operating | Status::Abandoned)
    }

    /// True for the pact's "realised" statuses (*en fonctionnement*, *totalement réalisée*).
    pub fn is_realised(self) -> bool {
        matches!(self, Status::Done | Status::Operating)
    }
}

vocabulary! {
    /// What an indicator measures.
    IndicatorKind ("indicator-kind") {
        /// Counts what was done (*indicateur de réalisation*).
        Realisation = "realisation", "réalisation", "realisation";
        /// Measures effects (*indicateur d'évaluation*).
        Evaluation = "evaluation", "évaluation", "evaluation";
    }
}

vocabulary! {
    /// The kind of a journal entry.
    EntryKind ("entry-kind") {
        /// A note.
        Note = "note", "note", "note";
        /// A decision taken.
        Decision = "decision", "décision", "decision";
        /// A next step agreed.
        NextStep = "next-step", "prochaine étape", "next step";
    }
}

vocabulary! {
    /// The kind of a meeting.
    MeetingKind ("meeting-kind") {
        /// A working-group meeting (*réunion du groupe de travail*).
        WorkingGroup = "working-group", "groupe de travail", "working group";
        /// A territory's local animation committee (*comité local d'animation*).
        LocalCommittee = "local-committee", "comité local", "local committee";
        /// The départemental steering committee (*COPIL*).
        Copil = "copil", "COPIL", "steering committee";
    }
}

vocabulary! {
    /// Which of the pact's three COPIL a steering committee is.
    CopilStage ("copil-stage") {
        /// *COPIL de lancement*.
        Launch = "launch", "lancement", "launch";
        /// *COPIL intermédiaire* (mid-term review).
        MidTerm = "mid-term", "intermédiaire", "mid-term";
        /// *COPIL final*.
        Final = "final", "final", "final";
        /// Any other steering committee.
        Other = "other", "autre", "other";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_ids_are_the_documented_ones() {
        let ids: Vec<_> = Status::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(
            ids,
            [
                "project",
                "in-progress",
                "operating",
                "done",
                "suspended",
                "abandoned"
            ]
        );
        for s in Status::ALL {
            assert_eq!(Status::from_id(s.id()), Some(*s));
        }
    }

    #[test]
    fn unknown_status_lists_the_expected_ones() {
        let err = ron::from_str::<Status>("\"finished\"").unwrap_err();
        assert!(
            err.to_string().contains("expected one of \"project\""),
            "{err}"
        );
    }
}
