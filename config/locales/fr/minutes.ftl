# Le compte rendu d'une réunion de groupe (`pacte minutes`), en français.
# Les espaces avant : ; ! ? et dans « » s'écrivent ici comme des espaces
# ordinaires : pacte les remplace par des espaces insécables.

## Le document

minutes-title = { $state ->
    [draft] Compte rendu (projet)
   *[other] Compte rendu
}
minutes-field = { $label } : { $value }
minutes-list = { $label } :
minutes-territories = { $count ->
    [one] Territoire
   *[other] Territoires
}
minutes-date = Date
minutes-kind = Réunion
minutes-kind-value = { $kind ->
    [working-group] réunion du groupe de travail
    [local-committee] comité local d'animation
   *[copil] comité de pilotage
}
minutes-section-attendance = Présences
minutes-present = { $count ->
    [one] Structure présente
   *[other] Structures présentes
}
minutes-excused = { $count ->
    [one] Structure excusée
   *[other] Structures excusées
}
minutes-participants = Participants
minutes-people = Personnes présentes
minutes-none = aucune
minutes-section-agenda = Ordre du jour
minutes-section-actions = Actions examinées
minutes-status = Statut
minutes-progress = Avancement
minutes-changed = { $before } → { $after }
minutes-unchanged = { $value } (inchangé)
minutes-measurements = Mesures d'indicateurs
minutes-measurement = { $label } : { $value }
minutes-measurement-target = { $label } : { $value } (cible : { $target })
minutes-due = Échéance
minutes-no-due = aucune
minutes-added = Livrables ajoutés
minutes-measurement-previous = { $value }, après { $previous } au { $date }
minutes-ticked = Livrables réalisés
minutes-decisions = Décisions
minutes-closed = Suites des réunions précédentes réalisées
minutes-steps = Suites à donner
minutes-notes = Notes
minutes-step = { $text } — { $details }
minutes-step-done = faite le { $date }
minutes-step-due = pour le { $due }
minutes-overdue = en retard
minutes-section-carried = Suites à donner des réunions précédentes
minutes-carried-step = { $action } : { $step }
minutes-col-action = Action
minutes-col-step = Suite à donner
minutes-col-owner = Porteur
minutes-col-due = Échéance
minutes-section-decisions = Décisions générales
minutes-footer = Compte rendu établi le { $today } avec pacte · { $pact }
minutes-commit = Compte rendu du groupe { $group } du { $date }

## La commande

minutes-no-referential = le référentiel (pacte.ron) n'a pas pu être lu : lancez `pacte check`
minutes-unknown-group = pas de groupe « { $group } » dans l'espace de travail ; groupes : { $known }
minutes-unknown-group-close = pas de groupe « { $group } » dans l'espace de travail ; vouliez-vous dire { $close } ?
minutes-group-broken = le groupe « { $group } » n'a pas pu être lu ({ $file }) : lancez `pacte check`
minutes-no-meetings = le groupe « { $group } » n'a encore aucune réunion : rien à mettre au compte rendu
minutes-unknown-meeting = pas de réunion « { $meeting } » dans le groupe « { $group } » ; réunions : { $known }
minutes-no-meeting-on = pas de réunion du groupe « { $group } » le { $date } ; réunions : { $known }
minutes-several-on = plusieurs réunions du groupe « { $group } » le { $date } ({ $known }) : choisissez-en une avec --meeting
minutes-bad-date = --date : { $message }
minutes-unknown-extension = -o { $path } : extension inconnue, choisissez .md, .txt ou .html (ou précisez --format)
minutes-written = compte rendu écrit dans { $path }
minutes-cannot-write = écriture de { $path } impossible : { $error }
minutes-cannot-print = impossible d'écrire le compte rendu : { $error }
