# L'interface : le tableau de bord (b) et les alertes (a).

## Tableau de bord

board-computing = Calcul des chiffres…
board-stale = { $title } · recalcul…
board-key-figures = Chiffres clés — { $selection } · { $year }
board-whole-pact = ensemble du pacte
board-year = année { $year }
board-all-years = toute la période
board-percent = { $value } %
# Ce que compte un chiffre, après le chiffre : « 3 réunions ».
board-figure = { $what ->
    [groups] { $count ->
        [one] groupe
       *[other] groupes
    }
    [actions] { $count ->
        [one] action
       *[other] actions
    }
    [realised] { $count ->
        [one] réalisée
       *[other] réalisées
    }
    [experiments] { $count ->
        [one] expérimentation
       *[other] expérimentations
    }
    [overdue] en retard
    [open-steps] { $count ->
        [one] suite à donner
       *[other] suites à donner
    }
    [overdue-steps] { $count ->
        [one] suite en retard
       *[other] suites en retard
    }
    [average-progress] d'avancement moyen
    [meetings] { $count ->
        [one] réunion
       *[other] réunions
    }
    [participants] { $count ->
        [one] participant
       *[other] participants
    }
    [two-organisations] groupes avec pilote et copilote de 2 structures
    [two-organisations-short] binômes 2 structures
    [off-target] { $count ->
        [one] indicateur sous la cible
       *[other] indicateurs sous la cible
    }
    [not-measured] { $count ->
        [one] non mesuré
       *[other] non mesurés
    }
    [on-target-short] indic. atteints
    [off-target-short] indic. sous la cible
   *[other] { $what }
}
board-alerts = { $count ->
    [one] alerte ({ $key })
   *[other] alertes ({ $key })
}
board-tab = { $tab ->
    [territories] Territoires
    [axes] Axes
   *[indicators] Indicateurs ({ $count })
}
board-tabs-hint = { $tab } onglet  { $previous } { $next } année
board-filter-ignored = filtre statut/public/pilote ignoré
board-table-title = { $rows ->
    [territories] Territoires × statut
   *[axes] Axes × statut
}
board-total = Ensemble
board-gauge = avancement moyen { $value } %
board-indicators-title = Indicateurs de la sélection
board-indicators-empty = Aucun indicateur.
board-spark-summary = dernière { $latest } ({ $date }) · cible { $target } · { $count ->
    [one] { $count } mesure
   *[other] { $count } mesures
}
board-spark-never = jamais mesuré · cible { $target }

## Alertes

alerts-computing = Calcul des alertes…
alerts-stale = Recalcul des alertes… (celles d'avant la dernière modification)
alerts-title = { $kind } ({ $total }) — { $scope } · { $key } : ouvrir
alerts-none = Aucune alerte.
alerts-chip-all = Toutes { $count }
alerts-narrow-hint = ({ $key } pour trier)
alert-kind = { $kind ->
    [governance-due] Gouvernance à tenir
    [overdue] Action en retard
    [overdue-step] Suite à donner en retard
    [off-target] Indicateur sous la cible
    [no-copilot] Pilotage incomplet
    [no-meeting] Groupe sans réunion cette année
   *[not-measured] Indicateur non mesuré cette année
}
# Au plus 12 caractères : une colonne de la liste des alertes.
alert-kind-short = { $kind ->
    [governance-due] Gouvernance
    [overdue] Retard
    [overdue-step] Suite due
    [off-target] Sous cible
    [no-copilot] Pilotage
    [no-meeting] Sans réunion
   *[not-measured] Non mesuré
}
calendar-item = { $item ->
    [copil-launch] COPIL de lancement
    [copil-mid-term] COPIL intermédiaire (bilan à mi-parcours)
    [copil-final] COPIL final (bilan final)
    [local-committee] Comité local d'animation — { $territory }
    [interim-evaluation] Évaluation intermédiaire { $year }
   *[other] { $item }
}
alert-governance = { $name } : { $state } (attendu du { $from } au { $to })
alert-overdue = « { $title } » ({ $group }) : échéance { $due } dépassée, { $status }
alert-overdue-step = « { $text } » — { $owner }, attendue le { $due } (« { $action } », { $group })
alert-step-no-owner = sans structure désignée
alert-off-target = { $label } : { $latest } pour une cible de { $target }{ $unit } (« { $action } »)
alert-lead = { $group } : { $issue ->
    [no-pilot] sans pilote
    [no-copilot] sans co-pilote
   *[same-organisation] pilote et co-pilote de la même structure
}
alert-no-meeting = { $group } : aucune réunion en { $year } (dernière le { $last })
alert-no-meeting-ever = { $group } : aucune réunion en { $year } (aucune enregistrée)
alert-not-measured = { $label } (« { $action } ») : pas de mesure en { $year }
