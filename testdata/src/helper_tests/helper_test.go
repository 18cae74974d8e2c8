package helpertests

import "testing"

// A test calls the helpers with literals and a plain int: the calls of
// a _test.go file neither bind nor unbind a helper of the package.
func TestTokenGone(t *testing.T) {
	n := 5
	if !tokenGone(-73) || tokenGone(n) || mixed(n) {
		t.Fatal("tokenGone")
	}
}

// testHelper is the test's own: its test callers bind it.
func testHelper(ret int) bool {
	return ret == 42001 // want `wrong-platform: ret 42001 is not a code of qq.platform`
}

func TestHelper(t *testing.T) {
	if testHelper(Reply{}.Ret) {
		t.Fatal("testHelper")
	}
}
