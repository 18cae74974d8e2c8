package main

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"

	"golang.org/x/mod/modfile"

	"github.com/msdklint/msdklint/catalog"
	"github.com/msdklint/msdklint/internal/driver"
)

// placeholderCatalog stands for the catalog/ folder of a checkout when
// the binary cannot tell where its own came from.
const placeholderCatalog = "/path/to/msdklint/catalog"

// catalogSource is where a game server can get the catalog module that
// the fixes import: the published version this binary was built with,
// else the catalog/ folder of the checkout it was built from (its source
// files' paths are in the binary unless built with -trimpath), else a
// placeholder for that folder.
func catalogSource() driver.FixSource {
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := publishedVersion(bi, catalogModule); v != "" {
			return driver.FixSource{Version: v}
		}
	}
	fn := runtime.FuncForPC(reflect.ValueOf(catalog.ParseAction).Pointer())
	if fn != nil {
		file, _ := fn.FileLine(fn.Entry())
		if dir := filepath.Dir(file); filepath.IsAbs(dir) && isModuleDir(dir, catalogModule) {
			return driver.FixSource{Dir: dir}
		}
	}
	return driver.FixSource{Dir: placeholderCatalog, Placeholder: true}
}

// publishedVersion is the version of module in the build, "" when it was
// replaced or is not a release the go command could fetch (v0.0.0, the
// made-up version of a require that a replace points at a checkout).
func publishedVersion(bi *debug.BuildInfo, module string) string {
	for _, dep := range bi.Deps {
		if dep.Path != module {
			continue
		}
		if dep.Replace != nil || dep.Version == "" || dep.Version == "(devel)" || strings.HasPrefix(dep.Version, "v0.0.0") {
			return ""
		}
		return dep.Version
	}
	return ""
}

// isModuleDir tells whether dir holds the go.mod of module: the folder
// the binary was built from may have moved or gone since.
func isModuleDir(dir, module string) bool {
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	return err == nil && modfile.ModulePath(data) == module
}
