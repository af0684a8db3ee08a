//! A small text editor for popups: one line (prompts) or several (objectives,
//! journal text, decisions). Positions are in characters.

use crate::text::TAB_WIDTH;

/// Editable text with a cursor.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Editor {
    lines: Vec<String>,
    row: usize,
    col: usize,
    multiline: bool,
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

fn byte_at(s: &str, col: usize) -> usize {
    s.char_indices().nth(col).map_or(s.len(), |(i, _)| i)
}

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

impl Editor {
    /// A one-line editor holding `text`, cursor at the end.
    pub fn single(text: &str) -> Self {
        let line = clean_input(text, false);
        let col = char_len(&line);
        Editor {
            lines: vec![line],
            row: 0,
            col,
            multiline: false,
        }
    }

    /// A multi-line editor holding `text`, cursor at the end.
    pub fn multi(text: &str) -> Self {
        let clean = clean_input(text, true);
        let lines: Vec<String> = clean.split('\n').map(str::to_string).collect();
        let row = lines.len().saturating_sub(1);
        let col = lines.last().map_or(0, |l| char_len(l));
        Editor {
            lines,
            row,
            col,
            multiline: true,
        }
    }

    /// The text.
    pub fn text(&self) -> String {
        self.lines.join("\n")
    }

    /// The lines.
    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    /// Cursor (row, column in characters).
    pub fn cursor(&self) -> (usize, usize) {
        (self.row, self.col)
    }

    /// True for a multi-line editor.
    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    fn line(&mut self) -> &mut String {
        if self.lines.is_empty() {
            self.lines.push(String::new());
        }
        let r = self.row.min(self.lines.len() - 1);
        &mut self.lines[r]
    }

    /// Inserts text at the cursor (pasted or typed).
    pub fn insert_str(&mut self, s: &str) {
        for c in clean_input(s, self.multiline).chars() {
            if c == '\n' {
                self.newline();
            } else {
                self.insert_char(c);
            }
        }
    }

    /// Inserts one character.
    pub fn insert_char(&mut self, c: char) {
        if c == '\n' {
            if self.multiline {
                self.newline();
            }
            return;
        }
        if c.is_control() {
            return;
        }
        let col = self.col;
        let line = self.line();
        let at = byte_at(line, col);
        line.insert(at, c);
        self.col += 1;
    }

    /// Splits the line at the cursor.
    pub fn newline(&mut self) {
        if !self.multiline {
            return;
        }
        let col = self.col;
        let line = self.line();
        let at = byte_at(line, col);
        let rest = line.split_off(at);
        self.row += 1;
        self.lines.insert(self.row, rest);
        self.col = 0;
    }

    /// Deletes the character before the cursor.
    pub fn backspace(&mut self) {
        if self.col > 0 {
            let col = self.col;
            let line = self.line();
            let at = byte_at(line, col - 1);
            line.remove(at);
            self.col -= 1;
        } else if self.row > 0 {
            let cur = self.lines.remove(self.row);
            self.row -= 1;
            self.col = char_len(&self.lines[self.row]);
            self.lines[self.row].push_str(&cur);
        }
    }

    /// Deletes the character under the cursor.
    pub fn delete(&mut self) {
        let col = self.col;
        let row = self.row;
        let len = char_len(self.line());
        if col < len {
            let line = self.line();
            let at = byte_at(line, col);
            line.remove(at);
        } else if row + 1 < self.lines.len() {
            let next = self.lines.remove(row + 1);
            self.lines[row].push_str(&next);
        }
    }

    /// Moves left.
    pub fn left(&mut self) {
        if self.col > 0 {
            self.col -= 1;
        } else if self.row > 0 {
            self.row -= 1;
            self.col = char_len(&self.lines[self.row]);
        }
    }

    /// Moves right.
    pub fn right(&mut self) {
        let len = char_len(self.line());
        if self.col < len {
            self.col += 1;
        } else if self.row + 1 < self.lines.len() {
            self.row += 1;
            self.col = 0;
        }
    }

    /// Moves up a line.
    pub fn up(&mut self) {
        if self.row > 0 {
            self.row -= 1;
            self.col = self.col.min(char_len(&self.lines[self.row]));
        }
    }

    /// Moves down a line.
    pub fn down(&mut self) {
        if self.row + 1 < self.lines.len() {
            self.row += 1;
            self.col = self.col.min(char_len(&self.lines[self.row]));
        }
    }

    /// Start of line.
    pub fn home(&mut self) {
        self.col = 0;
    }

    /// End of line.
    pub fn end(&mut self) {
        self.col = char_len(self.line());
    }

    /// Clears the current line before the cursor (Ctrl-U).
    pub fn clear_before(&mut self) {
        let col = self.col;
        let line = self.line();
        let at = byte_at(line, col);
        line.replace_range(..at, "");
        self.col = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_accented_text() {
        let mut e = Editor::single("Cœur");
        e.insert_char('!');
        e.left();
        e.left();
        e.backspace();
        assert_eq!(e.text(), "Cœr!");
        e.home();
        e.delete();
        assert_eq!(e.text(), "œr!");
    }

    #[test]
    fn multiline_split_and_join() {
        let mut e = Editor::multi("ab");
        e.left();
        e.newline();
        assert_eq!(e.text(), "a\nb");
        e.backspace();
        assert_eq!(e.text(), "ab");
        e.insert_str("x\ny\u{1b}[2J\tz");
        assert_eq!(e.text(), "ax\ny[2J    zb");
    }

    #[test]
    fn single_line_paste_has_no_newline() {
        let mut e = Editor::single("");
        e.insert_str("a\nb\r\nc");
        assert_eq!(e.text(), "a b c");
    }
}
