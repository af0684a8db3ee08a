//! The spreadsheets as an office prints them: the ODS and the XLSX hold the
//! same sheets, columns and values (read back by calamine); each sheet has
//! its A4 page setup; LibreOffice (installed by `.ci/run`) opens both and
//! prints them as A4 pages with nothing hidden.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use calamine::{Data, Ods, Reader, Xlsx, open_workbook_from_rs};
use pacte::domain::evaluation::Selection;
use pacte::report::{self, Format, Options, Report};
use pacte::store::Workspace;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

const TODAY: &str = "2021-07-31";

fn annex_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annex")
}

fn annex_report() -> Report {
    let ws = Workspace::open(&annex_dir()).unwrap();
    let opts = Options {
        selection: Selection {
            year: Some(2021),
            ..Default::default()
        },
        since: None,
        ..Default::default()
    };
    Report::build(&ws, &opts, TODAY.parse().unwrap()).unwrap()
}

fn sheets<R: Reader<Cursor<Vec<u8>>>>(wb: &mut R) -> Vec<(String, Vec<Vec<String>>)> {
    let names = wb.sheet_names();
    names
        .into_iter()
        .map(|n| {
            let range = wb.worksheet_range(&n).ok().unwrap();
            let rows = range
                .rows()
                .map(|r| {
                    r.iter()
                        .map(|c| match c {
                            Data::Float(f) => format!("{f}"),
                            Data::Int(i) => format!("{i}"),
                            Data::DateTime(d) => {
                                let (y, m, day, ..) = d.to_ymd_hms_milli();
                                format!("{y:04}-{m:02}-{day:02}")
                            }
                            Data::DateTimeIso(s) => s.chars().take(10).collect(),
                            Data::Empty => String::new(),
                            other => other.to_string(),
                        })
                        .collect()
                })
                .collect();
            (n, rows)
        })
        .collect()
}

#[test]
fn the_ods_holds_the_sheets_of_the_xlsx_cell_for_cell() {
    let r = annex_report();
    let xlsx = report::render(&r, Format::Xlsx).unwrap();
    let ods = report::render(&r, Format::Ods).unwrap();
    let mut x: Xlsx<_> = open_workbook_from_rs(Cursor::new(xlsx)).unwrap();
    let mut o: Ods<_> = open_workbook_from_rs(Cursor::new(ods.clone())).unwrap();
    let xs = sheets(&mut x);
    let os = sheets(&mut o);
    assert_eq!(
        xs.iter().map(|s| &s.0).collect::<Vec<_>>(),
        os.iter().map(|s| &s.0).collect::<Vec<_>>()
    );
    for ((name, xr), (_, or)) in xs.iter().zip(&os) {
        // Trailing empty cells aside, the same grid.
        let trim = |rows: &Vec<Vec<String>>| -> Vec<Vec<String>> {
            let mut rows: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let mut r = r.clone();
                    while r.last().is_some_and(String::is_empty) {
                        r.pop();
                    }
                    r
                })
                .collect();
            while rows.last().is_some_and(Vec::is_empty) {
                rows.pop();
            }
            rows
        };
        assert_eq!(trim(xr), trim(or), "sheet {name}");
    }
    // Real numbers and dates in the ODS.
    let mut o: Ods<_> = open_workbook_from_rs(Cursor::new(ods)).unwrap();
    let a = o.worksheet_range("Actions").unwrap();
    assert!(
        matches!(a.get_value((1, 10)), Some(Data::Float(_))),
        "{:?}",
        a.get_value((1, 10))
    );
    assert!(
        matches!(
            a.get_value((1, 12)),
            Some(Data::DateTime(_) | Data::DateTimeIso(_))
        ),
        "{:?}",
        a.get_value((1, 12))
    );
}

