// Command propose applies the WeChat keyword rules (package wxrules).
//
// With no argument it reads the embedded catalog and measures the rules
// against the reviewed actions of the extended WeChat entries: how often
// they agree, and per rule. With -stdin it reads JSON lines with "code",
// "en" and "zh" and writes each with the proposed "action" and "rule",
// the first pass of a review:
//
//	go run ./internal/wxrules/propose            # in catalog/
//	go run ./internal/wxrules/propose -stdin <in.jsonl >proposed.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/msdklint/msdklint/catalog"
	"github.com/msdklint/msdklint/catalog/internal/wxrules"
)

func main() {
	stdin := flag.Bool("stdin", false, "propose for the JSON lines on standard input")
	flag.Parse()
	var err error
	if *stdin {
		err = propose(os.Stdin, os.Stdout)
	} else {
		err = measure(catalog.Default(), os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "propose:", err)
		os.Exit(1)
	}
}

type row struct {
	Code   json.RawMessage `json:"code"`
	En     string          `json:"en"`
	Zh     string          `json:"zh"`
	Action string          `json:"action"`
	Rule   string          `json:"rule"`
}

func propose(r io.Reader, w io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for line := 1; sc.Scan(); line++ {
		var in row
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			return fmt.Errorf("line %d: %v", line, err)
		}
		p := wxrules.Propose(in.En, in.Zh)
		out := row{Code: in.Code, En: in.En, Zh: in.Zh, Action: p.Action.String(), Rule: p.Rule}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	return sc.Err()
}

// measure writes the agreement of the rules with the reviewed actions of
// the extended WeChat entries.
func measure(c *catalog.Catalog, w io.Writer) error {
	ns, ok := c.Namespace("wechat.platform")
	if !ok {
		return fmt.Errorf("no namespace wechat.platform")
	}
	type tally struct{ agree, total int }
	byRule := map[string]*tally{}
	var all tally
	for _, e := range ns.Entries {
		if e.Seed() {
			continue
		}
		p := wxrules.Propose(e.En, e.Zh)
		name := p.Rule
		if name == "" {
			name = "(fallback notify-user)"
		}
		t := byRule[name]
		if t == nil {
			t = new(tally)
			byRule[name] = t
		}
		t.total++
		all.total++
		if p.Action == e.Action {
			t.agree++
			all.agree++
		}
	}
	if all.total == 0 {
		return fmt.Errorf("no extended WeChat entries")
	}
	fmt.Fprintf(w, "rules agree with the review on %d of %d extended WeChat entries (%.1f%%)\n",
		all.agree, all.total, 100*float64(all.agree)/float64(all.total))
	names := make([]string, 0, len(byRule))
	for n := range byRule {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t := byRule[n]
		fmt.Fprintf(w, "  %-24s %4d of %4d\n", n, t.agree, t.total)
	}
	return nil
}
