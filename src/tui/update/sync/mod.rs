//! Sharing: the keys of the sync panel ([`panel`]) and of the conflict
//! screen ([`conflicts`]), and the results of the sync steps performed by
//! the runtime ([`steps`]).

mod conflicts;
mod panel;
mod steps;

pub use conflicts::set_value;
pub use panel::set_message;
pub use steps::{change_lines, message};

use crate::t;
use crate::tui::app::{App, Popup, Screen, Tone};
use crate::tui::msg::{Command, Effect};
use crate::tui::sync::{Side, SyncEffect};

/// The commands the sync panel and the conflict screen take; `None` when
/// the command is not theirs (it then runs as usual).
pub fn command(app: &mut App, c: Command) -> Option<Vec<Effect>> {
    let lang = app.lang;
    let on_conflicts = matches!(app.screen(), Screen::Conflicts(_));
    let on_panel = matches!(app.screen(), Screen::Sync(_));
    Some(match c {
        Command::Share if on_conflicts => conflicts::finish(app),
        Command::Share if on_panel => panel::run(app),
        Command::Share => panel::open(app),
        Command::KeepMine | Command::KeepTheirs | Command::KeepBoth if on_conflicts => {
            let side = match c {
                Command::KeepMine => Side::Mine,
                Command::KeepTheirs => Side::Theirs,
                _ => Side::Both,
            };
            conflicts::choose(app, side);
            Vec::new()
        }
        Command::KeepMine | Command::KeepTheirs | Command::KeepBoth => {
            app.say(Tone::Info, t!(lang, "conflict-keys-elsewhere"));
            Vec::new()
        }
        Command::Edit | Command::Open if on_conflicts => {
            conflicts::edit_value(app);
            Vec::new()
        }
        Command::Back | Command::Left if on_conflicts => conflicts::leave(app),
        Command::Edit if on_panel => {
            panel::edit_message(app);
            Vec::new()
        }
        Command::Open if on_panel => {
            let has_conflicts = matches!(app.screen(), Screen::Sync(p) if !p.conflicted.is_empty());
            if has_conflicts {
                vec![Effect::Sync(SyncEffect::LoadConflicts)]
            } else {
                panel::edit_message(app);
                Vec::new()
            }
        }
        Command::AbortSync => {
            let operation = match app.screen() {
                Screen::Conflicts(s) => s.operation,
                Screen::Sync(p) => p.operation,
                _ => None,
            };
            match operation {
                Some(op) => app.popups.push(Popup::Confirm {
                    question: t!(lang, "share-abort-question", operation = op.command()),
                    step: crate::tui::steps::Step::Share(crate::tui::steps::ShareStep::Abort),
                }),
                None => app.say(Tone::Info, t!(lang, "share-nothing-to-abort")),
            }
            Vec::new()
        }
        _ => return None,
    })
}

/// "Yes" to abandoning the operation.
pub fn confirm_abort() -> Vec<Effect> {
    vec![Effect::Sync(SyncEffect::Abort)]
}

/// "Yes" to sharing files that have errors: the refused step again, forced.
pub fn confirm_force(app: &mut App, retry: SyncEffect) -> Vec<Effect> {
    if let Some(p) = panel::panel_mut(app) {
        p.phase = crate::tui::sync::Phase::Loading;
    }
    vec![Effect::Sync(retry)]
}
