package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/msdklint/msdklint/catalog"
	"github.com/msdklint/msdklint/internal/driver"
)

const codesUsage = `usage: msdklint codes [-ns NS] [-json] [-lang en|zh] [CODE...]

Looks codes up in the catalog. A CODE is signed decimal (-73) or hex
(0x47); spellings the catalog records as aliases (the unsigned byte 255 of
OIDB's -1) find their entry. Without a CODE, lists the namespaces given by
-ns, or with -json the whole catalog; without either, lists the namespaces.

Exit status: 0 found, 1 a code no namespace defines, 2 usage error.

Flags:
`

// codes is the "msdklint codes" subcommand.
func codes(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("msdklint codes", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	ns := fs.String("ns", "", "only these namespaces or platforms, comma-separated (wechat.platform, qq)")
	asJSON := fs.Bool("json", false, "print the entries as a JSON array")
	lang := fs.String("lang", "en", "language of the descriptions: en or zh")

	// Negative codes look like flags: take every argument that parses as
	// a code out of the flag arguments first.
	var flagArgs []string
	var values []int64
	var badCode error
	for _, arg := range args {
		v, err := parseCode(arg)
		switch {
		case err == nil:
			values = append(values, v)
		case looksNumeric(arg):
			badCode = fmt.Errorf("%q is not a code: %v", arg, errors.Unwrap(err))
		default:
			flagArgs = append(flagArgs, arg)
		}
	}
	usage := func(format string, a ...any) int {
		if format != "" {
			fmt.Fprintf(stderr, "msdklint codes: "+format+"\n", a...)
		}
		fmt.Fprint(stderr, codesUsage)
		fs.SetOutput(stderr)
		fs.PrintDefaults()
		return driver.ExitUsage
	}
	if err := fs.Parse(flagArgs); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage("")
			return driver.ExitClean
		}
		return usage("%v", err)
	}
	if badCode != nil {
		return usage("%v", badCode)
	}
	if rest := fs.Args(); len(rest) > 0 {
		return usage("%q is not a code (want decimal like -73 or hex like 0x47)", rest[0])
	}
	if *lang != "en" && *lang != "zh" {
		return usage("-lang %q: want en or zh", *lang)
	}

	cat := catalog.Default()
	var nsSet map[string]bool // nil: every namespace
	if *ns != "" {
		nsSet = make(map[string]bool)
		for _, name := range strings.Split(*ns, ",") {
			ids, ok := cat.Expand(strings.TrimSpace(name))
			if !ok {
				var known []string
				for _, n := range cat.Namespaces() {
					known = append(known, n.Name)
				}
				return usage("-ns: unknown namespace or platform %q (known: %s)", name, strings.Join(known, ", "))
			}
			for _, id := range ids {
				for _, n := range cat.Namespaces() {
					if n.ID == id {
						nsSet[n.Name] = true
					}
				}
			}
		}
	}
	in := func(e *catalog.Entry) bool { return nsSet == nil || nsSet[e.Namespace] }

	var entries []*catalog.Entry
	code := driver.ExitClean
	switch {
	case len(values) > 0:
		for _, v := range values {
			var found []*catalog.Entry
			for _, e := range cat.Find(v) {
				if in(e) {
					found = append(found, e)
				}
			}
			if len(found) == 0 {
				where := "no namespace"
				if nsSet != nil {
					where = "no namespace of " + *ns
				}
				fmt.Fprintf(stderr, "msdklint codes: %s defines %d%s\n", where, v, didYouMean(cat, v, in))
				code = 1
			}
			entries = append(entries, found...)
		}
	case nsSet != nil || *asJSON:
		for _, e := range cat.Entries() {
			if in(e) {
				entries = append(entries, e)
			}
		}
	default:
		listNamespaces(stdout, cat, *lang)
		return driver.ExitClean
	}

	switch {
	case *asJSON:
		if err := writeJSON(stdout, entries); err != nil {
			fmt.Fprintf(stderr, "msdklint codes: %v\n", err)
			return 1
		}
	case len(values) > 0:
		for i, e := range entries {
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			describe(stdout, e, *lang)
		}
	default:
		list(stdout, cat, entries, *lang)
	}
	return code
}

