//! The OpenDocument spreadsheet (the format the French administration's
//! interoperability framework recommends): the workbook's sheets of
//! [`super::sheets`], the same as the XLSX's, with real numbers and dates,
//! printed on A4 (landscape when wide), fitted to the page's width, the
//! header rows repeated and a footer with the report's title, its date and
//! the page. Written with `spreadsheet-ods`; there is no chart (the
//! summary's table carries its figures).

use super::Report;
use super::sheets::{self, Cell, Look, Sheet};
use spreadsheet_ods::color::Rgb;
use spreadsheet_ods::format::{FormatNumberStyle, ValueFormatDateTime, ValueFormatNumber};
use spreadsheet_ods::style::units::{FontSize, PrintOrientation, WrapOption};
use spreadsheet_ods::style::{
    CellStyle, CellStyleRef, HeaderFooter, MasterPage, PageStyle, TableStyle, TableStyleRef,
};
use spreadsheet_ods::text::{MetaPageCount, MetaPageNumber, TextA, TextP};
use spreadsheet_ods::{Length, OdsError, WorkBook};

struct Styles {
    title: CellStyleRef,
    bold: CellStyleRef,
    header: CellStyleRef,
    date: CellStyleRef,
    int: CellStyleRef,
    int_bold: CellStyleRef,
    decimal: CellStyleRef,
    decimal_bold: CellStyleRef,
    note: CellStyleRef,
    wrap: CellStyleRef,
    portrait: TableStyleRef,
    landscape: TableStyleRef,
    one_page: TableStyleRef,
}

fn number_format(
    wb: &mut WorkBook,
    name: &str,
    decimals: u8,
) -> spreadsheet_ods::format::ValueFormatRef {
    let mut f = ValueFormatNumber::new_named(name);
    f.part_number()
        .decimal_places(decimals)
        .min_integer_digits(1)
        .build();
    wb.add_number_format(f)
}

fn master(
    wb: &mut WorkBook,
    name: &str,
    orientation: PrintOrientation,
    footer: &[String; 2],
    one_page: bool,
) -> TableStyleRef {
    let mut ps = PageStyle::new(format!("pm-{name}"));
    let (w, h) = match orientation {
        PrintOrientation::Portrait => (210.0, 297.0),
        PrintOrientation::Landscape => (297.0, 210.0),
    };
    ps.set_page_width(Length::Mm(w));
    ps.set_page_height(Length::Mm(h));
    ps.set_print_orientation(orientation);
    // ODF 1.3: one page across, as many down as needed (the summary: one).
    ps.style_mut().set_attr("style:scale-to-X", "1".to_string());
    ps.style_mut().set_attr(
        "style:scale-to-Y",
        if one_page { "1" } else { "0" }.to_string(),
    );
    ps.style_mut().set_attr("fo:margin", "1cm".to_string());
    let foot = ps.footerstyle_mut().style_mut();
    foot.set_attr("fo:min-height", "0.6cm".to_string());
    foot.set_attr("fo:margin-top", "0.3cm".to_string());
    let ps = wb.add_pagestyle(ps);
    let mut mp = MasterPage::new(format!("mp-{name}"));
    mp.set_pagestyle(&ps);
    let mut f = HeaderFooter::new();
    f.set_left(vec![TextP::new().text(footer[0].clone()).into_xmltag()]);
    f.set_right(vec![
        TextP::new()
            .text(format!("{} ", footer[1]))
            .tag(MetaPageNumber::new())
            .text(" / ")
            .tag(MetaPageCount::new())
            .into_xmltag(),
    ]);
    mp.set_footer(f);
    let mp = wb.add_masterpage(mp);
    let mut ts = TableStyle::new(format!("ta-{name}"));
    ts.set_master_page(&mp);
    wb.add_tablestyle(ts)
}

fn styles(wb: &mut WorkBook, report: &Report) -> Styles {
    let footer = [
        crate::text::sanitize(&report.footer_line()),
        crate::t!(crate::i18n::Lang::Fr, "report-page"),
    ];
    let mut date = ValueFormatDateTime::new_named("f-date");
    date.part_day().style(FormatNumberStyle::Long).build();
    date.part_text("/").build();
    date.part_month().style(FormatNumberStyle::Long).build();
    date.part_text("/").build();
    date.part_year().style(FormatNumberStyle::Long).build();
    let date = wb.add_datetime_format(date);
    let int = number_format(wb, "f-int", 0);
    let dec = number_format(wb, "f-dec", 1);
    let plain = |wb: &mut WorkBook, name: &str, f: &dyn Fn(&mut CellStyle)| {
        let mut s = CellStyle::new_empty();
        s.set_name(name);
        f(&mut s);
        wb.add_cellstyle(s)
    };
    let with = |wb: &mut WorkBook,
                name: &str,
                fmt: &spreadsheet_ods::format::ValueFormatRef,
                bold: bool| {
        let mut s = CellStyle::new(name, fmt);
        if bold {
            s.set_font_bold();
        }
        wb.add_cellstyle(s)
    };
    Styles {
        title: plain(wb, "ce-title", &|s| {
            s.set_font_bold();
            s.set_font_size(FontSize::Length(Length::Pt(16.0)));
            s.set_color(Rgb::new(0x1F, 0x4E, 0x79));
        }),
        bold: plain(wb, "ce-bold", &|s| s.set_font_bold()),
        header: plain(wb, "ce-header", &|s| {
            s.set_font_bold();
            s.set_color(Rgb::new(0xFF, 0xFF, 0xFF));
            s.set_background_color(Rgb::new(0x1F, 0x4E, 0x79));
            s.set_wrap_option(WrapOption::Wrap);
        }),
        date: with(wb, "ce-date", &date, false),
        int: with(wb, "ce-int", &int, false),
        int_bold: with(wb, "ce-int-bold", &int, true),
        decimal: with(wb, "ce-dec", &dec, false),
        decimal_bold: with(wb, "ce-dec-bold", &dec, true),
        wrap: plain(wb, "ce-wrap", &|s| s.set_wrap_option(WrapOption::Wrap)),
        note: plain(wb, "ce-note", &|s| {
            s.set_font_italic();
            s.set_color(Rgb::new(0x52, 0x60, 0x6D));
        }),
        portrait: master(wb, "portrait", PrintOrientation::Portrait, &footer, false),
        landscape: master(wb, "landscape", PrintOrientation::Landscape, &footer, false),
        one_page: master(wb, "one-page", PrintOrientation::Portrait, &footer, true),
    }
}

