//! `pacte set GROUP/ACTION field=value…`: scripted edits of one action.

use crate::domain::{Action, Id, Message, Status, parse_date, parse_number, parse_status};
use crate::msg;
use crate::store::Workspace;
use chrono::NaiveDate;

/// One `field=value` edit, parsed.
#[derive(Clone, Debug, PartialEq)]
pub enum Assignment {
    /// `status=`
    Status(Status),
    /// `progress=`
    Progress(u8),
    /// `due=` (empty clears it)
    Due(Option<NaiveDate>),
    /// `start=` (empty clears it)
    Start(Option<NaiveDate>),
    /// `title=`
    Title(String),
    /// `objectives=`
    Objectives(String),
    /// `indicator.ID=VALUE[@DATE]`
    Measurement(Id, f64, NaiveDate),
}

/// Parses one `field=value`, with `today` as the default measurement date.
pub fn parse_assignment(text: &str, today: NaiveDate) -> Result<Assignment, Message> {
    let (field, value) = text.split_once('=').ok_or_else(|| {
        msg!(
            "`{text}` is not FIELD=VALUE",
            "`{text}` n'est pas de la forme CHAMP=VALEUR"
        )
    })?;
    let optional_date = |v: &str| -> Result<Option<NaiveDate>, Message> {
        if v.trim().is_empty() {
            Ok(None)
        } else {
            parse_date(v).map(Some).ok_or_else(|| {
                msg!(
                    "{field}: `{v}` is not a date (YYYY-MM-DD or dd/mm/yyyy)",
                    "{field} : `{v}` n'est pas une date (jj/mm/aaaa ou AAAA-MM-JJ)"
                )
            })
        }
    };
    match field {
        "status" => parse_status(value).map(Assignment::Status).ok_or_else(|| {
            let ids: Vec<_> = Status::ALL.iter().map(|s| s.id()).collect();
            let ids = ids.join(", ");
            msg!(
                "status: `{value}` is not a status (one of {ids})",
                "status : `{value}` n'est pas un statut (au choix : {ids}, ou leur libellé français)"
            )
        }),
        "progress" => value
            .trim()
            .trim_end_matches('%')
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|p| *p <= 100)
            .map(Assignment::Progress)
            .ok_or_else(|| {
                msg!(
                    "progress: `{value}` is not a whole number from 0 to 100",
                    "progress : `{value}` n'est pas un nombre entier de 0 à 100"
                )
            }),
        "due" => optional_date(value).map(Assignment::Due),
        "start" => optional_date(value).map(Assignment::Start),
        "title" if !value.trim().is_empty() => Ok(Assignment::Title(value.trim().to_string())),
        "title" => Err(msg!("title: cannot be empty", "title : le titre ne peut pas être vide")),
        "objectives" => Ok(Assignment::Objectives(value.to_string())),
        f => {
            let Some(ind) = f.strip_prefix("indicator.") else {
                return Err(msg!(
                    "unknown field `{f}` (status, progress, due, start, title, objectives, indicator.ID)",
                    "champ inconnu `{f}` (status, progress, due, start, title, objectives, indicator.ID)"
                ));
            };
            let id = Id::new(ind).map_err(|e| {
                let m = e.message();
                Message::new(format!("{f}: {}", m.en), format!("{f} : {}", m.fr))
            })?;
            let (v, d) = match value.rsplit_once('@') {
                Some((v, d)) => (
                    v,
                    parse_date(d).ok_or_else(|| {
                        msg!(
                            "{f}: `{d}` is not a date (YYYY-MM-DD)",
                            "{f} : `{d}` n'est pas une date (AAAA-MM-JJ)"
                        )
                    })?,
                ),
                None => (value, today),
            };
            let v = parse_number(v)
                .ok_or_else(|| msg!("{f}: `{v}` is not a number", "{f} : `{v}` n'est pas un nombre"))?;
            Ok(Assignment::Measurement(id, v, d))
        }
    }
}

/// Applies an assignment to an action.
pub fn apply(action: &mut Action, a: &Assignment) -> Result<(), Message> {
    match a {
        Assignment::Status(s) => action.status = *s,
        Assignment::Progress(p) => action.progress = *p,
        Assignment::Due(d) => action.due = *d,
        Assignment::Start(d) => action.start = *d,
        Assignment::Title(t) => action.title = t.clone(),
        Assignment::Objectives(t) => action.objectives = t.clone(),
        Assignment::Measurement(id, v, d) => {
            let known: Vec<String> = action.indicators.iter().map(|i| i.id.to_string()).collect();
            let known = known.join(", ");
            let action_id = action.id.clone();
            let ind = action.indicator_mut(id).ok_or_else(|| {
                if known.is_empty() {
                    msg!(
                        "action `{action_id}` has no indicator `{id}` (it has none)",
                        "l'action `{action_id}` n'a pas d'indicateur `{id}` (elle n'en a aucun)"
                    )
                } else {
                    msg!(
                        "action `{action_id}` has no indicator `{id}` (it has: {known})",
                        "l'action `{action_id}` n'a pas d'indicateur `{id}` (elle a : {known})"
                    )
                }
            })?;
            ind.record(*d, *v);
        }
    }
    Ok(())
}