fn zip_entry(bytes: &[u8], name: &str) -> String {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn every_sheet_has_its_a4_page_setup() {
    let r = annex_report();
    let xlsx = report::render(&r, Format::Xlsx).unwrap();
    let layout = report::sheets::workbook(&r);
    for (i, sheet) in layout.iter().enumerate() {
        let (i, landscape) = (i + 1, sheet.landscape);
        let xml = zip_entry(&xlsx, &format!("xl/worksheets/sheet{i}.xml"));
        assert!(xml.contains("paperSize=\"9\""), "sheet{i}: {xml}");
        assert!(
            xml.contains("fitToWidth=\"1\"") || xml.contains("<pageSetUpPr fitToPage=\"1\"/>"),
            "sheet{i}"
        );
        assert_eq!(
            xml.contains("orientation=\"landscape\""),
            landscape,
            "sheet{i}"
        );
        assert!(xml.contains("&amp;P / &amp;N"), "sheet{i}: page numbers");
    }
    let wb = zip_entry(&xlsx, "xl/workbook.xml");
    assert!(
        wb.contains("_xlnm.Print_Titles"),
        "header rows repeated: {wb}"
    );
    // The chart sits under the tables, hiding none of them.
    let drawing = zip_entry(&xlsx, "xl/drawings/drawing1.xml");
    let from_row: u32 = drawing
        .split("<xdr:from>")
        .nth(1)
        .and_then(|s| s.split("<xdr:row>").nth(1))
        .and_then(|s| s.split('<').next())
        .unwrap()
        .parse()
        .unwrap();
    let sheet = &report::sheets::workbook(&r)[0];
    assert!(
        from_row >= sheet.end_row() - 1,
        "chart at row {from_row}, tables end at {}",
        sheet.end_row()
    );
    let ods = report::render(&r, Format::Ods).unwrap();
    let styles = zip_entry(&ods, "styles.xml");
    assert!(styles.contains("fo:page-width=\"210mm\""), "{styles}");
    assert!(styles.contains("style:print-orientation=\"landscape\""));
    assert!(
        styles.contains("<text:page-number"),
        "page numbers in the footer"
    );
    let content = zip_entry(&ods, "content.xml");
    assert!(
        content.contains("table:table-header-rows"),
        "header rows repeated"
    );
}

fn soffice() -> Option<PathBuf> {
    ["/usr/bin/soffice", "/usr/bin/libreoffice"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

/// LibreOffice prints the spreadsheet to a PDF: the size of each page, in
/// points, as poppler's `pdfinfo` reads it.
fn print_with_libreoffice(bytes: &[u8], ext: &str) -> Vec<(f64, f64)> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(format!("bilan.{ext}"));
    std::fs::write(&file, bytes).unwrap();
    let out = std::process::Command::new(soffice().unwrap())
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&file)
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdf = dir.path().join("bilan.pdf");
    let info = std::process::Command::new("pdfinfo")
        .args(["-f", "1", "-l", "999"])
        .arg(&pdf)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&info.stdout);
    // "Page    1 size:  595.304 x 841.89 pts (A4)"
    text.lines()
        .filter(|l| l.starts_with("Page") && l.contains(" size:"))
        .filter_map(|l| {
            let size = l.split("size:").nth(1)?;
            let mut n = size.split_whitespace();
            let w: f64 = n.next()?.parse().ok()?;
            n.next();
            let h: f64 = n.next()?.parse().ok()?;
            Some((w, h))
        })
        .collect()
}

#[test]
fn libreoffice_prints_both_spreadsheets_on_a4_pages() {
    if soffice().is_none() || !Path::new("/usr/bin/pdfinfo").exists() {
        eprintln!(
            "SKIPPED: LibreOffice or pdfinfo is not installed (apt-get install libreoffice-calc-nogui poppler-utils)"
        );
        return;
    }
    let r = annex_report();
    for (ext, format) in [("ods", Format::Ods), ("xlsx", Format::Xlsx)] {
        let pages = print_with_libreoffice(&report::render(&r, format).unwrap(), ext);
        assert!(!pages.is_empty(), "{ext}: no page");
        // 6 sheets would be 18 portrait pages unfitted; fitted, a handful.
        assert!(pages.len() <= 10, "{ext}: {} pages", pages.len());
        for (w, h) in &pages {
            let (short, long) = if w < h { (*w, *h) } else { (*h, *w) };
            assert!(
                (short - 595.0).abs() < 3.0 && (long - 842.0).abs() < 3.0,
                "{ext}: page {w}×{h} is not A4"
            );
        }
    }
}

#[test]
fn alerts_name_groups_and_actions_never_by_their_ids() {
    let r = annex_report();
    let xlsx = report::render(&r, Format::Xlsx).unwrap();
    let mut x: Xlsx<_> = open_workbook_from_rs(Cursor::new(xlsx)).unwrap();
    let alerts = x.worksheet_range("Alertes").unwrap();
    let ids: Vec<String> = r
        .evaluation
        .groups
        .iter()
        .map(|g| g.id.to_string())
        .chain(r.evaluation.actions.iter().map(|a| a.action.to_string()))
        .collect();
    let mut named = 0;
    for row in alerts.rows().skip(1) {
        for cell in &row[2..4] {
            let s = cell.to_string();
            assert!(!ids.contains(&s), "an id on Alertes: {s}");
            named += usize::from(!s.is_empty());
        }
    }
    assert!(named > 0, "no group or action named");
}

#[test]
fn every_header_fits_its_column() {
    for sheet in report::sheets::workbook(&annex_report()) {
        for b in &sheet.blocks {
            for (j, h) in b.headers.iter().enumerate() {
                let word = h
                    .split_whitespace()
                    .map(|w| w.chars().count())
                    .max()
                    .unwrap_or(0);
                let width = sheet.widths[j];
                assert!(
                    word as f64 + 1.0 <= width,
                    "{}: « {h} » needs {word} characters, its column has {width}",
                    sheet.name
                );
            }
        }
    }
}
