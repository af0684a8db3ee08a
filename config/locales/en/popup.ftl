# The interface: the windows over the screen (help, status, input, pick,
# confirm, search, filters, problems).

help-title = Help
help-intro = Keys (Esc closes, ↑↓ scroll)
help-fields = In a field: Enter validates, Esc cancels. Long text: Ctrl-S or F2 saves.
help-editor = In the text: a proposed value is selected (typing replaces it, an arrow keeps it); Ctrl-U clears before the cursor, Ctrl-K after, Ctrl-W a word, Ctrl-← → by word, Ctrl-Z undoes, Ctrl-Y redoes.
help-status = Status: { $key } then a letter ({ $letters }) or a digit 1–6.
status-popup-title = Status
input-hint = Enter: validate · Esc: cancel · Ctrl-U: clear
input-hint-selected = Type: replace · ← →: edit · Enter: validate · Esc: cancel
text-hint = Ctrl-S or F2: save · Enter: new line · Esc: cancel
text-hint-discard = Esc again: drop the text · Ctrl-S: save
pick-hint = { $multi ->
    [yes] Type to narrow · Space ticks · Enter validates
   *[no] Type to narrow · Enter picks · Esc cancels
}
confirm-title = Confirm
confirm-hint = y / Enter: yes · n / Esc: no
search-title = Search
search-title-searching = Search · searching…
search-searching = Searching…
search-intro = Groups, actions, indicators, journal — accents and case ignored
search-none = No result
# At most 8 characters: a column of the results.
search-kind = { $kind ->
    [group] group
    [action] action
    [indicator] indic.
   *[journal] journal
}
filters-title = Filters
filters-hint = Enter: choose · x: remove · F: clear all · Esc
filter-all = (all)
filter-field = { $field ->
    [status] Status
    [territory] Territory
    [axis] Axis
    [public] Public
    [pilot] Pilot organisation
   *[overdue] Overdue only
}
problems-title = Problems ({ $count })
problems-none = No problem
