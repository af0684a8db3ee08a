# L'interface : les commandes (aide, touches) et le nom des touches.

## Libellés des commandes dans l'aide (?) : un par commande de config/keymap.ron

command-up = monter
command-down = descendre
command-left = revenir
command-right = ouvrir
command-open = ouvrir / modifier
command-back = retour
command-page-up = page précédente
command-page-down = page suivante
command-top = début de liste
command-bottom = fin de liste
command-next-pane = panneau suivant
command-prev-pane = panneau précédent
command-home = accueil
command-quit = quitter
command-help = aide
command-search = rechercher
command-filter = filtres
command-clear-filter = effacer les filtres
command-all-actions = toutes les actions
command-partners = fiche d'une structure partenaire
command-problems = problèmes des fichiers
command-governance = gouvernance (COPIL, comités locaux, évaluations)
command-board = tableau de bord
command-alerts = alertes
command-prev-year = année précédente (tableau de bord)
command-next-year = année suivante (tableau de bord)
command-status = changer le statut
command-progress-up = avancement +10
command-progress-down = avancement −10
command-progress = saisir l'avancement
command-due = échéance
command-start = date de début
command-rename = renommer
command-edit = modifier
command-objectives = objectifs
command-implementation = mise en œuvre
command-publics = publics visés
command-experimentation = expérimentation oui/non
command-measure = saisir une mesure d'indicateur
command-add-indicator = ajouter un indicateur
command-journal = ajouter au journal
command-add-deliverable = ajouter un livrable
command-document = lier le livrable à son document
command-open-document = ouvrir le document du livrable
command-toggle = livrable fait / à faire
command-meeting = ajouter une réunion
command-pilot = pilote
command-copilot = copilote
command-members = organisations membres
command-territories = territoires du groupe
command-themes = axe et thématiques du groupe
command-new = nouveau (groupe, action…)
command-delete = supprimer (avec confirmation)
command-undo = annuler
command-redo = rétablir
command-retry = réessayer l'enregistrement
command-reload = recharger depuis le disque
command-share = partager : commit, récupérer, envoyer
command-keep-mine = conflit : garder chez vous
command-keep-theirs = conflit : garder chez les autres
command-keep-both = conflit : garder les deux
command-abort-sync = abandonner la synchronisation en conflit

## Nom des touches dans l'aide et les indications

key-name = { $key ->
    [space] Espace
    [enter] Entrée
    [esc] Échap
    [tab] Tab
    [backtab] Maj-Tab
    [backspace] Retour arr.
    [delete] Suppr
    [insert] Inser
    [pageup] PgPréc
    [pagedown] PgSuiv
    [home] Début
    [end] Fin
   *[other] { $key }
}

## Le fichier de touches de l'utilisateur (keymap.ron)

keymap-ignored = fichier de touches { $path } ignoré (touches par défaut) : { $why }
keymap-unknown-key = touche inconnue `{ $key }`
keymap-unknown-command = commande inconnue `{ $name }`
