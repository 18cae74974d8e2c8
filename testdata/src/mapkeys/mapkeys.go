// Package mapkeys is checked with -infer=keys: a map read with a code
// key and nothing around it is on the keys rung, every namespace.
package mapkeys

import "encoding/json"

func read(b []byte) bool {
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	return m["errcode"].(float64) == 999999999 // want `unknown-code: errcode 999999999 is in no namespace \(searched all namespaces\)`
}
