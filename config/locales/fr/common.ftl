# Mots partagés par toutes les commandes et l'interface.
# Le français est la langue de référence : l'anglais (../en) suit ces identifiants.
# Les espaces avant : ; ! ? et dans « » s'écrivent ici comme des espaces
# ordinaires : pacte les remplace par des espaces insécables.

quoted = « { $text } »
list-separator = { " ; " }
list-and = { $init } et { $last }
