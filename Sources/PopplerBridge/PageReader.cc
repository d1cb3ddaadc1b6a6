// Reads a page in one pass: poppler's text device collects the characters (in raw, content-
// stream order: the text stage builds words and lines from geometry itself), and the same
// device records every fill, stroke and image instead of rendering them.
#include "Compat.h"
#include "Internal.h"
#include <GfxState.h>
#include <Page.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace {

// Images larger than this many pixels are not decoded for their colour (an icon is small).
constexpr long maxIconPixels = 512 * 512;
// A zero-width stroke is drawn one device dot wide; at print resolution, 1/600 inch.
constexpr double hairline = 72.0 / 600.0;

// A colour component (16.16 fixed point) as a byte: round(clamp(c, 0, 1) × 255), half away from
// zero, in integers. The same as through doubles (c / 65536 × 255 is exact in a double), and
// cheaper: it runs for every pixel of every icon.
uint8_t byteOf(GfxColorComp c)
{
    if (c <= 0) return 0;
    if (c >= gfxColorComp1) return 255;
    return static_cast<uint8_t>((static_cast<long>(c) * 255 + 32768) >> 16);
}

class PageDevice : public TextOutputDev {
public:
    PageDevice() : TextOutputDev(nullptr, nullptr, false, 0, true, false) { }

    /// Where the next page's paths and images go, and what to read.
    void prepare(pb_page *page, bool readGraphics, bool readPixels, double maxSide)
    {
        out = page;
        graphics = readGraphics;
        pixels = readPixels;
        iconMaxSide = maxSide;
    }

    bool needNonText() override { return graphics; }
    // Patterns and shadings are painted, not table rules or cell fills: accepted and skipped.
    bool useTilingPatternFill() override { return graphics; }
    bool useShadedFills(int) override { return graphics; }
    bool tilingPatternFill(GfxState *, Gfx *, Catalog *, GfxTilingPattern *, pb::compat::TilingMatrix, int, int, int, int, double, double) override { return true; }
    bool functionShadedFill(GfxState *, GfxFunctionShading *) override { return true; }
    bool axialShadedFill(GfxState *, GfxAxialShading *, double, double) override { return true; }
    bool radialShadedFill(GfxState *, GfxRadialShading *, double, double) override { return true; }
    bool gouraudTriangleShadedFill(GfxState *, GfxGouraudTriangleShading *) override { return true; }
    bool patchMeshShadedFill(GfxState *, GfxPatchMeshShading *) override { return true; }

    void stroke(GfxState *state) override
    {
        TextOutputDev::stroke(state);
        if (graphics) record(state, PB_PATH_STROKE);
    }
    void fill(GfxState *state) override
    {
        TextOutputDev::fill(state);
        if (graphics) record(state, PB_PATH_FILL);
    }
    void eoFill(GfxState *state) override
    {
        TextOutputDev::eoFill(state);
        if (graphics) record(state, PB_PATH_EOFILL);
    }

    void drawImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool interpolate, const int *maskColors, bool inlineImg) override
    {
        pb_image &img = addImage(state);
        if (wantPixels(img, width, height)) readPixels(img, str, width, height, colorMap, nullptr);
        else OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
    }

    void drawImageMask(GfxState *state, Object *ref, Stream *str, int width, int height, bool invert, bool interpolate, bool inlineImg) override
    {
        // A stencil painted in the fill colour: its pixels are that colour where the mask is set.
        pb_image &img = addImage(state);
        if (wantPixels(img, width, height)) {
            GfxRGB rgb;
            state->getFillRGB(&rgb);
            std::vector<uint8_t> mask = readMask(str, width, height, invert);
            img.pixel_width = width;
            img.pixel_height = height;
            img.first_pixel = static_cast<uint32_t>(out->pixels.size());
            for (uint8_t m : mask) out->pixels.insert(out->pixels.end(), { byteOf(rgb.r), byteOf(rgb.g), byteOf(rgb.b), m });
        } else {
            OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
        }
    }

    void drawMaskedImage(GfxState *state, Object * /*ref*/, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool /*interpolate*/, Stream *maskStr, int maskWidth, int maskHeight, bool maskInvert, bool /*maskInterpolate*/) override
    {
        pb_image &img = addImage(state);
        if (!wantPixels(img, width, height) || long(maskWidth) * maskHeight > maxIconPixels) return;
        Mask mask { readMask(maskStr, maskWidth, maskHeight, maskInvert), maskWidth, maskHeight };
        readPixels(img, str, width, height, colorMap, &mask);
    }

    void drawSoftMaskedImage(GfxState *state, Object * /*ref*/, Stream *str, int width, int height, GfxImageColorMap *colorMap, bool /*interpolate*/, Stream *maskStr, int maskWidth, int maskHeight, GfxImageColorMap *maskColorMap, bool /*maskInterpolate*/) override
    {
        pb_image &img = addImage(state);
        if (!wantPixels(img, width, height) || long(maskWidth) * maskHeight > maxIconPixels) return;
        Mask mask { readSoftMask(maskStr, maskWidth, maskHeight, maskColorMap), maskWidth, maskHeight };
        readPixels(img, str, width, height, colorMap, &mask);
    }

