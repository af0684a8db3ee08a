# Questions, menus and confirmations of the interface (update layer).

## Generic
form-yes-no = { $question } (o/n)
form-no-action = Choisissez d'abord une action
form-no-group = Choisissez d'abord un groupe
form-empty = Saisissez une valeur (Échap pour annuler)
form-read-only = Ce groupe est en lecture seule : son fichier ne se charge plus (voir { $key }).
form-group-gone = Ce groupe n'est plus là (son fichier a été retiré ?)
form-group-exists = Le groupe « { $name } » existe déjà
form-nothing-to-undo = Rien à annuler
form-nothing-to-redo = Rien à rétablir
form-undone = Annulé : { $what }
form-redone = Rétabli : { $what }
form-cannot-undo = « { $what } » ne peut plus être annulé ni rétabli : { $why }
form-field-value = { $label } : { $value }
form-menu-with-key = { $label }  ({ $key })
form-none = (aucun)
form-no = non
form-filter-all = (tous)
form-filter-overdue = oui : actions en retard seulement
form-filter-on = Filtrer sur
form-filters-cleared = Filtres effacés
form-paste-ignored = Texte collé ignoré : ouvrez d'abord un champ à remplir
form-quit-unsaved = Des modifications n'ont pas pu être enregistrées et seront perdues. Quitter quand même ? (o/n)
form-all-saved = Tout est enregistré

## An action's fields
form-progress = Avancement (0 à 100, ou +10, -5)
form-due = Échéance (JJ/MM/AAAA, vide : aucune)
form-start = Début (JJ/MM/AAAA, vide : aucune)
form-objectives = Objectifs
form-implementation = Mise en œuvre
form-publics = Publics visés (Espace coche, Entrée valide)
form-action-title = Titre de l'action
form-new-action = Nouvelle action : titre
form-delete-action = Supprimer l'action « { $title } » ?

## Indicators and measurements
form-indicator-label-new = Nouvel indicateur : libellé
form-indicator-kind = Type d'indicateur
form-indicator-unit-new = Unité (personnes, %, …)
form-indicator-label = Libellé de l'indicateur
form-indicator-unit = Unité
form-indicator-baseline = Valeur de départ (vide : aucune)
form-indicator-target = Cible (vide : aucune)
form-no-indicator = Cette action n'a pas d'indicateur : { $key } pour en ajouter un
form-measure-which = Mesure : quel indicateur ?
form-measure = Mesure du { $date } — « { $label } »{ $unit }
form-measure-known = Mesure du { $date } : { $known }{ $unit } — « { $label } »
form-measure-known-two = { $first }, { $second }
form-measure-last = { $value } au { $date }
form-measure-target = cible { $value }
form-doubt-percent = { $value } : un pourcentage au-delà de 100. L'enregistrer quand même ?
form-doubt-negative = { $value } : une valeur négative. L'enregistrer quand même ?
form-doubt-decrease = { $value } : moins que la mesure précédente ({ $previous }) d'un indicateur de réalisation, qui se cumule. L'enregistrer quand même ?
form-menu-measure = Ajouter une mesure
form-menu-measurements = Corriger ou supprimer une mesure
form-menu-label = Libellé
form-menu-unit = Unité
form-menu-baseline = Valeur de départ
form-menu-target = Cible
form-menu-indicator-kind = Réalisation / évaluation
form-menu-delete-indicator = Supprimer l'indicateur
form-delete-indicator = Supprimer l'indicateur « { $label } » ?
form-no-measurement = Pas encore de mesure
form-measurements = Mesures de « { $label } »
form-measurement-row = { $date } : { $value }{ $unit }
form-measurement = Mesure du { $date } : { $value }
form-menu-fix-measurement = Corriger la valeur ou la date
form-menu-delete-measurement = Supprimer la mesure
form-fix-measurement = Corriger la mesure du { $date } (valeur puis date)
form-delete-measurement = Supprimer la mesure du { $date } ({ $value }) ?

