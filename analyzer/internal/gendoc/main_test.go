package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestGeneratedFilesAreCurrent fails when the checks' documentation
// changed without go generate ./analyzer.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	files, err := generate()
	require.NoError(t, err)
	for _, f := range files {
		old, err := os.ReadFile(filepath.Join("../../..", filepath.FromSlash(f.Path)))
		if err != nil || !bytes.Equal(old, f.Data) {
			t.Errorf("%s is stale: run go generate ./analyzer", f.Path)
		}
	}
}

func TestMarkdownCode(t *testing.T) {
	got := mdText("Text.\n\n\tif a {\n\n\t}\n\nMore.")
	require.Equal(t, "Text.\n\n```go\nif a {\n\n}\n```\n\nMore.\n", got)
}
