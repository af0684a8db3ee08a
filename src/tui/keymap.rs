//! Keys to commands, from `config/keymap.ron` and the user's own keymap.

use super::Lang;
use super::msg::Command;
use crate::i18n::Message;
use crate::m;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The keymap shipped with pacte.
pub const DEFAULT_KEYMAP: &str = include_str!("../../config/keymap.ron");

/// A key with its modifiers, as written in keymap files (`"ctrl-r"`, `"j"`,
/// `"enter"`, `"?"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KeySpec {
    code: KeyCodeOrd,
    ctrl: bool,
    alt: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum KeyCodeOrd {
    Char(char),
    Named(u8),
    F(u8),
}

const NAMED: &[(&str, KeyCode)] = &[
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("insert", KeyCode::Insert),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pageup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
];

impl KeySpec {
    /// Parses `"ctrl-r"`, `"alt-x"`, `"J"`, `"space"`, `"f1"`, `"enter"`…
    pub fn parse(s: &str) -> Result<KeySpec, Message> {
        let mut ctrl = false;
        let mut alt = false;
        let mut rest = s;
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-") {
                ctrl = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-") {
                alt = true;
                rest = r;
            } else {
                break;
            }
        }
        let code = if rest == "space" {
            KeyCodeOrd::Char(' ')
        } else if rest == "minus" {
            KeyCodeOrd::Char('-')
        } else if let Some(i) = NAMED.iter().position(|(n, _)| *n == rest) {
            KeyCodeOrd::Named(i as u8)
        } else if let Some(n) = rest.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
            KeyCodeOrd::F(n)
        } else {
            let mut chars = rest.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => KeyCodeOrd::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
                _ => return Err(m!("keymap-unknown-key", key = s)),
            }
        };
        Ok(KeySpec { code, ctrl, alt })
    }

    /// The key of a key event, if it can be bound.
    pub fn from_event(k: &KeyEvent) -> Option<KeySpec> {
        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
        let alt = k.modifiers.contains(KeyModifiers::ALT);
        let code = match k.code {
            KeyCode::Char(c) => KeyCodeOrd::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
            KeyCode::F(n) => KeyCodeOrd::F(n),
            other => KeyCodeOrd::Named(NAMED.iter().position(|(_, c)| *c == other)? as u8),
        };
        Some(KeySpec { code, ctrl, alt })
    }

    /// How the key is written in the help, in `lang` (names from the
    /// catalogue's `key-name`).
    pub fn display(&self, lang: Lang) -> String {
        let mut s = String::new();
        if self.ctrl {
            s.push_str("Ctrl-");
        }
        if self.alt {
            s.push_str("Alt-");
        }
        match self.code {
            KeyCodeOrd::Char(' ') => s.push_str(&crate::t!(lang, "key-name", key = "space")),
            KeyCodeOrd::Char(c) => s.push(c),
            KeyCodeOrd::F(n) => s.push_str(&format!("F{n}")),
            KeyCodeOrd::Named(i) => match NAMED.get(i as usize).map(|(n, _)| *n) {
                Some("up") => s.push('↑'),
                Some("down") => s.push('↓'),
                Some("left") => s.push('←'),
                Some("right") => s.push('→'),
                Some(name) => s.push_str(&crate::t!(lang, "key-name", key = name)),
                None => s.push('?'),
            },
        }
        s
    }
}

/// Keys bound to commands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keymap {
    by_key: BTreeMap<KeySpec, Command>,
    by_command: BTreeMap<Command, Vec<KeySpec>>,
}

/// The file format: command name → keys.
type KeymapFile = BTreeMap<Command, Vec<String>>;

