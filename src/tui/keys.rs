//! Which keys matter where: one table of commands per place (a screen and
//! its focused pane), most used first. The footer shows the keys of the
//! current place then the global ones, as many as fit; the help (`?`)
//! lists the current place's keys first, then every other command. Keys
//! are always read from the keymap, never written in code.

use super::Lang;
use super::app::{ActionPane, App, GovernancePane, GroupPane, Screen};
use super::msg::Command;
use super::session::MeetingPane;
use crate::t;

/// A screen, with its focused pane where the keys differ by pane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The home screen.
    Home,
    /// The themes of an axis.
    Axis,
    /// A list of groups.
    Groups,
    /// A group page, on its actions.
    GroupActions,
    /// A group page, on its meetings.
    GroupMeetings,
    /// An action page, on its fields.
    ActionFields,
    /// An action page, on its deliverables.
    ActionDeliverables,
    /// An action page, on its indicators.
    ActionIndicators,
    /// An action page, on its journal.
    ActionJournal,
    /// Every action in one list.
    AllActions,
    /// The status board.
    Board,
    /// The alerts.
    Alerts,
    /// The governance screen.
    Governance,
    /// The sharing panel.
    Sync,
    /// The conflict screen.
    Conflicts,
    /// Meeting mode, on the agenda.
    MeetingAgenda,
    /// Meeting mode, on an action.
    MeetingAction,
    /// Meeting mode, on what was decided so far.
    MeetingRecord,
}

