//! Loading, saving, reporting and polling on generated workspaces of
//! 6,000 actions (and 60,000 with `PACTE_BENCH_LARGE=1`), each figure beside
//! its floor (see `benches/run.sh`, which prints them as a table).
//!
//! The workspaces are generated once by `pacte::bench_support` and cached
//! under `target/bench-workspaces/<size>/`.
//!
//! Run with `cargo bench --bench load`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use pacte::bench_support::{self, bench_sizes};
use pacte::domain::{Group, Id};
use pacte::report::{self, Format, Options, Report};
use pacte::store::Workspace;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

mod common;

use common::{dir, open, today};

fn main() {
    divan::main();
}

fn files(size: usize) -> Vec<PathBuf> {
    bench_support::workspace_files(&dir(size))
        .expect("list")
        .into_iter()
        .map(|(p, _)| p)
        .collect()
}

/// `Workspace::open` and `check`: what `pacte check` does.
#[divan::bench(args = bench_sizes(), sample_count = 5, sample_size = 1)]
fn load_and_check(bencher: divan::Bencher, size: usize) {
    let d = dir(size);
    bencher.bench(|| {
        let ws = Workspace::open(&d).expect("open");
        ws.check(today())
    });
}

/// `Workspace::open` alone.
#[divan::bench(args = bench_sizes(), sample_count = 5, sample_size = 1)]
fn load_only(bencher: divan::Bencher, size: usize) {
    let d = dir(size);
    bencher.bench(|| Workspace::open(&d).expect("open"));
}

/// `check` on a workspace already loaded.
#[divan::bench(args = bench_sizes(), sample_count = 5, sample_size = 1)]
fn check_only(bencher: divan::Bencher, size: usize) {
    let ws = open(size);
    bencher.bench(|| ws.check(today()));
}

/// Floor: reading the same bytes, file by file.
#[divan::bench(args = bench_sizes(), sample_count = 10, sample_size = 1)]
fn floor_read_bytes(bencher: divan::Bencher, size: usize) {
    let f = files(size);
    bencher.bench(|| {
        f.iter()
            .map(|p| fs::read(p).expect("read").len())
            .sum::<usize>()
    });
}

/// Floor: the same groups as JSON, read and parsed by serde_json into the
/// same types, one file after the other.
#[divan::bench(args = bench_sizes(), sample_count = 5, sample_size = 1)]
fn floor_serde_json(bencher: divan::Bencher, size: usize) {
    let d = bench_support::cached_json_copy(size).expect("json copy");
    let mut f: Vec<PathBuf> = fs::read_dir(&d)
        .expect("list")
        .map(|e| e.expect("entry").path())
        .collect();
    f.sort();
    bencher.bench(|| {
        f.iter()
            .map(|p| {
                let bytes = fs::read(p).expect("read");
                let g: Group = serde_json::from_slice(&bytes).expect("json");
                g.actions.len()
            })
            .sum::<usize>()
    });
}

/// For reference: ron's own parse of the same files (read + `from_text`),
/// one after the other, without the store's checks.
#[divan::bench(args = bench_sizes(), sample_count = 5, sample_size = 1)]
fn ron_parse_only(bencher: divan::Bencher, size: usize) {
    let f = files(size);
    bencher.bench(|| {
        f.iter()
            .skip(1)
            .map(|p| {
                let text = fs::read_to_string(p).expect("read");
                let g: Group = pacte::store::format::from_text(&text).expect("ron");
                g.actions.len()
            })
            .sum::<usize>()
    });
}

/// One save of a group after an edit (progress of an action changed):
/// serialisation, hash check, temp file, fsync, rename, fsync of the
/// folder. The file is put back as generated afterwards.
#[divan::bench(args = bench_sizes(), sample_count = 20, sample_size = 1)]
fn save_one_group(bencher: divan::Bencher, size: usize) {
    let mut ws = open(size);
    let gid = ws.groups[7].id.clone();
    let original = ws.group(&gid).expect("group").actions[3].progress;
    let mut n = 0u8;
    bencher.bench_local(|| {
        n = n.wrapping_add(1);
        if let Some(g) = ws.group_mut(&gid) {
            g.actions[3].progress = if n.is_multiple_of(2) {
                original
            } else {
                (original + 1) % 100
            };
        }
        ws.save_group(&gid).expect("save");
    });
    restore(&mut ws, &gid, original);
}

