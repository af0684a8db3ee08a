//! The Markdown report: French headings and tables, readable on the forge.

use super::changes::ChangesSince;
use super::{Report, fr};
use crate::domain::Status;
use crate::domain::evaluation::{AlertKind, StatusCounts};
use std::fmt::Write as _;

/// Text from the files made inert in Markdown: hidden characters escaped,
/// one line, and the characters that carry Markdown or HTML escaped.
pub fn md(s: &str) -> String {
    let clean = crate::text::sanitize(s);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn status_cells(c: &StatusCounts) -> String {
    c.iter().map(|(_, n)| format!(" {n} |")).collect()
}

fn status_header() -> (String, String) {
    let names: String = Status::ALL
        .iter()
        .map(|s| format!(" {} |", fr::status_short(*s)))
        .collect();
    let rule: String = Status::ALL.iter().map(|_| " ---: |").collect();
    (names, rule)
}

/// The whole report.
pub fn render(report: &Report) -> String {
    let e = &report.evaluation;
    let t = &e.totals;
    let mut o = String::new();
    let _ = writeln!(o, "# {}\n", md(&report.title()));
    let _ = writeln!(o, "## {}\n", md(&report.scope()));
    let _ = writeln!(
        o,
        "Période du pacte : {}–{}. Chiffres au {}.{}\n",
        e.pact.period_start,
        e.pact.period_end,
        fr::date(e.today),
        match (e.meetings_from, e.meetings_to) {
            (Some(a), Some(b)) =>
                format!(" Réunions comptées du {} au {}.", fr::date(a), fr::date(b)),
            _ => " Réunions comptées sur toute la période.".into(),
        }
    );
    if let Some(a) = &report.as_of {
        let _ = writeln!(o, "{}\n", md(&a.sentence()));
    }

    let _ = writeln!(o, "## Chiffres clés\n");
    let _ = writeln!(o, "| Indicateur | Valeur |\n| --- | ---: |");
    let realised = format!(
        "{} ({})",
        t.projects_realised,
        fr::percent(fr::share(t.projects_realised, t.actions))
    );
    let [open_steps, overdue_steps] = fr::step_column_headers();
    let rows: [(&str, String); 14] = [
        ("Groupes de travail", t.groups.to_string()),
        ("Actions", t.actions.to_string()),
        (
            "Projets réalisés (en fonctionnement ou totalement réalisés)",
            realised,
        ),
        ("Expérimentations", t.experiments.to_string()),
        ("Avancement moyen", fr::percent(t.average_progress)),
        ("Actions en retard", t.overdue_actions.to_string()),
        (&open_steps, t.open_steps.to_string()),
        (&overdue_steps, t.overdue_steps.to_string()),
        (
            "Groupes avec pilote et co-pilote de deux structures",
            format!("{} sur {}", t.groups_with_two_organisations, t.groups),
        ),
        (
            "Réunions des groupes (concertations)",
            t.meetings.to_string(),
        ),
        ("Participants aux réunions", fr::int(t.participants)),
        (
            "Indicateurs atteignant la cible",
            format!("{} sur {}", t.indicators_on_target, t.indicators),
        ),
        (
            "Indicateurs sous la cible",
            t.indicators_off_target.to_string(),
        ),
        (
            "Indicateurs non mesurés dans l'année",
            t.indicators_not_measured.to_string(),
        ),
    ];
    for (k, v) in rows {
        let _ = writeln!(o, "| {k} | {v} |");
    }

    let _ = writeln!(o, "\n## Actions par statut\n");
    let _ = writeln!(o, "| Statut | Actions | Part |\n| --- | ---: | ---: |");
    for (s, n) in e.actions_by_status.iter() {
        let _ = writeln!(
            o,
            "| {} | {n} | {} |",
            fr::status(s),
            fr::percent(fr::share(n, t.actions))
        );
    }
    let _ = writeln!(o, "| **Total** | **{}** | |", t.actions);

    let (names, rule) = status_header();
    let _ = writeln!(o, "\n## Par territoire\n");
    let _ = writeln!(
        o,
        "| Territoire | Groupes | Actions |{names} Avancement moyen | Réunions | Participants | Comité local {} |",
        e.year
    );
    let _ = writeln!(o, "| --- | ---: | ---: |{rule} ---: | ---: | ---: | --- |");
    for x in &e.territories {
        let committees = if x.local_committees.is_empty() {
            "non tenu".to_string()
        } else {
            x.local_committees
                .iter()
                .map(|d| fr::date(*d))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            o,
            "| {} | {} | {} |{} {} | {} | {} | {} |",
            md(&x.name),
            x.groups,
            x.actions,
            status_cells(&x.actions_by_status),
            fr::percent(x.average_progress),
            x.meetings,
            fr::int(x.participants),
            committees
        );
    }
    let _ = writeln!(
        o,
        "\nUn groupe de travail présent sur plusieurs territoires est compté dans chacun d'eux : la somme des lignes peut dépasser le total."
    );

    let _ = writeln!(o, "\n## Par axe\n");
    let _ = writeln!(
        o,
        "| Axe | Groupes | Actions |{names} Avancement moyen | Expérimentations | Indicateurs atteints | Sous la cible |"
    );
    let _ = writeln!(o, "| --- | ---: | ---: |{rule} ---: | ---: | ---: | ---: |");
    for x in &e.axes {
        let _ = writeln!(
            o,
            "| {} — {} | {} | {} |{} {} | {} | {} | {} |",
            x.number,
            md(&x.title),
            x.groups,
            x.actions,
            status_cells(&x.actions_by_status),
            fr::percent(x.average_progress),
            x.experiments,
            x.indicators_on_target,
            x.indicators_off_target
        );
    }

    let themes: Vec<_> = e.themes.iter().filter(|x| x.groups > 0).collect();
    let _ = writeln!(o, "\n## Actions par thématique\n");
    if themes.is_empty() {
        let _ = writeln!(o, "Aucune thématique renseignée.");
    } else {
        let _ = writeln!(
            o,
            "| Thématique | Axe | Groupes | Actions |\n| --- | --- | ---: | ---: |"
        );
        for x in themes {
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} |",
                md(&x.title),
                e.axes
                    .iter()
                    .find(|a| a.id == x.axis)
                    .map_or(md(x.axis.as_str()), |a| a.number.to_string()),
                x.groups,
                x.actions
            );
        }
    }
    if t.actions_without_theme > 0 {
        let _ = writeln!(
            o,
            "\nActions de groupes sans thématique : {}.",
            t.actions_without_theme
        );
    }

    let _ = writeln!(o, "\n## Groupes de travail\n");
    let _ = writeln!(
        o,
        "| Groupe | Territoires | Pilote | Co-pilote | Actions | Avancement moyen | Réunions | Participants | Dernière réunion |"
    );
    let _ = writeln!(
        o,
        "| --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- |"
    );
    for g in &e.groups {
        let _ = writeln!(
            o,
            "| {}{} | {} | {} | {} | {} | {} | {} | {} | {} |",
            md(&g.name),
            g.lead_issue
                .map(|i| format!(" ⚠ {}", i.label_fr()))
                .unwrap_or_default(),
            md(&g.territory_names.join(", ")),
            md(g.pilot_name.as_deref().unwrap_or("—")),
            md(g.copilot_name.as_deref().unwrap_or("—")),
            g.actions,
            fr::percent(g.average_progress),
            g.meetings,
            fr::int(g.participants),
            g.last_meeting.map(fr::date).unwrap_or_else(|| "—".into())
        );
    }

    let _ = writeln!(o, "\n## Alertes");
    if report.alerts.is_empty() {
        let _ = writeln!(o, "\nAucune alerte.");
    }
    let mut current = None::<AlertKind>;
    for a in &report.alerts {
        if current != Some(a.kind) {
            let n = report.alerts.iter().filter(|x| x.kind == a.kind).count();
            let _ = writeln!(o, "\n### {} ({n})\n", a.kind.label_fr());
            current = Some(a.kind);
        }
        let _ = writeln!(o, "- {}", md(&a.message));
    }

    steps(&mut o, report);
    super::documents::markdown(&mut o, report);

    let _ = writeln!(o, "\n## Calendrier de la gouvernance\n");
    let _ = writeln!(
        o,
        "| Instance | Attendu | État | Tenu le |\n| --- | --- | --- | --- |"
    );
    for it in e.governance.items() {
        let _ = writeln!(
            o,
            "| {} | du {} au {} | {} | {} |",
            md(&it.label),
            fr::date(it.window_start),
            fr::date(it.window_end),
            it.state.label_fr(),
            if it.held.is_empty() {
                "—".to_string()
            } else {
                it.held
                    .iter()
                    .map(|d| fr::date(*d))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        );
    }
    let _ = writeln!(
        o,
        "\nCOPIL tenus depuis le début du pacte : {}.",
        e.governance.copil_meetings.len()
    );

    let _ = writeln!(
        o,
        "\n## Nouveaux partenaires depuis le {}\n",
        fr::date(e.new_partners.since)
    );
    if e.new_partners.partners.is_empty() {
        let _ = writeln!(o, "Aucun nouveau partenaire.");
    }
    for p in &e.new_partners.partners {
        let how = match p.how {
            crate::domain::evaluation::JoinedHow::Joined => "adhésion",
            crate::domain::evaluation::JoinedHow::FirstMeeting => "première réunion",
        };
        let _ = writeln!(o, "- {} ({how} le {})", md(&p.name), fr::date(p.date));
    }

    if let Some(c) = &report.changes {
        changes(&mut o, c);
    }

    let _ = writeln!(o, "\n## Actions\n");
    let _ = writeln!(
        o,
        "| Groupe | Action | Statut | Avancement | Échéance |\n| --- | --- | --- | ---: | --- |"
    );
    for a in &e.actions {
        let _ = writeln!(
            o,
            "| {} | {}{} | {}{} | {} % | {} |",
            md(&super::sheets::group_label(e, &a.group)),
            md(&a.title),
            if a.experimentation {
                " (expérimentation)"
            } else {
                ""
            },
            fr::status(a.status),
            if a.overdue { " ⚠ en retard" } else { "" },
            a.progress,
            a.due.map(fr::date).unwrap_or_else(|| "—".into())
        );
    }
    o
}

