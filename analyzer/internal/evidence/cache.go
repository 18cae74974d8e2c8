package evidence

import (
	"sync"
)

// A cache memoizes values by key for one Analyzer, whose passes run
// concurrently. Two passes may compute the same value at once; the
// first stored wins, so every caller sees one value per key.
type cache[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

// get returns the value of k, computing it with compute on first use.
// compute runs without the lock held, so it may use the cache itself.
func (c *cache[K, V]) get(k K, compute func() V) V {
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = compute()
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.m[k]; ok {
		return old
	}
	if c.m == nil {
		c.m = map[K]V{}
	}
	c.m[k] = v
	return v
}
