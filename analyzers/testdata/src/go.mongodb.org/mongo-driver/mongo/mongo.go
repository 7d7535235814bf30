// Package mongo is a test stub of go.mongodb.org/mongo-driver@v1.17.10 (mongo) for sessionlint's analyzer tests.
package mongo

import (
	"context"
	"errors"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// ErrNoDocuments is returned by SingleResult methods when the operation that
// created the SingleResult did not return any documents.
var ErrNoDocuments = errors.New("mongo: no documents in result")

// Client is a handle representing a pool of connections to a MongoDB deployment.
type Client struct{}

// Connect creates a new Client and then initializes it using the Connect method.
func Connect(ctx context.Context, opts ...*options.ClientOptions) (*Client, error) {
	return &Client{}, nil
}

// NewClient creates a new client (deprecated).
func NewClient(opts ...*options.ClientOptions) (*Client, error) { return &Client{}, nil }

func (c *Client) Connect(ctx context.Context) error    { return nil }
func (c *Client) Disconnect(ctx context.Context) error { return nil }
func (c *Client) Database(name string, opts ...*options.DatabaseOptions) *Database {
	return &Database{}
}

// Database is a handle to a MongoDB database.
type Database struct{}

func (db *Database) Collection(name string, opts ...*options.CollectionOptions) *Collection {
	return &Collection{}
}

// Collection is a handle to a MongoDB collection.
type Collection struct{}

// InsertOneResult is the result type returned by an InsertOne operation.
type InsertOneResult struct {
	InsertedID interface{}
}

// InsertManyResult is a result type returned by an InsertMany operation.
type InsertManyResult struct {
	InsertedIDs []interface{}
}

// DeleteResult is the result type returned by DeleteOne and DeleteMany operations.
type DeleteResult struct {
	DeletedCount int64 `bson:"n"`
}

// UpdateResult is the result type returned from UpdateOne, UpdateMany, and
// ReplaceOne operations.
type UpdateResult struct {
	MatchedCount  int64
	ModifiedCount int64
	UpsertedCount int64
	UpsertedID    interface{}
}

// SingleResult represents a single document returned from an operation.
type SingleResult struct{}

func (sr *SingleResult) Decode(v interface{}) error { return nil }
func (sr *SingleResult) Raw() (bson.Raw, error)     { return nil, nil }
func (sr *SingleResult) Err() error                 { return nil }

// Cursor is used to iterate over a stream of documents.
type Cursor struct{}

func (c *Cursor) Next(ctx context.Context) bool                      { return false }
func (c *Cursor) Decode(val interface{}) error                       { return nil }
func (c *Cursor) Close(ctx context.Context) error                    { return nil }
func (c *Cursor) All(ctx context.Context, results interface{}) error { return nil }

func (coll *Collection) InsertOne(ctx context.Context, document interface{},
	opts ...*options.InsertOneOptions) (*InsertOneResult, error) {
	return &InsertOneResult{}, nil
}
func (coll *Collection) InsertMany(ctx context.Context, documents []interface{},
	opts ...*options.InsertManyOptions) (*InsertManyResult, error) {
	return &InsertManyResult{}, nil
}
func (coll *Collection) DeleteOne(ctx context.Context, filter interface{},
	opts ...*options.DeleteOptions) (*DeleteResult, error) {
	return &DeleteResult{}, nil
}
func (coll *Collection) DeleteMany(ctx context.Context, filter interface{},
	opts ...*options.DeleteOptions) (*DeleteResult, error) {
	return &DeleteResult{}, nil
}
func (coll *Collection) UpdateByID(ctx context.Context, id interface{}, update interface{},
	opts ...*options.UpdateOptions) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}
func (coll *Collection) UpdateOne(ctx context.Context, filter interface{}, update interface{},
	opts ...*options.UpdateOptions) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}
func (coll *Collection) UpdateMany(ctx context.Context, filter interface{}, update interface{},
	opts ...*options.UpdateOptions) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}
func (coll *Collection) ReplaceOne(ctx context.Context, filter interface{},
	replacement interface{}, opts ...*options.ReplaceOptions) (*UpdateResult, error) {
	return &UpdateResult{}, nil
}
func (coll *Collection) Find(ctx context.Context, filter interface{},
	opts ...*options.FindOptions) (cur *Cursor, err error) {
	return &Cursor{}, nil
}
func (coll *Collection) FindOne(ctx context.Context, filter interface{},
	opts ...*options.FindOneOptions) *SingleResult {
	return &SingleResult{}
}
func (coll *Collection) FindOneAndUpdate(ctx context.Context, filter interface{},
	update interface{}, opts ...*options.FindOneAndUpdateOptions) *SingleResult {
	return &SingleResult{}
}