private:
    struct Mask {
        std::vector<uint8_t> alpha;
        int width, height;
    };

    pb_page *out = nullptr;
    bool graphics = false, pixels = false;
    double iconMaxSide = 0;

    void record(GfxState *state, pb_path_kind kind)
    {
        const GfxPath *path = state->getPath();
        if (!path || path->getNumSubpaths() == 0) return;
        pb_path p {};
        p.first = static_cast<uint32_t>(out->subpaths.size());
        p.kind = kind;
        GfxRGB rgb;
        if (kind == PB_PATH_STROKE) {
            state->getStrokeRGB(&rgb);
            double w = state->getTransformedLineWidth();
            p.width = w > 0 ? w : hairline;
            p.opacity = state->getStrokeOpacity();
        } else {
            state->getFillRGB(&rgb);
            p.opacity = state->getFillOpacity();
        }
        p.r = byteOf(rgb.r);
        p.g = byteOf(rgb.g);
        p.b = byteOf(rgb.b);
        state->getClipBBox(&p.clip_x0, &p.clip_y0, &p.clip_x1, &p.clip_y1);
        for (int i = 0; i < path->getNumSubpaths(); i++) {
            const GfxSubpath *sp = path->getSubpath(i);
            pb_subpath s { static_cast<uint32_t>(out->points.size()), 0, static_cast<uint8_t>(sp->isClosed()) };
            for (int j = 0; j < sp->getNumPoints(); j++) {
                if (sp->getCurve(j)) continue;  // a Bézier control point
                double x, y;
                state->transform(sp->getX(j), sp->getY(j), &x, &y);
                out->points.push_back({ x, y });
            }
            s.count = static_cast<uint32_t>(out->points.size()) - s.first;
            out->subpaths.push_back(s);
        }
        p.count = static_cast<uint32_t>(out->subpaths.size()) - p.first;
        out->paths.push_back(p);
    }

    // The image's box: the unit square through the current transformation.
    pb_image &addImage(GfxState *state)
    {
        double xs[4], ys[4];
        state->transform(0, 0, &xs[0], &ys[0]);
        state->transform(1, 0, &xs[1], &ys[1]);
        state->transform(0, 1, &xs[2], &ys[2]);
        state->transform(1, 1, &xs[3], &ys[3]);
        pb_image img {};
        img.x0 = *std::min_element(xs, xs + 4);
        img.x1 = *std::max_element(xs, xs + 4);
        img.y0 = *std::min_element(ys, ys + 4);
        img.y1 = *std::max_element(ys, ys + 4);
        out->images.push_back(img);
        return out->images.back();
    }

    bool wantPixels(const pb_image &img, int width, int height) const
    {
        return pixels && img.x1 - img.x0 <= iconMaxSide && img.y1 - img.y0 <= iconMaxSide && width > 0 && height > 0
            && long(width) * height <= maxIconPixels;
    }

    static std::vector<uint8_t> readMask(Stream *str, int width, int height, bool invert)
    {
        std::vector<uint8_t> alpha(size_t(width) * height, 0);
        ImageStream img(str, width, 1, 1);
        pb::compat::rewind(img);
        for (int y = 0; y < height; y++) {
            unsigned char *line = img.getLine();
            if (!line) break;
            // A set bit paints unless inverted (PDF: sample 0 paints by default for stencils).
            for (int x = 0; x < width; x++) alpha[size_t(y) * width + x] = ((line[x] != 0) == invert) ? 255 : 0;
        }
        img.close();
        return alpha;
    }

    static std::vector<uint8_t> readSoftMask(Stream *str, int width, int height, GfxImageColorMap *map)
    {
        std::vector<uint8_t> alpha(size_t(width) * height, 0);
        ImageStream img(str, width, map->getNumPixelComps(), map->getBits());
        pb::compat::rewind(img);
        for (int y = 0; y < height; y++) {
            unsigned char *line = img.getLine();
            if (!line) break;
            for (int x = 0; x < width; x++) {
                GfxGray g;
                map->getGray(line + x * map->getNumPixelComps(), &g);
                alpha[size_t(y) * width + x] = byteOf(g);
            }
        }
        img.close();
        return alpha;
    }

    void readPixels(pb_image &img, Stream *str, int width, int height, GfxImageColorMap *map, const Mask *mask)
    {
        img.pixel_width = width;
        img.pixel_height = height;
        img.first_pixel = static_cast<uint32_t>(out->pixels.size());
        out->pixels.resize(out->pixels.size() + size_t(width) * height * 4);
        uint8_t *to = out->pixels.data() + img.first_pixel;
        ImageStream stream(str, width, map->getNumPixelComps(), map->getBits());
        pb::compat::rewind(stream);
        for (int y = 0; y < height; y++) {
            unsigned char *line = stream.getLine();
            for (int x = 0; x < width; x++) {
                GfxRGB rgb { 0, 0, 0 };
                if (line) map->getRGB(line + x * map->getNumPixelComps(), &rgb);
                uint8_t a = line ? 255 : 0;  // rows missing from a short stream are no colour
                if (mask && mask->width > 0 && mask->height > 0) {
                    // The mask may have its own resolution: the nearest mask pixel.
                    int mx = std::min(mask->width - 1, int(long(x) * mask->width / width));
                    int my = std::min(mask->height - 1, int(long(y) * mask->height / height));
                    a = mask->alpha[size_t(my) * mask->width + mx];
                }
                *to++ = byteOf(rgb.r);
                *to++ = byteOf(rgb.g);
                *to++ = byteOf(rgb.b);
                *to++ = a;
            }
        }
        stream.close();
    }
};

