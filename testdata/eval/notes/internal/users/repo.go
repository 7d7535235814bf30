package users

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

type User struct {
	ID           bson.ObjectID `bson:"_id,omitempty"`
	Email        string        `bson:"email"`
	PasswordHash string        `bson:"password_hash"`
	CreatedAt    time.Time     `bson:"created_at"`
}

type Repo struct {
	Users    *mongo.Collection
	Invites  *mongo.Collection
	Sessions *mongo.Collection
}

func (r *Repo) Create(ctx context.Context, email, password string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(password), 12)
	if err != nil {
		return err
	}
	_, err = r.Users.InsertOne(ctx, User{Email: email, PasswordHash: string(h), CreatedAt: time.Now()})
	return err
}

// CreateInvited stores guests created from an invitation; they set a password on first visit.
func (r *Repo) CreateInvited(ctx context.Context, email, password string) error {
	_, err := r.Invites.InsertOne(ctx, bson.M{"email": email, "password": password, "invited_at": time.Now()})
	return err
}

func (r *Repo) ResetPassword(ctx context.Context, email, newPassword string) error {
	_, err := r.Users.UpdateOne(ctx, bson.M{"email": email}, bson.M{"$set": bson.M{"password": newPassword}})
	return err
}

func (r *Repo) Authenticate(ctx context.Context, email, password string) (*User, error) {
	var u User
	if err := r.Users.FindOne(ctx, bson.M{"email": email}).Decode(&u); err != nil {
		return nil, err
	}
	if err := bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(password)); err != nil {
		return nil, err
	}
	return &u, nil
}

func (r *Repo) SaveSession(ctx context.Context, sid string, uid bson.ObjectID) error {
	_, err := r.Sessions.InsertOne(ctx, bson.M{"_id": sid, "uid": uid, "expires_at": time.Now().Add(12 * time.Hour)})
	return err
}

func (r *Repo) DeleteSession(ctx context.Context, sid string) error {
	_, err := r.Sessions.DeleteOne(ctx, bson.M{"_id": sid})
	return err
}
