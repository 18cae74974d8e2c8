// Package mapnone reads codes from maps with no evidence anywhere: the
// keys rung, silent by default.
package mapnone

func read(m map[string]any, n map[string]int) bool {
	return m["errcode"].(float64) == 40001 || n["ret"] == 1002
}
