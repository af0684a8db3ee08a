//! Keys and pasted text while a popup is open. Text popups take keys as
//! typed; list popups take arrows, Enter, Esc and their own letters.

use super::super::app::{App, FilterField, Pick, PickItem, Popup, SearchState, Tone};
use super::super::editor::Editor;
use super::super::i18n;
use super::super::msg::Effect;
use super::super::search::{self, normalize};
use super::super::steps::{Answer, Choice, Step};
use super::{answer, nav};
use crate::domain::Status;
use crate::t;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Most search results kept.
const SEARCH_LIMIT: usize = 50;

/// Applies an editing key to an editor; true when the key was used.
fn edit_key(e: &mut Editor, k: &KeyEvent) -> bool {
    e.key(k)
}

/// Rows of a pick list shown for its query.
pub fn pick_visible(p: &Pick) -> Vec<usize> {
    let q = normalize(&p.query);
    let words: Vec<&str> = q.split_whitespace().collect();
    p.items
        .iter()
        .enumerate()
        .filter(|(_, it)| {
            words.is_empty() || search::score(&words, &normalize(&it.label)).is_some()
        })
        .map(|(i, _)| i)
        .collect()
}

fn filter_items(app: &App, field: FilterField) -> Vec<PickItem> {
    let lang = app.lang;
    let it = |choice: Choice, label: &str| PickItem {
        choice,
        label: label.to_string(),
        checked: false,
    };
    let id = |i: &crate::domain::Id| Choice::Id(i.clone());
    let mut v = vec![it(Choice::None, &t!(lang, "form-filter-all"))];
    let r = app.ws.referential.as_ref();
    match field {
        FilterField::Status => v.extend(
            Status::ALL
                .iter()
                .map(|s| it(Choice::Status(*s), i18n::status_label(lang, *s))),
        ),
        FilterField::Territory => v.extend(
            r.iter()
                .flat_map(|r| r.territories.iter().map(|t| it(id(&t.id), &t.name))),
        ),
        FilterField::Axis => v.extend(r.iter().flat_map(|r| {
            r.axes
                .iter()
                .map(|a| it(id(&a.id), &format!("{}. {}", a.number, a.title)))
        })),
        FilterField::Public => v.extend(
            r.iter()
                .flat_map(|r| r.publics.iter().map(|p| it(id(&p.id), &p.label))),
        ),
        FilterField::Pilot => v.extend(
            r.iter()
                .flat_map(|r| r.organisations.iter().map(|o| it(id(&o.id), &o.name))),
        ),
        FilterField::Overdue => {
            v = vec![
                it(Choice::None, &t!(lang, "form-no")),
                it(Choice::Yes, &t!(lang, "form-filter-overdue")),
            ]
        }
    }
    v
}

/// Runs an answer; a refusal is said on the status line.
fn run(app: &mut App, step: Step, a: Answer) -> Vec<Effect> {
    answer::answer(app, step, a).unwrap_or_else(|e| {
        app.say(Tone::Error, e);
        Vec::new()
    })
}

/// The new first line of a scrolled text popup, or `None` for a key that
/// closes it.
fn scrolled(scroll: u16, code: KeyCode) -> Option<u16> {
    Some(match code {
        KeyCode::Down | KeyCode::Char('j') => scroll.saturating_add(1),
        KeyCode::Up | KeyCode::Char('k') => scroll.saturating_sub(1),
        KeyCode::PageDown | KeyCode::Char(' ') => scroll.saturating_add(10),
        KeyCode::PageUp => scroll.saturating_sub(10),
        KeyCode::Home | KeyCode::Char('g') => 0,
        _ => return None,
    })
}

