//! `pacte set GROUP/ACTION field=value…`: scripted edits of one action,
//! read by the common parser and applied by the domain's edit layer (the
//! same rules, and the same bytes, as the interface and the import).

use crate::domain::edit::{ActionEdit, DeliverableEdit, Edit, apply_all};
use crate::domain::{
    Id, Message, ProgressInput, read_measurement, read_optional_date, read_progress, read_status,
    read_yes_no,
};
use crate::m;
use crate::store::{Reloaded, SaveError, Workspace};
use chrono::NaiveDate;

/// Parses one `field=value` into the edit it asks for, with `today` as the
/// default date of a measurement.
pub fn parse_assignment(text: &str, today: NaiveDate) -> Result<ActionEdit, Message> {
    let (field, value) = text
        .split_once('=')
        .ok_or_else(|| m!("set-not-an-assignment", typed = text))?;
    let within = |r: Result<ActionEdit, Message>| {
        r.map_err(|e| {
            Message::each(|lang| {
                crate::t!(
                    lang,
                    "set-in-field",
                    field = field,
                    message = e.in_lang(lang)
                )
            })
        })
    };
    within(match field {
        "status" => read_status(value).map(ActionEdit::Status),
        "progress" => read_progress(value).map(|p| match p {
            ProgressInput::To(p) => ActionEdit::Progress(p),
            ProgressInput::By(d) => ActionEdit::ProgressBy(d),
        }),
        "due" => read_optional_date(value).map(ActionEdit::Due),
        "start" => read_optional_date(value).map(ActionEdit::Start),
        "title" => Ok(ActionEdit::Title(value.to_string())),
        "objectives" => Ok(ActionEdit::Objectives(value.to_string())),
        "implementation" => Ok(ActionEdit::Implementation(value.to_string())),
        "experimentation" => read_yes_no(value).map(ActionEdit::Experimentation),
        f => match f.strip_prefix("indicator.") {
            Some(ind) => {
                let indicator = Id::new(ind).map_err(|e| e.message())?;
                read_measurement(value, today).map(|(value, date)| ActionEdit::Measure {
                    indicator,
                    date,
                    value,
                })
            }
            None => match f.strip_prefix("document.") {
                Some(label) => Ok(ActionEdit::Deliverable(
                    label.to_string(),
                    DeliverableEdit::Document(Some(value.to_string())),
                )),
                None => Err(m!("set-unknown-field", field = f)),
            },
        },
    })
}

/// Saves tried before giving up when others keep changing the file.
const ATTEMPTS: usize = 20;

/// Runs `pacte set`: parses everything first, applies the edits to the
/// action (all or none), saves its group once. Another pacte saving the
/// same group meanwhile: the group is read again and the same edits
/// applied to it, so that no edit is lost on either side.
pub fn run(
    ws: &mut Workspace,
    target: &str,
    assignments: &[String],
    today: NaiveDate,
) -> Result<Message, Message> {
    let (g, a) = target
        .split_once('/')
        .ok_or_else(|| m!("set-not-a-target", typed = target))?;
    let gid = Id::new(g).map_err(|e| e.message())?;
    let aid = Id::new(a).map_err(|e| e.message())?;
    let edits: Vec<Edit> = assignments
        .iter()
        .map(|s| parse_assignment(s, today).map(|e| Edit::Action(aid.clone(), e)))
        .collect::<Result<_, _>>()?;
    // A document is looked for before anything is written: a symbolic
    // link or a folder is refused; a file not there yet is said.
    let mut notes = Vec::new();
    for e in &edits {
        if let Edit::Action(_, ActionEdit::Deliverable(label, DeliverableEdit::Document(Some(d)))) =
            e
            && let Some(note) = crate::store::documents::check_link(&ws.root, label, d)?
        {
            notes.push(note);
        }
    }
    if ws.group(&gid).is_none() {
        if let Some(f) = ws
            .broken_files()
            .into_iter()
            .find(|f| f.file_stem().is_some_and(|s| s == g))
        {
            return Err(m!(
                "set-group-broken",
                group = gid.as_str(),
                file = f.display()
            ));
        }
        return Err(m!("set-no-group", group = gid.as_str()));
    }
    for _ in 0..ATTEMPTS {
        let Some(group) = ws.group_mut(&gid) else {
            return Err(m!("set-no-group", group = gid.as_str()));
        };
        apply_all(group, &edits).map_err(|r| r.message().clone())?;
        match ws.save_group(&gid) {
            Ok(()) => {
                let done = m!("set-done", group = gid.as_str(), action = aid.as_str());
                return Ok(Message::each(|lang| {
                    std::iter::once(done.in_lang(lang))
                        .chain(notes.iter().map(|n| n.in_lang(lang)))
                        .collect::<Vec<_>>()
                        .join("\n")
                }));
            }
            Err(SaveError::ChangedOnDisk(rel)) => {
                if !matches!(ws.reload_file(&rel), Reloaded::Group(_)) {
                    return Err(SaveError::Broken(rel).message());
                }
            }
            Err(e) => return Err(e.message()),
        }
    }
    let file = ws.group_files.get(&gid).cloned().unwrap_or_default();
    Err(SaveError::ChangedOnDisk(file).message())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        "2024-05-01".parse().unwrap()
    }

    #[test]
    fn measurement_with_and_without_date() {
        let id = Id::new("taux").unwrap();
        assert_eq!(
            parse_assignment("indicator.taux=12,5", today()),
            Ok(ActionEdit::Measure {
                indicator: id.clone(),
                date: today(),
                value: 12.5
            })
        );
        for s in ["indicator.taux=3@2024-01-31", "indicator.taux=3 31/01/2024"] {
            assert_eq!(
                parse_assignment(s, today()),
                Ok(ActionEdit::Measure {
                    indicator: id.clone(),
                    date: "2024-01-31".parse().unwrap(),
                    value: 3.0
                }),
                "{s}"
            );
        }
        assert!(parse_assignment("indicator.taux=x", today()).is_err());
    }

    #[test]
    fn bad_values_are_explained() {
        let e = parse_assignment("progress=120", today()).unwrap_err();
        assert!(e.en.starts_with("progress: "), "{}", e.en);
        assert!(e.en.contains("0 to 100"), "{}", e.en);
        assert!(
            parse_assignment("due=31/02/2024", today())
                .unwrap_err()
                .en
                .contains("does not exist")
        );
        assert!(
            parse_assignment("colour=red", today())
                .unwrap_err()
                .en
                .contains("colour")
        );
        assert_eq!(parse_assignment("due=", today()), Ok(ActionEdit::Due(None)));
        assert_eq!(
            parse_assignment("due=30/06/25", today()),
            Ok(ActionEdit::Due(Some("2025-06-30".parse().unwrap())))
        );
        assert_eq!(
            parse_assignment("progress=+5", today()),
            Ok(ActionEdit::ProgressBy(5))
        );
    }
}
