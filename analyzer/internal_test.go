package analyzer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/msdklint/msdklint/catalog"
)

func TestTypoCandidates(t *testing.T) {
	for _, tc := range []struct {
		v    int64
		want int64 // must be among the candidates
		rank int   // and at most at this index
	}{
		{4013, -4013, 0},   // sign dropped
		{4201, 42001, 6},   // a digit of a run missing
		{420011, 42001, 2}, // a digit doubled
		{24001, 42001, 4},  // two digits swapped
		{-3001, -30001, 4},
		{-30001, 30001, 0},
	} {
		got := catalog.TypoCandidates(tc.v)
		i := -1
		for j, c := range got {
			if c == tc.want {
				i = j
				break
			}
		}
		assert.True(t, i >= 0 && i <= tc.rank, "TypoCandidates(%d): %d at %d, want at most %d (%v)", tc.v, tc.want, i, tc.rank, got)
		assert.NotContains(t, got, tc.v)
		assert.NotContains(t, got, int64(0))
	}
}

// TestActionText keeps the words of every action.
func TestActionText(t *testing.T) {
	for _, a := range catalog.Actions() {
		assert.Contains(t, actionText, a, a.String())
	}
}
