//! Deliverables linked to their documents (issue 13, deliverable 7): the
//! path checked to stay inside the workspace, `check` on missing files and
//! symbolic links, `pacte set document.LABEL=`, the schema version a file
//! is written in, and the reports that list and link them (read back by
//! real readers: an HTML parser, calamine, the XLSX and ODS archives).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::{demo_in, pacte_in};
use std::fs;
use std::path::Path;

const GROUP: &str = "groups/montpellierain-illettrisme-illectronisme.ron";
const ACTION: &str = "montpellierain-illettrisme-illectronisme/reperage-illettrisme-orientation";
const OTHER: &str = "groups/thau-mobilite.ron";

fn read(dir: &Path, rel: &str) -> String {
    fs::read_to_string(dir.join(rel)).unwrap()
}

/// `pacte check --format json` on `dir`: (severity, file, line, column,
/// French message) of every diagnostic.
fn check(dir: &Path) -> Vec<(String, String, u64, u64, String)> {
    let out = pacte_in(dir)
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["severity"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["message_fr"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The 1-based line and column where `needle` starts in `text`.
fn place(text: &str, needle: &str) -> (u64, u64) {
    let at = text.find(needle).unwrap();
    let line = text[..at].matches('\n').count() as u64 + 1;
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    (line, text[start..at].chars().count() as u64 + 1)
}

#[test]
fn set_links_and_unlinks_a_document_and_the_file_says_the_version_it_needs() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo_in(tmp.path());
    fs::write(dir.join("docs/note.odt"), b"note").unwrap();
    let other_before = read(&dir, OTHER);
    assert!(other_before.contains("    version: 3,"));

    pacte_in(&dir)
        .args([
            "set",
            ACTION,
            "document.Note de procédure d'orientation=docs/note.odt",
        ])
        .assert()
        .success();
    let text = read(&dir, GROUP);
    assert!(text.starts_with("(\n    version: 4,\n"), "{text}");
    assert!(
        text.contains("label: \"Note de procédure d'orientation\",\n                    done: true,\n                    document: \"docs/note.odt\",\n"),
        "{text}"
    );
    // Files that name no document stay readable by a pacte of version 3.
    assert_eq!(read(&dir, OTHER), other_before);

    // Unlinking both documents: the file goes back to version 3.
    for label in [
        "Note de procédure d'orientation",
        "Grille de repérage validée",
    ] {
        pacte_in(&dir)
            .args(["set", ACTION, &format!("document.{label}=")])
            .assert()
            .success();
    }
    let text = read(&dir, GROUP);
    assert!(text.starts_with("(\n    version: 3,\n"), "{text}");
    assert!(!text.contains("document:"), "{text}");
}

#[test]
fn set_refuses_a_path_that_leaves_the_workspace_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo_in(tmp.path());
    let before = read(&dir, GROUP);
    for (bad, says) in [
        (
            "../../etc/passwd",
            "ne nomme pas un fichier de l'espace de travail",
        ),
        ("/etc/passwd", "chemin absolu"),
        ("file:///etc/passwd", "pas une adresse web valable"),
        ("docs\\note.odt", "séparez les dossiers"),
    ] {
        let out = pacte_in(&dir)
            .args([
                "set",
                ACTION,
                &format!("document.Grille de repérage validée={bad}"),
            ])
            .output()
            .unwrap();
        assert!(!out.status.success(), "{bad} taken");
        let err = String::from_utf8_lossy(&out.stderr).replace('\u{a0}', " ");
        assert!(err.contains(says), "{bad}: {err}");
        assert_eq!(read(&dir, GROUP), before, "{bad} written");
    }
    let out = pacte_in(&dir)
        .args(["set", ACTION, "document.Pas un livrable=docs/x.pdf"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr).replace('\u{a0}', " ");
    assert!(err.contains("pas de livrable « Pas un livrable »"), "{err}");
}

#[test]
fn check_locates_missing_files_links_and_bad_shapes_at_the_document() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo_in(tmp.path());
    // The demo's own link is good: no finding about documents.
    assert!(
        check(&dir).iter().all(|d| !d.4.contains("document")),
        "{:?}",
        check(&dir)
    );

    fs::write(tmp.path().join("secret.txt"), b"outside").unwrap();
    std::os::unix::fs::symlink(tmp.path().join("secret.txt"), dir.join("docs/lien.txt")).unwrap();
    std::os::unix::fs::symlink(tmp.path(), dir.join("docs/dehors")).unwrap();
    let text = read(&dir, GROUP)
        .replacen(
            "document: \"docs/grille-de-reperage.md\"",
            "document: \"docs/absente.pdf\"",
            1,
        )
        .replacen(
            "label: \"Note de procédure d'orientation\",\n                    done: true,\n",
            "label: \"Note de procédure d'orientation\",\n                    done: true,\n                    document: \"docs/lien.txt\",\n",
            1,
        )
        .replacen(
            "label: \"Module de formation des référents (deux jours)\",\n                    done: true,\n",
            "label: \"Module de formation des référents (deux jours)\",\n                    done: true,\n                    document: \"docs/dehors/secret.txt\",\n",
            1,
        )
        .replacen(
            "label: \"Boîte à outils de repérage et d'orientation\",\n",
            "label: \"Boîte à outils de repérage et d'orientation\",\n                    document: \"/etc/passwd\",\n",
            1,
        );
    fs::write(dir.join(GROUP), &text).unwrap();
    let found: Vec<_> = check(&dir)
        .into_iter()
        .filter(|d| d.1 == GROUP && d.4.contains("livrable"))
        .collect();
    let expect = [
        (
            "warning",
            "\"docs/absente.pdf\"",
            "n'est pas dans l'espace de travail",
        ),
        (
            "error",
            "\"docs/lien.txt\"",
            "lien symbolique (docs/lien.txt)",
        ),
        (
            "error",
            "\"docs/dehors/secret.txt\"",
            "lien symbolique (docs/dehors)",
        ),
        ("error", "\"/etc/passwd\"", "chemin absolu"),
    ];
    for (severity, literal, says) in expect {
        let (line, column) = place(&text, literal);
        assert!(
            found
                .iter()
                .any(|d| d.0 == severity && d.2 == line && d.3 == column && d.4.contains(says)),
            "{literal} at {line}:{column} ({says}) not in {found:?}"
        );
    }
    assert_eq!(found.len(), 4, "{found:?}");
    // Errors fail the check, with the located text.
    let out = pacte_in(&dir).arg("check").output().unwrap();
    assert!(!out.status.success());
    let (line, column) = place(&text, "\"/etc/passwd\"");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(&format!("{GROUP}:{line}:{column}")),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// The demo with a second document: a web address.
fn demo_with_web(tmp: &Path) -> std::path::PathBuf {
    let dir = demo_in(tmp);
    pacte_in(&dir)
        .args([
            "set",
            ACTION,
            "document.Note de procédure d'orientation=https://www.herault.fr/pti?x=1&y=2",
        ])
        .assert()
        .success();
    dir
}

#[test]
fn the_html_handout_links_each_document_from_where_it_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo_with_web(tmp.path());
    fs::create_dir_all(tmp.path().join("copil")).unwrap();
    let out = tmp.path().join("copil/bilan.html");
    pacte_in(&dir)
        .args(["report", "--format", "html", "-o"])
        .arg(&out)
        .assert()
        .success();
    let html = fs::read_to_string(&out).unwrap();
    let doc = scraper::Html::parse_document(&html);
    let sel = scraper::Selector::parse("a.document").unwrap();
    let links: Vec<(String, String)> = doc
        .select(&sel)
        .map(|a| {
            (
                a.value().attr("href").unwrap().to_string(),
                a.text().collect::<String>(),
            )
        })
        .collect();
    assert_eq!(links.len(), 2, "{links:?}");
    // The file's link, followed from the report's folder, reaches it.
    let (href, shown) = &links[0];
    assert_eq!(shown, "docs/grille-de-reperage.md");
    assert_eq!(href, "../demo/docs/grille-de-reperage.md");
    assert!(tmp.path().join("copil").join(href).is_file());
    assert_eq!(links[1].0, "https://www.herault.fr/pti?x=1&y=2");
    // Nothing else in the handout points outside it.
    assert_eq!(html.matches("href=").count(), 2);

    // A relative `-o` with `..`, into a folder not made yet.
    pacte_in(&dir)
        .args([
            "report",
            "--format",
            "html",
            "-o",
            "../copil/2026/bilan.html",
        ])
        .assert()
        .success();
    let html = fs::read_to_string(tmp.path().join("copil/2026/bilan.html")).unwrap();
    assert!(
        html.contains("href=\"../../demo/docs/grille-de-reperage.md\""),
        "{html}"
    );

    // Written to standard output, links are made from the current folder.
    let md = pacte_in(&dir).args(["report"]).output().unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.contains("[docs/grille-de-reperage.md](<docs/grille-de-reperage.md>)"),
        "{md}"
    );
    assert!(md.contains("## Documents des livrables (2)"), "{md}");
}

