# The interface: commands (help, keys) and key names.

## Command labels in the help (?): one per command of config/keymap.ron

command-up = up
command-down = down
command-left = back
command-right = open
command-open = open / edit
command-back = back
command-page-up = page up
command-page-down = page down
command-top = first item
command-bottom = last item
command-next-pane = next pane
command-prev-pane = previous pane
command-home = home
command-quit = quit
command-help = help
command-search = search
command-filter = filters
command-clear-filter = clear filters
command-all-actions = all actions
command-partners = sheet of a partner organisation
command-problems = file problems
command-governance = governance (steering, local committees, evaluations)
command-board = status board
command-alerts = alerts
command-prev-year = previous year (board)
command-next-year = next year (board)
command-status = change status
command-progress-up = progress +10
command-progress-down = progress −10
command-progress = type progress
command-due = due date
command-start = start date
command-rename = rename
command-edit = edit
command-objectives = objectives
command-implementation = implementation
command-publics = target publics
command-experimentation = experimentation on/off
command-measure = add indicator measurement
command-add-indicator = add indicator
command-journal = add journal entry
command-add-deliverable = add deliverable
command-document = link the deliverable to its document
command-open-document = open the deliverable's document
command-toggle = deliverable done / to do
command-meeting = add meeting
command-pilot = pilot
command-copilot = co-pilot
command-members = member organisations
command-territories = group territories
command-themes = group axis and themes
command-new = new (group, action…)
command-delete = delete (asks first)
command-undo = undo
command-redo = redo
command-retry = retry saving
command-reload = reload from disk
command-share = share: commit, pull, push
command-keep-mine = conflict: keep yours
command-keep-theirs = conflict: keep theirs
command-keep-both = conflict: keep both
command-abort-sync = abandon the conflicted sync

## Key names in the help and the hints

key-name = { $key ->
    [space] Space
    [enter] Enter
    [esc] Esc
    [tab] Tab
    [backtab] Shift-Tab
    [backspace] Backspace
    [delete] Del
    [insert] Ins
    [pageup] PgUp
    [pagedown] PgDn
    [home] Home
    [end] End
   *[other] { $key }
}

## The user's keymap file (keymap.ron)

keymap-ignored = keymap { $path } ignored (default keys): { $why }
keymap-unknown-key = unknown key `{ $key }`
keymap-unknown-command = unknown command `{ $name }`