/// The overdue next steps: what, who, by when, taken when and where.
fn steps(o: &mut String, report: &Report) {
    use crate::i18n::Lang;
    let e = &report.evaluation;
    let _ = writeln!(
        o,
        "\n## {} ({})\n",
        crate::t!(Lang::Fr, "report-steps-title"),
        e.totals.overdue_steps
    );
    if e.totals.overdue_steps == 0 {
        let _ = writeln!(o, "{}", crate::t!(Lang::Fr, "report-steps-none"));
        return;
    }
    let headers = crate::t!(Lang::Fr, "report-steps-headers");
    let n = headers.split(';').count();
    let _ = writeln!(
        o,
        "| {} |",
        headers.split(';').collect::<Vec<_>>().join(" | ")
    );
    let _ = writeln!(o, "|{}", " --- |".repeat(n));
    for s in e.overdue_steps() {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} | {} |",
            md(&super::sheets::group_label(e, &s.group)),
            md(&s.action_title),
            md(&s.text),
            md(&fr::step_owner(s)),
            fr::opt_date(s.due),
            fr::date(s.date),
            s.meeting
                .as_ref()
                .map_or("—".to_string(), |m| md(m.as_str()))
        );
    }
}

fn changes(o: &mut String, c: &ChangesSince) {
    use super::changes::rows::{self, Kind};
    use crate::i18n::Lang;
    let since = rows::since_words(c);
    let _ = writeln!(
        o,
        "\n## {}\n",
        crate::t!(Lang::Fr, "report-changes-title", since = since)
    );
    match &c.since.revision {
        Some(rev) => {
            let rev: String = rev.chars().take(10).collect();
            let _ = writeln!(
                o,
                "{}\n",
                crate::t!(
                    Lang::Fr,
                    "report-changes-against",
                    revision = format!("`{rev}`")
                )
            );
        }
        None => {
            let _ = writeln!(
                o,
                "{}\n",
                crate::t!(Lang::Fr, "report-changes-everything-new")
            );
        }
    }
    if c.changes.is_empty() {
        let _ = writeln!(o, "{}", crate::t!(Lang::Fr, "report-changes-none"));
        return;
    }
    let all = rows::rows(&c.changes);
    let mut kinds: Vec<Kind> = all.iter().map(|r| r.kind).collect();
    kinds.sort();
    kinds.dedup();
    for k in kinds {
        let list: Vec<&rows::Row> = all.iter().filter(|r| r.kind == k).collect();
        let _ = writeln!(o, "### {} ({})\n", k.title(), list.len());
        for r in list {
            let _ = writeln!(o, "- {}", md(&rows::line(r)));
        }
        o.push('\n');
    }
}