// parseCode parses a code as the catalog writes it: signed decimal or hex
// with 0x, down to the least int64.
func parseCode(s string) (int64, error) {
	neg := strings.HasPrefix(s, "-")
	digits := strings.TrimPrefix(s, "-")
	base := 10
	if h, ok := strings.CutPrefix(strings.ToLower(digits), "0x"); ok {
		digits, base = h, 16
	}
	if digits == "" || digits[0] == '+' || digits[0] == '-' {
		return 0, &strconv.NumError{Func: "parseCode", Num: s, Err: strconv.ErrSyntax}
	}
	u, err := strconv.ParseUint(digits, base, 64)
	switch {
	case err != nil:
		return 0, err
	case neg && u > 1<<63, !neg && u > math.MaxInt64:
		return 0, &strconv.NumError{Func: "parseCode", Num: s, Err: strconv.ErrRange}
	case neg:
		return int64(-u), nil // -(1<<63) wraps to itself: the least int64
	}
	return int64(u), nil
}

// looksNumeric tells whether arg is meant as a code rather than a flag:
// a sign and a digit.
func looksNumeric(arg string) bool {
	return len(arg) > 1 && arg[0] == '-' && arg[1] >= '0' && arg[1] <= '9'
}

func codeText(e *catalog.Entry) string {
	if e.IsRange() {
		return fmt.Sprintf("%d..%d", e.Code, e.Hi)
	}
	return strconv.FormatInt(e.Code, 10)
}

func reauthText(e *catalog.Entry) string {
	switch e.Reauth {
	case catalog.ReauthStated:
		return " (reauthorization stated by the source)"
	case catalog.ReauthInferred:
		return " (reauthorization inferred from the meaning)"
	}
	return ""
}

// zhLabels are the words of the output in Chinese, by their English.
var zhLabels = map[string]string{
	"(no constant)":   "(无常量)",
	" (range)":        "(范围)",
	"action":          "处理",
	"advice":          "建议",
	"also written":    "也写作",
	"source":          "来源",
	"note":            "说明",
	"reauth stated":   "需重新授权,来源明确",
	"reauth inferred": "需重新授权,据含义推断",
	"%d codes":        "%d 个错误码",
	" (reauthorization stated by the source)":                                       "(来源明确要求重新授权)",
	" (reauthorization inferred from the meaning)":                                  "(据含义推断需重新授权)",
	"msdklint codes -ns NS lists a namespace; msdklint codes CODE looks a code up.": "msdklint codes -ns NS 列出一个命名空间;msdklint codes CODE 查询错误码。",
}

// zhActions say the actions in Chinese, as the linter's messages do.
var zhActions = map[catalog.Action]string{
	catalog.ActionSuccess:        "成功",
	catalog.ActionRetry:          "稍后重试",
	catalog.ActionReauthorize:    "重新授权",
	catalog.ActionRefreshToken:   "刷新 access token",
	catalog.ActionFixRequest:     "修正请求参数",
	catalog.ActionFixConfig:      "修正配置",
	catalog.ActionRateLimit:      "降低请求频率",
	catalog.ActionContactSupport: "联系技术支持",
	catalog.ActionNotifyUser:     "提示玩家",
	catalog.ActionSeeMsg:         "查看 msg 中的错误码",
	catalog.ActionIgnore:         "可忽略",
}

// label is s in lang.
func label(lang, s string) string {
	if z, ok := zhLabels[s]; ok && lang == "zh" {
		return z
	}
	return s
}

// actionText is the action's name, with its words in Chinese for zh: the
// name is what -json and the docs use.
func actionText(a catalog.Action, lang string) string {
	if z, ok := zhActions[a]; ok && lang == "zh" {
		return a.String() + "(" + z + ")"
	}
	return a.String()
}

