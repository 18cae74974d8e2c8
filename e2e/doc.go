// Package e2e holds msdklint's end-to-end tests: txtar scripts under
// testdata that build the command (and, with MSDKLINT_E2E=1, a custom
// golangci-lint) and run them the way a user would. It has no code
// outside its tests.
package e2e
