//! Where each item's and topic's `id: "..."` is in a deck's RON text, so
//! warnings can say `file:line:col`.

use std::collections::HashMap;

/// Where each item's and topic's `id: "..."` is in a deck's text.
#[derive(Debug, Default)]
pub(super) struct IdPositions {
    items: HashMap<String, (usize, usize)>,
    topics: HashMap<String, (usize, usize)>,
}

/// One open bracket while scanning: the struct name before a `(`, or the
/// field name before a `[`.
#[derive(Debug)]
struct Frame {
    name: String,
    field: String,
}

impl IdPositions {
    pub(super) fn item(&self, id: &str) -> Option<(usize, usize)> {
        self.items.get(id).copied()
    }

    pub(super) fn topic(&self, id: &str) -> Option<(usize, usize)> {
        self.topics.get(id).copied()
    }

    /// A small RON scanner: skips strings and comments, keeps a stack of open
    /// brackets, and records `id: "value"` fields of `Item(...)` and
    /// `Topic(...)` structs (or of unnamed structs inside `items: [...]` and
    /// `topics: [...]`). The first position of an id wins.
    pub(super) fn scan(text: &str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let chars: Vec<char> = text.chars().collect();
        let mut found = Self::default();
        let mut stack: Vec<Frame> = Vec::new();
        let mut last_ident = String::new();
        let mut last_field = String::new();
        let (mut line, mut col) = (1usize, 1usize);
        let mut i = 0;
        let advance = |i: &mut usize, line: &mut usize, col: &mut usize| {
            if chars[*i] == '\n' {
                *line += 1;
                *col = 1;
            } else {
                *col += 1;
            }
            *i += 1;
        };
        while i < chars.len() {
            let c = chars[i];
            if c == '/' && chars.get(i + 1) == Some(&'/') {
                while i < chars.len() && chars[i] != '\n' {
                    advance(&mut i, &mut line, &mut col);
                }
            } else if c == '/' && chars.get(i + 1) == Some(&'*') {
                let mut depth = 0usize;
                while i < chars.len() {
                    if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                        depth += 1;
                        advance(&mut i, &mut line, &mut col);
                    } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                        depth -= 1;
                        advance(&mut i, &mut line, &mut col);
                        if depth == 0 {
                            advance(&mut i, &mut line, &mut col);
                            break;
                        }
                    }
                    advance(&mut i, &mut line, &mut col);
                }
            } else if c == '"' {
                skip_string(&chars, &mut i, &mut line, &mut col, None);
                last_ident.clear();
            } else if c == 'r'
                && matches!(chars.get(i + 1), Some('"') | Some('#'))
                && (i == 0 || !is_ident(chars[i - 1]))
            {
                advance(&mut i, &mut line, &mut col);
                let mut hashes = 0;
                while chars.get(i) == Some(&'#') {
                    hashes += 1;
                    advance(&mut i, &mut line, &mut col);
                }
                if chars.get(i) == Some(&'"') {
                    skip_string(&chars, &mut i, &mut line, &mut col, Some(hashes));
                }
                last_ident.clear();
            } else if is_ident_start(c) {
                let (start_line, start_col) = (line, col);
                let mut ident = String::new();
                while i < chars.len() && is_ident(chars[i]) {
                    ident.push(chars[i]);
                    advance(&mut i, &mut line, &mut col);
                }
                // Look past blanks for `:` then a string value.
                let mut j = i;
                while j < chars.len() && chars[j].is_whitespace() {
                    j += 1;
                }
                if chars.get(j) == Some(&':') {
                    last_field = ident.clone();
                    if ident == "id" {
                        let mut k = j + 1;
                        while k < chars.len() && chars[k].is_whitespace() {
                            k += 1;
                        }
                        if chars.get(k) == Some(&'"') {
                            let value = read_plain_string(&chars, k);
                            let kind = stack.last().map(|f| {
                                let list = stack
                                    .len()
                                    .checked_sub(2)
                                    .map(|p| stack[p].field.as_str())
                                    .unwrap_or("");
                                match (f.name.as_str(), list) {
                                    // A deck's, or a translation's entries.
                                    ("Item" | "ItemEntry", _) | ("", "items") => Some(true),
                                    ("Topic", _) | ("", "topics") | ("TitledEntry", "topics") => {
                                        Some(false)
                                    }
                                    _ => None,
                                }
                            });
                            let map = match kind.flatten() {
                                Some(true) => Some(&mut found.items),
                                Some(false) => Some(&mut found.topics),
                                None => None,
                            };
                            if let (Some(map), Some(value)) = (map, value) {
                                map.entry(value).or_insert((start_line, start_col));
                            }
                        }
                    }
                    last_ident.clear();
                } else {
                    last_ident = ident;
                }
            } else {
                match c {
                    '(' | '[' | '{' => {
                        let name = if c == '(' {
                            std::mem::take(&mut last_ident)
                        } else {
                            String::new()
                        };
                        let field = std::mem::take(&mut last_field);
                        stack.push(Frame { name, field });
                    }
                    ')' | ']' | '}' => {
                        stack.pop();
                    }
                    c if c.is_whitespace() => {}
                    _ => last_ident.clear(),
                }
                advance(&mut i, &mut line, &mut col);
            }
        }
        found
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Moves past a string that starts at `chars[*i] == '"'`. `raw` is `None`
/// for an ordinary string (with escapes), else the number of `#` of a raw
/// string (`r"..."` has 0, `r#"..."#` has 1).
fn skip_string(
    chars: &[char],
    i: &mut usize,
    line: &mut usize,
    col: &mut usize,
    raw: Option<usize>,
) {
    let step = |i: &mut usize, line: &mut usize, col: &mut usize| {
        if chars[*i] == '\n' {
            *line += 1;
            *col = 1;
        } else {
            *col += 1;
        }
        *i += 1;
    };
    step(i, line, col);
    while *i < chars.len() {
        let c = chars[*i];
        if raw.is_none() && c == '\\' {
            step(i, line, col);
            if *i < chars.len() {
                step(i, line, col);
            }
            continue;
        }
        if c == '"' {
            let hashes = raw.unwrap_or(0);
            let closing = (1..=hashes).all(|h| chars.get(*i + h) == Some(&'#'));
            step(i, line, col);
            if closing {
                for _ in 0..hashes {
                    step(i, line, col);
                }
                return;
            }
            continue;
        }
        step(i, line, col);
    }
}

/// The value of an ordinary string starting at `chars[start] == '"'`, when it
/// has no escapes (ids never need any).
fn read_plain_string(chars: &[char], start: usize) -> Option<String> {
    let mut value = String::new();
    for &c in chars.get(start + 1..)? {
        match c {
            '"' => return Some(value),
            '\\' | '\n' => return None,
            c => value.push(c),
        }
    }
    None
}