// describe prints one entry in full.
func describe(w io.Writer, e *catalog.Entry, lang string) {
	name := e.Const()
	if name == "" {
		name = label(lang, "(no constant)")
	}
	kind := ""
	if e.IsRange() {
		kind = label(lang, " (range)")
	}
	fmt.Fprintf(w, "%s %s %s%s\n", e.Namespace, codeText(e), name, kind)
	fmt.Fprintf(w, "  %s\n", e.Description(lang))
	fmt.Fprintf(w, "  %s: %s%s\n", label(lang, "action"), actionText(e.Action, lang), label(lang, reauthText(e)))
	advice := e.AdviceEn
	if lang == "zh" && e.AdviceZh != "" || advice == "" {
		advice = e.AdviceZh
	}
	if advice != "" {
		fmt.Fprintf(w, "  %s: %s\n", label(lang, "advice"), advice)
	}
	if len(e.Aliases) > 0 {
		var as []string
		for _, a := range e.Aliases {
			as = append(as, strconv.FormatInt(a, 10))
		}
		fmt.Fprintf(w, "  %s: %s\n", label(lang, "also written"), strings.Join(as, " "))
	}
	fmt.Fprintf(w, "  %s: %s\n", label(lang, "source"), sourceText(e.Source, lang))
	for _, n := range e.Notes {
		fmt.Fprintf(w, "  %s: %s\n", label(lang, "note"), catalog.Cite(n))
	}
}

// list prints entries as a table per namespace.
func list(w io.Writer, cat *catalog.Catalog, entries []*catalog.Entry, lang string) {
	titles := make(map[string]string)
	for _, n := range cat.Namespaces() {
		titles[n.Name] = n.TitleEn
		if lang == "zh" && n.TitleZh != "" || n.TitleEn == "" {
			titles[n.Name] = n.TitleZh
		}
	}
	// Entries of a namespace may be apart in file order (the extended
	// tables reopen it): group them, namespaces in order of appearance.
	var order []string
	groups := make(map[string][]*catalog.Entry)
	for _, e := range entries {
		if _, ok := groups[e.Namespace]; !ok {
			order = append(order, e.Namespace)
		}
		groups[e.Namespace] = append(groups[e.Namespace], e)
	}
	for i, ns := range order {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s: %s\n", ns, titles[ns])
		var rows [][]string
		for _, e := range groups[ns] {
			action := actionText(e.Action, lang)
			if e.Reauth != catalog.ReauthNone {
				action += " (" + label(lang, "reauth "+e.Reauth.String()) + ")"
			}
			rows = append(rows, []string{"  " + codeText(e), e.Const(), action, e.Description(lang)})
		}
		table(w, rows)
	}
}

// listNamespaces prints every namespace with its title and entry count.
func listNamespaces(w io.Writer, cat *catalog.Catalog, lang string) {
	count := make(map[string]int)
	for _, e := range cat.Entries() {
		count[e.Namespace]++
	}
	var rows [][]string
	for _, n := range cat.Namespaces() {
		title := n.TitleEn
		if lang == "zh" && n.TitleZh != "" || title == "" {
			title = n.TitleZh
		}
		rows = append(rows, []string{n.Name, fmt.Sprintf(label(lang, "%d codes"), count[n.Name]), title})
	}
	table(w, rows)
	fmt.Fprintln(w, "\n"+label(lang, "msdklint codes -ns NS lists a namespace; msdklint codes CODE looks a code up."))
}

// jsonEntry is one entry of "msdklint codes -json".
type jsonEntry struct {
	Namespace     string   `json:"namespace"`
	Code          int64    `json:"code"`
	Hi            *int64   `json:"hi,omitempty"` // ranges only: the last code
	Name          string   `json:"name"`         // package-qualified constant, "" when none
	ImportPath    string   `json:"import_path,omitempty"`
	Action        string   `json:"action"`
	Reauth        bool     `json:"reauth"`
	ReauthBasis   string   `json:"reauth_basis"` // "stated", "inferred" or ""
	DescriptionEn string   `json:"description_en"`
	DescriptionZh string   `json:"description_zh"`
	AdviceEn      string   `json:"advice_en,omitempty"`
	AdviceZh      string   `json:"advice_zh,omitempty"`
	Aliases       []int64  `json:"aliases,omitempty"`
	Source        []string `json:"source"`
	Origin        string   `json:"origin"` // "seed" or "table"
	Notes         []string `json:"notes,omitempty"`
	Line          int      `json:"line"` // in catalog/codes.txt
}

