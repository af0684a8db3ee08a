//! Inline SVG charts for the HTML handout: no script, no remote resource.

use super::fr;
use crate::domain::Status;
use crate::domain::evaluation::StatusCounts;
use std::fmt::Write as _;

/// Escapes text for HTML and SVG, after making hidden characters visible.
pub fn esc(s: &str) -> String {
    let clean = crate::text::sanitize(s);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Shortens `s` to `max` characters with an ellipsis.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

const LABEL_W: f64 = 250.0;
const BAR_W: f64 = 440.0;
const ROW_H: f64 = 24.0;
const FONT: &str = "font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\"";

/// Horizontal stacked bars: one row per label, one segment per status.
pub fn stacked_status_bars(title: &str, rows: &[(String, StatusCounts)]) -> String {
    let max = rows
        .iter()
        .map(|(_, c)| c.total())
        .max()
        .unwrap_or(0)
        .max(1);
    let legend_h = 22.0;
    let h = 26.0 + rows.len() as f64 * ROW_H + legend_h + 8.0;
    let w = LABEL_W + BAR_W + 40.0;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"100%\" role=\"img\" aria-label=\"{}\" {FONT} font-size=\"11\">",
        esc(title)
    );
    s.push_str(&status_patterns());
    let _ = write!(
        s,
        "<text x=\"0\" y=\"14\" font-size=\"12\" font-weight=\"bold\" fill=\"#1f2d3d\">{}</text>",
        esc(title)
    );
    for (i, (label, counts)) in rows.iter().enumerate() {
        let y = 24.0 + i as f64 * ROW_H;
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#1f2d3d\">{}</text>",
            LABEL_W - 8.0,
            y + 15.0,
            esc(&clip(label, 40))
        );
        let _ = write!(
            s,
            "<rect x=\"{LABEL_W}\" y=\"{}\" width=\"{BAR_W}\" height=\"{}\" fill=\"#f1f3f5\"/>",
            y + 3.0,
            ROW_H - 6.0
        );
        let mut x = LABEL_W;
        for (status, n) in counts.iter() {
            if n == 0 {
                continue;
            }
            let seg = BAR_W * n as f64 / max as f64;
            let _ = write!(
                s,
                "<rect x=\"{x:.1}\" y=\"{}\" width=\"{seg:.1}\" height=\"{}\" fill=\"{}\"><title>{} : {n}</title></rect>",
                y + 3.0,
                ROW_H - 6.0,
                status_fill(status),
                esc(&fr::status(status))
            );
            if seg >= 16.0 {
                let ink = if matches!(
                    status,
                    Status::Abandoned | Status::InProgress | Status::Project
                ) {
                    "#1f2d3d"
                } else {
                    "#ffffff"
                };
                let _ = write!(
                    s,
                    "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"{ink}\" font-size=\"10\">{n}</text>",
                    x + seg / 2.0,
                    y + 15.5
                );
            }
            x += seg;
        }
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{}\" fill=\"#1f2d3d\" font-weight=\"bold\">{}</text>",
            x + 5.0,
            y + 15.0,
            counts.total()
        );
    }
    let ly = 24.0 + rows.len() as f64 * ROW_H + 10.0;
    let mut lx = 0.0;
    for status in Status::ALL {
        let label = fr::status(*status);
        let _ = write!(
            s,
            "<rect x=\"{lx}\" y=\"{ly}\" width=\"10\" height=\"10\" fill=\"{}\" stroke=\"#1f2d3d\" stroke-width=\"0.5\"/><text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#1f2d3d\">{}</text>",
            status_fill(*status),
            lx + 14.0,
            ly + 9.0,
            esc(&label)
        );
        lx += 22.0 + label.chars().count() as f64 * 6.0;
    }
    s.push_str("</svg>");
    s
}

/// The fill of a status's bars: its colour, and for the statuses whose
/// colours print as close greys, a texture (stripes for *en cours*,
/// cross-hatching for *suspendue*, dots for *abandonnée*), so that the
/// chart reads in grayscale.
fn status_fill(s: Status) -> String {
    match s {
        Status::InProgress | Status::Suspended | Status::Abandoned => {
            format!("url(#st-{})", s.id())
        }
        _ => format!("#{}", fr::status_colour(s)),
    }
}

/// The textures of [`status_fill`], once per chart.
fn status_patterns() -> String {
    let mut d = String::from("<defs>");
    for (s, marks) in [
        (
            Status::InProgress,
            "<path d=\"M0 6 L6 0\" stroke=\"#7a4a00\" stroke-width=\"1.6\"/>",
        ),
        (
            Status::Suspended,
            "<path d=\"M0 6 L6 0 M0 0 L6 6\" stroke=\"#ffffff\" stroke-width=\"1\"/>",
        ),
        (
            Status::Abandoned,
            "<circle cx=\"3\" cy=\"3\" r=\"1.1\" fill=\"#52606d\"/>",
        ),
    ] {
        let _ = write!(
            d,
            "<pattern id=\"st-{}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#{}\"/>{marks}</pattern>",
            s.id(),
            fr::status_colour(s)
        );
    }
    d.push_str("</defs>");
    d
}

/// Horizontal bars of a percentage (0–100) per label; `None` shows "–".
pub fn progress_bars(title: &str, rows: &[(String, Option<f64>)]) -> String {
    let h = 26.0 + rows.len() as f64 * ROW_H + 18.0;
    let w = LABEL_W + BAR_W + 60.0;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"100%\" role=\"img\" aria-label=\"{}\" {FONT} font-size=\"11\">",
        esc(title)
    );
    let _ = write!(
        s,
        "<text x=\"0\" y=\"14\" font-size=\"12\" font-weight=\"bold\" fill=\"#1f2d3d\">{}</text>",
        esc(title)
    );
    for (i, (label, value)) in rows.iter().enumerate() {
        let y = 24.0 + i as f64 * ROW_H;
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#1f2d3d\">{}</text>",
            LABEL_W - 8.0,
            y + 15.0,
            esc(&clip(label, 40))
        );
        let _ = write!(
            s,
            "<rect x=\"{LABEL_W}\" y=\"{}\" width=\"{BAR_W}\" height=\"{}\" fill=\"#e9ecef\" rx=\"2\"/>",
            y + 4.0,
            ROW_H - 8.0
        );
        if let Some(v) = value {
            let v = v.clamp(0.0, 100.0);
            let _ = write!(
                s,
                "<rect x=\"{LABEL_W}\" y=\"{}\" width=\"{:.1}\" height=\"{}\" fill=\"#2a6f97\" rx=\"2\"/>",
                y + 4.0,
                BAR_W * v / 100.0,
                ROW_H - 8.0
            );
        }
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" fill=\"#1f2d3d\" font-weight=\"bold\">{}</text>",
            LABEL_W + BAR_W + 6.0,
            y + 15.0,
            esc(&fr::percent(*value))
        );
    }
    let ay = 24.0 + rows.len() as f64 * ROW_H + 12.0;
    for pct in [0u32, 25, 50, 75, 100] {
        let x = LABEL_W + BAR_W * f64::from(pct) / 100.0;
        let _ = write!(
            s,
            "<text x=\"{x}\" y=\"{ay}\" text-anchor=\"middle\" font-size=\"9\" fill=\"#6c757d\">{pct}{}%</text>",
            fr::NNBSP
        );
    }
    s.push_str("</svg>");
    s
}