impl Place {
    /// Every place, in the order of the manual.
    pub const ALL: &'static [Place] = &[
        Place::Home,
        Place::Axis,
        Place::Groups,
        Place::GroupActions,
        Place::GroupMeetings,
        Place::ActionFields,
        Place::ActionDeliverables,
        Place::ActionIndicators,
        Place::ActionJournal,
        Place::AllActions,
        Place::Board,
        Place::Alerts,
        Place::Governance,
        Place::Sync,
        Place::Conflicts,
        Place::MeetingAgenda,
        Place::MeetingAction,
        Place::MeetingRecord,
    ];

    /// Where the interface is.
    pub fn of(app: &App) -> Place {
        match app.screen() {
            Screen::Home(_) => Place::Home,
            Screen::Axis { .. } => Place::Axis,
            Screen::Groups { .. } => Place::Groups,
            Screen::Group(s) => match s.pane {
                GroupPane::Actions => Place::GroupActions,
                GroupPane::Meetings => Place::GroupMeetings,
            },
            Screen::Action(s) => match s.pane {
                ActionPane::Fields => Place::ActionFields,
                ActionPane::Deliverables => Place::ActionDeliverables,
                ActionPane::Indicators => Place::ActionIndicators,
                ActionPane::Journal => Place::ActionJournal,
            },
            Screen::AllActions { .. } => Place::AllActions,
            Screen::Board(_) => Place::Board,
            Screen::Alerts(_) => Place::Alerts,
            Screen::Governance(g) => match g.pane {
                GovernancePane::Meetings | GovernancePane::Evaluations => Place::Governance,
            },
            Screen::Sync(_) => Place::Sync,
            Screen::Conflicts(_) => Place::Conflicts,
            Screen::Meeting(m) => match m.pane {
                MeetingPane::Agenda => Place::MeetingAgenda,
                MeetingPane::Action => Place::MeetingAction,
                MeetingPane::Record => Place::MeetingRecord,
            },
        }
    }

    /// The commands that matter here, most used first.
    pub fn commands(self) -> &'static [Command] {
        use Command as C;
        match self {
            Place::Home => &[
                C::Open,
                C::NextPane,
                C::Board,
                C::Alerts,
                C::Governance,
                C::AllActions,
                C::New,
                C::Partners,
            ],
            Place::Axis => &[C::Open, C::Back, C::New],
            Place::Groups => &[C::Open, C::Back, C::New, C::Edit, C::Delete],
            Place::GroupActions => &[
                C::Open,
                C::Meeting,
                C::Status,
                C::ProgressUp,
                C::ProgressDown,
                C::Measure,
                C::New,
                C::NextPane,
                C::Edit,
                C::Delete,
                C::Back,
                C::Partners,
            ],
            Place::GroupMeetings => &[
                C::Open,
                C::Meeting,
                C::Delete,
                C::NextPane,
                C::Back,
                C::Partners,
            ],
            Place::ActionFields => &[
                C::Open,
                C::Status,
                C::ProgressUp,
                C::ProgressDown,
                C::Progress,
                C::Due,
                C::Measure,
                C::Journal,
                C::NextPane,
                C::Rename,
                C::Objectives,
                C::Start,
                C::Publics,
                C::Experimentation,
                C::Back,
                C::Partners,
            ],
            Place::ActionDeliverables => &[
                C::Toggle,
                C::OpenDocument,
                C::Document,
                C::AddDeliverable,
                C::NextPane,
                C::Edit,
                C::Delete,
                C::Back,
            ],
            Place::ActionIndicators => &[
                C::Measure,
                C::AddIndicator,
                C::Edit,
                C::Delete,
                C::NextPane,
                C::Back,
            ],
            Place::ActionJournal => &[C::Journal, C::Edit, C::Delete, C::NextPane, C::Back],
            Place::AllActions => &[
                C::Open,
                C::Status,
                C::ProgressUp,
                C::ProgressDown,
                C::Filter,
                C::Back,
            ],
            Place::Board => &[
                C::NextPane,
                C::Open,
                C::PrevYear,
                C::NextYear,
                C::Alerts,
                C::Back,
            ],
            Place::Alerts => &[
                C::NextPane,
                C::Open,
                C::PrevYear,
                C::NextYear,
                C::Board,
                C::Back,
            ],
            Place::Governance => &[C::Open, C::New, C::Delete, C::NextPane, C::Back],
            Place::Sync => &[C::Share, C::Edit, C::Back],
            Place::MeetingAgenda => &[
                C::Open,
                C::Left,
                C::Status,
                C::Journal,
                C::New,
                C::Meeting,
                C::Share,
                C::Back,
            ],
            Place::MeetingAction => &[
                C::Right,
                C::Status,
                C::Measure,
                C::Toggle,
                C::Journal,
                C::New,
                C::Left,
                C::ProgressUp,
                C::ProgressDown,
                C::Alerts,
                C::Meeting,
                C::Share,
                C::Open,
                C::Down,
                C::Back,
            ],
            Place::MeetingRecord => &[
                C::Journal,
                C::Meeting,
                C::Down,
                C::Alerts,
                C::Share,
                C::Back,
                C::Partners,
            ],
            Place::Conflicts => &[
                C::KeepMine,
                C::KeepTheirs,
                C::KeepBoth,
                C::Edit,
                C::Share,
                C::AbortSync,
                C::Back,
            ],
        }
    }

    /// Whether Enter edits the item under the cursor here (rather than
    /// opening a screen).
    pub fn enter_edits(self) -> bool {
        matches!(
            self,
            Place::GroupMeetings
                | Place::ActionFields
                | Place::ActionDeliverables
                | Place::ActionIndicators
                | Place::ActionJournal
                | Place::Governance
                | Place::Conflicts
        )
    }

    /// The name of the place, for the help.
    pub fn title(self, lang: Lang) -> String {
        match self {
            Place::Home => t!(lang, "place-home"),
            Place::Axis => t!(lang, "place-axis"),
            Place::Groups => t!(lang, "place-groups"),
            Place::GroupActions => t!(lang, "place-group-actions"),
            Place::GroupMeetings => t!(lang, "place-group-meetings"),
            Place::ActionFields => t!(lang, "place-action-fields"),
            Place::ActionDeliverables => t!(lang, "place-action-deliverables"),
            Place::ActionIndicators => t!(lang, "place-action-indicators"),
            Place::ActionJournal => t!(lang, "place-action-journal"),
            Place::AllActions => t!(lang, "place-all-actions"),
            Place::Board => t!(lang, "place-board"),
            Place::Alerts => t!(lang, "place-alerts"),
            Place::Governance => t!(lang, "place-governance"),
            Place::Sync => t!(lang, "place-sync"),
            Place::Conflicts => t!(lang, "place-conflicts"),
            Place::MeetingAgenda => t!(lang, "place-meeting-agenda"),
            Place::MeetingAction => t!(lang, "place-meeting-action"),
            Place::MeetingRecord => t!(lang, "place-meeting-record"),
        }
    }

    /// What a command means here when it is not what it means elsewhere
    /// (meeting mode gives single keys their meeting meaning): the suffix
    /// of its catalogue ids (`short-meeting-…`, `command-meeting-…`).
    fn meaning(self, c: Command) -> Option<&'static str> {
        use Command as C;
        let meeting = matches!(
            self,
            Place::MeetingAgenda | Place::MeetingAction | Place::MeetingRecord
        );
        if !meeting {
            return None;
        }
        Some(match (self, c) {
            (Place::MeetingAgenda, C::Open | C::Right) => "jump",
            (Place::MeetingAgenda, C::Left) => "walk",
            (Place::MeetingRecord, C::Journal) => "general",
            (Place::MeetingAction, C::Open) => "open",
            (_, C::Right) => "next",
            (_, C::Left) => "previous",
            (Place::MeetingAction | Place::MeetingRecord, C::Down | C::Up) => "scroll",
            (_, C::Toggle) => "tick",
            (_, C::Journal) => "decision",
            (_, C::New) => "step",
            (_, C::Alerts) => "agenda",
            (_, C::Meeting) => "record",
            (_, C::Share) => "end",
            (_, C::Back) => "pause",
            _ => return None,
        })
    }

    /// A command's word in the footer, here.
    pub fn short(self, lang: Lang, c: Command) -> String {
        match self.meaning(c) {
            Some(m) => crate::i18n::text(lang, &format!("short-meeting-{m}"), &[]),
            None => short(lang, c),
        }
    }

    /// A command's label in the help, here.
    pub fn label(self, lang: Lang, c: Command) -> String {
        match self.meaning(c) {
            Some(m) => crate::i18n::text(lang, &format!("command-meeting-{m}"), &[]),
            None => c.label(lang),
        }
    }
}

