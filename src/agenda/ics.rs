//! The agenda as an iCalendar file (RFC 5545), through the `icalendar`
//! crate: one all-day `VEVENT` per entry, its UID made of the entry's
//! stable key and the workspace's identity, its `DTSTAMP` the start of
//! `today` (UTC), so that the same data on the same day gives the same
//! bytes and a calendar program re-importing the file updates its events.
//!
//! Only the names of groups, actions, organisations and territories, the
//! number of participants and the announced agenda travel: no one's name.

use super::{Agenda, Entry, words};
use crate::i18n::Lang;
use icalendar::{Calendar, Component, Event, EventLike};

/// The product id written in `PRODID`.
pub const PRODID: &str = "-//pacte//agenda du PTI//FR";

fn event(agenda: &Agenda, e: &Entry, lang: Lang) -> Event {
    let stamp = agenda.today.and_time(chrono::NaiveTime::MIN).and_utc();
    let end = e.date.succ_opt().unwrap_or(e.date);
    Event::new()
        .uid(&agenda.uid(e))
        .timestamp(stamp)
        .summary(&words::summary(lang, e))
        .description(&words::description(lang, e).join("\n"))
        .starts(e.date)
        .ends(end)
        .categories([words::category(lang, e)])
        .add_property("TRANSP", "TRANSPARENT")
        .done()
}

/// The calendar's text, lines ended by CRLF.
pub fn render(agenda: &Agenda, lang: Lang) -> String {
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", PRODID))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"));
    cal.append_property(("X-WR-CALNAME", agenda.title.as_str()));
    for e in &agenda.entries {
        cal.push(event(agenda, e, lang));
    }
    cal.done().to_string()
}