void collectChars(TextOutputDev &dev, pb_page *out)
{
    std::unordered_map<const TextFontInfo *, uint32_t> fontIndex;
    std::unique_ptr<TextWordList> words = dev.makeWordList();
    pb::compat::forEachWord(*words, [&](const TextWord *w) {
        double r, g, b;
        w->getColor(&r, &g, &b);
        for (int c = 0; c < w->getLength(); c++) {
            const TextFontInfo *info = w->getFontInfo(c);
            auto found = fontIndex.find(info);
            uint32_t font;
            if (found != fontIndex.end()) {
                font = found->second;
            } else {
                font = static_cast<uint32_t>(out->fonts.size());
                const GooString *name = info ? info->getFontName() : nullptr;
                out->fonts.push_back(name ? name->toStr() : std::string());
                fontIndex.emplace(info, font);
            }
            pb_char ch {};
            ch.unicode = w->getChar(c)[0];
            ch.font = font;
            w->getCharBBox(c, &ch.x0, &ch.y0, &ch.x1, &ch.y1);
            ch.size = w->getFontSize();
            ch.r = static_cast<uint8_t>(std::lround(std::clamp(r, 0.0, 1.0) * 255));
            ch.g = static_cast<uint8_t>(std::lround(std::clamp(g, 0.0, 1.0) * 255));
            ch.b = static_cast<uint8_t>(std::lround(std::clamp(b, 0.0, 1.0) * 255));
            out->chars.push_back(ch);
        }
    });
}
}

extern "C" {

pb_page *pb_read_page(pb_document *doc, int page, int flags, double iconMaxSide)
{
    if (page < 1 || page > doc->doc->getNumPages() || !doc->doc->getPage(page)) return nullptr;
    if (!doc->reader) doc->reader = std::make_unique<PageDevice>();
    auto &dev = static_cast<PageDevice &>(*doc->reader);
    auto *out = new pb_page;
    dev.prepare(out, flags & PB_READ_GRAPHICS, flags & PB_READ_ICON_PIXELS, iconMaxSide);
    doc->doc->displayPage(&dev, page, 72, 72, 0, false, true, false);
    if (flags & PB_READ_TEXT) collectChars(dev, out);
    dev.prepare(nullptr, false, false, 0);
    return out;
}

void pb_page_free(pb_page *page) { delete page; }

const pb_char *pb_page_chars(const pb_page *page, size_t *count)
{
    *count = page->chars.size();
    return page->chars.data();
}

size_t pb_page_font_count(const pb_page *page) { return page->fonts.size(); }

const char *pb_page_font_name(const pb_page *page, size_t index) { return page->fonts[index].c_str(); }

const pb_path *pb_page_paths(const pb_page *page, size_t *count)
{
    *count = page->paths.size();
    return page->paths.data();
}

const pb_subpath *pb_page_subpaths(const pb_page *page, size_t *count)
{
    *count = page->subpaths.size();
    return page->subpaths.data();
}

const pb_point *pb_page_points(const pb_page *page, size_t *count)
{
    *count = page->points.size();
    return page->points.data();
}

const pb_image *pb_page_images(const pb_page *page, size_t *count)
{
    *count = page->images.size();
    return page->images.data();
}

const uint8_t *pb_page_pixels(const pb_page *page, size_t *count)
{
    *count = page->pixels.size();
    return page->pixels.data();
}
}
