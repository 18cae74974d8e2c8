// Command gen writes the constants packages catalog/<platform> and
// docs/codes.md from the embedded catalog. It is run by go generate in
// the catalog directory:
//
//	cd catalog && go generate
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/msdklint/msdklint/catalog"
)

func main() {
	root := flag.String("root", "..", "module root directory")
	flag.Parse()
	if err := run(*root); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(root string) error {
	old, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(valuesPath)))
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	files, err := generateAll(catalog.Default(), old)
	if err != nil {
		return err
	}
	for _, f := range files {
		path := filepath.Join(root, filepath.FromSlash(f.Path))
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, f.Data) {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
