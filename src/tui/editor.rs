//! The text editor of the popups: one line (prompts) or several
//! (objectives, journal text, decisions), on `ratatui-textarea`, behind a
//! thin wrapper that keeps out what a terminal could interpret and decides
//! the keys.
//!
//! Multi-line text wraps at word boundaries and scrolls to keep the cursor
//! in view; one-line text scrolls sideways. A pre-filled one-line value is
//! selected: the first typed character replaces it, an arrow key keeps it
//! for editing. Keys: arrows, Home/End, Ctrl-←/→ (or Alt-B/F) by word,
//! Backspace/Delete, Ctrl-W (or Alt-Backspace) deletes a word, Ctrl-U
//! clears before the cursor, Ctrl-K after it, Ctrl-Z undoes and Ctrl-Y
//! redoes inside the field; pasted text is inserted as text.

use crate::text::TAB_WIDTH;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

/// Removes what a terminal could interpret; tabs become spaces; newlines are
/// kept only when `multiline`, otherwise they become spaces.
pub fn clean_input(s: &str, multiline: bool) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' if multiline => out.push('\n'),
            '\n' => out.push(' '),
            '\t' => out.extend(std::iter::repeat_n(' ', TAB_WIDTH)),
            c if crate::store::format::is_hidden_char(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Editable text with a cursor.
#[derive(Clone, Debug)]
pub struct Editor {
    area: TextArea<'static>,
    multiline: bool,
}

impl PartialEq for Editor {
    fn eq(&self, other: &Self) -> bool {
        self.multiline == other.multiline
            && self.area.lines() == other.area.lines()
            && self.cursor() == other.cursor()
    }
}

impl Default for Editor {
    fn default() -> Self {
        Editor::single("")
    }
}

impl Editor {
    fn new(text: &str, multiline: bool) -> Self {
        let clean = clean_input(text, multiline);
        let lines: Vec<String> = clean.split('\n').map(str::to_string).collect();
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(if multiline {
            WrapMode::WordOrGlyph
        } else {
            WrapMode::None
        });
        area.set_cursor_line_style(Style::default());
        area.set_cursor_style(Style::default().add_modifier(Modifier::REVERSED));
        area.set_selection_style(Style::default().add_modifier(Modifier::REVERSED | Modifier::DIM));
        area.set_max_histories(200);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        Editor { area, multiline }
    }

    /// A one-line editor holding `text`, selected (typing replaces it).
    pub fn single(text: &str) -> Self {
        let mut e = Editor::new(text, false);
        if !text.is_empty() {
            e.area.select_all();
        }
        e
    }

    /// A multi-line editor holding `text`, cursor at the end.
    pub fn multi(text: &str) -> Self {
        Editor::new(text, true)
    }

    /// The text.
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// The lines.
    pub fn lines(&self) -> &[String] {
        self.area.lines()
    }

    /// Cursor (row, column in characters).
    pub fn cursor(&self) -> (usize, usize) {
        let c = self.area.cursor();
        (c.0, c.1)
    }

    /// True for a multi-line editor.
    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    /// True while a pre-filled value is selected (the next character
    /// replaces it).
    pub fn is_selected(&self) -> bool {
        self.area.is_selecting()
    }

    /// Inserts text at the cursor (pasted or typed), cleaned.
    pub fn insert_str(&mut self, s: &str) {
        let clean = clean_input(s, self.multiline);
        if !clean.is_empty() {
            self.area.insert_str(clean);
        }
    }

    /// Applies an editing key; true when the key was used.
    pub fn key(&mut self, k: &KeyEvent) -> bool {
        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
        let alt = k.modifiers.contains(KeyModifiers::ALT);
        let a = &mut self.area;
        let moving = matches!(
            k.code,
            KeyCode::Left
                | KeyCode::Right
                | KeyCode::Up
                | KeyCode::Down
                | KeyCode::Home
                | KeyCode::End
                | KeyCode::PageUp
                | KeyCode::PageDown
        ) || (ctrl && matches!(k.code, KeyCode::Char('a' | 'e' | 'b' | 'f')))
            || (alt && matches!(k.code, KeyCode::Char('b' | 'f')));
        if moving {
            // Keep a selected value for editing rather than extend it.
            a.cancel_selection();
        }
        match k.code {
            KeyCode::Char('u') if ctrl => {
                a.cancel_selection();
                a.delete_line_by_head()
            }
            KeyCode::Char('k') if ctrl => {
                a.cancel_selection();
                a.delete_line_by_end()
            }
            KeyCode::Char('z') if ctrl => a.undo(),
            KeyCode::Char('y') if ctrl => a.redo(),
            KeyCode::Char('a') if ctrl => {
                a.move_cursor(CursorMove::Head);
                true
            }
            KeyCode::Char('e') if ctrl => {
                a.move_cursor(CursorMove::End);
                true
            }
            KeyCode::Char('w') if ctrl => a.delete_word(),
            KeyCode::Backspace if alt || ctrl => a.delete_word(),
            KeyCode::Left if ctrl => {
                a.move_cursor(CursorMove::WordBack);
                true
            }
            KeyCode::Right if ctrl => {
                a.move_cursor(CursorMove::WordForward);
                true
            }
            KeyCode::Char('b') if alt => {
                a.move_cursor(CursorMove::WordBack);
                true
            }
            KeyCode::Char('f') if alt => {
                a.move_cursor(CursorMove::WordForward);
                true
            }
            KeyCode::Char('\n' | '\r') if self.multiline && !ctrl && !alt => {
                a.insert_newline();
                true
            }
            KeyCode::Char(c) if !ctrl && !alt => {
                if crate::store::format::is_hidden_char(c) || c == '\t' {
                    return true;
                }
                a.insert_char(c);
                true
            }
            KeyCode::Enter if self.multiline && !ctrl && !alt => {
                a.insert_newline();
                true
            }
            KeyCode::Backspace => a.delete_char(),
            KeyCode::Delete => a.delete_next_char(),
            KeyCode::Left => {
                a.move_cursor(CursorMove::Back);
                true
            }
            KeyCode::Right => {
                a.move_cursor(CursorMove::Forward);
                true
            }
            KeyCode::Up if self.multiline => {
                a.move_cursor(CursorMove::Up);
                true
            }
            KeyCode::Down if self.multiline => {
                a.move_cursor(CursorMove::Down);
                true
            }
            KeyCode::PageUp if self.multiline => {
                a.scroll(ratatui_textarea::Scrolling::PageUp);
                true
            }
            KeyCode::PageDown if self.multiline => {
                a.scroll(ratatui_textarea::Scrolling::PageDown);
                true
            }
            KeyCode::Home => {
                a.move_cursor(CursorMove::Head);
                true
            }
            KeyCode::End => {
                a.move_cursor(CursorMove::End);
                true
            }
            _ => false,
        }
    }

    /// Draws the text in `area`, scrolled to the cursor, and puts the
    /// terminal's cursor on it.
    pub fn draw(&self, f: &mut Frame, area: Rect) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        f.render_widget(&self.area, area);
        let c = self.area.screen_cursor();
        let (top, left) = self.area.scroll_offset();
        let row = c.row.saturating_sub(usize::from(top));
        let col = c.col.saturating_sub(usize::from(left));
        if row < usize::from(area.height) && col < usize::from(area.width) {
            f.set_cursor_position(Position::new(area.x + col as u16, area.y + row as u16));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    fn typ(e: &mut Editor, s: &str) {
        for c in s.chars() {
            e.key(&key(KeyCode::Char(c)));
        }
    }

    #[test]
    fn a_prefilled_value_is_replaced_by_typing() {
        let mut e = Editor::single("60");
        assert!(e.is_selected());
        typ(&mut e, "75");
        assert_eq!(e.text(), "75");
    }

    #[test]
    fn an_arrow_keeps_a_prefilled_value_for_editing() {
        let mut e = Editor::single("30/06/2025");
        e.key(&key(KeyCode::Left));
        e.key(&key(KeyCode::Delete));
        typ(&mut e, "6");
        assert_eq!(e.text(), "30/06/2026");
        let mut e = Editor::single("60");
        e.key(&key(KeyCode::End));
        typ(&mut e, "5");
        assert_eq!(e.text(), "605");
    }

    #[test]
    fn backspace_on_a_selected_value_clears_it() {
        let mut e = Editor::single("Ancien titre");
        e.key(&key(KeyCode::Backspace));
        assert_eq!(e.text(), "");
    }

    #[test]
    fn ctrl_u_clears_before_the_cursor_and_ctrl_z_undoes() {
        let mut e = Editor::single("");
        typ(&mut e, "Bonjour");
        e.key(&ctrl('u'));
        assert_eq!(e.text(), "");
        e.key(&ctrl('z'));
        assert_eq!(e.text(), "Bonjour");
    }

    #[test]
    fn words_move_and_delete() {
        let mut e = Editor::multi("un deux trois");
        e.key(&ctrl('w'));
        assert_eq!(e.text(), "un deux ");
        e.key(&KeyEvent::new(KeyCode::Left, KeyModifiers::CONTROL));
        assert_eq!(e.cursor(), (0, 3));
    }

    #[test]
    fn edits_accented_text() {
        let mut e = Editor::single("");
        typ(&mut e, "éàü");
        e.key(&key(KeyCode::Left));
        e.key(&key(KeyCode::Backspace));
        assert_eq!(e.text(), "éü");
        assert_eq!(e.cursor(), (0, 1));
    }

    #[test]
    fn multiline_split_and_join() {
        let mut e = Editor::multi("ab");
        e.key(&key(KeyCode::Left));
        e.key(&key(KeyCode::Enter));
        assert_eq!(e.lines(), ["a", "b"]);
        e.key(&key(KeyCode::Backspace));
        assert_eq!(e.text(), "ab");
    }

    #[test]
    fn single_line_paste_has_no_newline_and_no_control() {
        let mut e = Editor::single("");
        e.insert_str("a\nb\u{1b}[31m\tc");
        assert_eq!(e.text(), "a b[31m    c");
        assert_eq!(e.lines().len(), 1);
        e.key(&key(KeyCode::Enter));
        assert_eq!(e.lines().len(), 1);
    }
}
