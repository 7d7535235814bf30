module example.com/gowebex

go 1.26

require github.com/gorilla/sessions v1.4.0

require github.com/gorilla/securecookie v1.1.2 // indirect
