package catalog_test

import "github.com/msdklint/msdklint/catalog/internal/tassert"

var assert, require = tassert.Assert, tassert.Require
