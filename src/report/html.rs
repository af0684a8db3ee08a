//! The HTML handout: one self-contained A4 document for the COPIL (print
//! CSS, inline SVG charts, no script, no remote resource).

use super::svg::{esc, progress_bars, stacked_status_bars};
use super::{Report, fr};
use crate::domain::Status;
use crate::domain::evaluation::{AlertKind, DueState, JoinedHow, StatusCounts};
use std::fmt::Write as _;

/// Alerts shown per kind before "… and N more".
const ALERTS_PER_KIND: usize = 8;

const CSS: &str = r#"
@page { size: A4; margin: 12mm 12mm 16mm 12mm;
  @bottom-left { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7.5pt; color: #52606d; }
  @bottom-right { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7.5pt; color: #52606d; } }
tr, li, .card { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #1f2d3d; background: #fff; }
.page { width: 186mm; margin: 0 auto; }
@media screen { body { background: #dfe3e8; } .page { width: 210mm; background: #fff; padding: 12mm; margin: 0 auto; } }
header.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #1f4e79; padding-bottom: 3mm; margin-bottom: 4mm; }
header.top .pact { font-size: 9pt; color: #52606d; text-transform: uppercase; letter-spacing: .04em; }
header.top h1 { margin: 1mm 0 0 0; font-size: 17pt; color: #1f4e79; }
header.top .scope { font-size: 10.5pt; margin-top: 1mm; }
header.top .meta { text-align: right; font-size: 8.5pt; color: #52606d; }
header.top .meta strong { display: block; font-size: 11pt; color: #1f2d3d; }
h2 { font-size: 11.5pt; color: #1f4e79; border-bottom: 1px solid #c5d3e0; padding-bottom: 1mm; margin: 5mm 0 2mm 0; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10pt; margin: 3mm 0 1mm 0; }
section { break-inside: auto; }
section.short { break-inside: avoid; page-break-inside: avoid; }
section.long { break-inside: auto; page-break-inside: auto; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2.5mm; }
.card { border: 1px solid #c5d3e0; border-left: 4px solid #1f4e79; border-radius: 2px; padding: 2mm 2.5mm; }
.card.warn { border-left-color: #c0392b; }
.card.ok { border-left-color: #1d6f42; }
.card .v { font-size: 16pt; font-weight: bold; line-height: 1.1; }
.card .l { font-size: 8pt; color: #52606d; }
.card .s { font-size: 8pt; }
.chart { margin: 1mm 0 2mm 0; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 1mm 0 2mm 0; }
th { background: #1f4e79; color: #fff; font-weight: bold; text-align: left; padding: 1.2mm 1.5mm; }
td { padding: 1mm 1.5mm; border-bottom: 1px solid #dde3ea; vertical-align: top; }
tbody tr:nth-child(even) td { background: #f5f7fa; }
tr.total td { font-weight: bold; border-top: 1.5px solid #1f4e79; background: #fff; }
table.compact { font-size: 8pt; }
table.compact th { font-size: 7.5pt; padding: 1mm 1mm; white-space: normal; }
table.compact th .dot { display: none; }
table.compact td:first-child { width: 32mm; }
table.compact td { padding: .8mm 1mm; }
.num { text-align: right; white-space: nowrap; }
.dot { display: inline-block; width: 8px; height: 8px; border-radius: 1px; margin-right: 3px; vertical-align: baseline; }
.badge { display: inline-block; padding: 0 2mm; border-radius: 8px; font-size: 7.5pt; font-weight: bold; white-space: nowrap; }
.held { background: #d4edda; color: #155724; }
.due { background: #fff3cd; color: #7a5a00; }
.late { background: #f8d7da; color: #8a1c24; }
.upcoming { background: #e9ecef; color: #495057; }
.note { font-size: 8pt; color: #52606d; margin: 1mm 0; }
ul.alerts { list-style: none; padding: 0; margin: 0 0 2mm 0; }
ul.alerts li { border-left: 3px solid #c0392b; padding: .6mm 2mm; margin: .6mm 0; background: #fdf3f2; font-size: 8.5pt; }
ul.alerts li.minor { border-left-color: #f2a541; background: #fef9f0; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; }
.changes { columns: 2; column-gap: 6mm; }
.changes h3 { break-after: avoid; }
.changes li { break-inside: avoid; }
.annex { margin-top: 6mm; }
footer { margin-top: 5mm; border-top: 1px solid #c5d3e0; padding-top: 1.5mm; font-size: 7.5pt; color: #52606d; }
"#;

fn state_class(s: DueState) -> &'static str {
    match s {
        DueState::Held => "held",
        DueState::Due => "due",
        DueState::Late => "late",
        DueState::Upcoming => "upcoming",
    }
}

fn status_header(o: &mut String) {
    for s in Status::ALL {
        let short = match s {
            Status::Suspended => "Susp.",
            Status::Abandoned => "Aband.",
            other => fr::status_short(*other),
        };
        let _ = write!(
            o,
            "<th class=\"num\"><span class=\"dot\" style=\"background:#{}\"></span>{}</th>",
            fr::status_colour(*s),
            esc(short)
        );
    }
}

fn status_cells(o: &mut String, c: &StatusCounts) {
    for (_, n) in c.iter() {
        let _ = write!(o, "<td class=\"num\">{n}</td>");
    }
}

fn card(o: &mut String, class: &str, value: &str, label: &str, sub: &str) {
    let _ = write!(
        o,
        "<div class=\"card {class}\"><div class=\"v\">{value}</div><div class=\"l\">{}</div>{}</div>",
        esc(label),
        if sub.is_empty() {
            String::new()
        } else {
            format!("<div class=\"s\">{}</div>", esc(sub))
        }
    );
}

/// The whole handout.
pub fn render(report: &Report) -> String {
    let e = &report.evaluation;
    let t = &e.totals;
    let mut o = String::new();
    let title = report.title();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} — {}</title>\n<style>{CSS}@page {{ @bottom-left {{ content: \"{}\"; }} @bottom-right {{ content: \"{} \" counter(page) \" / \" counter(pages); }} }}</style>\n</head>\n<body>\n<div class=\"page\">\n",
        esc(&title),
        esc(&report.scope()),
        css_string(&report.footer_line()),
        css_string(&crate::t!(crate::i18n::Lang::Fr, "report-page"))
    );

    // Header.
    let _ = writeln!(
        o,
        "<header class=\"top\"><div><div class=\"pact\">{}</div><h1>Bilan {}</h1><div class=\"scope\">{} · période {}–{}</div></div><div class=\"meta\"><strong>Comité de pilotage</strong>Chiffres au {}<br>Réunions comptées {}</div></header>",
        esc(&title),
        e.year,
        esc(&fr::capitalise(&report.selection_label())),
        e.pact.period_start,
        e.pact.period_end,
        esc(&fr::long_date(e.today)),
        match (e.meetings_from, e.meetings_to) {
            (Some(a), Some(b)) => format!("du {} au {}", fr::date(a), fr::date(b)),
            _ => "sur toute la période".into(),
        }
    );
    if let Some(a) = &report.as_of {
        let _ = writeln!(o, "<p class=\"note\">{}</p>", esc(&a.sentence()));
    }

    // Key figures.
    o.push_str("<section class=\"short\"><h2>Chiffres clés</h2><div class=\"cards\">");
    card(&mut o, "", &t.groups.to_string(), "groupes de travail", "");
    card(&mut o, "", &t.actions.to_string(), "actions", "");
    card(
        &mut o,
        "ok",
        &t.projects_realised.to_string(),
        "projets réalisés",
        &format!(
            "{} des actions (en fonctionnement ou réalisées)",
            fr::percent(fr::share(t.projects_realised, t.actions))
        ),
    );
    card(
        &mut o,
        "",
        &esc(&fr::percent(t.average_progress)),
        "avancement moyen",
        "",
    );
    card(
        &mut o,
        "",
        &t.experiments.to_string(),
        "expérimentations",
        "",
    );
    card(
        &mut o,
        if t.overdue_actions > 0 { "warn" } else { "ok" },
        &t.overdue_actions.to_string(),
        "actions en retard",
        "échéance dépassée, non terminées",
    );
    card(
        &mut o,
        if t.overdue_steps > 0 { "warn" } else { "ok" },
        &t.overdue_steps.to_string(),
        &crate::t!(crate::i18n::Lang::Fr, "report-card-overdue-steps"),
        &crate::t!(
            crate::i18n::Lang::Fr,
            "report-card-open-steps",
            open = t.open_steps
        ),
    );
    card(
        &mut o,
        "",
        &t.meetings.to_string(),
        "réunions de groupes",
        &format!("{} participants", fr::int(t.participants)),
    );
    card(
        &mut o,
        if t.groups_with_two_organisations < t.groups {
            "warn"
        } else {
            "ok"
        },
        &format!("{}/{}", t.groups_with_two_organisations, t.groups),
        "groupes co-pilotés",
        "pilote et co-pilote de deux structures",
    );
    o.push_str("</div></section>\n");

    // Charts.
    let rows: Vec<(String, StatusCounts)> = e
        .territories
        .iter()
        .map(|x| (x.name.clone(), x.actions_by_status))
        .collect();
    let _ = write!(
        o,
        "<section><h2>Avancement des actions</h2><div class=\"chart\">{}</div>",
        stacked_status_bars("Actions par statut et par territoire", &rows)
    );
    let axes: Vec<(String, Option<f64>)> = e
        .axes
        .iter()
        .map(|x| {
            (
                format!("Axe {} — {}", x.number, x.title),
                x.average_progress,
            )
        })
        .collect();
    let _ = writeln!(
        o,
        "<div class=\"chart\">{}</div></section>",
        progress_bars("Avancement moyen des actions par axe", &axes)
    );

    // Territory table.
    o.push_str("<section><h2>Actions par territoire</h2><table class=\"compact\"><thead><tr><th>Territoire</th><th class=\"num\">Groupes</th><th class=\"num\">Actions</th>");
    status_header(&mut o);
    let _ = write!(
        o,
        "<th class=\"num\">Avanc.</th><th class=\"num\">Réunions (partic.)</th><th>Comité local {}</th></tr></thead><tbody>",
        e.year
    );
    for x in &e.territories {
        let _ = write!(
            o,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>",
            esc(&x.name),
            x.groups,
            x.actions
        );
        status_cells(&mut o, &x.actions_by_status);
        let committee = if x.local_committees.is_empty() {
            "<span class=\"badge due\">à tenir</span>".to_string()
        } else {
            x.local_committees
                .iter()
                .map(|d| fr::date(*d))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = write!(
            o,
            "<td class=\"num\">{}</td><td class=\"num\">{} ({})</td><td>{committee}</td></tr>",
            esc(&fr::percent(x.average_progress)),
            x.meetings,
            fr::int(x.participants)
        );
    }
    let _ = write!(
        o,
        "<tr class=\"total\"><td>Ensemble</td><td class=\"num\">{}</td><td class=\"num\">{}</td>",
        t.groups, t.actions
    );
    status_cells(&mut o, &e.actions_by_status);
    let _ = write!(
        o,
        "<td class=\"num\">{}</td><td class=\"num\">{} ({})</td><td></td></tr></tbody></table>",
        esc(&fr::percent(t.average_progress)),
        t.meetings,
        fr::int(t.participants)
    );
    o.push_str("<p class=\"note\">Un groupe de travail présent sur plusieurs territoires est compté dans chacun d'eux : la somme des lignes peut dépasser l'ensemble.</p></section>\n");

    // Axis table.
    o.push_str("<section><h2>Effets par axe</h2><table><thead><tr><th>Axe</th><th class=\"num\">Groupes</th><th class=\"num\">Actions</th><th class=\"num\">Réalisés</th><th class=\"num\">Expérim.</th><th class=\"num\">Avanc.</th><th class=\"num\">Indic. atteints</th><th class=\"num\">Indic. sous la cible</th></tr></thead><tbody>");
    for x in &e.axes {
        let _ = write!(
            o,
            "<tr><td>{} — {}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            x.number,
            esc(&x.title),
            x.groups,
            x.actions,
            x.projects_realised,
            x.experiments,
            esc(&fr::percent(x.average_progress)),
            x.indicators_on_target,
            x.indicators_off_target
        );
    }
    o.push_str("</tbody></table>");
    let themes: Vec<_> = e.themes.iter().filter(|x| x.actions > 0).collect();
    if !themes.is_empty() {
        o.push_str("<p class=\"note\"><strong>Actions par thématique :</strong> ");
        let list: Vec<String> = themes
            .iter()
            .map(|x| format!("{} ({})", esc(&x.title), x.actions))
            .collect();
        o.push_str(&list.join(" · "));
        o.push_str("</p>");
    }
    o.push_str("</section>\n");

    // Governance calendar and partners.
    o.push_str("<section><h2>Calendrier de la gouvernance</h2><table><thead><tr><th>Instance</th><th>Attendu</th><th>État</th><th>Tenu le</th></tr></thead><tbody>");
    for it in e.governance.items() {
        let _ = write!(
            o,
            "<tr><td>{}</td><td>du {} au {}</td><td><span class=\"badge {}\">{}</span></td><td>{}</td></tr>",
            esc(&it.label),
            fr::date(it.window_start),
            fr::date(it.window_end),
            state_class(it.state),
            esc(it.state.label_fr()),
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
    o.push_str("</tbody></table>");
    let _ = write!(
        o,
        "<p class=\"note\"><strong>Nouveaux partenaires depuis le {} :</strong> ",
        fr::date(e.new_partners.since)
    );
    if e.new_partners.partners.is_empty() {
        o.push_str("aucun.");
    } else {
        let list: Vec<String> = e
            .new_partners
            .partners
            .iter()
            .map(|p| {
                let how = match p.how {
                    JoinedHow::Joined => "adhésion",
                    JoinedHow::FirstMeeting => "1re réunion",
                };
                format!("{} ({how} le {})", esc(&p.name), fr::date(p.date))
            })
            .collect();
        o.push_str(&list.join(" · "));
    }
    o.push_str("</p></section>\n");

    // Alerts.
    o.push_str("<section class=\"long\"><h2>Points d'attention</h2>");
    if report.alerts.is_empty() {
        o.push_str("<p>Aucune alerte.</p>");
    }
    let mut kinds: Vec<AlertKind> = report.alerts.iter().map(|a| a.kind).collect();
    kinds.dedup();
    for kind in kinds {
        let list: Vec<_> = report.alerts.iter().filter(|a| a.kind == kind).collect();
        let minor = matches!(kind, AlertKind::NotMeasured | AlertKind::NoMeetingThisYear);
        let _ = write!(
            o,
            "<h3>{} ({})</h3><ul class=\"alerts\">",
            esc(kind.label_fr()),
            list.len()
        );
        for a in list.iter().take(ALERTS_PER_KIND) {
            let _ = write!(
                o,
                "<li{}>{}</li>",
                if minor { " class=\"minor\"" } else { "" },
                esc(&a.message)
            );
        }
        if list.len() > ALERTS_PER_KIND {
            let _ = write!(
                o,
                "<li class=\"minor\">… et {} autre(s), voir le tableau des actions</li>",
                list.len() - ALERTS_PER_KIND
            );
        }
        o.push_str("</ul>");
    }
    o.push_str("</section>\n");

    steps(&mut o, report);
    super::documents::html(&mut o, report);

    if let Some(c) = &report.changes {
        changes(&mut o, c);
    }

    // Annex: groups and actions.
    o.push_str("<section class=\"long annex\"><h2>Annexe — Groupes de travail</h2><table><thead><tr><th>Groupe</th><th>Territoires</th><th>Pilote · co-pilote</th><th class=\"num\">Actions</th><th class=\"num\">Avanc.</th><th class=\"num\">Réunions</th><th class=\"num\">Particip.</th><th>Dernière réunion</th></tr></thead><tbody>");
    for g in &e.groups {
        let _ = write!(
            o,
            "<tr><td>{}{}</td><td>{}</td><td>{} · {}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            esc(&g.name),
            g.lead_issue
                .map(|i| format!(" <span class=\"badge late\">{}</span>", esc(i.label_fr())))
                .unwrap_or_default(),
            esc(&g.territory_names.join(", ")),
            esc(g.pilot_name.as_deref().unwrap_or("—")),
            esc(g.copilot_name.as_deref().unwrap_or("—")),
            g.actions,
            esc(&fr::percent(g.average_progress)),
            g.meetings,
            fr::int(g.participants),
            g.last_meeting.map(fr::date).unwrap_or_else(|| "—".into())
        );
    }
    o.push_str("</tbody></table>");
    o.push_str("<h2>Annexe — Actions</h2><table><thead><tr><th>Groupe</th><th>Action</th><th>Statut</th><th class=\"num\">Avanc.</th><th>Échéance</th></tr></thead><tbody>");
    for a in &e.actions {
        let _ = write!(
            o,
            "<tr><td>{}</td><td>{}{}</td><td><span class=\"dot\" style=\"background:#{}\"></span>{}{}</td><td class=\"num\">{}{}%</td><td>{}</td></tr>",
            esc(&super::sheets::group_label(e, &a.group)),
            esc(&a.title),
            if a.experimentation {
                " <span class=\"badge upcoming\">expérimentation</span>"
            } else {
                ""
            },
            fr::status_colour(a.status),
            esc(&fr::status(a.status)),
            if a.overdue {
                " <span class=\"badge late\">en retard</span>"
            } else {
                ""
            },
            a.progress,
            fr::NNBSP,
            a.due.map(fr::date).unwrap_or_else(|| "—".into())
        );
    }
    o.push_str("</tbody></table></section>\n");
    let _ = write!(
        o,
        "<footer>Document établi avec pacte à partir des fichiers partagés du pacte, le {}. Projets réalisés : actions en fonctionnement ou totalement réalisées. Réunions et participants calculés à partir des comptes rendus enregistrés.</footer>\n</div>\n</body>\n</html>\n",
        esc(&fr::long_date(e.today))
    );
    typeset(&o)
}

/// A CSS string's content: quotes and backslashes escaped, nothing that
/// could end the style element.
fn css_string(s: &str) -> String {
    let mut out = String::new();
    for c in crate::text::sanitize(s).chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("\\3C "),
            c => out.push(c),
        }
    }
    out
}

/// French typography in the handout's text (never inside tags or the
/// style sheet): no-break spaces before `:` and inside « », narrow ones
/// before `;` `!` `?` and `%`.
fn typeset(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 50);
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("<style") {
            let end = r.find("</style>").map_or(r.len(), |i| i + "</style>".len());
            out.push_str("<style");
            out.push_str(&r[..end]);
            rest = &r[end..];
        } else if let Some(close) = [
            ("<a class=\"document\"", "</a>"),
            ("<span class=\"document\"", "</span>"),
        ]
        .iter()
        .find_map(|(open, close)| rest.starts_with(open).then_some(*close))
        {
            // A document's name or address is shown as it is written.
            let end = rest.find(close).map_or(rest.len(), |i| i + close.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else if rest.starts_with('<') {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            out.push_str(&fr::typeset(&rest[..end]));
            rest = &rest[end..];
        }
    }
    out
}

/// The overdue next steps, as a table.
fn steps(o: &mut String, report: &Report) {
    use crate::i18n::Lang;
    let e = &report.evaluation;
    let _ = write!(
        o,
        "<section class=\"long\"><h2>{} ({})</h2>",
        esc(&crate::t!(Lang::Fr, "report-steps-title")),
        e.totals.overdue_steps
    );
    if e.totals.overdue_steps == 0 {
        let _ = writeln!(
            o,
            "<p>{}</p></section>",
            esc(&crate::t!(Lang::Fr, "report-steps-none"))
        );
        return;
    }
    o.push_str("<table><thead><tr>");
    for h in crate::t!(Lang::Fr, "report-steps-headers").split(';') {
        let _ = write!(o, "<th>{}</th>", esc(h));
    }
    o.push_str("</tr></thead><tbody>");
    for s in e.overdue_steps() {
        let _ = write!(
            o,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&super::sheets::group_label(e, &s.group)),
            esc(&s.action_title),
            esc(&s.text),
            esc(&fr::step_owner(s)),
            esc(&fr::opt_date(s.due)),
            esc(&fr::date(s.date)),
            esc(s.meeting.as_ref().map_or("—", |m| m.as_str()))
        );
    }
    o.push_str("</tbody></table></section>\n");
}

fn changes(o: &mut String, c: &super::changes::ChangesSince) {
    use super::changes::rows::{self, Kind};
    use crate::i18n::Lang;
    let title = crate::t!(
        Lang::Fr,
        "report-changes-title",
        since = rows::since_words(c)
    );
    let _ = write!(o, "<section class=\"long\"><h2>{}</h2>", esc(&title));
    if c.changes.is_empty() {
        let _ = writeln!(
            o,
            "<p>{}</p></section>",
            esc(&crate::t!(Lang::Fr, "report-changes-none"))
        );
        return;
    }
    let all = rows::rows(&c.changes);
    let mut kinds: Vec<Kind> = all.iter().map(|r| r.kind).collect();
    kinds.sort();
    kinds.dedup();
    o.push_str("<div class=\"changes\">");
    for k in kinds {
        let list: Vec<&rows::Row> = all.iter().filter(|r| r.kind == k).collect();
        let _ = write!(o, "<h3>{} ({})</h3><ul>", esc(&k.title()), list.len());
        for r in list {
            let _ = write!(o, "<li>{}</li>", esc(&rows::line(r)));
        }
        o.push_str("</ul>");
    }
    o.push_str("</div></section>\n");
}