fn parse_file(text: &str) -> Result<KeymapFile, Message> {
    use serde::Deserialize as _;
    use serde::de::IntoDeserializer as _;
    let raw =
        crate::store::format::from_text::<BTreeMap<String, Vec<String>>>(text).map_err(|e| {
            let place = format!("{}:{}", e.span.start.line, e.span.start.col);
            let why = crate::store::read::ron_message(&e.code);
            Message::each(|lang| {
                crate::t!(
                    lang,
                    "diag-at",
                    place = place.as_str(),
                    message = why.in_lang(lang)
                )
            })
        })?;
    raw.into_iter()
        .map(|(name, keys)| {
            let de: serde::de::value::StrDeserializer<'_, serde::de::value::Error> =
                name.as_str().into_deserializer();
            Command::deserialize(de)
                .map(|c| (c, keys))
                .map_err(|_| m!("keymap-unknown-command", name = name.as_str()))
        })
        .collect()
}

impl Keymap {
    /// The shipped keymap. It is checked by the tests; should it ever fail
    /// to parse, the keymap is empty except for `q` and `?`.
    pub fn defaults() -> Keymap {
        match Keymap::from_text(DEFAULT_KEYMAP) {
            Ok(k) => k,
            Err(_) => {
                let mut k = Keymap {
                    by_key: BTreeMap::new(),
                    by_command: BTreeMap::new(),
                };
                k.bind(Command::Quit, &["q".into()]);
                k.bind(Command::Help, &["?".into()]);
                k
            }
        }
    }

    /// Parses a complete keymap.
    pub fn from_text(text: &str) -> Result<Keymap, Message> {
        let file = parse_file(text)?;
        let mut k = Keymap {
            by_key: BTreeMap::new(),
            by_command: BTreeMap::new(),
        };
        for (cmd, keys) in &file {
            k.check_keys(keys)?;
            k.bind(*cmd, keys);
        }
        Ok(k)
    }

    fn check_keys(&self, keys: &[String]) -> Result<(), Message> {
        keys.iter().try_for_each(|s| KeySpec::parse(s).map(|_| ()))
    }

    fn bind(&mut self, cmd: Command, keys: &[String]) {
        if let Some(old) = self.by_command.remove(&cmd) {
            for k in old {
                self.by_key.remove(&k);
            }
        }
        let mut specs = Vec::new();
        for s in keys {
            if let Ok(spec) = KeySpec::parse(s) {
                if let Some(prev) = self.by_key.insert(spec, cmd)
                    && let Some(v) = self.by_command.get_mut(&prev)
                {
                    v.retain(|k| *k != spec);
                }
                specs.push(spec);
            }
        }
        self.by_command.insert(cmd, specs);
    }

    /// Applies a user keymap: each command it names gets exactly the keys
    /// listed there; other commands keep their defaults.
    pub fn apply_overrides(&mut self, text: &str) -> Result<(), Message> {
        let file = parse_file(text)?;
        for keys in file.values() {
            self.check_keys(keys)?;
        }
        for (cmd, keys) in &file {
            self.bind(*cmd, keys);
        }
        Ok(())
    }

    /// The command bound to a key.
    pub fn command(&self, k: &KeyEvent) -> Option<Command> {
        let spec = KeySpec::from_event(k)?;
        self.by_key.get(&spec).copied().or_else(|| {
            // Shifted letters may arrive with SHIFT and a lowercase char.
            if let KeyCodeOrd::Char(c) = spec.code
                && k.modifiers.contains(KeyModifiers::SHIFT)
                && c.is_ascii_lowercase()
            {
                let up = KeySpec {
                    code: KeyCodeOrd::Char(c.to_ascii_uppercase()),
                    ..spec
                };
                return self.by_key.get(&up).copied();
            }
            None
        })
    }

    /// The keys of a command, as shown in the help (French names).
    pub fn keys(&self, cmd: Command) -> Vec<String> {
        self.keys_in(cmd, Lang::Fr)
    }

    /// The keys of a command, with key names in `lang`.
    pub fn keys_in(&self, cmd: Command, lang: Lang) -> Vec<String> {
        self.by_command
            .get(&cmd)
            .map(|v| v.iter().map(|k| k.display(lang)).collect())
            .unwrap_or_default()
    }

