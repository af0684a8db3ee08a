# Words shared by every command and the interface (French is the master).

quoted = “{ $text }”
list-separator = {"; "}
list-and = { $init } and { $last }

## Typed values

value-yes = yes
value-no = no
value-not-a-status = “{ $typed }” is not a status: project stage, in progress, operating, done, suspended or abandoned
value-not-a-percent = “{ $typed }” is not a progress: a whole number from 0 to 100
value-not-a-count = “{ $typed }” is not a whole number
value-not-a-date = “{ $typed }” is not a date: yyyy-mm-dd (or dd/mm/yyyy)
value-not-a-number = “{ $typed }” is not a number
value-not-a-flag = “{ $typed }”: answer yes or no

## pacte init and pacte demo

init-occupied-file = { $dir } already holds a workspace file, { $file }: nothing was written. Choose an empty folder (or move that file).
init-occupied-link = { $dir } holds { $file }, a symbolic link where pacte would write: nothing was written. Choose an empty folder.

## Saving

save-merged = { $file } had changed on disk: your edit was merged with the other one, then saved
