# The interface: the status board (b) and the alerts (a).

## Status board

board-computing = Computing the figures…
board-stale = { $title } · recomputing…
board-key-figures = Key figures — { $selection } · { $year }
board-whole-pact = whole pact
board-year = year { $year }
board-all-years = whole period
board-percent = { $value }%
# What a figure counts, after the figure: "3 meetings".
board-figure = { $what ->
    [groups] { $count ->
        [one] group
       *[other] groups
    }
    [actions] { $count ->
        [one] action
       *[other] actions
    }
    [realised] realised
    [experiments] { $count ->
        [one] experiment
       *[other] experiments
    }
    [overdue] overdue
    [open-steps] { $count ->
        [one] next step
       *[other] next steps
    }
    [overdue-steps] { $count ->
        [one] late step
       *[other] late steps
    }
    [average-progress] average progress
    [meetings] { $count ->
        [one] meeting
       *[other] meetings
    }
    [participants] { $count ->
        [one] participant
       *[other] participants
    }
    [two-organisations] groups led by two organisations
    [two-organisations-short] two-organisation leads
    [off-target] { $count ->
        [one] indicator off target
       *[other] indicators off target
    }
    [not-measured] not measured
    [on-target-short] ind. on target
    [off-target-short] ind. off target
   *[other] { $what }
}
board-alerts = { $count ->
    [one] alert ({ $key })
   *[other] alerts ({ $key })
}
board-tab = { $tab ->
    [territories] Territories
    [axes] Axes
   *[indicators] Indicators ({ $count })
}
board-tabs-hint = { $tab } tab  { $previous } { $next } year
board-filter-ignored = status/public/pilot filter ignored
board-table-title = { $rows ->
    [territories] Territories × status
   *[axes] Axes × status
}
board-total = Total
board-gauge = average progress { $value }%
board-indicators-title = Indicators of the selection
board-indicators-empty = No indicator.
board-spark-summary = latest { $latest } ({ $date }) · target { $target } · { $count ->
    [one] { $count } measurement
   *[other] { $count } measurements
}
board-spark-never = never measured · target { $target }

## Alerts

alerts-computing = Computing the alerts…
alerts-stale = Recomputing the alerts… (these are from before the last edit)
alerts-title = { $kind } ({ $total }) — { $scope } · { $key }: open
alerts-none = No alert.
alerts-chip-all = All { $count }
alerts-narrow-hint = ({ $key } to narrow)
alert-kind = { $kind ->
    [governance-due] Governance due
    [overdue] Overdue action
    [overdue-step] Overdue next step
    [off-target] Indicator off target
    [no-copilot] Incomplete leadership
    [no-meeting] Group with no meeting this year
   *[not-measured] Indicator not measured this year
}
# At most 12 characters: a column of the alerts list.
alert-kind-short = { $kind ->
    [governance-due] Governance
    [overdue] Overdue
    [overdue-step] Late step
    [off-target] Off target
    [no-copilot] Leadership
    [no-meeting] No meeting
   *[not-measured] Not measured
}
calendar-item = { $item ->
    [copil-launch] Launch COPIL
    [copil-mid-term] Mid-term COPIL
    [copil-final] Final COPIL
    [local-committee] Local committee — { $territory }
    [interim-evaluation] Interim evaluation { $year }
   *[other] { $item }
}
alert-governance = { $name }: { $state } (expected from { $from } to { $to })
alert-overdue = “{ $title }” ({ $group }): due { $due } passed, { $status }
alert-overdue-step = “{ $text }” — { $owner }, due { $due } (“{ $action }”, { $group })
alert-step-no-owner = no organisation named
alert-off-target = { $label }: { $latest } for a target of { $target }{ $unit } (“{ $action }”)
alert-lead = { $group }: { $issue ->
    [no-pilot] no pilot
    [no-copilot] no co-pilot
   *[same-organisation] pilot and co-pilot from the same organisation
}
alert-no-meeting = { $group }: no meeting in { $year } (last on { $last })
alert-no-meeting-ever = { $group }: no meeting in { $year } (none recorded)
alert-not-measured = { $label } (“{ $action }”): no measurement in { $year }
