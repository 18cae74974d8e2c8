package lexicon_test

import (
	"fmt"

	"github.com/msdklint/msdklint/analyzer/internal/lexicon"
)

// The evidence code reads the names around a code field nearest first
// and stops at the first that names anyone.
func ExampleClassify() {
	names := []struct {
		label, name string
		kind        lexicon.Kind
	}{
		{"type", "WeChatWorkReply", lexicon.Ident},
		{"file", "notify/wechat.go", lexicon.File},
		{"package", "example.com/game/notify", lexicon.Package},
	}
	for _, n := range names {
		if m := lexicon.Classify(n.name, n.kind); m.Found() {
			fmt.Printf("%s %s (%s): look-alike %v, platforms %v\n", n.label, n.name, m.Word, m.LookAlike, m.Platforms.List())
			break
		}
	}
	m := lexicon.Classify("sh.api.weixin.qq.com", lexicon.Host)
	fmt.Println(m.Owner, m.Namespaces)
	// Output:
	// type WeChatWorkReply (wechat work): look-alike true, platforms []
	// wechat [wechat.platform]
}
