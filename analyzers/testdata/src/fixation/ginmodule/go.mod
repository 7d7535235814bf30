module fixation/ginmodule

go 1.22

require github.com/gin-contrib/sessions v1.0.2
