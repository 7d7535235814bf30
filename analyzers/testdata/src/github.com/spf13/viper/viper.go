// Package viper is a test stub of github.com/spf13/viper (v1.20.1) for
// sessionlint's analyzer tests: loading a configuration file into a struct.
package viper

// SetConfigName sets the configuration file's name without extension.
func SetConfigName(in string) {}

// SetConfigType sets the configuration file's format.
func SetConfigType(in string) {}

// AddConfigPath adds a folder to search for the configuration file.
func AddConfigPath(in string) {}

// AutomaticEnv lets environment variables override keys.
func AutomaticEnv() {}

// ReadInConfig reads the configuration file.
func ReadInConfig() error { return nil }

// Unmarshal decodes the configuration into rawVal.
func Unmarshal(rawVal any, opts ...DecoderConfigOption) error { return nil }

// DecoderConfigOption configures decoding.
type DecoderConfigOption func(any)
