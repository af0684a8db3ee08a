//! The interface under test.
//!
//! On files: [`Tui`], a fixture workspace copied into a temporary folder
//! (or a folder the test owns), the model on it, keys pressed by name
//! (`press("j enter s c")`), the effects performed on the real files as
//! the runtime does, and the screen rendered at a size.
//!
//! Without files (`update` tests): [`app`] opens a fixture in place, and
//! [`keys`], [`typ`] and [`saved_ok`] drive the model and return the
//! effects it asks for, never performed.

use chrono::NaiveDate;
use pacte::domain::Id;
use pacte::store::Workspace;
use pacte::tui::Lang;
use pacte::tui::app::App;
use pacte::tui::keymap::Keymap;
use pacte::tui::msg::{Effect, Msg};
use pacte::tui::update::update;
use pacte::tui::view::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};

/// A fixture folder under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The date the interface tests live on.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 15).unwrap()
}

/// A date written `yyyy-mm-dd`.
pub fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// An identifier (a slug).
pub fn id(s: &str) -> Id {
    Id::new(s).unwrap()
}

/// A key by name: `enter`, `esc`, `tab`, `backtab`, arrows, `backspace`,
/// `delete`, `space`, `home`, `end`, `f2`, `ctrl-x`, `alt-x`, or one
/// character (an upper-case letter comes with Shift).
pub fn key(k: &str) -> KeyEvent {
    let none = KeyModifiers::NONE;
    let (code, mods) = match k {
        "enter" => (KeyCode::Enter, none),
        "esc" => (KeyCode::Esc, none),
        "tab" => (KeyCode::Tab, none),
        "backtab" => (KeyCode::BackTab, KeyModifiers::SHIFT),
        "up" => (KeyCode::Up, none),
        "down" => (KeyCode::Down, none),
        "left" => (KeyCode::Left, none),
        "right" => (KeyCode::Right, none),
        "backspace" => (KeyCode::Backspace, none),
        "delete" => (KeyCode::Delete, none),
        "space" => (KeyCode::Char(' '), none),
        "home" => (KeyCode::Home, none),
        "end" => (KeyCode::End, none),
        "pageup" => (KeyCode::PageUp, none),
        "pagedown" => (KeyCode::PageDown, none),
        "f2" => (KeyCode::F(2), none),
        s if s.starts_with("ctrl-") => (
            KeyCode::Char(s[5..].chars().next().unwrap()),
            KeyModifiers::CONTROL,
        ),
        s if s.starts_with("alt-") => (
            KeyCode::Char(s[4..].chars().next().unwrap()),
            KeyModifiers::ALT,
        ),
        s => {
            let c = s.chars().next().unwrap();
            assert_eq!(s.chars().count(), 1, "unknown key {s}");
            let shift = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                none
            };
            (KeyCode::Char(c), shift)
        }
    };
    KeyEvent::new(code, mods)
}

/// Renders the model at `w`×`h`: the screen's lines joined by `\n`, each
/// cell's symbol in turn.
pub fn render(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view(app, f)).unwrap();
    let buf = t.backend().buffer().clone();
    (0..h)
        .map(|y| {
            (0..w)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Renders the model at `w`×`h` as ratatui's `TestBackend` prints itself:
/// each line between double quotes, a wide character once. The form the
/// older snapshots were taken in.
pub fn render_quoted(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view(app, f)).unwrap();
    t.backend().to_string()
}

/// The model on the fixture `name` (under `tests/fixtures/`) in `lang`,
/// read in place, on [`today`]: for `update` tests without files. Nothing
/// is written: [`keys`] and [`typ`] return the effects, never performed.
pub fn app(name: &str, lang: Lang) -> App {
    app_on(name, lang, today())
}

/// [`app`] on another day.
pub fn app_on(name: &str, lang: Lang, today: NaiveDate) -> App {
    let ws = Workspace::open(&fixture(name)).unwrap();
    assert!(ws.load_diagnostics.is_empty(), "{:?}", ws.load_diagnostics);
    App::new(ws, lang, today, Keymap::defaults())
}

/// Presses the keys named in `keys` (see [`key`]), separated by spaces;
/// returns every effect asked for, in order, none performed.
pub fn keys(app: &mut App, keys: &str) -> Vec<Effect> {
    keys.split_whitespace()
        .flat_map(|k| update(app, Msg::Key(key(k))))
        .collect()
}

/// Types `text`, one key per character (no modifier); returns every
/// effect asked for, none performed.
pub fn typ(app: &mut App, text: &str) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| {
            let k = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
            update(app, Msg::Key(k))
        })
        .collect()
}