#[test]
fn a_missing_file_is_listed_without_a_link() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo_in(tmp.path());
    fs::remove_file(dir.join("docs/grille-de-reperage.md")).unwrap();
    let md = pacte_in(&dir).args(["report"]).output().unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.contains("| docs/grille-de-reperage.md (absent de l'espace de travail) |"),
        "{md}"
    );
    let json = pacte_in(&dir)
        .args(["report", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let d = &v["documents"][0];
    assert_eq!(d["state"], "missing");
    assert!(d["link"].is_null());
    assert_eq!(d["deliverable"], "Grille de repérage validée");
}

/// The text of one file of a zip archive.
fn zipped(path: &Path, name: &str) -> String {
    let mut z = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut f = z.by_name(name).unwrap();
    let mut s = String::new();
    std::io::Read::read_to_string(&mut f, &mut s).unwrap();
    s
}

#[test]
fn the_spreadsheets_have_a_documents_sheet_with_hyperlinks() {
    use calamine::{Data, Reader, open_workbook_auto};
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo_with_web(tmp.path());
    for ext in ["xlsx", "ods"] {
        let out = dir.join(format!("bilan.{ext}"));
        pacte_in(&dir)
            .args(["report", "-o"])
            .arg(&out)
            .assert()
            .success();
        let mut wb = open_workbook_auto(&out).unwrap();
        let sheet = wb.worksheet_range("Documents").unwrap();
        let rows: Vec<Vec<String>> = sheet
            .rows()
            .map(|r| {
                r.iter()
                    .map(|c| match c {
                        Data::String(s) => s.clone(),
                        Data::Empty => String::new(),
                        other => other.to_string(),
                    })
                    .collect()
            })
            .collect();
        assert_eq!(
            rows[0],
            ["Groupe", "Action", "Livrable", "Livré", "Document"],
            "{ext}"
        );
        assert_eq!(rows.len(), 3, "{ext}: {rows:?}");
        assert_eq!(rows[1][2], "Grille de repérage validée", "{ext}");
        assert_eq!(rows[1][4], "docs/grille-de-reperage.md", "{ext}");
        assert_eq!(rows[2][4], "https://www.herault.fr/pti?x=1&y=2", "{ext}");
        match ext {
            "xlsx" => {
                let sheets = zipped(&out, "xl/workbook.xml");
                let n = sheets
                    .split("<sheet ")
                    .skip(1)
                    .position(|s| s.contains("name=\"Documents\""))
                    .unwrap()
                    + 1;
                let rels = zipped(&out, &format!("xl/worksheets/_rels/sheet{n}.xml.rels"));
                assert!(
                    rels.contains("Target=\"docs/grille-de-reperage.md\" TargetMode=\"External\""),
                    "{rels}"
                );
                assert!(
                    rels.contains("Target=\"https://www.herault.fr/pti?x=1&amp;y=2\""),
                    "{rels}"
                );
            }
            _ => {
                let content = zipped(&out, "content.xml");
                assert!(
                    content.contains("xlink:href=\"../docs/grille-de-reperage.md\""),
                    "{content}"
                );
            }
        }
    }
}

#[test]
fn a_document_linked_on_one_side_merges_with_a_tick_on_the_other() {
    use pacte::domain::Group;
    use pacte::merge::{FileKind, MergeOutcome, merge_texts};
    use pacte::store::format::from_text;
    let base = include_str!("../config/demo/groups/montpellierain-illettrisme-illectronisme.ron")
        .replacen(
            "                    document: \"docs/grille-de-reperage.md\",\n",
            "",
            1,
        )
        .replacen("    version: 4,", "    version: 3,", 1);
    let note = "label: \"Note de procédure d'orientation\",\n                    done: true,\n";
    let ours = base.replacen(
        note,
        &format!("{note}                    document: \"docs/note.odt\",\n"),
        1,
    );
    let theirs = base.replacen(
        note,
        "label: \"Note de procédure d'orientation\",\n                    done: false,\n",
        1,
    );
    assert!(ours != base && theirs != base);
    let MergeOutcome::Clean(merged) = merge_texts(FileKind::Group, &base, &ours, &theirs).unwrap()
    else {
        panic!("a link and a tick must merge")
    };
    let g: Group = from_text(&merged).unwrap();
    assert_eq!(g.version, 4, "{merged}");
    let d = g
        .actions
        .iter()
        .flat_map(|a| &a.deliverables)
        .find(|d| d.label == "Note de procédure d'orientation")
        .unwrap();
    assert_eq!(
        (d.done, d.document.as_deref()),
        (false, Some("docs/note.odt"))
    );
}

#[test]
fn set_refuses_a_link_a_folder_or_a_fifo_and_says_a_file_not_there_yet() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo_in(tmp.path());
    std::os::unix::fs::symlink("/etc/hostname", dir.join("docs/lien.txt")).unwrap();
    std::os::unix::fs::symlink(tmp.path(), dir.join("docs/dehors")).unwrap();
    fs::write(tmp.path().join("s.txt"), b"x").unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(dir.join("docs/fifo"))
        .status()
        .unwrap();
    assert!(fifo.success());
    let before = read(&dir, GROUP);
    for (bad, says) in [
        ("docs/lien.txt", "lien symbolique"),
        ("docs/dehors/s.txt", "lien symbolique"),
        ("docs/fifo", "n'est pas un fichier"),
        ("docs", "n'est pas un fichier"),
        (".", "ne nomme pas un fichier"),
        (".GIT/config", "dossier .git"),
        (
            "https://www.herault.fr@evil.example/",
            "identifiant avant le nom du site",
        ),
    ] {
        let out = pacte_in(&dir)
            .args([
                "set",
                ACTION,
                &format!("document.{}={bad}", "Grille de repérage validée"),
            ])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).replace('\u{a0}', " ");
        assert!(!out.status.success() && err.contains(says), "{bad}: {err}");
        assert_eq!(read(&dir, GROUP), before, "{bad} written");
    }
    let out = pacte_in(&dir)
        .args([
            "set",
            ACTION,
            "document.Grille de repérage validée=docs/à venir.pdf",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ");
    assert!(
        said.contains("« docs/à venir.pdf » n'est pas encore dans l'espace de travail"),
        "{said}"
    );
    assert!(read(&dir, GROUP).contains("document: \"docs/à venir.pdf\""));
}

#[test]
fn a_report_is_never_written_over_the_workspace_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo_in(tmp.path());
    for target in [
        OTHER,
        "pacte.ron",
        "groups/nouveau.ron",
        ".git/config",
        ".gitattributes",
        "docs/grille-de-reperage.md",
        "docs/../docs/./grille-de-reperage.md",
    ] {
        let before = fs::read(dir.join(target)).ok();
        let out = pacte_in(&dir)
            .args(["report", "--format", "md", "-o", target])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success() && err.contains("le rapport ne l'écrase pas"),
            "{target}: {err}"
        );
        assert_eq!(fs::read(dir.join(target)).ok(), before, "{target}");
    }
    // Beside them, it is written.
    pacte_in(&dir)
        .args(["report", "--format", "md", "-o", "docs/bilan.md"])
        .assert()
        .success();
}

