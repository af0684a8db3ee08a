//! The JSON report: [`Report`] serialised with stable keys.
//!
//! Top level: `report_version`; `pact` (`name`, `departement`,
//! `period_start`, `period_end`); `selection` (`territory`, `axis`, `theme`,
//! `year`); `year` (reference year); `today`; `meetings_from`/`meetings_to`
//! (the window meetings are counted in, `null` for all); `totals` (`groups`,
//! `actions`, `projects_realised`, `experiments`, `overdue_actions`,
//! `open_steps`, `overdue_steps`, `average_progress`, `indicators`, `indicators_on_target`,
//! `indicators_off_target`, `indicators_not_measured`,
//! `groups_with_two_organisations`, `meetings`, `participants`,
//! `actions_without_theme`); `actions_by_status` (status id → count, the six
//! ids always present); `territories`, `axes`, `themes` (each with `id`, a
//! name or title, `actions_by_status` and their counts); `groups`; `actions`
//! (one object per action, with its `open_steps` and `overdue_steps`
//! counts); `open_steps` (the next steps not done: `group`, `group_name`,
//! `action`, `action_title`, `text`, `owner`, `owner_name`, `due`, `date`,
//! `meeting`, `overdue`); `indicators_off_target`;
//! `indicators_not_measured`; `governance` (`copil`, `copil_meetings`,
//! `local_committees`, `interim_evaluation`: items with `id`, `label`,
//! `territory`, `window_start`, `window_end`, `held`, `state`);
//! `new_partners` (`since`, `partners`: `id`, `name`, `date`, `how`);
//! `alerts` (`kind`, `group`, `action`, `indicator`, `item`, `message`);
//! `national_ids` (`schema`; `organisations`: `id`, `name`, `structure_id`,
//! `data_inclusion`, `reseaux_porteurs`, `siret`, `code_insee`; `thematiques`
//! and `publics`: `id`, `values`; `territories`: `id`, `communes`, `epci`);
//! `changes` (`null`, or `since` {`asked`, `revision`, `date`},
//! `groups_created`, `groups_removed`, `actions_created`, `actions_removed`,
//! `status_changes`, `measurements`, `meetings`, `unreadable`).
//!
//! Dates are ISO `YYYY-MM-DD`; statuses are their ids.

use super::{Report, ReportError};

/// Pretty JSON, with a trailing newline.
pub fn render(report: &Report) -> Result<String, ReportError> {
    let mut s = serde_json::to_string_pretty(report)?;
    s.push('\n');
    Ok(crate::text::json_escape_hidden(&s))
}