## Deliverables
form-deliverable-new = Nouveau livrable
form-deliverable = Livrable
form-delete-deliverable = Supprimer le livrable « { $label } » ?
form-space-ticks = { $toggle } coche un livrable ({ $pane } jusqu'aux livrables)

## Journal
form-journal-kind-new = Journal : type d'entrée
form-journal-date = Journal — { $kind } : date (Entrée : aujourd'hui)
form-journal-text = Journal — { $kind } ({ $date })
form-journal-entry = Entrée du journal — { $date }
form-menu-entry-text = Modifier le texte
form-menu-entry-date = Changer la date ({ $date })
form-menu-entry-kind = Changer le type ({ $kind })
form-menu-delete-entry = Supprimer l'entrée
form-delete-entry = Supprimer l'entrée du journal du { $date } ?
form-entry-date = Date de l'entrée
form-entry-kind = Type d'entrée

## Meetings
form-meeting-step = Réunion : { $what }
form-governance-step = Instance de gouvernance : { $what }
form-step-date = date (JJ/MM/AAAA)
form-step-kind = type
form-copil-stage = COPIL : étape
form-committee-territory = Comité local : territoire
form-choose-territory = Choisissez un territoire
form-participants = Nombre de participants
form-organisations-present = Organisations présentes (Espace coche, Entrée valide)
form-decisions = Décisions (une par ligne)
form-decisions-new = Décisions (une par ligne, Ctrl-S enregistre)
form-label-date = Date
form-label-kind = Type
form-label-stage = Étape du COPIL
form-label-territory = Territoire
form-label-participants = Participants
form-label-organisations = Organisations présentes
form-label-decisions = Décisions
form-menu-delete-meeting = Supprimer la réunion
form-delete-meeting = Supprimer « { $title } » du { $date } ?
form-meeting-date = Date de la réunion
form-meeting-kind = Type de réunion
form-meeting-gone = Cette réunion n'existe plus (le fichier a changé ?)

## Interim evaluations
form-evaluation-year-new = Évaluation intermédiaire : année évaluée
form-evaluation = Évaluation intermédiaire { $year }
form-label-year = Année évaluée
form-label-presented = Présentée le
form-label-summary = Conclusions
form-menu-delete-evaluation = Supprimer l'évaluation
form-delete-evaluation = Supprimer l'évaluation intermédiaire de { $year } ?
form-presented-on = Présentée le (JJ/MM/AAAA)
form-summary = Conclusions de l'évaluation { $year }
form-summary-new = Conclusions de l'évaluation { $year } (Ctrl-S enregistre)
form-a-year = Une année (ex. 2025), pas « { $typed } »
form-evaluation-gone = Pas d'évaluation intermédiaire { $year } (le fichier a changé ?)

## Groups
form-group-name = Nom du groupe
form-group-new = Nouveau groupe de travail : nom
form-group-territory = Territoire du groupe
form-group-territories = Territoires du groupe (Espace coche, Entrée valide)
form-group-axis = Axe du groupe
form-group-themes = Thématiques du groupe (Espace coche, Entrée valide)
form-group-members = Organisations membres (Espace coche, Entrée valide)
form-pilot-organisation = Pilote : organisation
form-copilot-organisation = Copilote : organisation
form-lead-person = Nom de la personne (facultatif)
form-delete-group = Supprimer le groupe « { $name } » et son fichier ?
form-label-name = Nom
form-label-territories = Territoires
form-label-themes = Axe et thématiques
form-label-pilot = Pilote
form-label-copilot = Copilote
form-label-members = Organisations membres

## Files
file-written = écrit dans { $file }
file-not-written = { $file } non écrit : { $why }
file-saved = { $what }enregistré dans { $file }
file-not-saved = NON ENREGISTRÉ : { $why } — { $key } pour réessayer
file-cannot-delete = Suppression impossible : { $why }
file-changed-kept = { $file } a changé sur le disque alors que votre modification n'est pas enregistrée : elle est gardée en mémoire.
file-changed-kept-reload = { $file } a changé sur le disque alors que votre modification n'est pas enregistrée : elle est gardée en mémoire. { $key } recharge le fichier (et abandonne la modification).
file-reloaded = Rechargé depuis le disque : { $file }
file-broken-kept = { $file } ne se charge plus (dernière version lisible gardée, en lecture seule) : { $why }
file-group-removed = Groupe retiré du disque : { $group }
file-problem = { $file } : { $why }
file-ask-reload = Recharger le groupe depuis le disque ? La modification non enregistrée sera perdue. (o/n)
board-year-on-board = L'année se choisit sur le tableau de bord : { $key }
board-governance-alert = Alerte de gouvernance : pas de groupe ni d'action à ouvrir
nav-filters-removed = Filtres retirés pour afficher le résultat
