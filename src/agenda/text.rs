//! What falls due in the coming weeks, as plain text for a person: the
//! overdue entries first (oldest first), then the coming ones by date.

use super::{Agenda, words};
use crate::i18n::{self, Lang};
use crate::t;

/// The text, one entry a line under its heading, ended by a newline.
pub fn render(agenda: &Agenda, weeks: u32, lang: Lang) -> String {
    let until = agenda.until(weeks);
    let mut out = vec![
        t!(lang, "agenda-heading", title = agenda.title.as_str()),
        t!(
            lang,
            "agenda-period",
            from = i18n::date(lang, agenda.today),
            to = i18n::date(lang, until),
            weeks = weeks
        ),
    ];
    let due = agenda.due_soon(weeks);
    if due.is_empty() {
        out.push(String::new());
        out.push(t!(lang, "agenda-nothing", to = i18n::date(lang, until)));
    }
    let (overdue, coming): (Vec<_>, Vec<_>) = due.into_iter().partition(|e| e.overdue);
    for (heading, list) in [("agenda-overdue", overdue), ("agenda-coming", coming)] {
        if list.is_empty() {
            continue;
        }
        out.push(String::new());
        out.push(i18n::text(lang, heading, &[]));
        for e in list {
            let text = crate::text::sanitize(&words::summary(lang, e));
            out.push(format!("  {}  {text}", i18n::date(lang, e.date)));
        }
    }
    let mut s = out.join("\n");
    s.push('\n');
    s
}