/// A key while a popup is open.
pub fn key(app: &mut App, k: KeyEvent) -> Vec<Effect> {
    let Some(popup) = app.popups.pop() else {
        return Vec::new();
    };
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    let lang = app.lang;
    match popup {
        Popup::Preview {
            title,
            text,
            scroll,
            step,
        } => {
            if k.code == KeyCode::Enter {
                return answer::answer(app, step, Answer::Yes).unwrap_or_else(|e| {
                    app.say(Tone::Error, e);
                    Vec::new()
                });
            }
            let closes = k.code == KeyCode::Esc || (ctrl && k.code == KeyCode::Char('c'));
            if !closes {
                // Any other key leaves it open (it never runs a command).
                let scroll = match k.code {
                    KeyCode::End => u16::try_from(text.lines().count()).unwrap_or(u16::MAX),
                    code => scrolled(scroll, code).unwrap_or(scroll),
                };
                app.popups.push(Popup::Preview {
                    title,
                    text,
                    scroll,
                    step,
                });
            }
            Vec::new()
        }
        Popup::Help { scroll } => {
            if let Some(scroll) = scrolled(scroll, k.code) {
                app.popups.push(Popup::Help { scroll });
            }
            Vec::new()
        }
        Popup::Organisation { id, scroll } => {
            // The sheet is at most as long as its groups and meetings and a
            // dozen lines; the view stops at its last line.
            let most = u16::try_from(app.ws.groups.len() + 24).unwrap_or(u16::MAX);
            let next = match k.code {
                KeyCode::End => Some(most),
                code => scrolled(scroll, code).map(|s| s.min(most)),
            };
            if let Some(scroll) = next {
                app.popups.push(Popup::Organisation { id, scroll });
            }
            Vec::new()
        }
        Popup::Problems {
            scroll,
            diagnostics,
        } => {
            if let Some(scroll) = scrolled(scroll, k.code) {
                app.popups.push(Popup::Problems {
                    scroll,
                    diagnostics,
                });
            }
            Vec::new()
        }
        Popup::Status { target, mut cursor } => {
            let n = Status::ALL.len();
            let chosen = match k.code {
                KeyCode::Esc => return Vec::new(),
                KeyCode::Char('c') if ctrl => return Vec::new(),
                KeyCode::Up | KeyCode::Char('k') => {
                    cursor = (cursor + n - 1) % n;
                    None
                }
                KeyCode::Down | KeyCode::Char('j') => {
                    cursor = (cursor + 1) % n;
                    None
                }
                KeyCode::Enter => Status::ALL.get(cursor).copied(),
                KeyCode::Char(c) => {
                    let c = c.to_ascii_lowercase();
                    c.to_digit(10)
                        .and_then(|d| Status::ALL.get((d as usize).wrapping_sub(1)).copied())
                        .or_else(|| {
                            Status::ALL
                                .iter()
                                .copied()
                                .find(|s| i18n::status_letter(lang, *s) == c)
                        })
                }
                _ => None,
            };
            match chosen {
                Some(s) => answer::status(app, &target, s),
                None => {
                    app.popups.push(Popup::Status { target, cursor });
                    Vec::new()
                }
            }
        }
        Popup::Input {
            title,
            mut editor,
            step,
            error,
        } => match k.code {
            KeyCode::Esc => Vec::new(),
            KeyCode::Char('c') if ctrl => Vec::new(),
            KeyCode::Enter => {
                let text = editor.text();
                // The prompt goes away first: a step may open the next one.
                match answer::answer(app, step.clone(), Answer::Text(text)) {
                    Ok(effects) => effects,
                    Err(e) => {
                        app.popups.push(Popup::Input {
                            title,
                            editor,
                            step,
                            error: Some(e),
                        });
                        Vec::new()
                    }
                }
            }
            _ => {
                let used = edit_key(&mut editor, &k);
                app.popups.push(Popup::Input {
                    title,
                    editor,
                    step,
                    error: if used { None } else { error },
                });
                Vec::new()
            }
        },
        Popup::Text {
            title,
            mut editor,
            step,
            original,
            mut confirm_discard,
        } => {
            let save = (ctrl && k.code == KeyCode::Char('s'))
                || k.code == KeyCode::F(2)
                || (k.code == KeyCode::Enter
                    && k.modifiers
                        .intersects(KeyModifiers::ALT | KeyModifiers::CONTROL));
            if save {
                return run(app, step, Answer::Text(editor.text()));
            }
            if k.code == KeyCode::Esc || (ctrl && k.code == KeyCode::Char('c')) {
                if editor.text() == original || confirm_discard {
                    return Vec::new();
                }
                confirm_discard = true;
            } else if edit_key(&mut editor, &k) {
                confirm_discard = false;
            }
            app.popups.push(Popup::Text {
                title,
                editor,
                step,
                original,
                confirm_discard,
            });
            Vec::new()
        }
        Popup::Pick(mut p) => {
            let visible = pick_visible(&p);
            let n = visible.len();
            match k.code {
                KeyCode::Esc => return Vec::new(),
                KeyCode::Char('c') if ctrl => return Vec::new(),
                KeyCode::Up => p.cursor = if n == 0 { 0 } else { (p.cursor + n - 1) % n },
                KeyCode::Down | KeyCode::Tab => {
                    p.cursor = if n == 0 { 0 } else { (p.cursor + 1) % n }
                }
                KeyCode::PageUp => p.cursor = p.cursor.saturating_sub(10),
                KeyCode::PageDown => p.cursor = (p.cursor + 10).min(n.saturating_sub(1)),
                KeyCode::Char(' ') if p.multi => {
                    if let Some(i) = visible.get(p.cursor) {
                        p.items[*i].checked = !p.items[*i].checked;
                    }
                }
                KeyCode::Enter => {
                    let chosen: Vec<Choice> = if p.multi {
                        p.items
                            .iter()
                            .filter(|i| i.checked)
                            .map(|i| i.choice.clone())
                            .collect()
                    } else {
                        match visible.get(p.cursor) {
                            Some(i) => vec![p.items[*i].choice.clone()],
                            None => {
                                app.popups.push(Popup::Pick(p));
                                return Vec::new();
                            }
                        }
                    };
                    return run(app, p.step, Answer::Chosen(chosen));
                }
                KeyCode::Backspace => {
                    p.query.pop();
                    p.cursor = 0;
                }
                KeyCode::Char(c) if !ctrl => {
                    p.query.push(c);
                    p.cursor = 0;
                }
                _ => {}
            }
            app.popups.push(Popup::Pick(p));
            Vec::new()
        }
        Popup::Confirm { question, step } => match k.code {
            KeyCode::Char('o' | 'O' | 'y' | 'Y') | KeyCode::Enter => run(app, step, Answer::Yes),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Vec::new(),
            _ => {
                app.popups.push(Popup::Confirm { question, step });
                Vec::new()
            }
        },
        Popup::Search(mut s) => {
            let n = s.hits.len();
            match k.code {
                KeyCode::Esc => return Vec::new(),
                KeyCode::Char('c') if ctrl => return Vec::new(),
                KeyCode::Enter => {
                    // Results not back yet: those of the query as typed,
                    // found here, never the previous query's.
                    if s.searching {
                        search_here(app, &mut s);
                    }
                    if let Some(h) = s.hits.get(s.cursor) {
                        let target = h.target.clone();
                        nav::jump(app, &target);
                    }
                    return Vec::new();
                }
                KeyCode::Up => s.cursor = s.cursor.saturating_sub(1),
                KeyCode::Char('p') if ctrl => s.cursor = s.cursor.saturating_sub(1),
                KeyCode::Down | KeyCode::Tab => s.cursor = (s.cursor + 1).min(n.saturating_sub(1)),
                KeyCode::Char('n') if ctrl => s.cursor = (s.cursor + 1).min(n.saturating_sub(1)),
                _ => {
                    let before = s.query.text();
                    if edit_key(&mut s.query, &k) && s.query.text() != before {
                        let fx = refresh_hits(app, &mut s);
                        app.popups.push(Popup::Search(s));
                        return fx;
                    }
                }
            }
            app.popups.push(Popup::Search(s));
            Vec::new()
        }
        Popup::Filter { mut cursor } => {
            let n = FilterField::ALL.len();
            match k.code {
                KeyCode::Esc | KeyCode::Char('q') => return Vec::new(),
                KeyCode::Up | KeyCode::Char('k') => cursor = (cursor + n - 1) % n,
                KeyCode::Down | KeyCode::Char('j') => cursor = (cursor + 1) % n,
                KeyCode::Char('F') => app.filter = Default::default(),
                KeyCode::Backspace | KeyCode::Delete | KeyCode::Char('x') => {
                    let f = &mut app.filter;
                    match FilterField::ALL.get(cursor) {
                        Some(FilterField::Status) => f.status = None,
                        Some(FilterField::Territory) => f.territory = None,
                        Some(FilterField::Axis) => f.axis = None,
                        Some(FilterField::Public) => f.public = None,
                        Some(FilterField::Pilot) => f.pilot = None,
                        Some(FilterField::Overdue) | None => f.overdue = false,
                    }
                }
                KeyCode::Enter | KeyCode::Char(' ') | KeyCode::Right | KeyCode::Char('l') => {
                    let field = FilterField::ALL
                        .get(cursor)
                        .copied()
                        .unwrap_or(FilterField::Status);
                    app.popups.push(Popup::Filter { cursor });
                    if field == FilterField::Overdue {
                        app.filter.overdue = !app.filter.overdue;
                    } else {
                        let items = filter_items(app, field);
                        app.popups.push(Popup::Pick(Pick {
                            title: t!(lang, "form-filter-on"),
                            items,
                            cursor: 0,
                            multi: false,
                            step: Step::Filter(field),
                            query: String::new(),
                        }));
                    }
                    return Vec::new();
                }
                _ => {}
            }
            app.popups.push(Popup::Filter { cursor });
            Vec::new()
        }
    }
}

