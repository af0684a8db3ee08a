## Documents des livrables : un chemin dans l'espace de travail ou une adresse web

document-empty = le document est vide (effacez le champ pour retirer le lien)
document-bad-address = « { $document } » n'est pas une adresse web valable (seules les adresses http et https sont ouvertes)
document-hidden-char = « { $document } » contient un caractère invisible ou de contrôle
document-backslash = « { $document } »{"\u00a0"}: séparez les dossiers par « / », pas par « \ »
document-absolute = « { $document } » est un chemin absolu{"\u00a0"}; nommez le fichier depuis le dossier de l'espace de travail (ex. docs/charte.pdf)
document-outside = « { $document } » sort de l'espace de travail (« .. » ou dossier vide)
document-git = « { $document } » est dans le dossier .git, qui n'est pas un document

edit-did-deliverable-document = { $linked ->
    [yes] livrable « { $label } »{"\u00a0"}: document lié
   *[no] livrable « { $label } »{"\u00a0"}: document retiré
}
form-deliverable-document = Document du livrable « { $label } » (chemin dans l'espace de travail, ex. docs/charte.pdf, ou adresse https://{"\u2026"}{"\u00a0"}; vide{"\u00a0"}: aucun)
document-opening = Ouverture de « { $document } »{"\u2026"}
document-none = Le livrable « { $label } » n'a pas de document ({ $key }{"\u00a0"}: en lier un).
document-not-opened = « { $document } » n'a pas pu être ouvert{"\u00a0"}: { $reason }
document-pick-deliverable = Choisissez un livrable (Tab jusqu'à la liste des livrables).
