# L'interface : les écrans (accueil, listes, groupe, action, gouvernance).
# Les étiquettes de colonnes sont courtes : elles tiennent dans des colonnes
# de largeur fixe.

## Commun à tous les écrans

view-too-small = Fenêtre trop petite
view-no-referential = pacte.ron ne se charge pas : voir les problèmes (!)
crumb = { $screen ->
    [home] Accueil
    [all-groups] Tous les groupes
    [all-actions] Toutes les actions
    [governance] Gouvernance
    [share] Partager
    [conflicts] Conflits
    [board] Tableau de bord
   *[alerts] Alertes
}
axis-number = Axe { $number }
axis-number-lower = axe { $number }
filter-part = { $field ->
    [status] statut
    [territory] territoire
    [axis] axe
    [public] public
   *[pilot] pilote
} = { $value }
filter-overdue = en retard
filter-line = Filtre : { $parts }  ({ $key } pour effacer)
status-unsaved = ⚠ non enregistré : { $count }
status-unreadable = { $count ->
    [one] { $count } fichier illisible ({ $key })
   *[other] { $count } fichiers illisibles ({ $key })
}
status-short = { $status ->
    [project] Projet
    [in-progress] Cours
    [operating] Fonct.
    [done] Réal.
    [suspended] Susp.
   *[abandoned] Aband.
}
# La lettre qui choisit le statut dans la fenêtre des statuts (s) : une
# seule lettre, différente pour chaque statut.
status-letter = { $status ->
    [project] p
    [in-progress] c
    [operating] f
    [done] r
    [suspended] s
   *[abandoned] a
}

## Étiquettes de colonnes

column = { $name ->
    [groups-short] Grp
    [actions] Actions
    [late] Retard
    [territory] Territoire
    [axis] Axe
    [theme] Thématique
    [group] Groupe
    [pilot] Pilote
    [status] Statut
    [progress] Avancement
    [progress-short] Av.
    [due] Échéance
    [action] Action
    [date] Date
    [kind] Type
    [present] Présents
    [present-short] Prés.
    [org-short] Org.
    [decisions] Décisions
    [meeting] Instance
    [text] Texte
    [indicator] Indicateur
    [latest] Dernière
    [target] Cible
    [unit] Unité
    [year] Année
    [presented] Présentée
   *[summary] Conclusions
}
unit-people = pers.
unit-organisations = org.

## Accueil

home-territories-title = { $pact } — territoires
home-axes-title = Axes
home-total = Total : { $groups ->
    [one] { $groups } groupe
   *[other] { $groups } groupes
} · { $actions ->
    [one] { $actions } action
   *[other] { $actions } actions
} · { $overdue } en retard — au { $date }
home-no-copilot = { $count ->
    [one] { $count } groupe sans copilote
   *[other] { $count } groupes sans copilote
}

## Listes : thématiques d'un axe, groupes, actions

axis-all-groups = Tous les groupes de l'axe
axis-title = Axe { $number }. { $title }
groups-title = Groupes de travail ({ $count })
groups-empty = Aucun groupe ici. n : créer un groupe
groups-no-pilot = (sans pilote)
actions-title = Actions ({ $count })

## Un groupe

group-not-found = Groupe introuvable
group-conflicted = ⚠ Conflit de fusion à résoudre (lecture seule) : { $key } pour choisir champ par champ
group-unreadable = ⚠ Fichier illisible sur le disque, lecture seule : { $problem }
group-unsaved = ⚠ Modification non enregistrée (w : réessayer, R : recharger le disque)
group-label = { $field ->
    [territory] Territoire :
    [pilot] Pilote :
    [copilot] Copilote :
   *[members] Membres :
}
group-actions-empty = Aucune action. n : créer une action
group-meetings-title = Réunions ({ $count })
group-meetings-empty = Aucune réunion. r : enregistrer une réunion

## Une action

action-not-found = Action introuvable
action-title = { $experimentation ->
    [yes] Action { $id } · expérimentation
   *[no] Action { $id }
}
action-field = { $field ->
    [title] Titre
    [status] Statut
    [progress] Avancement
    [start] Début
    [due] Échéance
    [experimentation] Expérimentation
    [publics] Publics visés
    [objectives] Objectifs
   *[implementation] Mise en œuvre
}
action-due-overdue = { $date } — EN RETARD
action-tab-deliverables = Livrables { $done }/{ $total }
action-tab-indicators = Indicateurs ({ $count })
action-tab-journal = Journal ({ $count })
action-deliverables-title = Livrables ({ $toggle } : fait / à faire, { $add } : ajouter, { $open } : ouvrir, { $link } : lier)
action-deliverables-empty = Aucun livrable
action-journal-title = Journal (c : ajouter, Entrée : modifier)
action-journal-empty = Journal vide
action-indicators-title = Indicateurs (m : mesure, i : ajouter, Entrée : modifier)
action-indicators-empty = Aucun indicateur
indicator-kind-short = { $kind ->
    [realisation] réal.
   *[evaluation] éval.
}
indicator-measurement = { $date } : { $value }
indicator-detail = { $what ->
    [baseline] Départ
    [target] Cible
   *[measurements] Mesures
}
indicator-no-measurement = Pas encore de mesure

## Gouvernance

due-state = { $state ->
    [held] tenu
    [due] à tenir
    [late] en retard
   *[upcoming] à venir
}
gov-copil-label = COPIL :
gov-local-label = Comités locaux { $year } :
gov-local-held = { $held }/{ $total } tenus
gov-local-missing = — sans comité : { $territories }
gov-interim-label = Évaluation intermédiaire { $year } :
gov-meetings-title = COPIL et comités locaux ({ $count })
gov-meetings-empty = Aucune instance. { $key } : enregistrer une instance
gov-evaluations-title = Évaluations intermédiaires ({ $count })
gov-evaluations-empty = Aucune évaluation. { $key } : ici, puis { $new } pour en ajouter
group-steps-title = Prochaines étapes ouvertes ({ $count })
group-meeting-in-progress = en cours ({ $key })
view-loading = Ouverture de l'espace de travail…
view-loading-files = Ouverture de l'espace de travail{"\u00a0"}: { $done } groupes lus sur { $total } ({ $seconds }{"\u00a0"}s)
group-step-row = { $text } — { $action }
