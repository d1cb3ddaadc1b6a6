#!/usr/bin/env python3
"""Build samples/bad/: small files that must fail cleanly. Needs qpdf and pdftoppm.
Usage: python3 tools/samples/make_bad.py   (after make_samples.py)"""
import subprocess
import tempfile
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
BAD = SAMPLES / "bad"
SOURCE = SAMPLES / "executive-board-2023-24-q2-directorate-overview-report.pdf"


def write_pdf(path, objects):
    """Write objects (bytes bodies, numbered from 1; object 1 is the catalog) with a correct xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def zero_pages():
    write_pdf(BAD / "zero-pages.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ])


def scanned(work):
    """Page 1 of a sample rendered to greyscale pixels, placed as the only content of an A4 page."""
    subprocess.run(["pdftoppm", "-gray", "-r", "100", "-f", "1", "-l", "1", "-singlefile",
                    str(SOURCE), str(work / "page")], check=True)
    pgm = (work / "page.pgm").read_bytes()
    parts = pgm.split(maxsplit=4)  # P5, width, height, maxval, pixels
    w, h = int(parts[1]), int(parts[2])
    pixels = parts[4]
    data = zlib.compress(pixels, 9)
    content = b"q 595.28 0 0 841.89 0 0 cm /Im0 Do Q"
    write_pdf(BAD / "scanned.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] "
        b"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(data))
        + data + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ])


def main():
    BAD.mkdir(parents=True, exist_ok=True)
    (BAD / "empty.pdf").write_bytes(b"")
    (BAD / "not-a-pdf.pdf").write_text(
        "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
        "<body><h1>Not Found</h1><p>The requested document was not found on this server.</p></body></html>\n")
    data = SOURCE.read_bytes()
    (BAD / "truncated.pdf").write_bytes(data[: len(data) // 2])
    subprocess.run(["qpdf", "--encrypt", "council-user-pw", "council-owner-pw", "256", "--",
                    str(SOURCE), str(BAD / "encrypted.pdf")], check=True)
    zero_pages()
    with tempfile.TemporaryDirectory() as work:
        scanned(Path(work))
    for f in sorted(BAD.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