#[test]
fn check_locates_an_escaped_document_and_a_label_given_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo_in(tmp.path());
    let text = read(&dir, GROUP)
        .replacen(
            "document: \"docs/grille-de-reperage.md\"",
            "document: \"/etc/\\u{70}asswd\"",
            1,
        )
        .replacen(
            "label: \"Note de procédure d'orientation\"",
            "label: \"Grille de repérage validée\"",
            1,
        );
    fs::write(dir.join(GROUP), &text).unwrap();
    let found = check(&dir);
    let (line, column) = place(&text, "\"/etc/\\u{70}asswd\"");
    assert!(
        found.iter().any(|d| d.0 == "error"
            && (d.2, d.3) == (line, column - "document: ".len() as u64)
            && d.4.contains("chemin absolu")),
        "absolute path not at {line}: {found:?}"
    );
    let second = text
        .match_indices("label: \"Grille de repérage validée\"")
        .nth(1)
        .unwrap()
        .0;
    let line2 = text[..second].matches('\n').count() as u64 + 1;
    assert!(
        found.iter().any(|d| d.0 == "error"
            && d.2 == line2
            && d.4
                .replace('\u{a0}', " ")
                .contains("deux livrables de l'action s'appellent « Grille de repérage validée »")),
        "twice not at {line2}: {found:?}"
    );
}