/// Commands useful everywhere, in the footer's order.
pub const GLOBAL: &[Command] = &[
    Command::Help,
    Command::Search,
    Command::Undo,
    Command::Share,
    Command::Quit,
];

/// The footer's commands here: the place's, then the global ones.
pub fn footer(place: Place) -> Vec<Command> {
    let mut out: Vec<Command> = place.commands().to_vec();
    for c in GLOBAL {
        if !out.contains(c) {
            out.push(*c);
        }
    }
    out
}

/// The help's sections: this place's commands, then every other one.
pub fn help(place: Place) -> (Vec<Command>, Vec<Command>) {
    let here = place.commands().to_vec();
    let rest = Command::ALL
        .iter()
        .copied()
        .filter(|c| !here.contains(c))
        .collect();
    (here, rest)
}

/// A command's word in the footer (a word or two).
pub fn short(lang: Lang, c: Command) -> String {
    use Command as C;
    match c {
        C::Up | C::Down => t!(lang, "short-move"),
        C::Left | C::Back => t!(lang, "short-back"),
        C::Right | C::Open => t!(lang, "short-open"),
        C::PageUp | C::PageDown => t!(lang, "short-page"),
        C::Top | C::Bottom => t!(lang, "short-ends"),
        C::NextPane | C::PrevPane => t!(lang, "short-pane"),
        C::Home => t!(lang, "short-home"),
        C::Quit => t!(lang, "short-quit"),
        C::Help => t!(lang, "short-help"),
        C::Search => t!(lang, "short-search"),
        C::Filter => t!(lang, "short-filter"),
        C::ClearFilter => t!(lang, "short-clear-filter"),
        C::AllActions => t!(lang, "short-all-actions"),
        C::Problems => t!(lang, "short-problems"),
        C::Partners => t!(lang, "short-partners"),
        C::Governance => t!(lang, "short-governance"),
        C::Board => t!(lang, "short-board"),
        C::Alerts => t!(lang, "short-alerts"),
        C::PrevYear | C::NextYear => t!(lang, "short-year"),
        C::Status => t!(lang, "short-status"),
        C::ProgressUp => t!(lang, "short-progress-up"),
        C::ProgressDown => t!(lang, "short-progress-down"),
        C::Progress => t!(lang, "short-progress"),
        C::Due => t!(lang, "short-due"),
        C::Start => t!(lang, "short-start"),
        C::Rename => t!(lang, "short-rename"),
        C::Edit => t!(lang, "short-edit"),
        C::Objectives => t!(lang, "short-objectives"),
        C::Implementation => t!(lang, "short-implementation"),
        C::Publics => t!(lang, "short-publics"),
        C::Experimentation => t!(lang, "short-experimentation"),
        C::Measure => t!(lang, "short-measure"),
        C::AddIndicator => t!(lang, "short-add-indicator"),
        C::Journal => t!(lang, "short-journal"),
        C::AddDeliverable => t!(lang, "short-add-deliverable"),
        C::Document => t!(lang, "short-document"),
        C::OpenDocument => t!(lang, "short-open-document"),
        C::Toggle => t!(lang, "short-toggle"),
        C::Meeting => t!(lang, "short-meeting"),
        C::Pilot => t!(lang, "short-pilot"),
        C::Copilot => t!(lang, "short-copilot"),
        C::Members => t!(lang, "short-members"),
        C::Territories => t!(lang, "short-territories"),
        C::Themes => t!(lang, "short-themes"),
        C::New => t!(lang, "short-new"),
        C::Delete => t!(lang, "short-delete"),
        C::Undo => t!(lang, "short-undo"),
        C::Redo => t!(lang, "short-redo"),
        C::Retry => t!(lang, "short-retry"),
        C::Reload => t!(lang, "short-reload"),
        C::Share => t!(lang, "short-share"),
        C::KeepMine => t!(lang, "short-keep-mine"),
        C::KeepTheirs => t!(lang, "short-keep-theirs"),
        C::KeepBoth => t!(lang, "short-keep-both"),
        C::AbortSync => t!(lang, "short-abort-sync"),
    }
}