/// Runs `pacte set`: parses everything first, applies to the action, saves
/// its group once. Returns what to tell the user.
pub fn run(
    ws: &mut Workspace,
    target: &str,
    assignments: &[String],
    today: NaiveDate,
) -> Result<Message, Message> {
    let (g, a) = target.split_once('/').ok_or_else(|| {
        msg!(
            "`{target}` is not GROUP/ACTION",
            "`{target}` n'est pas de la forme GROUPE/ACTION"
        )
    })?;
    let id = |s: &str| {
        Id::new(s).map_err(|e| {
            let m = e.message();
            Message::new(
                format!("{target}: {}", m.en),
                format!("{target} : {}", m.fr),
            )
        })
    };
    let (gid, aid) = (id(g)?, id(a)?);
    let parsed = assignments
        .iter()
        .map(|s| parse_assignment(s, today))
        .collect::<Result<Vec<_>, _>>()?;
    if ws.group(&gid).is_none() {
        if let Some(f) = ws
            .broken_files()
            .into_iter()
            .find(|f| f.file_stem().is_some_and(|s| s == g))
        {
            let f = f.display();
            return Err(msg!(
                "group `{gid}` did not load ({f}): run `pacte check`",
                "le groupe `{gid}` n'a pas pu être lu ({f}) : lancez `pacte check`"
            ));
        }
        return Err(msg!(
            "no group `{gid}` in the workspace",
            "pas de groupe `{gid}` dans l'espace de travail"
        ));
    }
    // Another pacte may save the same group meanwhile: the save is then
    // refused (the file changed), the group read again and the same
    // assignments applied to it, so that no edit is lost on either side.
    for _ in 0..ATTEMPTS {
        let action = ws
            .group_mut(&gid)
            .and_then(|group| group.action_mut(&aid))
            .ok_or_else(|| {
                msg!(
                    "no action `{aid}` in group `{gid}`",
                    "pas d'action `{aid}` dans le groupe `{gid}`"
                )
            })?;
        for p in &parsed {
            apply(action, p)?;
        }
        match ws.save_group(&gid) {
            Ok(()) => return Ok(msg!("{gid}/{aid} updated", "{gid}/{aid} mise à jour")),
            Err(crate::store::SaveError::ChangedOnDisk(rel)) => {
                if !matches!(ws.reload_file(&rel), crate::store::Reloaded::Group(_)) {
                    return Err(crate::store::SaveError::Broken(rel).message());
                }
            }
            Err(e) => return Err(e.message()),
        }
    }
    Err(crate::store::SaveError::ChangedOnDisk(
        ws.group_files.get(&gid).cloned().unwrap_or_default(),
    )
    .message())
}

/// Saves tried before giving up when others keep changing the file.
const ATTEMPTS: usize = 20;

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        "2024-05-01".parse().unwrap()
    }

    #[test]
    fn measurement_with_and_without_date() {
        assert_eq!(
            parse_assignment("indicator.taux=12,5", today()),
            Ok(Assignment::Measurement(
                Id::new("taux").unwrap(),
                12.5,
                today()
            ))
        );
        assert_eq!(
            parse_assignment("indicator.taux=3@2024-01-31", today()),
            Ok(Assignment::Measurement(
                Id::new("taux").unwrap(),
                3.0,
                "2024-01-31".parse().unwrap()
            ))
        );
        assert!(parse_assignment("indicator.taux=x", today()).is_err());
    }

    #[test]
    fn bad_values_are_explained() {
        assert!(
            parse_assignment("progress=120", today())
                .unwrap_err()
                .en
                .contains("0 to 100")
        );
        assert!(
            parse_assignment("due=31/02/2024", today())
                .unwrap_err()
                .en
                .contains("not a date")
        );
        assert!(
            parse_assignment("colour=red", today())
                .unwrap_err()
                .en
                .contains("unknown field")
        );
        assert_eq!(parse_assignment("due=", today()), Ok(Assignment::Due(None)));
        assert_eq!(
            parse_assignment("due=30/06/2025", today()),
            Ok(Assignment::Due(Some("2025-06-30".parse().unwrap())))
        );
    }
}
