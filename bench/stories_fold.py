"""The half of the stories dev set an event belongs to, as stories_devset_bench reads it.

Shared by the Python checks under bench/ (stories_bootstrap.py, story_passages.py) so
their halves are the bench's `--fold=0|1`; python3 stdlib only.
"""

M64 = (1 << 64) - 1


def fold(cluster):
    """stories_devset_bench.cc's Fold(): FNV-1a of the event label, then MurmurHash3's
    finalizer; the top bit is the half (0 or 1)."""
    h = 1469598103934665603
    for c in cluster.encode("utf8"):
        h = ((h ^ c) * 1099511628211) & M64
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & M64
    h ^= h >> 33
    return h >> 63
