## Documents des livrables : un chemin dans l'espace de travail ou une adresse web

document-empty = le document est vide (effacez le champ pour retirer le lien)
document-bad-address = « { $document } » n'est pas une adresse web valable (seules les adresses http et https sont ouvertes)
document-hidden-char = « { $document } » contient un caractère invisible ou de contrôle
document-backslash = « { $document } »{"\u00a0"}: séparez les dossiers par « / », pas par « \ »
document-absolute = « { $document } » est un chemin absolu{"\u00a0"}; nommez le fichier depuis le dossier de l'espace de travail (ex. docs/charte.pdf)
document-outside = « { $document } » ne nomme pas un fichier de l'espace de travail (« .. », « // » ou chemin vide)
document-user-info = « { $document } » porte un identifiant avant le nom du site (« …@ »){"\u00a0"}: l'adresse mène ailleurs qu'elle ne semble{"\u00a0"}; donnez l'adresse sans lui
document-git = « { $document } » est dans le dossier .git, qui n'est pas un document

edit-did-deliverable-document = { $linked ->
    [yes] livrable « { $label } »{"\u00a0"}: document lié
   *[no] livrable « { $label } »{"\u00a0"}: document retiré
}
form-deliverable-document = Document (docs/{"\u2026"} ou https://{"\u2026"}{"\u00a0"}; vide{"\u00a0"}: aucun)
document-opening = Ouverture de « { $document } »{"\u2026"}
document-none = « { $label } »{"\u00a0"}: pas de document ({ $key }{"\u00a0"}: lier).
document-not-opened = « { $document } » n'a pas pu être ouvert{"\u00a0"}: { $reason }
document-pick-deliverable = Choisissez un livrable (Tab jusqu'à la liste des livrables).
document-no-opener = Aucun programme n'ouvre les documents sur cet ordinateur (xdg-open introuvable){"\u00a0"}: ouvrez le fichier depuis l'explorateur de fichiers.
