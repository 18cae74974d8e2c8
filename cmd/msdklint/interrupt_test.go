package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Issue 8: an interrupted run stops the go command it started, writes
// nothing, and exits 1 (docs/cli.md). The go command here is a stand-in
// that hangs, so the interrupt surely comes while packages load. It
// tells its pid through a FIFO: the test waits for it, or for the command
// to end, however long the machine takes (issue 17: no time bounds).
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := binary(t)
	tmp := t.TempDir()
	fakeBin := filepath.Join(tmp, "bin")
	pidFIFO := filepath.Join(tmp, "go.pid")
	require.NoError(t, syscall.Mkfifo(pidFIFO, 0o600))
	require.NoError(t, os.Mkdir(fakeBin, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(fakeBin, "go"), []byte("#!/bin/sh\necho $$ > "+pidFIFO+"\nexec sleep 300\n"), 0o755))
	mod := filepath.Join(tmp, "m")
	require.NoError(t, os.Mkdir(mod, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com/m\n\ngo 1.22\n"), 0o644))
	base := filepath.Join(mod, "baseline.json")

	cmd := exec.Command(bin, "-write-baseline", base, "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "PATH="+fakeBin+string(os.PathListSeparator)+os.Getenv("PATH"))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	// Opened read-write, the FIFO never blocks the fake go commands
	// (go/packages may start two at once) nor ends.
	fifo, err := os.OpenFile(pidFIFO, os.O_RDWR, 0)
	require.NoError(t, err)
	defer fifo.Close()
	lines := make(chan string, 64)
	go func() {
		sc := bufio.NewScanner(fifo)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	require.NoError(t, cmd.Start())
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	var pids []int
	addPid := func(line string) {
		pid, err := strconv.Atoi(line)
		require.NoError(t, err, "%q", line)
		pids = append(pids, pid)
		// In case the test fails.
		t.Cleanup(func() { syscall.Kill(pid, syscall.SIGKILL) })
	}
	select {
	case line := <-lines:
		addPid(line)
	case err := <-exited:
		t.Fatalf("msdklint ended before it started the go command: %v: %s", err, stderr.String())
	}

	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	err = <-exited
	var exit *exec.ExitError
	require.True(t, errors.As(err, &exit), "%v: %s", err, stderr.String())
	assert.Equal(t, 1, exit.ExitCode(), "%v: %s", err, stderr.String())
	// Every fake go wrote its pid before msdklint reaped it: the end
	// mark comes after them.
	_, err = fifo.WriteString("end\n")
	require.NoError(t, err)
	for line := <-lines; line != "end"; line = <-lines {
		addPid(line)
	}
	// msdklint waited for the go commands it stopped, so their pids are
	// gone (or, should the system have reused one already, not a sleep).
	for _, pid := range pids {
		if cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid)); err == nil {
			assert.NotContains(t, string(cmdline), "sleep", "the go command %d still runs", pid)
		}
	}
	assert.NoFileExists(t, base)
	entries, err := os.ReadDir(mod)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "only go.mod: %v", entries)
}

// Issue 17, point 6: a second interrupt ends the process, but not while
// -fix renames the fixed files over the old ones: it waits for the renames
// to end. The signals come through a channel, in a fixed order.
func TestSecondInterruptWaitsForRenames(t *testing.T) {
	sigs := make(chan os.Signal)
	exited := make(chan int, 1)
	var renaming atomic.Bool
	var stderr strings.Builder
	ctx, critical := interrupts(sigs, &stderr, func(code int) {
		if renaming.Load() {
			t.Error("the process ended during the renames")
		}
		exited <- code
	})
	critical(func() {
		renaming.Store(true)
		defer renaming.Store(false)
		sigs <- os.Interrupt
		<-ctx.Done()
		sigs <- os.Interrupt // received: the handler now waits for the renames
	})
	assert.Equal(t, 1, <-exited)
	assert.Equal(t, "msdklint: interrupted twice; stopped\n", stderr.String())
}
