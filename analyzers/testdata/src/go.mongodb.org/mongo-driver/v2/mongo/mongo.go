// Package mongo is a test stub of go.mongodb.org/mongo-driver/v2@v2.10.0 (mongo) for sessionlint's analyzer tests.
package mongo

import (
	"context"
	"errors"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// ErrNoDocuments is returned by SingleResult methods when the operation that
// created the SingleResult did not return any documents.
var ErrNoDocuments = errors.New("mongo: no documents in result")

// Client is a handle representing a pool of connections to a MongoDB deployment.
type Client struct{}

// Connect creates a new Client (v2: no context argument).
func Connect(opts ...*options.ClientOptions) (*Client, error) { return &Client{}, nil }

func (c *Client) Disconnect(ctx context.Context) error { return nil }
func (c *Client) Database(name string, opts ...options.Lister[options.DatabaseOptions]) *Database {
	return &Database{}
}

// Database is a handle to a MongoDB database.
type Database struct{}

func (db *Database) Collection(name string, opts ...options.Lister[options.CollectionOptions]) *Collection {
	return &Collection{}
}

// Collection is a handle to a MongoDB collection.
type Collection struct{}

// InsertOneResult is the result type returned by an InsertOne operation.
type InsertOneResult struct {
	InsertedID   any
	Acknowledged bool
}

// InsertManyResult is a result type returned by an InsertMany operation.
type InsertManyResult struct {
	InsertedIDs  []any
	Acknowledged bool
}

// DeleteResult is the result type returned by DeleteOne and DeleteMany operations.
type DeleteResult struct {
	DeletedCount int64
	Acknowledged bool
}

// UpdateResult is the result type returned from UpdateOne, UpdateMany, and
// ReplaceOne operations.
type UpdateResult struct {
	MatchedCount  int64
	ModifiedCount int64
	UpsertedCount int64
	UpsertedID    any
	Acknowledged  bool
}

// SingleResult represents a single document returned from an operation.
type SingleResult struct{}

func (sr *SingleResult) Decode(v any) error     { return nil }
func (sr *SingleResult) Raw() (bson.Raw, error) { return nil, nil }
func (sr *SingleResult) Err() error             { return nil }

// Cursor is used to iterate over a stream of documents.
type Cursor struct{}

func (c *Cursor) Next(ctx context.Context) bool              { return false }
func (c *Cursor) Decode(val any) error                       { return nil }
func (c *Cursor) Close(ctx context.Context) error            { return nil }
func (c *Cursor) All(ctx context.Context, results any) error { return nil }

func (coll *Collection) InsertOne(ctx context.Context, document any, opts ...options.Lister[options.InsertOneOptions]) (*InsertOneResult, error) {
	return &InsertOneResult{}, nil
}
func (coll *Collection) InsertMany(ctx context.Context, documents any, opts ...options.Lister[options.InsertManyOptions]) (*InsertManyResult, error) {
	return &InsertManyResult{}, nil
}
func (coll *Collection) DeleteOne(ctx context.Context, filter any, opts ...options.Lister[options.DeleteOneOptions]) (*DeleteResult, error) {
	return &DeleteResult{}, nil
}
func (coll *Collection) DeleteMany(ctx context.Context, filter any, opts ...options.Lister[options.DeleteManyOptions]) (*DeleteResult, error) {
	return &DeleteResult{}, nil
}
func (coll *Collection) UpdateByID(ctx context.Context, id any, update any, opts ...options.Lister[options.UpdateOneOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}
func (coll *Collection) UpdateOne(ctx context.Context, filter any, update any, opts ...options.Lister[options.UpdateOneOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}
func (coll *Collection) UpdateMany(ctx context.Context, filter any, update any, opts ...options.Lister[options.UpdateManyOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}
func (coll *Collection) ReplaceOne(ctx context.Context, filter any, replacement any, opts ...options.Lister[options.ReplaceOptions]) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}
func (coll *Collection) CountDocuments(ctx context.Context, filter any, opts ...options.Lister[options.CountOptions]) (int64, error) {
	return 0, nil
}
func (coll *Collection) Find(ctx context.Context, filter any, opts ...options.Lister[options.FindOptions]) (*Cursor, error) {
	return &Cursor{}, nil
}
func (coll *Collection) FindOne(ctx context.Context, filter any, opts ...options.Lister[options.FindOneOptions]) *SingleResult {
	return &SingleResult{}
}
func (coll *Collection) FindOneAndReplace(ctx context.Context, filter any, replacement any, opts ...options.Lister[options.FindOneAndReplaceOptions]) *SingleResult {
	return &SingleResult{}
}
func (coll *Collection) FindOneAndUpdate(ctx context.Context, filter any, update any, opts ...options.Lister[options.FindOneAndUpdateOptions]) *SingleResult {
	return &SingleResult{}
}
