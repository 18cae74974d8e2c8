package catalog_test

import (
	"slices"
	"testing"

	"github.com/msdklint/msdklint/catalog"
)

func TestTypoCandidates(t *testing.T) {
	for _, c := range []struct {
		v    int64
		want []int64
	}{
		{4001, []int64{-4001, 401, 4010, 44001, 40001, 40011}},
		{-4013, []int64{4013, -4103, -4031, -44013, -40013, -40113, -40133}},
		{42001, []int64{-42001, 4201, 24001, 40201, 42010, 442001, 422001, 420001, 420011}},
		{0, nil},
	} {
		if got := catalog.TypoCandidates(c.v); !slices.Equal(got, c.want) {
			t.Errorf("TypoCandidates(%d) = %v, want %v", c.v, got, c.want)
		}
	}
}
