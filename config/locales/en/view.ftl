# The interface: the screens (home, lists, group, action, governance).
# Column labels are short: they fit fixed-width columns.

## Shared by every screen

view-too-small = Window too small
view-no-referential = pacte.ron does not load: see the problems (!)
crumb = { $screen ->
    [home] Home
    [all-groups] All groups
    [all-actions] All actions
    [governance] Governance
    [share] Share
    [conflicts] Conflicts
    [board] Status board
   *[alerts] Alerts
}
axis-number = Axis { $number }
axis-number-lower = axis { $number }
filter-part = { $field ->
    [status] status
    [territory] territory
    [axis] axis
    [public] public
   *[pilot] pilot
} = { $value }
filter-overdue = overdue
filter-line = Filter: { $parts }  ({ $key } to clear)
status-unsaved = ⚠ unsaved: { $count }
status-unreadable = { $count ->
    [one] { $count } unreadable file ({ $key })
   *[other] { $count } unreadable files ({ $key })
}
status-short = { $status ->
    [project] Proj.
    [in-progress] Prog.
    [operating] Oper.
    [done] Done
    [suspended] Susp.
   *[abandoned] Aband.
}
# The letter that picks the status in the status popup (s): one letter,
# a different one for each status.
status-letter = { $status ->
    [project] p
    [in-progress] i
    [operating] o
    [done] d
    [suspended] s
   *[abandoned] a
}

## Column labels

column = { $name ->
    [groups-short] Grp
    [actions] Actions
    [late] Late
    [territory] Territory
    [axis] Axis
    [theme] Theme
    [group] Group
    [pilot] Pilot
    [status] Status
    [progress] Progress
    [progress-short] Pr.
    [due] Due
    [action] Action
    [date] Date
    [kind] Kind
    [present] Present
    [present-short] Ppl
    [org-short] Org.
    [decisions] Decisions
    [meeting] Meeting
    [text] Text
    [indicator] Indicator
    [latest] Latest
    [target] Target
    [unit] Unit
    [year] Year
    [presented] Presented
   *[summary] Summary
}
unit-people = ppl
unit-organisations = org.

## Home

home-territories-title = { $pact } — territories
home-axes-title = Axes
home-total = Total: { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
} · { $actions ->
    [one] { $actions } action
   *[other] { $actions } actions
} · { $overdue } overdue — on { $date }
home-no-copilot = { $count ->
    [one] { $count } group without a co-pilot
   *[other] { $count } groups without a co-pilot
}

## Lists: themes of an axis, groups, actions

axis-all-groups = All groups of the axis
axis-title = Axis { $number }. { $title }
groups-title = Working groups ({ $count })
groups-empty = No group here. n: create a group
groups-no-pilot = (no pilot)
actions-title = Actions ({ $count })

## A group

group-not-found = Group not found
group-conflicted = ⚠ Merge conflict to resolve (read-only): { $key } to choose field by field
group-unreadable = ⚠ File unreadable on disk, read-only: { $problem }
group-unsaved = ⚠ Unsaved edit (w: retry, R: reload from disk)
group-label = { $field ->
    [territory] Territory:
    [pilot] Pilot:
    [copilot] Co-pilot:
   *[members] Members:
}
group-actions-empty = No action. n: create an action
group-meetings-title = Meetings ({ $count })
group-meetings-empty = No meeting. r: record a meeting

## An action

action-not-found = Action not found
action-title = { $experimentation ->
    [yes] Action { $id } · experimentation
   *[no] Action { $id }
}
action-field = { $field ->
    [title] Title
    [status] Status
    [progress] Progress
    [start] Start
    [due] Due
    [experimentation] Experimentation
    [publics] Target publics
    [objectives] Objectives
   *[implementation] Implementation
}
action-due-overdue = { $date } — OVERDUE
action-tab-deliverables = Deliverables { $done }/{ $total }
action-tab-indicators = Indicators ({ $count })
action-tab-journal = Journal ({ $count })
action-deliverables-title = Deliverables ({ $toggle }: done / to do, { $add }: add, { $open }: open, { $link }: link)
action-deliverables-empty = No deliverable
action-journal-title = Journal (c: add, Enter: edit)
action-journal-empty = Empty journal
action-indicators-title = Indicators (m: measure, i: add, Enter: edit)
action-indicators-empty = No indicator
indicator-kind-short = { $kind ->
    [realisation] real.
   *[evaluation] eval.
}
indicator-measurement = { $date }: { $value }
indicator-detail = { $what ->
    [baseline] Baseline
    [target] Target
   *[measurements] Measurements
}
indicator-no-measurement = No measurement yet

## Governance

due-state = { $state ->
    [held] held
    [due] due
    [late] late
   *[upcoming] upcoming
}
gov-copil-label = Steering:
gov-local-label = Local committees { $year }:
gov-local-held = { $held }/{ $total } held
gov-local-missing = — none in: { $territories }
gov-interim-label = Interim evaluation { $year }:
gov-meetings-title = Steering and local committees ({ $count })
gov-meetings-empty = No meeting. { $key }: record a meeting
gov-evaluations-title = Interim evaluations ({ $count })
gov-evaluations-empty = No evaluation. { $key }: here, then { $new } to add one
group-steps-title = Open next steps ({ $count })
group-meeting-in-progress = in progress ({ $key })
view-loading = Opening the workspace…
view-loading-files = Opening the workspace: { $done } of { $total } groups read ({ $seconds } s)
group-step-row = { $text } — { $action }