/// Runs the query again on the (cached) search index; off the event loop
/// (the running interface), asks for it and keeps the hits shown until
/// the new ones come.
fn refresh_hits(app: &App, s: &mut SearchState) -> Vec<Effect> {
    if app.background {
        s.searching = true;
        return vec![Effect::Search(s.query.text())];
    }
    search_here(app, s);
    Vec::new()
}

/// Runs the query on this thread (building the index if needed).
fn search_here(app: &App, s: &mut SearchState) {
    let index = s
        .index
        .get_or_insert_with(|| std::sync::Arc::new(search::SearchIndex::build(&app.ws)));
    s.hits = index.search(&app.ws, &s.query.text(), SEARCH_LIMIT);
    s.cursor = 0;
    s.searching = false;
}

/// The search a [`Effect::Search`] hands to the searcher thread: the open
/// popup's index and epoch, the groups shared.
pub fn search_job(app: &App, query: String) -> Option<search::SearchJob> {
    let Some(Popup::Search(s)) = app.popups.last() else {
        return None;
    };
    Some(search::SearchJob {
        query,
        index: s.index.clone(),
        epoch: s.epoch,
        groups: app.ws.groups.clone(),
        referential: app.ws.referential.clone(),
        limit: SEARCH_LIMIT,
    })
}

