# Words shared by every command and the interface (French is the master).

quoted = “{ $text }”
list-separator = {"; "}
list-and = { $init } and { $last }
