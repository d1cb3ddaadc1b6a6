// Shared between the bridge's files: the document and page behind the C handles.
#pragma once
#include "popplerbridge.h"
#include <OutputDev.h>
#include <PDFDoc.h>
#include <memory>
#include <string>
#include <vector>

struct pb_document {
    std::vector<char> bytes;  // a document opened from memory reads from here: declared first, freed last
    std::unique_ptr<PDFDoc> doc;
    // The device that reads pages, kept from page to page as pdftotext keeps its own: poppler
    // caches parsed ICC colour spaces in the device, and building one costs more than a page.
    std::unique_ptr<OutputDev> reader;
};

struct pb_page {
    std::vector<pb_char> chars;
    std::vector<std::string> fonts;
    std::vector<pb_path> paths;
    std::vector<pb_subpath> subpaths;
    std::vector<pb_point> points;
    std::vector<pb_image> images;
    std::vector<uint8_t> pixels;
};

namespace pb {
// Poppler's process-wide settings, made once; its error messages are silenced (the text stage
// reports bad input itself, in one line).
void initialise();
}
