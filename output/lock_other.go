//go:build !unix

package output

import (
	"fmt"
	"os"
)

// lockDir only creates the lock file where flock is not available: two
// runs on one dataset at once are not detected there.
func lockDir(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("locking dataset: %w", err)
	}
	return f, nil
}

func unlockDir(f *os.File) error {
	if err := f.Close(); err != nil {
		return fmt.Errorf("unlocking %s: %w", f.Name(), err)
	}
	return nil
}
