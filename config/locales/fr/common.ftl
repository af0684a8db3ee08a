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
value-not-a-status = « { $typed } » n'est pas un statut : au stade du projet, en cours, en fonctionnement, totalement réalisée, suspendue ou abandonnée
value-not-a-percent = « { $typed } » n'est pas un avancement : un nombre entier de 0 à 100
value-not-a-count = « { $typed } » n'est pas un nombre entier
value-not-a-date = « { $typed } » n'est pas une date : jj/mm/aaaa (ou aaaa-mm-jj)
value-not-a-number = « { $typed } » n'est pas un nombre (la virgule décimale est acceptée : 12,5)
value-not-a-flag = « { $typed } » : répondez oui ou non

## pacte init et pacte demo

init-occupied-file = { $dir } contient déjà un fichier d'espace de travail, { $file } : rien n'a été écrit. Choisissez un dossier vide (ou déplacez ce fichier).
init-occupied-link = { $dir } contient { $file }, un lien symbolique là où pacte écrirait : rien n'a été écrit. Choisissez un dossier vide.

## Enregistrement

save-merged = { $file } avait changé sur le disque : votre modification a été fusionnée avec l'autre, puis enregistrée
