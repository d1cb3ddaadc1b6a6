#!/usr/bin/env python3
"""Hostile-input corpus for `councilkpi ingest`: PDFs built to break a PDF reader.

Usage: hostile.py OUT_DIR [--small] [--mutations N] [--seed S] SOURCE.pdf [SOURCE.pdf ...]

Writes into OUT_DIR (created; meant to be a temporary directory, never committed):
- structure-level cases, written from scratch: compression bombs in content, image and font
  streams, circular /Pages and /Parent, 10^5-deep nesting, 20,000 pages, 300,000 tiny paths
  and 200,000 words on a page, a recursive Type3 font, fonts without ToUnicode, zero /
  negative / huge MediaBox, /Rotate 45, wrong /Length, broken xref tables and object streams,
  malformed JBIG2 / JPX / DCT images, 1e400 and NaN in content, missing operands, junk
  before %PDF-, a ZIP / DOCX / HTML named .pdf, a directory named x.pdf, odd file names;
- N object-level mutations of the sources (default 1000): swapped references, deleted
  objects, random stream data, wrong value types — each file rewritten with a correct xref
  table, so the reader takes the damaged structure at face value.

--small leaves out the slow cases (the bombs, 20,000 pages, the biggest pages) and defaults
N to 60: the slice `make test` runs. Deterministic for a given seed. File names start with
the case's kind, so a failure names its fault. Prints the number of files written.
"""
import io
import os
import random
import re
import sys
import zipfile
import zlib

GIB = 1 << 30
MIB = 1 << 20


# --- writing PDFs -------------------------------------------------------------------------

def stream(data, extra=b"", length=None):
    """An object body holding a stream (`length` overrides the true /Length)."""
    n = len(data) if length is None else length
    return b"<< /Length " + str(n).encode() + b" " + extra + b" >>\nstream\n" + data + b"\nendstream"


