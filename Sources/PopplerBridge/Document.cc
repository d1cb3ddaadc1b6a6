// Opening documents, their information entries and page sizes.
#include "Compat.h"
#include "Internal.h"
#include <DateInfo.h>
#include <Error.h>
#include <GlobalParams.h>
#include <PDFDocEncoding.h>
#include <Page.h>
#include <Stream.h>
#include <UTF.h>
#include <UnicodeMapFuncs.h>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <mutex>

namespace pb {
static void quiet(ErrorCategory, Goffset, const char *) { }

void initialise()
{
    static std::once_flag once;
    std::call_once(once, [] {
        globalParams = std::make_unique<GlobalParams>();
        setErrorCallback(quiet);
    });
}

static pb_document *finish(std::unique_ptr<pb_document> doc, int *status)
{
    if (!doc->doc->isOk()) {
        *status = doc->doc->getErrorCode() ? doc->doc->getErrorCode() : PB_OPEN_DAMAGED;
        return nullptr;
    }
    *status = PB_OPEN_OK;
    return doc.release();
}

static char *copy(const std::string &s)
{
    char *out = static_cast<char *>(std::malloc(s.size() + 1));
    std::memcpy(out, s.data(), s.size());
    out[s.size()] = 0;
    return out;
}

static void appendUTF8(std::string &out, Unicode u)
{
    char buf[8];
    int n = mapUTF8(u, buf, sizeof buf);
    out.append(buf, n);
}

// A PDF text string: UTF-16 with a byte-order mark, else PDFDocEncoding.
static std::string textString(const std::string &raw)
{
    std::string out;
    size_t n = raw.size();
    auto byte = [&](size_t i) { return static_cast<unsigned char>(raw[i]); };
    if (n >= 2 && ((byte(0) == 0xFE && byte(1) == 0xFF) || (byte(0) == 0xFF && byte(1) == 0xFE))) {
        bool big = byte(0) == 0xFE;
        std::vector<uint16_t> units;
        for (size_t i = 2; i + 1 < n; i += 2)
            units.push_back(big ? (byte(i) << 8 | byte(i + 1)) : (byte(i + 1) << 8 | byte(i)));
        units.push_back(0);
        return compat::utf8(units.data());
    }
    for (size_t i = 0; i < n; i++)
        if (Unicode u = pdfDocEncoding[byte(i)]) appendUTF8(out, u);
    return out;
}

static std::string trimmed(const std::string &s)
{
    size_t a = s.find_first_not_of(" \t\r\n\f\v"), b = s.find_last_not_of(" \t\r\n\f\v");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}
}

extern "C" {

pb_document *pb_open_path(const char *path, int *status)
{
    pb::initialise();
    auto doc = std::make_unique<pb_document>();
    doc->doc = pb::compat::openDocument(path);
    return pb::finish(std::move(doc), status);
}

pb_document *pb_open_bytes(const void *bytes, size_t length, int *status)
{
    pb::initialise();
    auto doc = std::make_unique<pb_document>();
    const char *start = static_cast<const char *>(bytes);
    doc->bytes.assign(start, start + length);
    // The document owns the stream; the stream reads the document's copy of the bytes.
    doc->doc = pb::compat::openDocument(std::make_unique<MemStream>(doc->bytes.data(), 0, static_cast<Goffset>(length), pb::compat::nullObject()));
    return pb::finish(std::move(doc), status);
}

void pb_close(pb_document *doc) { delete doc; }

void pb_free(void *p) { std::free(p); }

int pb_page_count(const pb_document *doc) { return doc->doc->getNumPages(); }

int pb_page_size(pb_document *doc, int page, double *width, double *height)
{
    Page *p = doc->doc->getPage(page);
    if (!p) return 0;
    double w = p->getCropWidth(), h = p->getCropHeight();
    bool turned = p->getRotate() == 90 || p->getRotate() == 270;
    *width = turned ? h : w;
    *height = turned ? w : h;
    return 1;
}

char *pb_info(pb_document *doc, const char *key)
{
    std::optional<std::string> value = pb::compat::infoString(*doc->doc, key);
    if (!value) return nullptr;
    std::string text = pb::trimmed(pb::textString(*value));
    return text.empty() ? nullptr : pb::copy(text);
}

char *pb_creation_date(pb_document *doc)
{
    std::optional<std::string> value = pb::compat::creationDate(*doc->doc);
    if (!value) return nullptr;
    int year, month, day, hour, minute, second, tzHours, tzMinutes;
    char tz;
    if (!pb::compat::parseDate(*value, &year, &month, &day, &hour, &minute, &second, &tz, &tzHours, &tzMinutes)) return nullptr;
    struct tm t = {};
    t.tm_year = year - 1900;
    t.tm_mon = month - 1;
    t.tm_mday = day;
    t.tm_hour = hour;
    t.tm_min = minute;
    t.tm_sec = second;
    time_t utc = timegm(&t);
    int offset = (tzHours * 60 + tzMinutes) * 60;
    if (tz == '+') utc -= offset;
    if (tz == '-') utc += offset;
    struct tm out;
    if (!gmtime_r(&utc, &out)) return nullptr;
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &out);
    return pb::copy(buf);
}
}
