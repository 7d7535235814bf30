module example.com/stdapp

go 1.26
