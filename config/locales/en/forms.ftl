# Questions, menus and confirmations of the interface (update layer).

## Generic
form-yes-no = { $question } (y/n)
form-no-action = Select an action first
form-no-group = Select a group first
form-empty = Type a value (Esc cancels)
form-read-only = This group is read-only: its file no longer loads (see { $key }).
form-group-gone = This group is gone (was its file removed?)
form-group-exists = The group “{ $name }” already exists
form-nothing-to-undo = Nothing to undo
form-nothing-to-redo = Nothing to redo
form-undone = Undone: { $what }
form-redone = Redone: { $what }
form-cannot-undo = “{ $what }” can no longer be undone or redone: { $why }
form-field-value = { $label }: { $value }
form-menu-with-key = { $label }  ({ $key })
form-none = (none)
form-no = no
form-filter-all = (all)
form-filter-overdue = yes: overdue actions only
form-filter-on = Filter on
form-filters-cleared = Filters cleared
form-paste-ignored = Pasted text ignored: open a field to fill first
form-quit-unsaved = Some edits could not be saved and will be lost. Quit anyway? (y/n)
form-all-saved = Everything is saved

## An action's fields
form-progress = Progress (0 to 100, or +10, -5)
form-due = Due date (YYYY-MM-DD or DD/MM/YYYY, empty: none)
form-start = Start date (YYYY-MM-DD or DD/MM/YYYY, empty: none)
form-objectives = Objectives
form-implementation = Implementation
form-publics = Target publics (Space ticks, Enter validates)
form-action-title = Action title
form-new-action = New action: title
form-delete-action = Delete the action “{ $title }”?

## Indicators and measurements
form-indicator-label-new = New indicator: label
form-indicator-kind = Kind of indicator
form-indicator-unit-new = Unit (people, %, …)
form-indicator-label = Indicator label
form-indicator-unit = Unit
form-indicator-baseline = Baseline (empty: none)
form-indicator-target = Target (empty: none)
form-no-indicator = This action has no indicator: press { $key } to add one
form-measure-which = Measurement: which indicator?
form-measure = Measurement on { $date } — “{ $label }”{ $unit }
form-measure-known = Measurement on { $date }: { $known }{ $unit } — “{ $label }”
form-measure-known-two = { $first }, { $second }
form-measure-last = { $value } on { $date }
form-measure-target = target { $value }
form-doubt-percent = { $value }: a percentage over 100. Record it anyway?
form-doubt-negative = { $value }: a negative value. Record it anyway?
form-doubt-decrease = { $value }: less than the previous measurement ({ $previous }) of a realisation indicator, which accumulates. Record it anyway?
form-menu-measure = Add a measurement
form-menu-measurements = Correct or delete a measurement
form-menu-label = Label
form-menu-unit = Unit
form-menu-baseline = Baseline
form-menu-target = Target
form-menu-indicator-kind = Realisation / evaluation
form-menu-delete-indicator = Delete the indicator
form-delete-indicator = Delete the indicator “{ $label }”?
form-no-measurement = No measurement yet
form-measurements = Measurements of “{ $label }”
form-measurement-row = { $date }: { $value }{ $unit }
form-measurement = Measurement on { $date }: { $value }
form-menu-fix-measurement = Correct the value or the date
form-menu-delete-measurement = Delete the measurement
form-fix-measurement = Correct the measurement of { $date } (value then date)
form-delete-measurement = Delete the measurement of { $date } ({ $value })?

## Deliverables
form-deliverable-new = New deliverable
form-deliverable = Deliverable
form-delete-deliverable = Delete the deliverable “{ $label }”?
form-space-ticks = { $toggle } ticks a deliverable ({ $pane } to the deliverables)

## Journal
form-journal-kind-new = Journal: kind of entry
form-journal-date = Journal — { $kind }: date (Enter: today)
form-journal-text = Journal — { $kind } ({ $date })
form-journal-entry = Journal entry — { $date }
form-menu-entry-text = Edit the text
form-menu-entry-date = Change the date ({ $date })
form-menu-entry-kind = Change the kind ({ $kind })
form-menu-delete-entry = Delete the entry
form-delete-entry = Delete the journal entry of { $date }?
form-entry-date = Date of the entry
form-entry-kind = Kind of entry

## Meetings
form-meeting-step = Meeting: { $what }
form-governance-step = Governance meeting: { $what }
form-step-date = date (YYYY-MM-DD)
form-step-kind = kind
form-copil-stage = Steering committee: stage
form-committee-territory = Local committee: territory
form-choose-territory = Choose a territory
form-participants = Number of participants
form-organisations-present = Organisations present (Space ticks, Enter validates)
form-decisions = Decisions (one per line)
form-decisions-new = Decisions (one per line, Ctrl-S saves)
form-label-date = Date
form-label-kind = Kind
form-label-stage = Steering committee stage
form-label-territory = Territory
form-label-participants = Participants
form-label-organisations = Organisations present
form-label-decisions = Decisions
form-menu-delete-meeting = Delete the meeting
form-delete-meeting = Delete “{ $title }” of { $date }?
form-meeting-date = Meeting date
form-meeting-kind = Kind of meeting
form-meeting-gone = This meeting no longer exists (did the file change?)

## Interim evaluations
form-evaluation-year-new = Interim evaluation: year evaluated
form-evaluation = Interim evaluation { $year }
form-label-year = Year evaluated
form-label-presented = Presented on
form-label-summary = Summary
form-menu-delete-evaluation = Delete the evaluation
form-delete-evaluation = Delete the interim evaluation of { $year }?
form-presented-on = Presented on (YYYY-MM-DD)
form-summary = Summary of the evaluation { $year }
form-summary-new = Summary of the evaluation { $year } (Ctrl-S saves)
form-a-year = A year (e.g. 2025), not “{ $typed }”
form-evaluation-gone = No interim evaluation { $year } (did the file change?)

## Groups
form-group-name = Group name
form-group-new = New working group: name
form-group-territory = Territory of the group
form-group-territories = Group territories (Space ticks, Enter validates)
form-group-axis = Axis of the group
form-group-themes = Group themes (Space ticks, Enter validates)
form-group-members = Member organisations (Space ticks, Enter validates)
form-pilot-organisation = Pilot: organisation
form-copilot-organisation = Co-pilot: organisation
form-lead-person = Name of the person (optional)
form-delete-group = Delete the group “{ $name }” and its file?
form-label-name = Name
form-label-territories = Territories
form-label-themes = Axis and themes
form-label-pilot = Pilot
form-label-copilot = Co-pilot
form-label-members = Member organisations

## Files
file-written = written to { $file }
file-not-written = { $file } not written: { $why }
file-saved = { $what }saved to { $file }
file-not-saved = NOT SAVED: { $why } — { $key } to retry
file-cannot-delete = Cannot delete: { $why }
file-changed-kept = { $file } changed on disk while your edit is not saved: it is kept in memory.
file-changed-kept-reload = { $file } changed on disk while your edit is not saved: it is kept in memory. { $key } reloads the file (and drops the edit).
file-reloaded = Reloaded from disk: { $file }
file-broken-kept = { $file } no longer loads (last good version kept, read-only): { $why }
file-group-removed = Group removed from disk: { $group }
file-problem = { $file }: { $why }
file-ask-reload = Reload the group from disk? The unsaved edit will be lost. (y/n)
board-year-on-board = The year is chosen on the board: { $key }
board-governance-alert = Governance alert: no group or action to open
nav-filters-removed = Filters removed to show the result
