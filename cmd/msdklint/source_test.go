package main

import (
	"path/filepath"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 16: a release names its catalog version for go get; a build whose
// catalog is replaced by a checkout (or at the made-up v0.0.0) has none.
func TestPublishedVersion(t *testing.T) {
	for _, c := range []struct {
		dep  debug.Module
		want string
	}{
		{debug.Module{Path: catalogModule, Version: "v0.4.1"}, "v0.4.1"},
		{debug.Module{Path: catalogModule, Version: "v0.0.0", Replace: &debug.Module{Path: "./catalog"}}, ""},
		{debug.Module{Path: catalogModule, Version: "v0.4.1", Replace: &debug.Module{Path: "/src/catalog"}}, ""},
		{debug.Module{Path: catalogModule, Version: "v0.0.0"}, ""},
		{debug.Module{Path: "example.com/other", Version: "v1.0.0"}, ""},
	} {
		bi := &debug.BuildInfo{Deps: []*debug.Module{&c.dep}}
		assert.Equal(t, c.want, publishedVersion(bi, catalogModule), "%+v", c.dep)
	}
}

// The test binary is built from this checkout, without -trimpath: the
// hint names its catalog/ folder.
func TestCatalogSource(t *testing.T) {
	src := catalogSource()
	assert.Empty(t, src.Version)
	assert.False(t, src.Placeholder)
	assert.Equal(t, filepath.Join(repoRoot(t), "catalog"), src.Dir)
}
