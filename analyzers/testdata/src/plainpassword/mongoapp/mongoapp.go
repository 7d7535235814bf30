package mongoapp

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

type Server struct{ users *mongo.Collection }

type user struct {
	Email    string `bson:"email" json:"email"`
	Password string `bson:"password" json:"password"`
}

func (s *Server) signup(w http.ResponseWriter, r *http.Request) {
	s.users.InsertOne(r.Context(), bson.M{"email": r.FormValue("email"), "password": r.FormValue("password")}) // want `password written to the database in plaintext`
}

func (s *Server) signupD(w http.ResponseWriter, r *http.Request) {
	doc := bson.D{{Key: "email", Value: r.FormValue("email")}, {Key: "password", Value: r.FormValue("password")}} // want `password written to the database in plaintext`
	s.users.InsertOne(r.Context(), doc)
}

func (s *Server) signupJSON(w http.ResponseWriter, r *http.Request) {
	var u user
	json.NewDecoder(r.Body).Decode(&u)
	s.users.InsertOne(r.Context(), u) // want `password written to the database in plaintext`
}

func (s *Server) changePassword(ctx context.Context, email, newPassword string) {
	s.users.UpdateOne(ctx, bson.M{"email": email}, bson.M{"$set": bson.M{"password": newPassword}}) // want `password written to the database in plaintext`
}

func (s *Server) resetPassword(w http.ResponseWriter, r *http.Request) {
	s.changePassword(r.Context(), r.FormValue("email"), r.FormValue("new_password"))
}

func (s *Server) signupSHA1(w http.ResponseWriter, r *http.Request) {
	sum := sha1.Sum([]byte(r.FormValue("password")))
	s.users.InsertOne(r.Context(), bson.M{"email": r.FormValue("email"), "password": hex.EncodeToString(sum[:])}) // want `password hashed with SHA-1`
}

// Negative: hashed, and comparisons in filters.
func (s *Server) signupHashed(w http.ResponseWriter, r *http.Request) {
	hash, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost)
	s.users.InsertOne(r.Context(), bson.M{"email": r.FormValue("email"), "password": string(hash)})
}

func (s *Server) touch(ctx context.Context, email, password string) {
	s.users.UpdateOne(ctx, bson.M{"email": email, "password": password}, bson.M{"$set": bson.M{"seen": true}})
}
