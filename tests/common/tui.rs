//! The interface under test: a fixture workspace copied into a temporary
//! folder, the model on it, keys pressed by name (`press("j enter s c")`),
//! the effects performed on the real files as the runtime does, and the
//! screen rendered at a size.

use chrono::NaiveDate;
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

/// Renders the model at `w`×`h`, one string per screen line.
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

/// The interface on a copy of a fixture workspace.
pub struct Tui {
    /// The model.
    pub app: App,
    /// Every effect asked for, in order.
    pub effects: Vec<Effect>,
    /// The interface asked to quit.
    pub quit: bool,
    dir: tempfile::TempDir,
}

impl Tui {
    /// The fixture `name` (under `tests/fixtures/`), copied, in `lang`.
    pub fn new(name: &str, lang: Lang) -> Tui {
        let dir = tempfile::tempdir().unwrap();
        super::copy_dir(&fixture(name), dir.path());
        let ws = Workspace::open(dir.path()).unwrap();
        assert!(ws.load_diagnostics.is_empty(), "{:?}", ws.load_diagnostics);
        let app = App::new(ws, lang, today(), Keymap::defaults());
        Tui {
            app,
            effects: Vec::new(),
            quit: false,
            dir,
        }
    }

    /// The workspace folder.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// A file of the workspace, as text.
    pub fn file(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root().join(rel)).unwrap()
    }

    /// Sends a message, then performs its effects on the files (and the
    /// effects of their results) as the runtime does.
    pub fn send(&mut self, msg: Msg) -> &mut Self {
        let mut queue = update(&mut self.app, msg);
        while !queue.is_empty() {
            let e = queue.remove(0);
            self.effects.push(e.clone());
            match pacte::tui::runtime::perform(&mut self.app, e) {
                Some(m) => queue.extend(update(&mut self.app, m)),
                None => self.quit = true,
            }
        }
        self
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
