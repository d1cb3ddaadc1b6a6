#ifndef COUNCILKPI_POPPLERBRIDGE_H
#define COUNCILKPI_POPPLERBRIDGE_H
// A small C interface over poppler's core library, for the text stage. One pass over a page's
// content gives its characters (with boxes, fonts and colours), the paths it fills and strokes
// and its images: what poppler-glib needs three passes and an SVG rendering for.
// A document must only ever be used from one thread at a time.
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct pb_document pb_document;
typedef struct pb_page pb_page;

/// Poppler's error codes for a document that did not open (ErrorCodes.h).
typedef enum {
    PB_OPEN_OK = 0,
    PB_OPEN_FILE = 1,       // the file could not be opened
    PB_OPEN_BAD_CATALOG = 2,
    PB_OPEN_DAMAGED = 3,
    PB_OPEN_ENCRYPTED = 4,  // needs a password
} pb_open_status;

/// Opens a PDF file. On failure returns NULL and sets `status` to poppler's error code (one
/// of pb_open_status or another of poppler's codes).
pb_document *pb_open_path(const char *path, int *status);
/// Opens a PDF held in memory (the bytes are copied).
pb_document *pb_open_bytes(const void *bytes, size_t length, int *status);
void pb_close(pb_document *doc);

int pb_page_count(const pb_document *doc);
/// The page's size in points with its rotation applied (1-based page); 0 if it does not load.
int pb_page_size(pb_document *doc, int page, double *width, double *height);
/// A document information entry ("Title", "Author", "Creator", "Producer") as UTF-8, or NULL.
/// Free with pb_free.
char *pb_info(pb_document *doc, const char *key);
/// The creation date in UTC as "YYYY-MM-DDTHH:MM:SSZ" (a date without a zone is taken as UTC),
/// or NULL. Free with pb_free.
char *pb_creation_date(pb_document *doc);
void pb_free(void *p);

/// One character, in content-stream order, in page points (origin top-left, y down, page
/// rotation applied).
typedef struct {
    uint32_t unicode;
    uint32_t font;  // index into pb_page_font_name
    double x0, y0, x1, y1;
    double size;
    uint8_t r, g, b;
} pb_char;

typedef struct {
    double x, y;
} pb_point;

/// A run of points from a moveto: straight segments between them (a curve keeps its ends).
typedef struct {
    uint32_t first;  // index into pb_page_points
    uint32_t count;
    uint8_t closed;
} pb_subpath;

typedef enum { PB_PATH_FILL = 0, PB_PATH_EOFILL = 1, PB_PATH_STROKE = 2 } pb_path_kind;

/// One fill or stroke painted on the page, in page points.
typedef struct {
    uint32_t first;  // index into pb_page_subpaths
    uint32_t count;
    pb_path_kind kind;
    uint8_t r, g, b;
    double width;  // stroke width in points (a zero-width hairline is one printer dot)
    double opacity;
    double clip_x0, clip_y0, clip_x1, clip_y1;  // the bounds of the clip in force
} pb_path;

/// An image drawn on the page. Small images (icons) carry their pixels, RGBA, row by row.
typedef struct {
    double x0, y0, x1, y1;
    uint32_t pixel_width, pixel_height;  // 0 when the pixels were not read
    uint32_t first_pixel;  // offset in bytes into pb_page_pixels
} pb_image;

typedef enum {
    PB_READ_TEXT = 1,
    PB_READ_GRAPHICS = 2,  // paths and images
    PB_READ_ICON_PIXELS = 4,  // pixels of images no larger than `icon_max_side` points
} pb_read_flags;

/// Reads one page (1-based) in one pass; NULL if the page does not load.
pb_page *pb_read_page(pb_document *doc, int page, int flags, double icon_max_side);
void pb_page_free(pb_page *page);

const pb_char *pb_page_chars(const pb_page *page, size_t *count);
size_t pb_page_font_count(const pb_page *page);
/// The font's name as the PDF gives it ("ABCDEF+Arial-BoldMT"), "" when it has none.
const char *pb_page_font_name(const pb_page *page, size_t index);
const pb_path *pb_page_paths(const pb_page *page, size_t *count);
const pb_subpath *pb_page_subpaths(const pb_page *page, size_t *count);
const pb_point *pb_page_points(const pb_page *page, size_t *count);
const pb_image *pb_page_images(const pb_page *page, size_t *count);
const uint8_t *pb_page_pixels(const pb_page *page, size_t *count);

/// A shape drawn over a rendered page: a box outline (optionally filled) or a segment.
typedef enum { PB_SHAPE_BOX = 0, PB_SHAPE_SEGMENT = 1 } pb_shape_kind;
typedef struct {
    pb_shape_kind kind;
    double x0, y0, x1, y1;
    uint8_t r, g, b;
    double line_width;
    double fill_alpha;
} pb_shape;

/// Renders a page at `scale` pixels per point, draws the shapes over it and writes a PNG.
/// Returns 0 on success.
int pb_render_png(pb_document *doc, int page, double scale, const pb_shape *shapes, size_t count, const char *output);

#ifdef __cplusplus
}
#endif
#endif
