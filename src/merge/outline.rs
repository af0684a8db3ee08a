//! The line structure of a canonical RON text: which lines hold which field
//! or list item. Canonical files put one field or item per line, open a
//! struct with `(` and a list with `[` at the end of a line, and close them
//! on a line of their own, so that the structure can be read line by line.

/// The key of a node: a struct field or a list item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    /// The whole file.
    Root,
    /// A struct field.
    Field(String),
    /// A list item, by position.
    Index(usize),
}

/// One field or item and the lines it spans (0-based, inclusive).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// Its key in its parent.
    pub key: Key,
    /// First line.
    pub start: usize,
    /// Last line.
    pub end: usize,
    /// For a leaf: the value as written (without the trailing comma).
    pub leaf: Option<String>,
    /// Fields or items inside.
    pub children: Vec<Node>,
}

struct Open {
    node: Node,
    list: bool,
}

/// Reads the outline of `lines`, or `None` when they are not laid out one
/// field per line.
pub fn parse(lines: &[&str]) -> Option<Node> {
    let mut stack: Vec<Open> = Vec::new();
    let mut root: Option<Node> = None;
    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if root.is_some() {
            return None;
        }
        if line.starts_with(')') || line.starts_with(']') {
            let mut open = stack.pop()?;
            open.node.end = i;
            match stack.last_mut() {
                Some(parent) => parent.node.children.push(open.node),
                None => root = Some(open.node),
            }
            continue;
        }
        let (key, rest) = match stack.last() {
            None => (Key::Root, line),
            Some(parent) if parent.list => (Key::Index(parent.node.children.len()), line),
            Some(_) => {
                let (name, rest) = line.split_once(": ")?;
                if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    return None;
                }
                (Key::Field(name.to_string()), rest)
            }
        };
        if rest == "(" || rest == "[" {
            stack.push(Open {
                node: Node {
                    key,
                    start: i,
                    end: i,
                    leaf: None,
                    children: Vec::new(),
                },
                list: rest == "[",
            });
            continue;
        }
        let parent = stack.last_mut()?;
        let value = rest.strip_suffix(',').unwrap_or(rest).to_string();
        parent.node.children.push(Node {
            key,
            start: i,
            end: i,
            leaf: Some(value),
            children: Vec::new(),
        });
    }
    if stack.is_empty() { root } else { None }
}

/// The node at `path` (field names and item positions) under `root`.
pub fn find<'a>(root: &'a Node, path: &[Key]) -> Option<&'a Node> {
    let mut node = root;
    for k in path {
        node = node.children.iter().find(|c| &c.key == k)?;
    }
    Some(node)
}

/// One step of a located path, as shown to people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    /// A struct field, by name.
    Field(String),
    /// A list item, by what identifies it: its `id`, else its `date`,
    /// `label` or `year`, else its position from 1.
    Item(String),
}

impl Segment {
    /// The text shown for this segment.
    pub fn as_str(&self) -> &str {
        match self {
            Segment::Field(s) | Segment::Item(s) => s,
        }
    }
}

/// The path of the smallest node holding lines `first..=last`, with the
/// node's key (`None` when the lines span several nodes of one parent).
pub fn locate(root: &Node, first: usize, last: usize) -> (Vec<Segment>, Option<&Node>) {
    let mut path = Vec::new();
    let mut node = root;
    loop {
        if node.start == first && node.end == last && node.key != Key::Root {
            return (path, Some(node));
        }
        let child = node
            .children
            .iter()
            .find(|c| c.start <= first && last <= c.end);
        let Some(child) = child else {
            return (path, None);
        };
        path.push(segment(child));
        node = child;
    }
}

fn segment(node: &Node) -> Segment {
    match &node.key {
        Key::Root => Segment::Item(String::new()),
        Key::Field(f) => Segment::Field(f.clone()),
        Key::Index(i) => {
            let named = ["id", "date", "label", "year"].iter().find_map(|f| {
                node.children
                    .iter()
                    .find(|c| c.key == Key::Field((*f).to_string()))
                    .and_then(|c| c.leaf.as_deref())
            });
            match named {
                Some(v) => Segment::Item(v.trim_matches('"').to_string()),
                None => Segment::Item(format!("#{}", i + 1)),
            }
        }
    }
}

/// A path shown as `actions/plateforme-mobilite/status`.
pub fn label(path: &[Segment]) -> String {
    path.iter()
        .map(Segment::as_str)
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "(\n    id: \"g\",\n    actions: [\n        (\n            id: \"a1\",\n            status: \"done\",\n        ),\n    ],\n    members: [\n        \"caf\",\n    ],\n    pilot: (\n        organisation: \"x\",\n    ),\n)\n";

    #[test]
    fn finds_fields_and_items() {
        let lines: Vec<&str> = TEXT.lines().collect();
        let root = parse(&lines).unwrap();
        let status = find(
            &root,
            &[
                Key::Field("actions".into()),
                Key::Index(0),
                Key::Field("status".into()),
            ],
        )
        .unwrap();
        assert_eq!((status.start, status.end), (5, 5));
        let pilot = find(&root, &[Key::Field("pilot".into())]).unwrap();
        assert_eq!((pilot.start, pilot.end), (11, 13));
        let (path, node) = locate(&root, 5, 5);
        assert_eq!(label(&path), "actions/a1/status");
        assert_eq!(node.unwrap().leaf.as_deref(), Some("\"done\""));
        let (path, node) = locate(&root, 3, 6);
        assert_eq!(label(&path), "actions/a1");
        assert!(node.is_some());
    }

    #[test]
    fn refuses_other_layouts() {
        assert!(parse(&["(id: \"g\")"]).is_none());
        assert!(parse(&["(", "    id: \"g\","]).is_none());
    }
}
