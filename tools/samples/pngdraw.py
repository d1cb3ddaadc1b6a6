"""Tiny PNG writer (zlib + struct) for RAG icons and travel arrows; no imaging library needed."""
import struct
import zlib

SS = 4  # supersampling factor for anti-aliased edges


def _png(width, height, rgba_rows):
    raw = b"".join(b"\x00" + bytes(row) for row in rgba_rows)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def _render(size, inside):
    """inside(x, y) -> (r, g, b) or None, x/y in 0..1; returns PNG bytes."""
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            acc = [0, 0, 0]
            hits = 0
            for sy in range(SS):
                for sx in range(SS):
                    c = inside((px + (sx + .5) / SS) / size, (py + (sy + .5) / SS) / size)
                    if c:
                        hits += 1
                        for k in range(3):
                            acc[k] += c[k]
            if hits:
                row += [acc[0] // hits, acc[1] // hits, acc[2] // hits, 255 * hits // (SS * SS)]
            else:
                row += [255, 255, 255, 0]
        rows.append(row)
    return _png(size, size, rows)


def circle(rgb, size=32, border=(60, 60, 60)):
    def inside(x, y):
        d = ((x - .5) ** 2 + (y - .5) ** 2) ** .5
        if d <= .40:
            return rgb
        if d <= .46:
            return border
        return None
    return _render(size, inside)


def arrow(direction, rgb, size=32):
    """direction: 'up', 'down' or 'flat' (a right-pointing arrow)."""
    def up(x, y):
        if y < .5:  # head: triangle apex at (.5,.1), base y=.5 from .15 to .85
            half = (y - .1) / .4 * .35
            return rgb if y >= .1 and abs(x - .5) <= half else None
        return rgb if abs(x - .5) <= .13 and y <= .9 else None

    def inside(x, y):
        if direction == "up":
            return up(x, y)
        if direction == "down":
            return up(x, 1 - y)
        return up(y, 1 - x)
    return _render(size, inside)
