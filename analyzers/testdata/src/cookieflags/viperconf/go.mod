module cookieflags/viperconf

go 1.22

require (
	github.com/alexedwards/scs/v2 v2.9.0
	github.com/spf13/viper v1.20.1
)