fn restore(ws: &mut Workspace, gid: &Id, progress: u8) {
    if let Some(g) = ws.group_mut(gid) {
        g.actions[3].progress = progress;
    }
    ws.save_group(gid).expect("save");
}

/// Floor of a save: the same bytes written to a temp file in the same
/// file system, fsync, rename, fsync of the folder.
#[divan::bench(args = bench_sizes(), sample_count = 20, sample_size = 1)]
fn floor_write_fsync_rename(bencher: divan::Bencher, size: usize) {
    let ws = open(size);
    let text = ws.group_text(&ws.groups[7].id).expect("text");
    let floor = bench_support::cache_root().join("save-floor");
    fs::create_dir_all(&floor).expect("mkdir");
    let target = floor.join("group.ron");
    let tmp = floor.join(".group.ron.tmp");
    bencher.bench_local(|| {
        let mut f = fs::File::create(&tmp).expect("create");
        f.write_all(text.as_bytes()).expect("write");
        f.sync_all().expect("fsync");
        fs::rename(&tmp, &target).expect("rename");
        fs::File::open(&floor)
            .expect("dir")
            .sync_all()
            .expect("fsync dir");
    });
}

fn report_bench(bencher: divan::Bencher, size: usize, format: Format) {
    let ws = open(size);
    bencher.bench(|| {
        let r = Report::build(&ws, &Options::default(), today()).expect("report");
        report::render(&r, format).expect("render").len()
    });
}

/// Each report of the whole pact: evaluation, alerts and rendering.
#[divan::bench(args = bench_sizes(), sample_count = 5, sample_size = 1)]
fn report_markdown(bencher: divan::Bencher, size: usize) {
    report_bench(bencher, size, Format::Markdown);
}

/// HTML handout.
#[divan::bench(args = bench_sizes(), sample_count = 5, sample_size = 1)]
fn report_html(bencher: divan::Bencher, size: usize) {
    report_bench(bencher, size, Format::Html);
}

/// CSV for Excel.
#[divan::bench(args = bench_sizes(), sample_count = 5, sample_size = 1)]
fn report_csv(bencher: divan::Bencher, size: usize) {
    report_bench(bencher, size, Format::Csv);
}

/// Excel workbook.
#[divan::bench(args = bench_sizes(), sample_count = 5, sample_size = 1)]
fn report_xlsx(bencher: divan::Bencher, size: usize) {
    report_bench(bencher, size, Format::Xlsx);
}

/// JSON.
#[divan::bench(args = bench_sizes(), sample_count = 5, sample_size = 1)]
fn report_json(bencher: divan::Bencher, size: usize) {
    report_bench(bencher, size, Format::Json);
}

/// Floor of the reports: the evaluation and alerts alone, no rendering.
#[divan::bench(args = bench_sizes(), sample_count = 5, sample_size = 1)]
fn report_evaluation_only(bencher: divan::Bencher, size: usize) {
    let ws = open(size);
    bencher.bench(|| Report::build(&ws, &Options::default(), today()).expect("report"));
}

/// The once-a-second disk poll of the interface.
#[divan::bench(args = bench_sizes(), sample_count = 20, sample_size = 1)]
fn poll_disk_changes(bencher: divan::Bencher, size: usize) {
    let ws = open(size);
    bencher.bench(|| ws.disk_changes());
}

/// The disk watcher's scan, on its own thread in the interface (off the
/// event loop): one `stat` per file and a walk of the folders.
#[divan::bench(args = bench_sizes(), sample_count = 20, sample_size = 1)]
fn poll_watch_scan(bencher: divan::Bencher, size: usize) {
    let ws = open(size);
    let mut watch = ws.watch();
    bencher.bench_local(|| watch.scan());
}

/// Floor of the poll: one `stat` of every file.
#[divan::bench(args = bench_sizes(), sample_count = 20, sample_size = 1)]
fn floor_stat_files(bencher: divan::Bencher, size: usize) {
    let f = files(size);
    bencher.bench(|| {
        f.iter()
            .filter(|p| fs::symlink_metadata(Path::new(p)).is_ok())
            .count()
    });
}