fn text(s: &str) -> String {
    crate::text::sanitize(s)
}

fn write(wb: &mut WorkBook, sheet: &Sheet, st: &Styles) {
    let mut out = spreadsheet_ods::Sheet::new(sheet.name);
    out.set_style(if sheet.name == sheets::SUMMARY_SHEET {
        &st.one_page
    } else if sheet.landscape {
        &st.landscape
    } else {
        &st.portrait
    });
    for (i, line) in sheet.title.iter().enumerate() {
        if i == 0 {
            out.set_styled_value(0, 0, text(line), &st.title);
        } else {
            out.set_value(i as u32, 0, text(line));
        }
    }
    for (i, b) in sheet.blocks.iter().enumerate() {
        let h = sheet.header_row(i);
        if let Some(t) = &b.title {
            out.set_styled_value(h - 1, 0, text(t), &st.bold);
        }
        for (j, head) in b.headers.iter().enumerate() {
            out.set_styled_value(h, j as u32, text(head), &st.header);
        }
        let last = b.rows.len().saturating_sub(1);
        for (k, row) in b.rows.iter().enumerate() {
            let bold = matches!(b.look, Look::Figures { total: true }) && k == last;
            let r = h + 1 + k as u32;
            for (j, v) in row.iter().enumerate() {
                let c = j as u32;
                match v {
                    Cell::Empty => {}
                    Cell::Text(s) if bold => out.set_styled_value(r, c, text(s), &st.bold),
                    Cell::Text(s) if b.look == Look::List => {
                        out.set_styled_value(r, c, text(s), &st.wrap)
                    }
                    Cell::Text(s) => out.set_value(r, c, text(s)),
                    Cell::Int(n) => {
                        out.set_styled_value(r, c, *n, if bold { &st.int_bold } else { &st.int })
                    }
                    Cell::Decimal(n) => out.set_styled_value(
                        r,
                        c,
                        *n,
                        if bold { &st.decimal_bold } else { &st.decimal },
                    ),
                    Cell::Date(d) => out.set_styled_value(r, c, *d, &st.date),
                    Cell::Link {
                        text: t,
                        target,
                        web,
                    } => {
                        // Relative links are relative to the document
                        // itself: one folder up reaches its own folder.
                        let href = if *web {
                            target.clone()
                        } else {
                            format!("../{target}")
                        };
                        let link = TextA::new().href(href).text(text(t));
                        out.set_styled_value(r, c, TextP::new().tag(link).into_xmltag(), &st.wrap)
                    }
                }
            }
        }
        if let Some(n) = &b.note {
            out.set_styled_value(h + 1 + b.rows.len() as u32, 0, text(n), &st.note);
        }
        let head = sheet.lines(b.headers.iter().map(String::as_str).enumerate());
        out.set_row_height(h, Length::Pt(Sheet::height(head)));
        if b.look == Look::List {
            for (k, row) in b.rows.iter().enumerate() {
                let n = sheet.lines(row.iter().enumerate().filter_map(|(j, c)| match c {
                    Cell::Text(s) | Cell::Link { text: s, .. } => Some((j, s.as_str())),
                    _ => None,
                }));
                if n > 1 {
                    out.set_row_height(h + 1 + k as u32, Length::Pt(Sheet::height(n)));
                }
            }
            out.set_header_rows(h, h);
        }
    }
    for (j, w) in sheet.widths.iter().enumerate() {
        // About 2 mm a character of the default font.
        out.set_col_width(j as u32, Length::Mm(w * 2.0));
    }
    wb.push_sheet(out);
}

/// The spreadsheet's bytes.
pub fn render(report: &Report) -> Result<Vec<u8>, OdsError> {
    let mut wb = WorkBook::new_empty();
    let st = styles(&mut wb, report);
    for sheet in sheets::workbook(report) {
        write(&mut wb, &sheet, &st);
    }
    spreadsheet_ods::write_ods_buf(&mut wb, Vec::new())
}
