//! The shape ARCHITECTURE.md promises, read from the source: every file's
//! imports (`use` lines and `crate::`/`super::` paths, test modules
//! included) resolved to the file that defines the module they name. No
//! view and no area file sees the whole `AppState`, the areas import
//! nothing from each other (the shell and `ui/state.rs` join them), views
//! never import through an area's `mod.rs`, and no two files import each
//! other, directly or round a circle (here a file's test module does not
//! count: a test that reads a file with another module makes no
//! dependency of the code).
//!
//! `cargo test --test architecture -- --nocapture` prints the numbers
//! (`SRM_STUDY_ARCH_SRC=<checkout>/src` for another checkout).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The area folders under `src/ui`.
const AREAS: [&str; 5] = ["browse", "drill", "instructor", "progress", "sort"];

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file: `src/ui/sort/state.rs` is `ui::sort::state`,
/// `src/ui/sort/mod.rs` is `ui::sort`, `src/lib.rs` is the crate root.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).expect("under src");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// Text without comments (line comments and doc comments), so that a
/// path in prose is not taken for an import.
fn code_only(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path a file names: `use` trees are expanded (`a::{b, c::d}` gives
/// `a::b` and `a::c::d`), and inline `crate::…`/`super::…` paths are taken
/// as they stand.
fn named_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().last();
        let after = &rest[at + 4..];
        rest = after;
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let Some(end) = after.find(';') else { break };
        let tree = after[..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let path_like = tree
            .chars()
            .all(|c| c.is_alphanumeric() || "_:{},* ".contains(c))
            && tree.matches('{').count() == tree.matches('}').count();
        if path_like {
            expand(&tree, "", &mut paths);
        }
    }
    let bytes = code.as_bytes();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(start) {
            let at = from + at;
            from = at + start.len();
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                continue;
            }
            let len = code[at..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(code.len() - at);
            paths.push(code[at..at + len].trim_end_matches(':').to_owned());
        }
    }
    paths
}

/// Expands one `use` tree into full paths.
fn expand(tree: &str, prefix: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let head = &tree[..open];
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&inner[start..i], &format!("{prefix}{head}"), out);
                    start = i + 1;
                }
                _ => {}
            }
        }
        expand(&inner[start..], &format!("{prefix}{head}"), out);
    } else if !tree.is_empty() {
        let path = tree.split(" as ").next().unwrap_or(tree).trim();
        out.push(format!("{prefix}{path}"));
    }
}

/// The file a path names: the longest module prefix of the path that is a
/// file (`crate::ui::sort::state::SortState` is `ui/sort/state.rs`,
/// `crate::ui::sort::SortAction` is `ui/sort/mod.rs`). Paths outside the
/// crate (`egui::…`, `std::…`) name no file.
fn resolve(
    module: &[String],
    path: &str,
    modules: &BTreeMap<Vec<String>, PathBuf>,
) -> Option<PathBuf> {
    let mut parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
    let mut base: Vec<String> = match parts.first() {
        Some(&"crate") => {
            parts.remove(0);
            Vec::new()
        }
        Some(&"super") | Some(&"self") => module.to_vec(),
        _ => return None,
    };
    while let Some(&first) = parts.first() {
        match first {
            "super" => {
                base.pop();
                parts.remove(0);
            }
            "self" => {
                parts.remove(0);
            }
            _ => break,
        }
    }
    let mut full = base;
    full.extend(parts.iter().map(|p| (*p).to_owned()));
    while !full.is_empty() {
        if let Some(file) = modules.get(&full) {
            return Some(file.clone());
        }
        full.pop();
    }
    modules.get(&Vec::new()).cloned()
}

/// The area folder a file is in, if any.
fn area_of(src: &Path, file: &Path) -> Option<&'static str> {
    let rel = file.strip_prefix(src.join("ui")).ok()?;
    let first = rel.iter().next()?.to_string_lossy().into_owned();
    AREAS.iter().copied().find(|a| *a == first)
}

struct Graph {
    src: PathBuf,
    /// What each file's own code imports (its test module left out: a
    /// test that loads a file with another module makes no dependency).
    edges: BTreeMap<PathBuf, BTreeSet<PathBuf>>,
    /// The same with each file's test module.
    test_edges: BTreeMap<PathBuf, BTreeSet<PathBuf>>,
    names_app_state: BTreeSet<PathBuf>,
}

fn graph() -> Graph {
    // SRM_STUDY_ARCH_SRC=<checkout>/src measures another checkout.
    let src = std::env::var_os("SRM_STUDY_ARCH_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeMap<Vec<String>, PathBuf> = files
        .iter()
        .filter(|f| !f.ends_with("main.rs"))
        .map(|f| (module_of(&src, f), f.clone()))
        .collect();
    let mut edges = BTreeMap::new();
    let mut test_edges = BTreeMap::new();
    let mut names_app_state = BTreeSet::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("read source");
        let code = code_only(&text);
        // A mod.rs is its folder's module: `super::` from it is the
        // folder's parent.
        let module = module_of(&src, file);
        // A file's tests are a module inside it: their `super` is the file.
        let (main, tests) = match code.find("#[cfg(test)]\nmod tests") {
            Some(at) => code.split_at(at),
            None => (code.as_str(), ""),
        };
        let mut test_module = module.clone();
        test_module.push("tests".into());
        let targets: BTreeSet<PathBuf> = named_paths(main)
            .iter()
            .filter_map(|p| resolve(&module, p, &modules))
            .filter(|t| t != file)
            .collect();
        let test_targets: BTreeSet<PathBuf> = named_paths(tests)
            .iter()
            .filter_map(|p| resolve(&test_module, p, &modules))
            .filter(|t| t != file)
            .collect();
        if code.contains("AppState") {
            names_app_state.insert(file.clone());
        }
        test_edges.insert(file.clone(), &targets | &test_targets);
        edges.insert(file.clone(), targets);
    }
    Graph {
        src,
        edges,
        test_edges,
        names_app_state,
    }
}