def pdf(objects, root=1, trailer_extra=b"", xref=True, version=b"1.7"):
    """A PDF from {number: body}, with a correct xref table unless xref=False."""
    out = io.BytesIO()
    out.write(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n")
    size = max(objects) + 1 if objects else 1
    start = out.tell()
    if xref:
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
        for num in range(1, size):
            if num in offsets:
                out.write(b"%010d 00000 n \n" % offsets[num])
            else:
                out.write(b"0000000000 65535 f \n")
    out.write(b"trailer\n<< /Size %d /Root %d 0 R " % (size, root) + trailer_extra + b">>\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % start)
    return out.getvalue()


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def page_doc(content, resources=b"/Font << /F1 4 0 R >>", page_extra=b"", media=b"[0 0 595 842]",
             extra_objects=None, content_extra=b""):
    """One page: 1 catalog, 2 pages, 3 page, 4 font, 5 content, then `extra_objects`."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox " + media + b" /Resources << " + resources
           + b" >> /Contents 5 0 R " + page_extra + b">>",
        4: FONT,
        5: stream(content, content_extra),
    }
    objects.update(extra_objects or {})
    return pdf(objects)


TEXT = b"BT /F1 12 Tf 72 770 Td (Hostile input: Quarter 2 performance report) Tj ET"


def flate(data):
    return zlib.compress(data, 9)


def bomb(unit, total, prefix=b""):
    """Flate of `prefix` then `unit` repeated up to `total` bytes, compressed again (a tiny file).
    Each MiB is compressed once: after a full flush the deflate output of the same input is the
    same bytes, so the stream is that block repeated."""
    chunk = unit * (MIB // len(unit))
    count = total // len(chunk)
    z = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = z.compress(prefix) + z.flush(zlib.Z_FULL_FLUSH)
    block = z.compress(chunk) + z.flush(zlib.Z_FULL_FLUSH)
    tail = z.flush()
    check = zlib.adler32(prefix)
    for _ in range(count):
        check = zlib.adler32(chunk, check)
    inner = b"\x78\xda" + head + block * count + tail + check.to_bytes(4, "big")
    return zlib.compress(inner, 9)


DOUBLE_FLATE = b"/Filter [/FlateDecode /FlateDecode]"


# --- structure-level cases ----------------------------------------------------------------

def bombs():
    yield "bomb-content-string", page_doc(bomb(b"A", 3 * GIB, b"BT /F1 12 Tf 72 770 Td ("), content_extra=DOUBLE_FLATE)
    yield "bomb-content-spaces", page_doc(bomb(b" ", 2 * GIB), content_extra=DOUBLE_FLATE)
    yield "bomb-content-ops", page_doc(bomb(b"0 0 1 1 re f ", GIB), content_extra=DOUBLE_FLATE)
    image = stream(bomb(b"\0", 3 * GIB), b"/Type /XObject /Subtype /Image /Width 40000 /Height 40000 "
                   b"/ColorSpace /DeviceRGB /BitsPerComponent 8 " + DOUBLE_FLATE)
    yield "bomb-image", page_doc(TEXT + b" q 500 0 0 700 40 40 cm /Im1 Do Q",
                                 resources=b"/Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >>",
                                 extra_objects={6: image})
    icon = stream(bomb(b"\xff", GIB), b"/Type /XObject /Subtype /Image /Width 20000 /Height 18000 "
                  b"/ColorSpace /DeviceRGB /BitsPerComponent 8 " + DOUBLE_FLATE)
    yield "bomb-image-small-box", page_doc(TEXT + b" q 10 0 0 10 40 40 cm /Im1 Do Q",
                                           resources=b"/Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >>",
                                           extra_objects={6: icon})
    font = embedded_font_doc(stream(bomb(b"\0", 3 * GIB), b"/Length1 3221225472 " + DOUBLE_FLATE))
    yield "bomb-font", font
    cmap = stream(bomb(b"<0001> <0041>\n", GIB), DOUBLE_FLATE)
    yield "bomb-tounicode", page_doc(TEXT, extra_objects={4: FONT[:-2] + b" /ToUnicode 6 0 R >>", 6: cmap})


def embedded_font_doc(fontfile):
    descriptor = (b"<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] "
                  b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>")
    font = (b"<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126 "
            b"/Widths [" + b"500 " * 95 + b"] /FontDescriptor 6 0 R >>")
    return page_doc(TEXT, extra_objects={4: font, 6: descriptor, 7: fontfile})


def circular():
    yield "circular-pages-self", pdf({1: b"<< /Type /Catalog /Pages 2 0 R >>",
                                      2: b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"})
    yield "circular-pages-pair", pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
        3: b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 2 >>",
        4: b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
           b"/Resources << /Font << /F1 6 0 R >> >> >>",
        5: stream(TEXT), 6: FONT})
    yield "circular-parent", pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 3 0 R >>",
        3: b"<< /Type /Page /Parent 3 0 R /Contents 5 0 R >>",
        5: stream(TEXT)})
    # Resources and MediaBox inherited through a /Parent loop (nothing on the page itself).
    yield "circular-parent-inherited", pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 6 0 R >>",
        6: b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>",
        3: b"<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>",
        5: stream(TEXT)})
    yield "circular-reference-chain", page_doc(TEXT, page_extra=b"/Annots 6 0 R",
                                               extra_objects={6: b"7 0 R", 7: b"6 0 R"})
    yield "circular-xobject", page_doc(TEXT + b" /X1 Do", resources=b"/Font << /F1 4 0 R >> /XObject << /X1 6 0 R >>",
                                       extra_objects={6: stream(b"/X1 Do 0 0 1 1 re f", b"/Type /XObject /Subtype /Form "
                                                                b"/BBox [0 0 10 10] /Resources << /XObject << /X1 6 0 R >> >>")})


def nesting(depth):
    yield "deep-array-in-dict", page_doc(TEXT, page_extra=b"/Deep " + b"[" * depth + b"]" * depth)
    yield "deep-dict-in-dict", page_doc(TEXT, page_extra=b"/Deep " + b"<< /A " * depth + b"1" + b" >>" * depth)
    yield "deep-array-unclosed", page_doc(TEXT, page_extra=b"/Deep " + b"[" * depth)
    yield "deep-array-in-content", page_doc(b"[" * depth + b"]" * depth + b" " + TEXT)
    yield "deep-save-state", page_doc(b"q " * depth + TEXT + b" Q" * depth)
    yield "deep-text-objects", page_doc(b"BT " * depth + b"/F1 12 Tf (x) Tj" + b" ET" * depth)
    # A page tree 2,000 levels deep, one page at the bottom.
    levels = 2000
    objects = {1: b"<< /Type /Catalog /Pages 10 0 R >>", 4: FONT, 5: stream(TEXT)}
    for i in range(levels):
        num = 10 + i
        kid = num + 1 if i + 1 < levels else 3
        parent = b"/Parent %d 0 R " % (num - 1) if i else b""
        objects[num] = b"<< /Type /Pages " + parent + b"/Kids [%d 0 R] /Count 1 >>" % kid
    objects[3] = (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                  b"/Contents 5 0 R >>" % (10 + levels - 1))
    yield "deep-page-tree", pdf(objects)


def many_pages(count):
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 4: FONT, 5: stream(TEXT)}
    kids = b" ".join(b"%d 0 R" % (10 + i) for i in range(count))
    objects[2] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d " % count + \
        b"/MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> >>"
    for i in range(count):
        objects[10 + i] = b"<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>"
    return pdf(objects)


def big_pages(paths, words):
    out = io.BytesIO()
    out.write(TEXT + b"\n")
    for i in range(paths):
        out.write(b"%d %d 0.5 0.5 re f\n" % (i % 590, (i // 590) % 840))
    yield "paths-%d" % paths, page_doc(flate(out.getvalue()), content_extra=b"/Filter /FlateDecode")
    out = io.BytesIO()
    out.write(b"BT /F1 1 Tf\n")
    for i in range(words):
        out.write(b"1 0 0 1 %d %d Tm (w%d) Tj\n" % (i % 590, (i // 590) % 840, i % 100))
    out.write(b"ET\n")
    yield "words-%d" % words, page_doc(flate(out.getvalue()), content_extra=b"/Filter /FlateDecode")


def fonts():
    type3 = (b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
             b"/CharProcs << /a 7 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >> /FirstChar 97 "
             b"/LastChar 97 /Widths [1000] /Resources << /Font << /F3 6 0 R >> >> >>")
    glyph = stream(b"1000 0 0 0 1000 1000 d1 BT /F3 1 Tf (aaaa) Tj ET 0 0 1000 1000 re f")
    yield "type3-recursive", page_doc(b"BT /F3 12 Tf 72 700 Td (aaa) Tj ET " + TEXT,
                                      resources=b"/Font << /F1 4 0 R /F3 6 0 R >>", extra_objects={6: type3, 7: glyph})
    yield "type3-no-charprocs", page_doc(b"BT /F3 12 Tf 72 700 Td (abc) Tj ET " + TEXT,
                                         resources=b"/Font << /F1 4 0 R /F3 6 0 R >>",
                                         extra_objects={6: b"<< /Type /Font /Subtype /Type3 /FontMatrix [0 0 0 0 0 0] >>"})
    cid = (b"<< /Type /Font /Subtype /Type0 /BaseFont /NoSuchCID /Encoding /Identity-H /DescendantFonts [6 0 R] >>")
    desc = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoSuchCID /CIDSystemInfo << /Registry (Adobe) "
            b"/Ordering (Identity) /Supplement 0 >> /DW 1000 >>")
    yield "font-cid-no-tounicode", page_doc(b"BT /F1 12 Tf 72 700 Td <0041004200430044> Tj ET",
                                            extra_objects={4: cid, 6: desc})
    yield "font-custom-encoding-no-tounicode", page_doc(
        b"BT /F1 12 Tf 72 700 Td (\x01\x02\x03\x04) Tj ET",
        extra_objects={4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Symbolic /Encoding << /Differences "
                          b"[1 /g1 /g2 /g3 /g4] >> >>"})
    yield "font-missing", page_doc(b"BT /F9 12 Tf 72 700 Td (no such font) Tj ET")
    yield "font-garbage-file", embedded_font_doc(stream(bytes(random.Random(3).randrange(256) for _ in range(5000))))


def geometry():
    for name, box in [("mediabox-zero", b"[0 0 0 0]"), ("mediabox-negative", b"[0 0 -595 -842]"),
                      ("mediabox-huge", b"[0 0 1e9 1e9]"), ("mediabox-inverted", b"[595 842 0 0]"),
                      ("mediabox-short", b"[0 0 595]"), ("mediabox-strings", b"[(a) (b) (c) (d)]"),
                      ("mediabox-nan", b"[0 0 NaN 1e400]")]:
        yield name, page_doc(TEXT, media=box)
    for angle in [b"45", b"-90", b"1e10", b"(ninety)"]:
        yield "rotate-" + angle.decode().strip("()"), page_doc(TEXT, page_extra=b"/Rotate " + angle)
    yield "userunit-huge", page_doc(TEXT, page_extra=b"/UserUnit 1e30")


def lengths_and_xref():
    body = TEXT
    yield "length-too-long", page_doc(body, extra_objects={5: stream(body, length=len(body) * 1000)})
    yield "length-too-short", page_doc(body, extra_objects={5: stream(body, length=3)})
    yield "length-negative", page_doc(body, extra_objects={5: stream(body, length=-50)})
    yield "length-missing-ref", page_doc(body, extra_objects={5: b"<< /Length 99 0 R >>\nstream\n" + body + b"\nendstream"})
    good = page_doc(TEXT)
    start = int(good.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    yield "xref-offsets-wrong", re.sub(rb"(\d{10}) 00000 n", lambda m: b"%010d 00000 n" % (int(m.group(1)) + 7), good)
    yield "startxref-garbage", good.replace(b"startxref\n%d" % start, b"startxref\n999999999")
    yield "startxref-missing", good.replace(b"startxref\n%d\n" % start, b"")
    yield "xref-missing", pdf({1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                               3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
                                  b"/Resources << /Font << /F1 4 0 R >> >> >>", 4: FONT, 5: stream(TEXT)}, xref=False)
    yield "xref-count-huge", good.replace(b"xref\n0 6\n", b"xref\n0 2147483647\n")
    yield "trailer-root-missing", good.replace(b"/Root 1 0 R", b"/Root 77 0 R")
    yield "trailer-prev-loop", good.replace(b"/Root 1 0 R", b"/Root 1 0 R /Prev %d" % start)
    # A cross-reference stream that is random bytes.
    junk = bytes(random.Random(4).randrange(256) for _ in range(300))
    xs = page_doc(TEXT, extra_objects={9: stream(junk, b"/Type /XRef /Size 10 /W [1 4 2] /Filter /FlateDecode")})
    yield "xref-stream-garbage", xs.rsplit(b"xref\n", 1)[0] + b"startxref\n" + str(xs.index(b"9 0 obj")).encode() + b"\n%%EOF\n"
    # Object streams: wrong /N and /First, random content, one that contains itself.
    objstm_body = b"1 0 2 30 3 60 " + b"<< /Type /Catalog /Pages 2 0 R >>"
    for name, extra, data in [("objstm-wrong-n", b"/N 100000 /First 14", objstm_body),
                              ("objstm-wrong-first", b"/N 3 /First 999999", objstm_body),
                              ("objstm-negative", b"/N -3 /First -14", objstm_body),
                              ("objstm-random", b"/N 3 /First 10", junk)]:
        objects = {6: stream(data, b"/Type /ObjStm " + extra), 4: FONT, 5: stream(TEXT)}
        yield name, objstm_doc(objects)


def objstm_doc(objects):
    """A file whose catalog, pages and page live in object stream 6 (xref stream 7)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n")
    rows = [b"\x00\x00\x00\x00\x00\xff\xff"]
    for num in range(1, 7):
        if num in (1, 2, 3):
            rows.append(b"\x02" + (6).to_bytes(4, "big") + (num - 1).to_bytes(2, "big"))
        elif num in offsets:
            rows.append(b"\x01" + offsets[num].to_bytes(4, "big") + b"\x00\x00")
    start = out.tell()
    rows.append(b"\x01" + start.to_bytes(4, "big") + b"\x00\x00")
    data = b"".join(rows)
    out.write(b"7 0 obj\n" + stream(data, b"/Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R") + b"\nendobj\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % start)
    return out.getvalue()


def images():
    rng = random.Random(5)
    junk = bytes(rng.randrange(256) for _ in range(4000))
    cases = [
        ("jbig2-garbage", b"/Filter /JBIG2Decode", junk),
        ("jbig2-bad-globals", b"/Filter /JBIG2Decode /DecodeParms << /JBIG2Globals 7 0 R >>",
         b"\x00\x00\x00\x01\x30\x00\x01\x00\x00\x00\x13" + junk[:200]),
        ("jpx-garbage", b"/Filter /JPXDecode", b"\x00\x00\x00\x0cjP  \r\n\x87\n" + junk),
        ("dct-garbage", b"/Filter /DCTDecode", b"\xff\xd8\xff\xe0" + junk),
        ("dct-truncated", b"/Filter /DCTDecode", b"\xff\xd8\xff\xdb\x00\x43\x00"),
        ("ccitt-garbage", b"/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns 4000 >>", junk),
        ("lzw-garbage", b"/Filter /LZWDecode", junk),
        ("flate-garbage", b"/Filter /FlateDecode", junk),
        ("filter-unknown", b"/Filter /NoSuchDecode", junk),
        ("filter-chain-long", b"/Filter [" + b"/ASCIIHexDecode " * 5000 + b"]", b"41>"),
    ]
    for name, filt, data in cases:
        image = stream(data, b"/Type /XObject /Subtype /Image /Width 800 /Height 600 /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 1 " + filt)
        for box, suffix in [(b"400 0 0 300 40 400", ""), (b"20 0 0 20 40 40", "-icon")]:
            yield name + suffix, page_doc(TEXT + b" q " + box + b" cm /Im1 Do Q",
                                          resources=b"/Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >>",
                                          extra_objects={6: image})
    yield "image-size-overflow", page_doc(
        TEXT + b" q 20 0 0 20 40 40 cm /Im1 Do Q", resources=b"/Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >>",
        extra_objects={6: stream(b"\0" * 100, b"/Type /XObject /Subtype /Image /Width 2147483647 /Height 2147483647 "
                                 b"/ColorSpace /DeviceRGB /BitsPerComponent 16")})
    yield "inline-image-garbage", page_doc(TEXT + b" q 20 0 0 20 40 40 cm BI /W 1000 /H 1000 /CS /RGB /BPC 8 /F /DCT ID "
                                           + junk[:500] + b" EI Q")


def content_numbers():
    for name, content in [
        ("number-1e400", b"1e400 0 0 1e400 0 0 cm " + TEXT),
        ("number-nan", b"NaN 0 0 NaN 0 0 cm BT /F1 NaN Tf NaN NaN Td (x) Tj ET " + TEXT),
        ("number-huge-int", b"BT /F1 12 Tf 99999999999999999999999999 -99999999999999999999 Td (x) Tj ET " + TEXT),
        ("number-tiny-scale", b"1e-300 0 0 1e-300 0 0 cm " + TEXT),
        ("number-singular-matrix", b"0 0 0 0 0 0 cm " + TEXT + b" BT /F1 12 Tf 0 0 0 0 10 10 Tm (x) Tj ET"),
        ("number-font-size-huge", b"BT /F1 1e38 Tf 72 700 Td (huge) Tj ET " + TEXT),
        ("number-font-size-negative", b"BT /F1 -12 Tf 72 700 Td (neg) Tj ET " + TEXT),
        ("missing-operands", b"Tj Td Tf cm re f q Q BT Tj ET m l c h S " + TEXT + b" re Do TJ ' \" gs sh"),
        ("wrong-operand-types", b"(a) (b) (c) (d) (e) (f) cm /N /M re f BT 12 /F1 Tf [1 (a)] Td ET " + TEXT),
        ("too-many-operands", b"0 " * 100000 + TEXT),
        ("unbalanced", b"Q Q Q ET ET EMC EMC " + TEXT + b" BT BT q q BDC"),
        ("tj-array-huge", b"BT /F1 12 Tf 72 700 Td [" + b"(a) -1e30 " * 20000 + b"] TJ ET"),
        ("string-unclosed", b"BT /F1 12 Tf 72 700 Td (" + b"a" * 100000),
        ("hex-string-odd", b"BT /F1 12 Tf 72 700 Td <4142434> Tj <zz> Tj ET " + TEXT),
        ("content-binary", bytes(random.Random(6).randrange(256) for _ in range(20000))),
    ]:
        yield name, page_doc(content)


def envelopes():
    good = page_doc(TEXT)
    yield "junk-before-header-short", b"GARBAGE" * 10 + b"\n" + good
    yield "junk-before-header-long", bytes(random.Random(7).randrange(256) for _ in range(5000)) + good
    yield "junk-after-eof", good + b"\0" * 10000
    yield "two-headers", good[:9] + good
    yield "html-named-pdf", b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>Q2 report</w:t></w:r></w:p></w:body></w:document>")
    yield "docx-named-pdf", buf.getvalue()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("report.pdf", good + b"% a zip holding a PDF")
    yield "zip-named-pdf", buf.getvalue()
    yield "pdf-header-then-zip", b"%PDF-1.7\n" + buf.getvalue()
    yield "header-only-eof", b"%PDF-1.7\n%%EOF\n"
    yield "nul-bytes", b"\0" * 4096
    yield "utf16-text", "%PDF-1.4 not really".encode("utf-16")


ODD_NAMES = ["with spaces and (brackets).pdf", "ünïcødé £ report – Q2.pdf", "new\nline.pdf", "-leading-dash.pdf",
             "--help.pdf", "tab\tname.pdf", "quote'and\"double.pdf", "UPPER.PDF.pdf", "emoji-\U0001F4C8.pdf"]


def structure_cases(small):
    if not small:
        yield from bombs()
        yield "pages-20000", many_pages(20000)
        yield from big_pages(300000, 200000)
    else:
        yield "pages-6000", many_pages(6000)
        yield from big_pages(20000, 10000)
    yield from circular()
    yield from nesting(100000)
    yield from fonts()
    yield from geometry()
    yield from lengths_and_xref()
    yield from images()
    yield from content_numbers()
    yield from envelopes()


# --- object-level mutations of real PDFs --------------------------------------------------

OBJ = re.compile(rb"(\d+) (\d+) obj\b(.*?)\bendobj", re.S)
REF = re.compile(rb"(\d+) (\d+) R\b")


def parse(data):
    objects = {int(m.group(1)): m.group(3).strip() for m in OBJ.finditer(data)}
    trailer = data[data.rindex(b"trailer"):] if b"trailer" in data else b""
    root = re.search(rb"/Root (\d+) 0 R", trailer)
    info = re.search(rb"/Info (\d+) 0 R", trailer)
    return objects, int(root.group(1)) if root else 1, (b"/Info %s 0 R " % info.group(1)) if info else b""


WRONG_VALUES = [b"null", b"true", b"-1", b"0", b"2147483648", b"1e400", b"(string)", b"<00ff>", b"/Name",
                b"[]", b"[1 2 3]", b"<< >>", b"<< /Type /Page >>", b"999 0 R", b"1 0 R"]
KEYS = [b"Type", b"Kids", b"Count", b"Parent", b"MediaBox", b"CropBox", b"Contents", b"Resources", b"Font",
        b"XObject", b"Length", b"Filter", b"DecodeParms", b"Width", b"Height", b"BitsPerComponent", b"ColorSpace",
        b"Subtype", b"BaseFont", b"Encoding", b"ToUnicode", b"FontDescriptor", b"Widths", b"FirstChar", b"Rotate",
        b"Pages", b"DescendantFonts", b"W", b"DW", b"FontFile2", b"SMask", b"Annots", b"StructTreeRoot"]


def split_stream(body):
    m = re.search(rb"stream\r?\n", body)
    if not m or not body.endswith(b"endstream"):
        return None
    return body[: m.end()], body[m.end(): -len(b"endstream")]


def mutate(objects, rng):
    """One to three object-level mutations, in place; returns the kinds applied."""
    kinds = []
    nums = sorted(objects)
    wanted = rng.choice([1, 1, 1, 2, 3])
    for _ in range(50):  # tries: not every kind applies to every object
        if len(kinds) == wanted:
            break
        kind = rng.choice(["swap-ref", "swap-ref", "delete", "stream-random", "stream-truncate", "wrong-type",
                           "wrong-type", "swap-bodies", "dup-ref-self"])
        num = rng.choice(nums)
        body = objects.get(num)
        if body is None:
            continue
        if kind == "swap-ref":
            refs = list(REF.finditer(body))
            if not refs:
                continue
            r = rng.choice(refs)
            target = rng.choice(nums + [0, 99999, num])
            objects[num] = body[: r.start()] + b"%d 0 R" % target + body[r.end():]
        elif kind == "dup-ref-self":
            refs = list(REF.finditer(body))
            if not refs:
                continue
            r = rng.choice(refs)
            objects[num] = body[: r.start()] + b"%d 0 R" % num + body[r.end():]
        elif kind == "delete":
            del objects[num]
        elif kind in ("stream-random", "stream-truncate"):
            streams = [n for n in nums if n in objects and split_stream(objects[n])]
            if not streams:
                continue
            num = rng.choice(streams)
            head, data = split_stream(objects[num])
            if kind == "stream-random":
                start = rng.randrange(max(1, len(data)))
                size = rng.randint(1, max(1, len(data) - start))
                data = data[:start] + bytes(rng.randrange(256) for _ in range(size)) + data[start + size:]
            else:
                data = data[: rng.randrange(max(1, len(data)))]
            objects[num] = head + data + b"endstream"
        elif kind == "wrong-type":
            keys = [k for k in KEYS if re.search(rb"/" + k + rb"\b", body)]
            if not keys:
                continue
            key = rng.choice(keys)
            m = re.search(rb"/" + key + rb"\s*(\d+ \d+ R|\[[^\[\]]*\]|<<[^<>]*>>|\([^()]*\)|/[^\s/<>\[\]()]+|[-+.\d]+|true|false|null)", body)
            if not m:
                continue
            objects[num] = body[: m.start(1)] + rng.choice(WRONG_VALUES) + body[m.end(1):]
        elif kind == "swap-bodies":
            other = rng.choice(nums)
            if other in objects:
                objects[num], objects[other] = objects[other], body
        kinds.append(kind)
    return kinds or ["none"]


def mutations(sources, count, rng):
    parsed = [(os.path.splitext(os.path.basename(s))[0], parse(open(s, "rb").read())) for s in sources]
    for i in range(count):
        stem, (objects, root, info) = parsed[i % len(parsed)]
        objects = dict(objects)
        kinds = mutate(objects, rng)
        if not objects:
            objects = {1: b"null"}
        yield "mut-%s-%s" % ("+".join(kinds), stem[:24]), pdf(objects, root=root, trailer_extra=info, version=b"1.6")


# --- main ---------------------------------------------------------------------------------

def main(argv):
    args = list(argv)
    small = "--small" in args
    if small:
        args.remove("--small")
    count = 60 if small else 1000
    seed = 1
    if "--mutations" in args:
        i = args.index("--mutations")
        count = int(args[i + 1])
        del args[i: i + 2]
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i: i + 2]
    if len(args) < 2:
        sys.exit(__doc__)
    out, sources = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(seed)
    written = 0
    for index, (name, data) in enumerate(structure_cases(small)):
        with open(os.path.join(out, "%04d-%s.pdf" % (index, name)), "wb") as f:
            f.write(data)
        written += 1
    os.makedirs(os.path.join(out, "x.pdf"), exist_ok=True)  # a directory named like a PDF
    os.mkfifo(os.path.join(out, "fifo.pdf"))  # reading it would block forever
    os.symlink("no-such-target.pdf", os.path.join(out, "dangling-link.pdf"))
    written += 3
    for name in ODD_NAMES:  # each its own content, so none is skipped as a duplicate
        with open(os.path.join(out, name), "wb") as f:
            f.write(page_doc(TEXT + b" % " + name.encode().replace(b"\n", b" ")))
        written += 1
    for index, (name, data) in enumerate(mutations(sources, count, rng)):
        with open(os.path.join(out, "%04d-%s.pdf" % (index, name)), "wb") as f:
            f.write(data)
        written += 1
    print(written)


if __name__ == "__main__":
    main(sys.argv[1:])
