# pacte agenda : le calendrier du pacte (iCalendar) et ce qui arrive à échéance.

## Les événements

agenda-group = { $group } ({ $territories })
agenda-step = { $step ->
    [copil-launch] COPIL de lancement
    [copil-mid-term] COPIL intermédiaire (bilan à mi-parcours)
    [copil-final] COPIL final (bilan final)
    [local-committee] Comité local d'animation { $year } — { $territory }
   *[interim-evaluation] Évaluation intermédiaire { $year }
}
agenda-step-state = { $state ->
    [held] tenu le { $held }
    [due] à tenir au plus tard le { $end }
    [late] en retard, attendu au plus tard le { $end }
   *[upcoming] à venir, au plus tard le { $end }
}
agenda-step-summary = Échéance : { $step } — { $state }
agenda-copil = { $stage ->
    [launch] COPIL de lancement
    [mid-term] COPIL intermédiaire
    [final] COPIL final
   *[other] COPIL
}
agenda-local-committee = Comité local d'animation — { $territory }
agenda-working-group = Réunion de groupe de travail
agenda-meeting = { $of ->
    [group] { $planned ->
        [yes] Réunion prévue : { $what }
       *[no] Réunion : { $what }
    }
   *[governance] { $planned ->
        [yes] { $what } (prévu)
       *[no] { $what }
    }
}
agenda-action-due = Échéance de l'action « { $action } » ({ $status }) — { $group }
agenda-next-step = Suite à donner : { $text }
agenda-next-step-owner = Suite à donner : { $text } — { $owner }
agenda-category = { $kind ->
    [governance] Gouvernance du PTI
    [meeting] Réunions du PTI
    [action-due] Échéances des actions
   *[next-step] Suites à donner
}

## Les descriptions

agenda-desc-window = Attendu entre le { $start } et le { $end }
agenda-desc-group = Groupe : { $group }
agenda-desc-kind = Instance : { $kind }
agenda-desc-agenda = Ordre du jour : { $text }
agenda-desc-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
agenda-desc-organisations = Structures présentes : { $names }
agenda-desc-status = Statut : { $status }, avancement { $progress }{"\u202f"}%
agenda-desc-action = Action : { $action }
agenda-desc-owner = Portée par : { $owner }
agenda-desc-taken = Décidée le { $date }

## Ce qui arrive à échéance (sans --format)

agenda-heading = { $title }
agenda-period = À échéance du { $from } au { $to } ({ $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
})
agenda-overdue = En retard
agenda-coming = À venir
agenda-nothing = Rien n'arrive à échéance d'ici le { $to }, rien n'est en retard.

## Les options

agenda-unknown-format = --format { $typed } : format inconnu ; formats possibles : { $formats }
agenda-unknown-extension = -o { $path } : extension inconnue ; formats possibles : { $formats } (ou précisez --format)
agenda-no-referential = le fichier pacte.ron de l'espace de travail ne s'est pas chargé ; corrigez-le (voir `pacte check`)
agenda-too-many-weeks = --weeks { $weeks } : au plus { $max } semaines
agenda-written = agenda écrit dans { $path }
agenda-cannot-write = écriture de { $path } impossible : { $error }
agenda-cannot-print = impossible d'écrire l'agenda : { $error }
