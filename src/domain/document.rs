//! The document a deliverable names: a web address, or a path inside the
//! workspace (`docs/charte.pdf`). Its shape is checked here; whether the
//! file is there is the store's business.

use super::Message;
use super::register_rules::web_address;
use crate::m;
use std::path::{Component, Path};

/// A deliverable's document, as written in its file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document<'a> {
    /// An `http` or `https` address.
    Web(&'a str),
    /// A relative path inside the workspace, with `/` between folders.
    File(&'a str),
}

impl<'a> Document<'a> {
    /// Reads what a deliverable's `document` says; refuses absolute paths,
    /// `..`, other URL schemes, backslashes and invisible characters.
    pub fn parse(text: &'a str) -> Result<Document<'a>, Message> {
        // Control characters anywhere (a trailing newline too), before
        // trimming: what is checked is what the file says.
        if text
            .chars()
            .any(|c| c.is_control() || crate::text::is_hidden_char(c))
        {
            let shown = crate::text::sanitize(text.trim());
            return Err(m!("document-hidden-char", document = shown));
        }
        let s = text.trim();
        if s.is_empty() {
            return Err(m!("document-empty"));
        }
        if is_drive(s) {
            return Err(m!("document-absolute", document = s));
        }
        if has_scheme(s) {
            return web(s);
        }
        if s.contains('\\') {
            return Err(m!("document-backslash", document = s));
        }
        if s.starts_with('/') || s.starts_with('~') {
            return Err(m!("document-absolute", document = s));
        }
        let parts: Vec<&str> = s.split('/').filter(|p| *p != ".").collect();
        let inside = !parts.is_empty()
            && s.split('/').all(|part| !part.is_empty() && part != "..")
            && Path::new(s)
                .components()
                .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
        if !inside {
            return Err(m!("document-outside", document = s));
        }
        // `.git` in any case, and as Windows reads `.git.` or `.git `.
        if parts
            .iter()
            .any(|p| p.trim_end_matches(['.', ' ']).eq_ignore_ascii_case(".git"))
        {
            return Err(m!("document-git", document = s));
        }
        Ok(Document::File(s))
    }

    /// The text as written (trimmed).
    pub fn as_str(&self) -> &'a str {
        match self {
            Document::Web(s) | Document::File(s) => s,
        }
    }
}

/// A web address as a document: `http(s)` with a valid host, no user
/// name before the host (`https://www.herault.fr@elsewhere/` looks like
/// one site and leads to another), and none of `<`, `>`, `"`, `` ` `` or
/// spaces, which no address needs unescaped and which break links.
fn web(s: &str) -> Result<Document<'_>, Message> {
    if !web_address(s) {
        return Err(m!("document-bad-address", document = s));
    }
    let authority = s.split_once("://").map_or("", |(_, rest)| {
        rest.split(['/', '?', '#']).next().unwrap_or("")
    });
    if authority.contains('@') {
        return Err(m!("document-user-info", document = s));
    }
    if s.chars()
        .any(|c| matches!(c, '<' | '>' | '"' | '`') || c.is_whitespace())
    {
        return Err(m!("document-bad-address", document = s));
    }
    Ok(Document::Web(s))
}

/// A Windows drive (`C:`, `C:/x`, `C:\\x`): an absolute path, not a scheme.
fn is_drive(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 2
        && b[0].is_ascii_alphabetic()
        && b[1] == b':'
        && b.get(2).is_none_or(|c| *c == b'/' || *c == b'\\')
}

/// Whether `s` starts with a URL scheme (`https:`, `mailto:`, `file:`…),
/// or a drive letter (`C:`), which is not a path inside the workspace.
fn has_scheme(s: &str) -> bool {
    let Some((scheme, _)) = s.split_once(':') else {
        return false;
    };
    scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
}

#[cfg(test)]
mod tests {
    use super::Document;

    #[test]
    fn web_addresses_and_paths_inside_are_taken() {
        assert_eq!(
            Document::parse(" https://herault.fr/pti.pdf "),
            Ok(Document::Web("https://herault.fr/pti.pdf"))
        );
        assert_eq!(
            Document::parse("docs/Charte signée.pdf"),
            Ok(Document::File("docs/Charte signée.pdf"))
        );
        assert_eq!(
            Document::parse("./docs/a.odt"),
            Ok(Document::File("./docs/a.odt"))
        );
    }

    #[test]
    fn what_leaves_the_workspace_is_refused() {
        for bad in [
            "",
            "/etc/passwd",
            "~/notes.txt",
            "../secret.pdf",
            "docs/../../x",
            "docs//x.pdf",
            "docs\\x.pdf",
            "C:\\docs\\x.pdf",
            "file:///etc/passwd",
            "mailto:a@b.fr",
            "javascript:alert(1)",
            "https://",
            "docs/\u{202e}fdp.exe",
            ".git/config",
            "./.git/hooks/post-merge",
            ".GIT/config",
            ".git./config",
            ".git /config",
            "docs/.git/config",
            ".",
            "./",
            "docs/x\n",
            "C:/docs/x.pdf",
            "https://www.herault.fr@evil.example/x",
            "https://example.org/<details",
            "https://example.org/a b",
        ] {
            assert!(Document::parse(bad).is_err(), "{bad:?} taken");
        }
    }
}