/// Answers every save among `effects` as a success, as the runtime does
/// when the disk takes it (a group's, the governance's); returns the
/// effects the answers ask for, none performed.
pub fn saved_ok(app: &mut App, effects: &[Effect]) -> Vec<Effect> {
    let mut out = Vec::new();
    for e in effects {
        match e {
            Effect::SaveGroup(id) => out.extend(update(app, Msg::Saved(id.clone(), Ok(())))),
            Effect::SaveGovernance => out.extend(update(app, Msg::GovernanceSaved(Ok(())))),
            _ => {}
        }
    }
    out
}

/// The interface on the files of a workspace folder.
pub struct Tui {
    /// The model.
    pub app: App,
    /// Every effect asked for, in order.
    pub effects: Vec<Effect>,
    /// The interface asked to quit.
    pub quit: bool,
    root: PathBuf,
    /// The temporary copy, removed when the `Tui` is dropped.
    _copy: Option<tempfile::TempDir>,
}

impl Tui {
    /// The fixture `name` (under `tests/fixtures/`), copied into a
    /// temporary folder, in `lang`, on [`today`]. The fixture must load
    /// without a diagnostic.
    pub fn new(name: &str, lang: Lang) -> Tui {
        let dir = tempfile::tempdir().unwrap();
        super::copy_dir(&fixture(name), dir.path());
        let mut t = Tui::on(dir.path(), lang);
        let d = &t.app.ws.load_diagnostics;
        assert!(d.is_empty(), "{d:?}");
        t._copy = Some(dir);
        t
    }

    /// The workspace in `root`, a folder the test owns (a git clone, a
    /// copy it changed), in place, in `lang`, on [`today`]. Whatever it
    /// loads is accepted, diagnostics included.
    pub fn on(root: &Path, lang: Lang) -> Tui {
        let ws = Workspace::open(root).unwrap();
        Tui {
            app: App::new(ws, lang, today(), Keymap::defaults()),
            effects: Vec::new(),
            quit: false,
            root: root.to_path_buf(),
            _copy: None,
        }
    }

    /// The workspace folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A file of the workspace, as text.
    pub fn file(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root().join(rel)).unwrap()
    }

    /// Sends a message, then performs its effects on the files, and the
    /// effects of their results, as the runtime's loop does: messages in
    /// the order they come, every effect of one performed in turn.
    pub fn send(&mut self, msg: Msg) -> &mut Self {
        let mut queue = VecDeque::from([msg]);
        while let Some(m) = queue.pop_front() {
            for e in update(&mut self.app, m) {
                self.effects.push(e.clone());
                match pacte::tui::runtime::perform(&mut self.app, e) {
                    Some(m) => queue.push_back(m),
                    None => self.quit = true,
                }
            }
        }
        self
    }

    /// What the runtime's scan does: tells the interface of every file
    /// changed on disk since it last read or wrote it (nothing when none).
    pub fn poll(&mut self) -> &mut Self {
        let changes = self.app.ws.disk_changes();
        if !changes.is_empty() {
            self.send(Msg::DiskChanged(changes));
        }
        self
    }

    /// What the runtime does before the first key: looks for a merge or a
    /// rebase stopped on conflicts, and sends what it found.
    pub fn startup(&mut self) -> &mut Self {
        let e = Effect::Sync(pacte::tui::sync::SyncEffect::Startup);
        self.effects.push(e.clone());
        match pacte::tui::runtime::perform(&mut self.app, e) {
            Some(m) => self.send(m),
            None => self,
        }
    }

    /// Presses keys named in `keys`, separated by spaces.
    pub fn press(&mut self, keys: &str) -> &mut Self {
        for k in keys.split_whitespace() {
            self.send(Msg::Key(key(k)));
        }
        self
    }

    /// Types `text`, one key per character.
    pub fn typ(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            let k = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
            self.send(Msg::Key(k));
        }
        self
    }

    /// The screen at `w`×`h`.
    pub fn screen(&self, w: u16, h: u16) -> String {
        render(&self.app, w, h)
    }

    /// The status line's text.
    pub fn status(&self) -> String {
        self.app
            .message
            .as_ref()
            .map(|(_, m)| m.clone())
            .unwrap_or_default()
    }
}
