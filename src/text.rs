//! Text from files made safe for a terminal.

use crate::store::format::is_hidden_char;

/// Width a tab expands to.
pub const TAB_WIDTH: usize = 4;

/// Makes `s` safe to print: tabs expanded to spaces, newlines shown as `⏎`,
/// control, escape and bidi characters shown as `\u{..}`. Never returns a
/// character that a terminal would interpret.
pub fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col = 0usize;
    for c in s.chars() {
        match c {
            '\t' => {
                let n = TAB_WIDTH - col % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            '\n' => {
                out.push('⏎');
                col += 1;
            }
            c if is_hidden_char(c) => {
                let e = format!("\\u{{{:x}}}", c as u32);
                col += e.len();
                out.push_str(&e);
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

/// Like [`sanitize`] but keeps newlines, for multi-line display.
pub fn sanitize_multiline(s: &str) -> Vec<String> {
    s.split('\n').map(sanitize).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_controls_and_bidi() {
        assert_eq!(sanitize("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(sanitize("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(sanitize("a\tb"), "a   b");
        assert_eq!(sanitize("Cœur d'Hérault « »"), "Cœur d'Hérault « »");
    }
}
