#ifndef COUNCILKPI_CPOPPLER_SHIM_H
#define COUNCILKPI_CPOPPLER_SHIM_H
// poppler-glib for text and structure; cairo's SVG surface to read back vector paths
// (ruling lines, cell fills), which poppler-glib has no call for.
#include <poppler.h>
#include <cairo.h>
#include <cairo-svg.h>
#include <glib-object.h>
#endif
