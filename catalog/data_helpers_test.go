package catalog_test

import (
	"testing"

	"github.com/msdklint/msdklint/catalog"
)

// Helpers shared by the data_*_test.go files, which pin the real data of
// catalog.Default().

// mustNamespace returns the namespace called name of the default catalog.
func mustNamespace(t *testing.T, name string) *catalog.Namespace {
	t.Helper()
	n, ok := catalog.Default().Namespace(name)
	require.True(t, ok, "namespace %s", name)
	return n
}

// tryLookup looks code up in namespace ns of the default catalog.
func tryLookup(t *testing.T, ns string, code int64) (*catalog.Entry, bool) {
	t.Helper()
	return catalog.Default().Lookup(mustNamespace(t, ns).ID, code)
}

// mustLookup is tryLookup for a code that must be known.
func mustLookup(t *testing.T, ns string, code int64) *catalog.Entry {
	t.Helper()
	e, ok := tryLookup(t, ns, code)
	require.True(t, ok, "%s %d is unknown", ns, code)
	return e
}