/// Results of a search run off the event loop: taken when the popup still
/// holds that query and the index it was built on; asked again when a file
/// was reloaded meanwhile.
pub fn found(app: &mut App, f: search::Found) -> Vec<Effect> {
    let Some(Popup::Search(s)) = app.popups.last_mut() else {
        return Vec::new();
    };
    if f.epoch != s.epoch {
        return vec![Effect::Search(s.query.text())];
    }
    if s.index.is_none() {
        s.index = Some(f.index);
    }
    if s.query.text() == f.query {
        s.hits = f.hits;
        s.cursor = 0;
        s.searching = false;
    }
    Vec::new()
}

/// Pasted text: goes into the open editor; never runs commands.
pub fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    let lang = app.lang;
    match app.popups.last_mut() {
        Some(Popup::Input { editor, .. }) | Some(Popup::Text { editor, .. }) => {
            editor.insert_str(text)
        }
        Some(Popup::Search(s)) => {
            s.query.insert_str(text);
            let mut st = std::mem::take(s);
            let fx = refresh_hits(app, &mut st);
            if let Some(Popup::Search(s)) = app.popups.last_mut() {
                *s = st;
            }
            return fx;
        }
        Some(Popup::Pick(p)) => {
            p.query
                .push_str(&super::super::editor::clean_input(text, false));
            p.cursor = 0;
        }
        _ => app.say(Tone::Info, t!(lang, "form-paste-ignored")),
    }
    Vec::new()
}
