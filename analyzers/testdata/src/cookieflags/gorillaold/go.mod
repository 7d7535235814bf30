module cookieflags/gorillaold

go 1.21

require github.com/gorilla/sessions v1.2.1