func writeJSON(w io.Writer, entries []*catalog.Entry) error {
	out := make([]jsonEntry, 0, len(entries))
	for _, e := range entries {
		j := jsonEntry{
			Namespace:     e.Namespace,
			Code:          e.Code,
			Name:          e.Const(),
			Action:        e.Action.String(),
			Reauth:        e.Reauth != catalog.ReauthNone,
			DescriptionEn: e.En,
			DescriptionZh: e.Zh,
			AdviceEn:      e.AdviceEn,
			AdviceZh:      e.AdviceZh,
			Aliases:       e.Aliases,
			Source:        e.Source,
			Origin:        "table",
			Notes:         cited(e.Notes),
			Line:          e.Line,
		}
		if j.Name != "" {
			j.ImportPath = e.ImportPath()
		}
		if e.IsRange() {
			hi := e.Hi
			j.Hi = &hi
		}
		if e.Reauth != catalog.ReauthNone {
			j.ReauthBasis = e.Reauth.String()
		}
		if e.Seed() {
			j.Origin = "seed"
		}
		if j.Source == nil {
			j.Source = []string{}
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// maxSuggestions bounds the codes didYouMean proposes, as the linter's
// messages do.
const maxSuggestions = 4

// didYouMean says what the linter would propose for a value that the
// namespaces in scope lack: the codes it may be a typo of that they
// define, or, when another namespace defines the value itself, that one
// (the linter then guesses no typo: one real code is not another's).
func didYouMean(cat *catalog.Catalog, v int64, in func(*catalog.Entry) bool) string {
	if es := cat.Find(v); len(es) > 0 {
		var names []string
		for _, e := range es {
			names = append(names, e.Namespace)
		}
		return fmt.Sprintf(" (%s does)", strings.Join(names, ", "))
	}
	defines := func(c int64) []*catalog.Entry {
		var out []*catalog.Entry
		for _, e := range cat.Find(c) {
			if in(e) && !e.IsRange() {
				out = append(out, e)
			}
		}
		return out
	}
	// Among codes the tables list densely (a code of v's block of a
	// hundred is defined), an unlisted value is as likely a real code as
	// a typo: a swap of two digits is not proposed there.
	dense := false
	for i := int64(0); i < 100 && !dense; i++ {
		c := v/100*100 + i
		if v < 0 {
			c = v/100*100 - i
		}
		dense = c != v && len(defines(c)) > 0
	}
	type guess struct {
		code int64
		text string
	}
	var guesses []guess
	for _, c := range catalog.TypoCandidates(v) {
		swap := (c < 0) == (v < 0) && len(strconv.FormatInt(c, 10)) == len(strconv.FormatInt(v, 10))
		if dense && swap {
			continue
		}
		es := defines(c)
		if len(es) == 0 {
			continue
		}
		var names []string
		for _, e := range es {
			name := e.Const()
			if name == "" {
				name = e.Namespace
			}
			names = append(names, name)
		}
		guesses = append(guesses, guess{c, fmt.Sprintf("%d (%s)", c, strings.Join(names, ", "))})
		if len(guesses) == maxSuggestions {
			break
		}
	}
	slices.SortFunc(guesses, func(a, b guess) int { return cmp.Compare(a.code, b.code) })
	var parts []string
	for _, g := range guesses {
		parts = append(parts, g.text)
	}
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return "; did you mean " + parts[0] + "?"
	}
	return "; did you mean " + strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1] + "?"
}

// cited is notes with the documents named by title.
func cited(notes []string) []string {
	if notes == nil {
		return nil
	}
	out := make([]string, len(notes))
	for i, n := range notes {
		out[i] = catalog.Cite(n)
	}
	return out
}

// table prints rows with their columns aligned by display width, two
// spaces apart: text/tabwriter counts a Chinese character as one column,
// where terminals show two.
func table(w io.Writer, rows [][]string) {
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], width(cell))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		for i, cell := range row {
			b.WriteString(cell)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-width(cell)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// width is the columns s takes in a terminal: two for East Asian wide
// characters (Han, kana, Hangul, full-width forms and CJK punctuation).
func width(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul),
			r >= 0x3000 && r <= 0x303f, r >= 0xff00 && r <= 0xff60, r >= 0xffe0 && r <= 0xffe6:
			n += 2
		default:
			n++
		}
	}
	return n
}
