# L'interface : les fenêtres par-dessus l'écran (aide, statut, saisie,
# choix, confirmation, recherche, filtres, problèmes).

help-title = Aide
help-intro = Touches (Échap pour fermer, ↑↓ pour défiler)
help-fields = Dans un champ : Entrée valide, Échap annule. Texte long : Ctrl-S ou F2 enregistre.
help-editor = Dans le texte : une valeur proposée est sélectionnée (la saisie la remplace, une flèche la garde) ; Ctrl-U efface avant le curseur, Ctrl-K après, Ctrl-W un mot, Ctrl-← → par mot, Ctrl-Z annule, Ctrl-Y rétablit.
help-status = Statut : { $key } puis une lettre ({ $letters }) ou un chiffre 1–6.
status-popup-title = Statut
input-hint = Entrée : valider · Échap : annuler · Ctrl-U : effacer
input-hint-selected = Tapez : remplacer · ← → : modifier · Entrée : valider · Échap : annuler
text-hint = Ctrl-S ou F2 : enregistrer · Entrée : nouvelle ligne · Échap : annuler
text-hint-discard = Échap encore : abandonner le texte · Ctrl-S : enregistrer
pick-hint = { $multi ->
    [yes] Tapez pour filtrer · Espace coche · Entrée valide
   *[no] Tapez pour filtrer · Entrée choisit · Échap annule
}
confirm-title = Confirmer
confirm-hint = o / Entrée : oui · n / Échap : non
search-title = Rechercher
search-title-searching = Rechercher · recherche…
search-searching = Recherche…
search-intro = Groupes, actions, indicateurs, journal — sans accents ni majuscules
search-none = Aucun résultat
# Au plus 8 caractères : une colonne des résultats.
search-kind = { $kind ->
    [group] groupe
    [action] action
    [indicator] indic.
   *[journal] journal
}
filters-title = Filtres
filters-hint = Entrée : choisir · x : retirer · F : tout effacer · Échap
filter-all = (tous)
filter-field = { $field ->
    [status] Statut
    [territory] Territoire
    [axis] Axe
    [public] Public
    [pilot] Organisation pilote
   *[overdue] En retard seulement
}
problems-title = Problèmes ({ $count })
problems-none = Aucun problème
