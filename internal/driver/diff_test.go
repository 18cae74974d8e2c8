package driver

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lcs is the length of the longest common subsequence, by dynamic
// programming: the reference for the length of Myers' script.
func lcs(x, y []string) int {
	dp := make([][]int, len(x)+1)
	for i := range dp {
		dp[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}

func TestMyersMinimal(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	words := []string{"a\n", "b\n", "c\n", "d\n"}
	gen := func() []string {
		s := make([]string, rng.Intn(12))
		for i := range s {
			s[i] = words[rng.Intn(len(words))]
		}
		return s
	}
	for range 2000 {
		x, y := gen(), gen()
		ops := myers(x, y)
		var gotX, gotY []string
		i, j, keep := 0, 0, 0
		for _, op := range ops {
			switch op {
			case ' ':
				require.Equal(t, x[i], y[j])
				gotX, gotY = append(gotX, x[i]), append(gotY, y[j])
				i, j, keep = i+1, j+1, keep+1
			case '-':
				gotX = append(gotX, x[i])
				i++
			case '+':
				gotY = append(gotY, y[j])
				j++
			}
		}
		require.Equal(t, strings.Join(x, ""), strings.Join(gotX, ""))
		require.Equal(t, strings.Join(y, ""), strings.Join(gotY, ""))
		require.Equal(t, lcs(x, y), keep, "x=%q y=%q", x, y)
	}
}

func TestUnified(t *testing.T) {
	var a, b []string
	for i := 1; i <= 20; i++ {
		a = append(a, string(rune('a'+i))+"\n")
	}
	b = append(b, "new first\n")
	b = append(b, a[:9]...)
	b = append(b, a[10:]...)
	assert.Equal(t, `--- old
+++ new
@@ -1,3 +1,4 @@
+new first
 b
 c
 d
@@ -7,7 +8,6 @@
 h
 i
 j
-k
 l
 m
 n
`, unified("old", "new", strings.Join(a, ""), strings.Join(b, "")))
	assert.Equal(t, "", unified("old", "new", "x\n", "x\n"))
	assert.Equal(t, "--- old\n+++ new\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+y\n", unified("old", "new", "x", "y\n"))
}