/// Commands shown as one footer entry when both are there: `+ - avancement`.
const PAIRS: &[(Command, Command)] = &[
    (Command::ProgressUp, Command::ProgressDown),
    (Command::PrevYear, Command::NextYear),
];

/// The footer's entries that fit in `width` columns: `(keys, word)`, the
/// place's first, the help's key always last (it says where the others
/// are). Each entry takes its keys, a space, its word and two spaces.
pub fn footer_entries(app: &App, width: usize) -> Vec<(String, String)> {
    let lang = app.lang;
    let key = |c: Command| app.keymap.first_key_in(c, lang);
    let size = |k: &str, w: &str| k.chars().count() + 1 + w.chars().count() + 2;
    let help = (key(Command::Help), short(lang, Command::Help));
    let mut used = size(&help.0, &help.1);
    let mut out = Vec::new();
    let place = Place::of(app);
    let all = footer(place);
    for c in &all {
        if *c == Command::Help
            || PAIRS
                .iter()
                .any(|(_, b)| b == c && all.contains(&pair_of(*b)))
        {
            continue;
        }
        let entry = match PAIRS.iter().find(|(a, b)| a == c && all.contains(b)) {
            Some((a, b)) => (format!("{} {}", key(*a), key(*b)), pair_word(lang, *a)),
            // Enter edits the item under the cursor on these places.
            None if *c == Command::Open && place.enter_edits() => {
                (key(*c), short(lang, Command::Edit))
            }
            None => (key(*c), place.short(lang, *c)),
        };
        let w = size(&entry.0, &entry.1);
        if used + w > width {
            continue;
        }
        used += w;
        out.push(entry);
    }
    if size(&help.0, &help.1) <= width {
        out.push(help);
    }
    out
}

/// The first command of the pair `c` ends.
fn pair_of(c: Command) -> Command {
    PAIRS.iter().find(|(_, b)| *b == c).map_or(c, |(a, _)| *a)
}

/// The word of a pair of commands shown as one entry.
fn pair_word(lang: Lang, first: Command) -> String {
    match first {
        Command::ProgressUp => t!(lang, "short-progress-steps"),
        _ => short(lang, first),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_is_somewhere_in_the_help() {
        for p in Place::ALL {
            let (here, rest) = help(*p);
            assert_eq!(here.len() + rest.len(), Command::ALL.len(), "{p:?}");
        }
    }

    #[test]
    fn places_keep_their_commands_once() {
        for p in Place::ALL {
            let c = p.commands();
            for (i, x) in c.iter().enumerate() {
                assert!(!c[i + 1..].contains(x), "{p:?}: {x:?} twice");
            }
        }
    }
}
