#!/usr/bin/env python3
"""Fault-injection corpus for `councilkpi ingest`: damaged copies of real PDFs.

Usage: make_corpus.py OUT_DIR COUNT SEED SOURCE.pdf [SOURCE.pdf ...]

Writes COUNT files to OUT_DIR (created; meant to be a temporary directory, never committed),
cycling through the sources and the fault kinds below, deterministically for a given SEED.
Each file is named <index>-<kind>-<source stem>.pdf so a failure names its fault.
"""
import os
import random
import sys

def truncate_half(data, rng):
    return data[: rng.randint(len(data) // 4, max(len(data) // 4 + 1, 3 * len(data) // 4))]

def truncate_tiny(data, rng):
    return data[: rng.randint(0, min(len(data), 1024))]

def truncate_tail(data, rng):
    # Drops the trailer and part of the cross-reference table only.
    return data[: max(0, len(data) - rng.randint(1, min(len(data), 4096)))]

def flip_bytes(count):
    def fault(data, rng):
        out = bytearray(data)
        for _ in range(count):
            i = rng.randrange(len(out))
            out[i] ^= 1 << rng.randrange(8)
        return bytes(out)
    return fault

def flip_tail(data, rng):
    # Damages the xref table / trailer, where offsets and object counts live.
    out = bytearray(data)
    start = max(0, len(out) - 2048)
    for _ in range(20):
        i = rng.randrange(start, len(out))
        out[i] = rng.randrange(256)
    return bytes(out)

def zero_block(data, rng):
    out = bytearray(data)
    size = rng.randint(64, 8192)
    start = rng.randrange(max(1, len(out) - size))
    out[start : start + size] = bytes(min(size, len(out) - start))
    return bytes(out)

def shuffle_chunks(data, rng):
    chunks = [data[i : i + 4096] for i in range(0, len(data), 4096)]
    head, rest = chunks[:1], chunks[1:]
    rng.shuffle(rest)
    return b"".join(head + rest)

def header_only(data, rng):
    return data[:16]

def empty(data, rng):
    return b""

def random_bytes(data, rng):
    return bytes(rng.randrange(256) for _ in range(rng.randint(100, 20000)))

def no_header(data, rng):
    return data[rng.randint(1, 64):]

KINDS = [
    ("truncate-half", truncate_half),
    ("truncate-tiny", truncate_tiny),
    ("truncate-tail", truncate_tail),
    ("flip-1", flip_bytes(1)),
    ("flip-10", flip_bytes(10)),
    ("flip-200", flip_bytes(200)),
    ("flip-tail", flip_tail),
    ("zero-block", zero_block),
    ("shuffle", shuffle_chunks),
    ("header-only", header_only),
    ("empty", empty),
    ("random", random_bytes),
    ("no-header", no_header),
]

def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    out_dir, count, seed, sources = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(seed)
    originals = [(os.path.splitext(os.path.basename(p))[0], open(p, "rb").read()) for p in sorted(sources)]
    for index in range(count):
        kind, fault = KINDS[index % len(KINDS)]
        stem, data = originals[(index // len(KINDS)) % len(originals)]
        damaged = fault(data, rng) if data else data
        with open(os.path.join(out_dir, f"{index:04d}-{kind}-{stem}.pdf"), "wb") as f:
            f.write(damaged)

if __name__ == "__main__":
    main()