/// The circles of the import graph (strongly connected components of
/// more than one file).
fn circles(edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>) -> Vec<Vec<PathBuf>> {
    let nodes: Vec<&PathBuf> = edges.keys().collect();
    let reach = |from: &PathBuf| -> BTreeSet<PathBuf> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.clone()];
        while let Some(n) = stack.pop() {
            for next in edges.get(&n).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let reachable: BTreeMap<&PathBuf, BTreeSet<PathBuf>> =
        nodes.iter().map(|n| (*n, reach(n))).collect();
    let mut done = BTreeSet::new();
    let mut found = Vec::new();
    for n in &nodes {
        if done.contains(*n) {
            continue;
        }
        let component: Vec<PathBuf> = nodes
            .iter()
            .filter(|m| reachable[*n].contains(**m) && reachable[**m].contains(*n))
            .map(|m| (*m).clone())
            .collect();
        done.extend(component.iter().cloned());
        if component.len() > 1 {
            found.push(component);
        }
    }
    found
}

fn short(src: &Path, file: &Path) -> String {
    file.strip_prefix(src).unwrap_or(file).display().to_string()
}

#[test]
fn no_area_file_sees_the_whole_app_state() {
    let g = graph();
    let state = g.src.join("ui/state.rs");
    let offenders: Vec<String> = g
        .test_edges
        .iter()
        .filter(|(file, _)| area_of(&g.src, file).is_some())
        .filter(|(file, targets)| targets.contains(&state) || g.names_app_state.contains(*file))
        .map(|(file, _)| short(&g.src, file))
        .collect();
    println!("area files that import AppState: {offenders:#?}");
    assert!(offenders.is_empty(), "{offenders:#?}");
}

#[test]
fn areas_import_nothing_from_each_other() {
    let g = graph();
    let mut crossings = Vec::new();
    for (file, targets) in &g.test_edges {
        let Some(area) = area_of(&g.src, file) else {
            continue;
        };
        for target in targets {
            if let Some(other) = area_of(&g.src, target)
                && other != area
            {
                crossings.push(format!(
                    "{} -> {}",
                    short(&g.src, file),
                    short(&g.src, target)
                ));
            }
        }
    }
    println!("imports from one area into another: {crossings:#?}");
    assert!(crossings.len() <= 2, "{crossings:#?}");
}

#[test]
fn no_file_imports_another_round_a_circle() {
    let g = graph();
    let found: Vec<Vec<String>> = circles(&g.edges)
        .into_iter()
        .map(|c| c.iter().map(|f| short(&g.src, f)).collect())
        .collect();
    println!("import circles: {}", found.len());
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn views_never_import_through_an_area_mod_rs() {
    let g = graph();
    let mut through = Vec::new();
    for (file, targets) in &g.test_edges {
        if area_of(&g.src, file).is_none() || file.ends_with("mod.rs") {
            continue;
        }
        for target in targets {
            if target.ends_with("mod.rs") && area_of(&g.src, target).is_some() {
                through.push(format!(
                    "{} -> {}",
                    short(&g.src, file),
                    short(&g.src, target)
                ));
            }
        }
    }
    assert!(through.is_empty(), "{through:#?}");
}

#[test]
fn the_reader_finds_imports_of_every_form() {
    let code = "use crate::ui::{action::Action, sort::state::{self as sort, SortState}};\n\
                fn f() { let _ = crate::ui::widgets::owner_badge; super::push(); }\n\
                // crate::ui::state is prose here\n";
    let paths = named_paths(&code_only(code));
    for want in [
        "crate::ui::action::Action",
        "crate::ui::sort::state::self",
        "crate::ui::sort::state::SortState",
        "crate::ui::widgets::owner_badge",
        "super::push",
    ] {
        assert!(paths.iter().any(|p| p == want), "{want} in {paths:?}");
    }
    assert!(!paths.iter().any(|p| p == "crate::ui::state"), "{paths:?}");
    let mut edges = BTreeMap::new();
    let (a, b, c) = (PathBuf::from("a"), PathBuf::from("b"), PathBuf::from("c"));
    edges.insert(a.clone(), BTreeSet::from([b.clone()]));
    edges.insert(b.clone(), BTreeSet::from([c.clone()]));
    edges.insert(c.clone(), BTreeSet::from([a.clone()]));
    assert_eq!(circles(&edges), vec![vec![a, b, c]]);
}
