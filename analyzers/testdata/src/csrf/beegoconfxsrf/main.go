// XSRF on by default in the shipped config: defended.
package main

import "csrf/beegoconfxsrf/routers"

func main() { routers.Start() }