#[test]
fn spreadsheet_links_are_percent_encoded_and_the_handout_shows_names_as_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo_in(tmp.path());
    let name = "docs/CR #2 à 50%?.md";
    fs::write(dir.join(name), b"x").unwrap();
    pacte_in(&dir)
        .args([
            "set",
            ACTION,
            &format!("document.Note de procédure d'orientation={name}"),
        ])
        .assert()
        .success();
    let encoded = "docs/CR%20%232%20%C3%A0%2050%25%3F.md";
    let xlsx = dir.join("r.xlsx");
    pacte_in(&dir)
        .args(["report", "-o", "r.xlsx"])
        .assert()
        .success();
    let rels: String = (1..=8)
        .filter_map(|n| {
            let mut z = zip::ZipArchive::new(fs::File::open(&xlsx).unwrap()).unwrap();
            let mut f = z
                .by_name(&format!("xl/worksheets/_rels/sheet{n}.xml.rels"))
                .ok()?;
            let mut s = String::new();
            std::io::Read::read_to_string(&mut f, &mut s).ok()?;
            Some(s)
        })
        .collect();
    assert!(rels.contains(&format!("Target=\"{encoded}\"")), "{rels}");
    pacte_in(&dir)
        .args(["report", "-o", "r.ods"])
        .assert()
        .success();
    let content = zipped(&dir.join("r.ods"), "content.xml");
    assert!(
        content.contains(&format!("xlink:href=\"../{encoded}\"")),
        "{content}"
    );
    pacte_in(&dir)
        .args(["report", "--format", "html", "-o", "r.html"])
        .assert()
        .success();
    let html = read(&dir, "r.html");
    assert!(
        html.contains(&format!("href=\"{encoded}\">docs/CR #2 à 50%?.md</a>")),
        "{html}"
    );
}

#[test]
fn sync_shares_the_documents_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo_in(tmp.path());
    let name = "docs/sous dossier/charte signée.pdf";
    fs::create_dir_all(dir.join("docs/sous dossier")).unwrap();
    fs::write(dir.join(name), b"%PDF").unwrap();
    pacte_in(&dir)
        .args([
            "set",
            ACTION,
            &format!("document.Note de procédure d'orientation={name}"),
        ])
        .assert()
        .success();
    pacte_in(&dir).arg("sync").assert().success();
    let out = std::process::Command::new("git")
        .args([
            "-c",
            "core.quotepath=off",
            "show",
            "--name-only",
            "--format=",
            "HEAD",
        ])
        .current_dir(&dir)
        .output()
        .unwrap();
    let files = String::from_utf8(out.stdout).unwrap();
    assert!(files.lines().any(|l| l == name), "{files}");
    assert!(files.lines().any(|l| l == GROUP), "{files}");
}
