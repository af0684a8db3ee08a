# pacte import: reading a CSV table, saying what is wrong row by row.
# Values and column names are quoted.

## The file

import-value = "{ $value }"
import-cannot-read = cannot read { $file }: { $error }
import-too-large = { $file } is larger than { $mib } MiB; split it
import-no-referential = the workspace's pacte.ron did not load; fix it (see `pacte check`) before importing
import-already-written = { $error } (already written: { $files })
import-not-utf8 = the file is not UTF-8 text; save the spreadsheet as "CSV UTF-8"
import-empty = the file is empty; expected a header row
import-row-width = this row has { $cells } cells but the header has { $headers }; is a separator missing or extra?
import-unreadable-csv = unreadable CSV: { $error }
import-row-line = line { $line }: { $message }
import-try-sheet = the first sheet is not a table of actions; these sheets are: { $sheets } (give --sheet NAME)
import-bad-workbook = cannot read the workbook { $file }: { $error }
import-no-such-sheet = { $file } has no sheet "{ $sheet }"; sheets: { $known }
import-csv-no-sheet = { $file } is a CSV file, which has no sheets; --sheet is for an .xlsx or .ods workbook
import-unknown-format = --format { $typed }: unknown format; formats: { $formats }
import-unknown-extension = { $file }: unknown extension; formats: { $formats } (or give --format)

## The header

import-same-column = columns "{ $first }" and "{ $second }" are the same column; keep one
import-no-column = the header has no { $what ->
    [group] group column ("groupe"/"group" or "group_id")
   *[action] action column ("action" or "action_id")
}; found "{ $found }"

## The cells

import-in-column = column "{ $column }": { $message }
import-unknown = { $what ->
    [territory] unknown territory "{ $value }"; expected one of: { $known }
    [axis] unknown axis "{ $value }"; expected one of: { $known }
    [theme] unknown theme "{ $value }"; expected a theme title or one of: { $known }
   *[public] unknown public "{ $value }"; expected one of: { $known }
}
import-no-letter = { $what } "{ $name }" has no letter or digit to make an id from
import-missing-name = missing { $what }: the cell is empty
import-one-organisation = write one organisation here; `Pilot • Co-pilot` is only read when the co-pilot cell is empty
import-lead-missing = an organisation is missing around `•`
import-lead-several = "{ $value }" names several organisations; write one
import-theme-other-axis = theme "{ $theme }" belongs to { $theirs }, not to the group's axis { $ours }

## Rows of one group

import-group-disagrees = column "{ $column }": group { $group } is given { $here } here but { $there } on line { $line }; rows of one group must agree (or give each group its own group_id)
import-action-twice = column "{ $column }": action { $action } of group { $group } is already on line { $line }
import-new-group-needs = new group { $group } needs a value in column "{ $column }" on one of its rows
import-group-file-exists = group { $group } is not loaded but its file exists ({ $file }); fix it first (see `pacte check`)
import-axis-change = column "{ $column }": group { $group } moves from { $from } to { $to } but its themes ({ $themes }) belong to { $from }; give its themes in column "{ $themes_column }" too
import-new-action-needs-title = new action { $action } of group { $group } needs a title in column "{ $column }"

## What was imported

import-done = { $file }: { $groups_created ->
    [one] { $groups_created } group created
   *[other] { $groups_created } groups created
}, { $groups_updated } updated; { $actions_created ->
    [one] { $actions_created } action created
   *[other] { $actions_created } actions created
}, { $actions_updated } updated
import-organisation-added = organisation added to pacte.ron: { $name }
import-column-ignored = column ignored: { $column }
