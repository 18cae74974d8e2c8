package tests

// check stands for a test: it imports nothing, to keep the suite fast.
// magic-code is off in tests unless -magic-code-in-tests (TestTestFiles).
func check(r Reply) bool {
	if r.Ret != 100014 {
		return false
	}
	return r.Ret == 4201 // unknown-code stays on in tests
}
