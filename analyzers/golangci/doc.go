// Package golangci registers sessionlint's Go analyzers as a golangci-lint
// module plugin named "sessionlint".
//
// Import it for its side effect in a custom golangci-lint binary (built by
// scripts/golangci-build from .golangci-plugin.yml) and enable it in
// .golangci.yml:
//
//	version: "2"
//	linters:
//	  enable: [sessionlint]
//	  settings:
//	    custom:
//	      sessionlint:
//	        type: module
//	        settings:
//	          severity: medium    # low (default), medium or high: minimum rule severity
//	          enable: [csrf]      # only these rules (default: all)
//	          disable: [memstore] # never these rules
//	issues:
//	  max-issues-per-linter: 0
//	  max-same-issues: 0
//	  uniq-by-line: false
//
// golangci-lint's default issues settings hide findings: one per line
// whatever the linter (a second rule on the same line vanishes), three
// with the same text, fifty per linter; hence the issues section.
//
// The settings select rules as the sessionlint command's -enable, -disable
// and -severity flags do. An unknown rule, key or severity is an error, so a
// typo cannot silently switch a check off. Every rule reports under the
// golangci-lint linter "sessionlint", with its rule ID before the message;
// //sessionlint:ignore directives work as in the command.
//
// golangci-lint only reports findings in Go files, so the JavaScript and
// TypeScript rules need the sessionlint command, and its SARIF gives every
// finding the rule ID "sessionlint": code scanning wants the command's
// own `sessionlint -format sarif`. The package imports no cgo.
package golangci
