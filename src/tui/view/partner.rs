//! An organisation's sheet: its register fields, the groups it pilots,
//! co-pilots or joins, and the meetings it attended.

use super::Styles;
use super::popup::frame_block;
use crate::domain::Id;
use crate::domain::register::{self, Role};
use crate::domain::vocabulary::Vocabulary;
use crate::i18n::date;
use crate::t;
use crate::text::sanitize;
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

/// Draws the sheet of `id` over `area`.
pub fn draw(app: &App, id: &Id, scroll: u16, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let full = super::centered(area, 76, area.height.saturating_sub(2));
    let Some(rf) = app.ws.referential.as_ref() else {
        return;
    };
    let Some(o) = rf.organisation(id) else {
        f.render_widget(Clear, full);
        let p = Paragraph::new(t!(lang, "partner-gone", id = id.as_str()))
            .block(frame_block(id.to_string(), st));
        f.render_widget(p, full);
        return;
    };
    let p = register::partner(o, &app.ws.groups, Some(&app.ws.governance));
    let field = |label: &str, value: String| {
        Line::from(vec![
            Span::styled(format!("{label} "), st.dim()),
            Span::raw(sanitize(&value)),
        ])
    };
    let mut lines = vec![field(&t!(lang, "partner-id"), o.id.to_string())];
    let networks = if o.reseaux_porteurs.is_empty() {
        t!(lang, "partner-none-value")
    } else {
        o.reseaux_porteurs
            .iter()
            .map(|v| {
                Vocabulary::ReseauxPorteurs
                    .term(v)
                    .map_or_else(|| v.clone(), |t| t.label.clone())
            })
            .collect::<Vec<_>>()
            .join(" ; ")
    };
    lines.push(field(&t!(lang, "partner-networks"), networks));
    if let Some(s) = &o.siret {
        lines.push(field(&t!(lang, "partner-siret"), s.clone()));
    }
    let place: Vec<String> = [
        o.adresse.clone(),
        match (&o.code_postal, &o.commune) {
            (Some(cp), Some(c)) => Some(format!("{cp} {c}")),
            (cp, c) => cp.clone().or_else(|| c.clone()),
        },
        o.code_insee
            .as_ref()
            .map(|c| t!(lang, "partner-insee", code = c.as_str())),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !place.is_empty() {
        lines.push(field(&t!(lang, "partner-address"), place.join(", ")));
    }
    for (key, v) in [
        ("partner-web", &o.site_web),
        ("partner-mail", &o.courriel),
        ("partner-data-inclusion", &o.data_inclusion),
    ] {
        if let Some(v) = v {
            lines.push(field(&crate::i18n::text(lang, key, &[]), v.clone()));
        }
    }
    if let Some(d) = o.joined {
        lines.push(field(&t!(lang, "partner-joined"), date(lang, d)));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        t!(lang, "partner-groups", count = p.groups.len()),
        st.title(),
    ));
    for (role, g) in &p.groups {
        let role = match role {
            Role::Pilot => "pilot",
            Role::Copilot => "copilot",
            Role::Member => "member",
        };
        let territories: Vec<&str> = g.territories.iter().map(|t| rf.territory_name(t)).collect();
        lines.push(Line::from(vec![
            Span::styled(
                format!("  {:<10}", t!(lang, "partner-role", role = role)),
                st.dim(),
            ),
            Span::raw(sanitize(&format!(
                "{} — {}",
                g.name,
                territories.join(", ")
            ))),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        t!(
            lang,
            "partners-meetings",
            attended = p.attended,
            excused = p.excused,
            last = p.last_attended.map(|d| date(lang, d)).unwrap_or_default()
        ),
        st.title(),
    ));
    const SHOWN: usize = 8;
    for (m, g) in p.meetings.iter().take(SHOWN) {
        let what = g.map_or_else(|| m.kind.label(lang).to_string(), |g| g.name.clone());
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<10} ", date(lang, m.date)), st.dim()),
            Span::raw(sanitize(&what)),
        ]));
    }
    if p.meetings.len() > SHOWN {
        lines.push(Line::styled(
            t!(
                lang,
                "partner-more-meetings",
                count = p.meetings.len() - SHOWN
            ),
            st.dim(),
        ));
    }
    let back = app
        .keymap
        .first_key_in(crate::tui::msg::Command::Back, lang);
    lines.push(Line::styled(
        t!(lang, "partner-keys", back = back),
        st.dim(),
    ));
    // As tall as its wrapped lines, at most the screen.
    let inner = usize::from(full.width.saturating_sub(2)).max(1);
    let rows: usize = lines.iter().map(|l| l.width().max(1).div_ceil(inner)).sum();
    let h = u16::try_from(rows + 2).unwrap_or(u16::MAX).min(full.height);
    let r = super::centered(area, full.width, h);
    // Never scrolled past the last line.
    let max =
        u16::try_from(rows.saturating_sub(usize::from(h.saturating_sub(2)))).unwrap_or(u16::MAX);
    let scroll = scroll.min(max);
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(lines)
            .block(frame_block(sanitize(&o.name), st))
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        r,
    );
}
