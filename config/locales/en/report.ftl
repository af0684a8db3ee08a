# Reports (`pacte report`; written in French for now).

## Changes since a date or a revision (`--since`)

report-change-kind = { $kind ->
    [status] Statuses changed
    [progress] Progress changed
    [due] Due dates changed
    [measurement] Indicators measured
    [deliverable] Deliverables
    [decision] Decisions and next steps
    [meeting] Groups' meetings
    [governance] Steering and local committees
    [group-created] Groups created
    [action-created] Actions created
    [partner] Partner organisations added
    [group-removed] Groups removed
    [action-removed] Actions removed
   *[unreadable] Files unreadable in the revision
}
report-change-move = { $from } → { $to }
report-change-none = none
report-change-target = , target { $target }
report-change-measurement = “{ $label }”: { $value }{ $target }
report-change-deliverable = { $done ->
    [yes] “{ $label }” done
   *[no] “{ $label }” to do again
}
report-change-entry = { $kind ->
    [decision] decision: { $text }
   *[next-step] next step: { $text }
}
report-change-meeting = { $held ->
    [yes] meeting held, { $participants ->
        [one] { $participants } participant
       *[other] { $participants } participants
    }
   *[no] meeting planned
}
report-change-governance = { $kind ->
    [copil] steering committee { $stage }
    [local-committee] local committee { $territory }
   *[other] meeting
} { $held ->
    [yes] held, { $participants ->
        [one] { $participants } participant
       *[other] { $participants } participants
    }
   *[no] planned
}
report-change-of-action = { $kind }: { $what }
report-change-line = { $who }: { $what }{ $when }
report-since-date = since { $date }
report-since-revision = since revision { $revision }
report-changes-title = Changes { $since }
report-changes-against = Compared with revision { $revision }.
report-changes-everything-new = No earlier revision: everything is new.
report-changes-none = No change.
report-changes-column = Changes { $since }
report-changes-sheet = Changes
report-changes-headers = Type;Group;Action;Change;Date

## Next steps (taken in meetings, carried by an organisation)

report-figure-open-steps = Open next steps
report-figure-overdue-steps = Overdue next steps
report-card-overdue-steps = overdue next steps
report-card-open-steps = of { $open } open, past their date
report-steps-title = Overdue next steps
report-steps-none = No overdue next step.
report-steps-headers = Group;Action;Next step;Carried by;Due;Taken on;Meeting
report-steps-sheet-headers = Group;Action;Next step;Carried by;Due;Overdue;Taken on;Meeting;Id
report-step-no-owner = —

## `pacte report`: errors

report-unknown-territory = unknown territory “{ $typed }”; expected one of: { $known }
report-unknown-axis = unknown axis “{ $typed }”; expected a number or one of: { $known }
report-unknown-theme = unknown theme “{ $typed }”; expected one of: { $known }
report-no-referential = the referential (pacte.ron) did not load: run `pacte check`
report-implausible-year = --year { $year } is not a plausible year
report-binary-to-terminal = an XLSX workbook is binary: write it to a file with -o FILE.xlsx (or pipe it)
report-cannot-write = cannot write { $path }: { $error }
report-would-overwrite = { $path } is a file of the workspace (its .ron files, git files, or a deliverable's document): a report never overwrites it; choose another name
report-written = report written to { $path }
report-cannot-print = cannot write the report: { $error }
report-unknown-since = --since: “{ $typed }” is neither a date (YYYY-MM-DD or dd/mm/yyyy) nor a git revision of the workspace
report-since-git = --since: the git history cannot be read: { $error }
report-cannot-make = the report cannot be made: { $error }
report-unknown-extension = -o { $path }: pacte does not write that format; choose .md, .html, .csv, .xlsx, .ods or .json (or give --format)
report-as-of-history = As known on { $date }: the files of commit { $rev } of { $rev_date }, measurements, meetings and next steps until { $date }, due dates judged on that day.
report-as-of-files = As of { $date }: measurements, meetings and next steps until that day, due dates judged on that day; current statuses and progress (the git history does not go back to that day).
report-footer = { $title } — { $scope } — figures as of { $date }
report-page = Page

## Deliverables' documents

report-documents-title = Deliverables' documents
report-documents-headers = Group;Action;Deliverable;Delivered;Document
report-document-absent = not in the workspace
report-document-refused = refused: { $problem }

## Workbook: the summary sheet

sheet-figures-as-of = Figures as of
sheet-groups = Working groups
sheet-actions = Actions
sheet-projects-realised = Projects realised (operating or fully done)
sheet-experiments = Experiments
sheet-average-progress = Average progress (%)
sheet-overdue-actions = Overdue actions
sheet-two-organisations = Groups led by two organisations
sheet-meetings = Group meetings
sheet-participants = Meeting participants
sheet-on-target = Indicators on target
sheet-off-target = Indicators off target
sheet-not-measured = Indicators not measured in the year
sheet-territory = Territory
sheet-total = Total
sheet-whole = Whole (no double count)
sheet-key-figure = Key figure
sheet-value = Value
sheet-status-by-territory = Actions by status and territory
sheet-territories-note = A group working on several territories counts in each of them.
