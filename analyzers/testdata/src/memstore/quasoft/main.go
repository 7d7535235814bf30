package main

import (
	"os"

	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	"github.com/quasoft/memstore"
)

func main() {
	e := echo.New()
	e.Use(session.Middleware(memstore.NewMemStore([]byte(os.Getenv("K"))))) // want `memstore.NewMemStore keeps gorilla sessions in process memory`
	e.Start(":8080")
}
