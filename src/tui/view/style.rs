//! Styles, with and without colour (NO_COLOR): selection stays visible
//! without colour (reverse video, bold, and a `>` marker).

use crate::domain::Status;
use ratatui::style::{Color, Modifier, Style};

/// The styles of one session.
#[derive(Clone, Copy, Debug)]
pub struct Styles {
    colour: bool,
}

impl Styles {
    /// Styles with or without colour.
    pub fn new(no_color: bool) -> Self {
        Styles { colour: !no_color }
    }

    fn fg(&self, c: Color) -> Style {
        if self.colour {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    /// Selected row.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// Titles and headers.
    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// Border of the focused pane.
    pub fn focus(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// Secondary text.
    pub fn dim(&self) -> Style {
        if self.colour {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }

    /// Errors.
    pub fn error(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// Success.
    pub fn ok(&self) -> Style {
        self.fg(Color::Green)
    }

    /// Warnings (overdue).
    pub fn warn(&self) -> Style {
        self.fg(Color::LightRed)
    }

    /// A status.
    pub fn status(&self, s: Status) -> Style {
        match s {
            Status::Project => self.fg(Color::Blue),
            Status::InProgress => self.fg(Color::Yellow),
            Status::Operating => self.fg(Color::Green),
            Status::Done => self.fg(Color::LightGreen),
            Status::Suspended => self.fg(Color::Magenta),
            Status::Abandoned => self.fg(Color::DarkGray),
        }
    }
}
