// Debug pictures: a page rendered by poppler's own rasteriser with shapes drawn over it.
#include "Compat.h"
#include "Internal.h"
#include <SplashOutputDev.h>
#include <splash/Splash.h>
#include <splash/SplashBitmap.h>
#include <splash/SplashPath.h>
#include <splash/SplashPattern.h>

extern "C" int pb_render_png(pb_document *doc, int page, double scale, const pb_shape *shapes, size_t count, const char *output)
{
    if (page < 1 || page > doc->doc->getNumPages() || !doc->doc->getPage(page)) return 1;
    SplashColor paper = { 255, 255, 255 };
    std::unique_ptr<SplashOutputDev> dev = pb::compat::makeSplashDevice(splashModeRGB8, 4, paper);
    dev->startDoc(doc->doc.get());
    doc->doc->displayPage(dev.get(), page, 72 * scale, 72 * scale, 0, false, true, false);
    Splash *splash = dev->getSplash();
    SplashBitmap *bitmap = dev->getBitmap();
    if (!splash || !bitmap) return 1;
    // The page left its own transformation, clip, dash and blending in the rasteriser's state:
    // the shapes are drawn in plain pixel coordinates over the whole bitmap.
    pb::compat::setIdentityMatrix(*splash);
    splash->clipResetToRect(0, 0, bitmap->getWidth(), bitmap->getHeight());
    pb::compat::setSolidLine(*splash);
    splash->setBlendFunc(nullptr);
    splash->setSoftMask(nullptr);
    for (size_t i = 0; i < count; i++) {
        const pb_shape &s = shapes[i];
        SplashColor colour = { s.r, s.g, s.b };
        SplashPath path;
        if (s.kind == PB_SHAPE_BOX) {
            path.moveTo(s.x0 * scale, s.y0 * scale);
            path.lineTo(s.x1 * scale, s.y0 * scale);
            path.lineTo(s.x1 * scale, s.y1 * scale);
            path.lineTo(s.x0 * scale, s.y1 * scale);
            path.close();
            if (s.fill_alpha > 0) {
                splash->setFillPattern(new SplashSolidColor(colour));
                splash->setFillAlpha(s.fill_alpha);
                splash->fill(&path, false);
            }
        } else {
            path.moveTo(s.x0 * scale, s.y0 * scale);
            path.lineTo(s.x1 * scale, s.y1 * scale);
        }
        splash->setStrokePattern(new SplashSolidColor(colour));
        splash->setStrokeAlpha(1);
        splash->setLineWidth(s.line_width * scale);
        pb::compat::stroke(*splash, path);
    }
    auto written = bitmap->writeImgFile(splashFormatPng, output, 72 * scale, 72 * scale);
    return pb::compat::succeeded(written) ? 0 : 1;
}
