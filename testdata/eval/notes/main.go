package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"example.com/notes/internal/handlers"
	"example.com/notes/internal/token"
	"example.com/notes/internal/users"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

func main() {
	client, err := mongo.Connect(options.Client().ApplyURI(os.Getenv("MONGO_URI")))
	if err != nil {
		log.Fatal(err)
	}
	defer client.Disconnect(context.Background())
	db := client.Database("notes")
	repo := &users.Repo{Users: db.Collection("users"), Invites: db.Collection("invites"), Sessions: db.Collection("sessions")}

	mux := http.NewServeMux()
	(&handlers.Auth{Repo: repo}).Routes(mux)
	mux.HandleFunc("POST /api/keys", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(token.NewAPIKey()))
	})

	h := http.Handler(mux)
	h = withRequestID(h)
	log.Fatal(http.ListenAndServe(":8080", h))
}

func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Request-ID", token.NewRequestID())
		if token.SampleTrace(0.01) {
			w.Header().Set("X-Trace", "1")
		}
		next.ServeHTTP(w, r)
	})
}
