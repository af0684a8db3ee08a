# Mots partagés par toutes les commandes et l'interface.
# Le français est la langue de référence : l'anglais (../en) suit ces identifiants.
# Les espaces avant : ; ! ? et dans « » s'écrivent ici comme des espaces
# ordinaires : pacte les remplace par des espaces insécables.

quoted = « { $text } »
list-separator = { " ; " }
list-and = { $init } et { $last }

## Valeurs saisies

value-yes = oui
value-no = non

## pacte init et pacte demo

init-occupied-file = { $dir } contient déjà un fichier d'espace de travail, { $file } : rien n'a été écrit. Choisissez un dossier vide (ou déplacez ce fichier).
init-occupied-link = { $dir } contient { $file }, un lien symbolique là où pacte écrirait : rien n'a été écrit. Choisissez un dossier vide.

## Enregistrement

save-merged = { $file } avait changé sur le disque : votre modification a été fusionnée avec l'autre, puis enregistrée

## Valeurs saisies : le parseur commun (pacte set, pacte import, l'interface)

parse-not-a-status = « { $typed } » n'est pas un statut : au stade du projet, en cours, en fonctionnement, totalement réalisée, suspendue ou abandonnée (ou les identifiants { $ids })
parse-not-a-date = « { $typed } » n'est pas une date : jj/mm/aaaa, jj/mm/aa ou aaaa-mm-jj
parse-no-such-date = la date « { $typed } » n'existe pas
parse-not-a-count = « { $typed } » n'est pas un nombre entier
parse-not-a-number = « { $typed } » n'est pas un nombre (12, 12,5 ou 1 200)
parse-not-a-progress = « { $typed } » n'est pas un avancement : un nombre entier de 0 à 100 (ou +10, -5 pour le changer)
import-progress-relative = « { $typed } » : un fichier donne l'avancement atteint (de 0 à 100), pas un changement ; l'importer deux fois ne doit pas compter deux fois
parse-not-yes-no = « { $typed } » : répondez oui ou non

## Modifications : les règles du pacte

edit-no-action = pas d'action « { $action } » dans le groupe « { $group } »
edit-action-exists = une action a déjà l'identifiant « { $action } » dans ce groupe
edit-empty-title = le titre ne peut pas être vide
edit-empty-name = le nom ne peut pas être vide
edit-empty-label = le libellé ne peut pas être vide
edit-empty-entry = le texte de l'entrée ne peut pas être vide
edit-no-territory = un groupe travaille sur au moins un territoire
edit-progress-range = l'avancement va de 0 à 100 (pas { $typed })
edit-start-after-due = la date de début ({ $start }) est après l'échéance ({ $due })
edit-not-a-number = ce n'est pas un nombre
edit-no-indicator = pas d'indicateur « { $indicator } » dans l'action « { $action } »
edit-indicator-exists = un indicateur a déjà l'identifiant « { $indicator } » dans cette action
edit-no-measurement = pas de mesure au { $date }
edit-no-deliverable = pas de livrable « { $label } »
edit-deliverable-exists = un livrable s'appelle déjà « { $label } »
edit-no-entry = cette entrée de journal n'existe plus (le fichier a changé ?)
edit-no-meeting = pas de réunion « { $meeting } » (le fichier a changé ?)
edit-meeting-exists = une réunion a déjà l'identifiant « { $meeting } »
edit-evaluation-exists = l'évaluation intermédiaire { $year } existe déjà
edit-no-evaluation = pas d'évaluation intermédiaire { $year }

## Modifications : ce qui a été fait (barre d'état, annuler)

edit-did-action = « { $title } » : { $what }
edit-did-add-action = nouvelle action « { $title } »
edit-did-remove-action = action « { $title } » supprimée
edit-did-group = « { $name } » : { $what }
edit-did-add-meeting = réunion du { $date } enregistrée
edit-did-change-meeting = réunion du { $date } modifiée
edit-did-remove-meeting = réunion du { $date } supprimée
edit-did-status = statut → { $status }
edit-did-progress = avancement → { $progress } %
edit-did-progress-by = avancement { $by }
edit-did-due = échéance au { $date }
edit-did-no-due = échéance retirée
edit-did-start = début au { $date }
edit-did-no-start = date de début retirée
edit-did-experimentation = { $on ->
    [yes] expérimentation
   *[no] plus une expérimentation
}
edit-did-measure = mesure { $value } au { $date }
edit-did-remove-measure = mesure du { $date } supprimée
edit-did-add-indicator = nouvel indicateur « { $label } »
edit-did-remove-indicator = indicateur « { $label } » supprimé
edit-did-indicator = indicateur « { $label } » modifié
edit-did-add-deliverable = nouveau livrable « { $label } »
edit-did-remove-deliverable = livrable « { $label } » supprimé
edit-did-deliverable-done = { $done ->
    [yes] livrable « { $label } » fait
   *[no] livrable « { $label } » à faire
}
edit-did-deliverable-label = livrable « { $label } » renommé
edit-did-add-journal = { $kind ->
    [decision] décision ajoutée au journal
    [next-step] suite à donner ajoutée au journal
   *[other] note ajoutée au journal
}
edit-did-remove-journal = entrée de journal supprimée
edit-did-add-group = nouveau groupe « { $name } »
edit-did-remove-group = groupe « { $name } » supprimé
edit-did-add-evaluation = évaluation intermédiaire { $year } enregistrée
edit-did-change-evaluation = évaluation intermédiaire { $year } modifiée
edit-did-remove-evaluation = évaluation intermédiaire { $year } supprimée
edit-did-change-journal = entrée de journal modifiée

## pacte set

set-in-field = { $field } : { $message }
set-not-an-assignment = « { $typed } » n'est pas de la forme CHAMP=VALEUR
set-unknown-field = champ inconnu « { $field } » (status, progress, due, start, title, objectives, implementation, experimentation, indicator.ID, document.LIVRABLE)
set-not-a-target = « { $typed } » n'est pas de la forme GROUPE/ACTION
set-group-broken = le groupe « { $group } » n'a pas pu être lu ({ $file }) : lancez `pacte check`
set-no-group = pas de groupe « { $group } » dans l'espace de travail
set-done = { $group }/{ $action } mise à jour
