module hardcodedsecret/viperapp

go 1.22

require github.com/spf13/viper v1.20.1
