package e2e

import (
	"path/filepath"
	"testing"
)

// TestFirstWeek walks a game server's first week with msdklint
// (testdata/firstweek.txtar): the default run, go vet, msdklint fields
// and its advice followed, -fix with the go mod edit line, go build and
// go vet, and a baseline written in English read under -lang zh. The
// catalog comes from the checkout, offline.
func TestFirstWeek(t *testing.T) {
	s := script(t, "GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off",
		"MSDKLINT="+filepath.Join(bin, "msdklint"), "CATALOG="+filepath.Join(root, "catalog"))
	s.runFile(filepath.Join("testdata", "firstweek.txtar"))
}