    /// The first key of a command, for hints ("?" when unbound), with key
    /// names in `lang`.
    pub fn first_key_in(&self, cmd: Command, lang: Lang) -> String {
        self.by_command
            .get(&cmd)
            .and_then(|v| v.first())
            .map_or_else(|| "?".into(), |k| k.display(lang))
    }
}

/// Where the user's keymap lives: `keymap.ron` in the config folder of
/// `ProjectDirs::from("fr", "pacte", "pacte")` (e.g. `~/.config/pacte/keymap.ron`).
pub fn user_keymap_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("fr", "pacte", "pacte")
        .map(|d| d.config_dir().join("keymap.ron"))
}

/// The defaults with the overrides of `path` (when it exists); a broken
/// override file is reported (in both languages) and ignored.
pub fn load(path: Option<&Path>) -> (Keymap, Option<Message>) {
    let mut k = Keymap::defaults();
    let Some(path) = path else { return (k, None) };
    let problem = |why: Message| {
        Message::each(|lang| {
            crate::t!(
                lang,
                "keymap-ignored",
                path = path.display(),
                why = why.in_lang(lang)
            )
        })
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (k, None),
        Err(e) => return (k, Some(problem(Message::from(e.to_string())))),
    };
    match k.apply_overrides(&text) {
        Ok(()) => (k, None),
        Err(e) => (Keymap::defaults(), Some(problem(e))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    #[test]
    fn shipped_keymap_parses_and_binds_every_command() {
        let k = Keymap::from_text(DEFAULT_KEYMAP).unwrap();
        for c in Command::ALL {
            assert!(!k.keys(*c).is_empty(), "{c:?} has no key");
        }
    }

    #[test]
    fn shipped_keys_are_not_bound_twice() {
        let file = parse_file(DEFAULT_KEYMAP).unwrap();
        let mut seen = BTreeMap::new();
        for (cmd, keys) in file {
            for key in keys {
                let spec = KeySpec::parse(&key).unwrap();
                if let Some(prev) = seen.insert(spec, cmd) {
                    panic!("`{key}` bound to {prev:?} and {cmd:?}");
                }
            }
        }
    }

    #[test]
    fn resolves_keys() {
        let k = Keymap::defaults();
        assert_eq!(
            k.command(&ev(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Command::Down)
        );
        assert_eq!(
            k.command(&ev(KeyCode::Char('r'), KeyModifiers::CONTROL)),
            Some(Command::Redo)
        );
        assert_eq!(
            k.command(&ev(KeyCode::Char('X'), KeyModifiers::SHIFT)),
            Some(Command::Delete)
        );
        assert_eq!(
            k.command(&ev(KeyCode::Enter, KeyModifiers::NONE)),
            Some(Command::Open)
        );
    }

    #[test]
    fn overrides_replace_a_command_keys() {
        let mut k = Keymap::defaults();
        k.apply_overrides("{ \"status\": [\"S\", \"f5\"] }")
            .unwrap();
        assert_eq!(
            k.command(&ev(KeyCode::F(5), KeyModifiers::NONE)),
            Some(Command::Status)
        );
        assert_eq!(k.command(&ev(KeyCode::Char('s'), KeyModifiers::NONE)), None);
        let e = k.apply_overrides("{ \"nope\": [\"x\"] }").unwrap_err();
        assert_eq!(e.fr, "commande inconnue `nope`");
        assert_eq!(e.en, "unknown command `nope`");
        assert!(k.apply_overrides("{ \"status\": [\"ctrl-\"] }").is_err());
    }

    #[test]
    fn key_names_follow_the_language() {
        let k = Keymap::defaults();
        assert_eq!(k.first_key_in(Command::Open, Lang::Fr), "Entrée");
        assert_eq!(k.first_key_in(Command::Open, Lang::En), "Enter");
        assert_eq!(k.first_key_in(Command::Toggle, Lang::En), "Space");
        assert_eq!(k.first_key_in(Command::PrevPane, Lang::Fr), "Maj-Tab");
        assert_eq!(k.first_key_in(Command::Up, Lang::En), "↑");
    }
}
