// Adapters over the parts of poppler's core API that change between releases (22.02 to today).
// Poppler's headers carry no usable version number, so each adapter asks the headers themselves
// whether a call exists (a requires-expression, std::is_constructible_v, an overload on what a
// call returns, the type of the virtual being overridden): a distribution's backport is followed
// wherever it lands, and a change not foreseen here still fails to compile instead of slipping
// through. Each adapter names the release that made the change it follows.
//
// The adapters that take a template parameter do so only so that the branch not taken is never
// compiled (it names calls the headers in use do not have).
#pragma once
#include <DateInfo.h>
#include <Object.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <UTF.h>
#include <goo/GooString.h>
#if __has_include(<goo/gmem.h>)
#include <goo/gmem.h>  // gfree, for utf16ToUtf8 before 25.02 (no longer included by UTF.h from 26.01)
#endif
#include <SplashOutputDev.h>
#include <splash/Splash.h>
#include <splash/SplashErrorCodes.h>
#include <splash/SplashPath.h>
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace pb::compat {

// --- Documents -------------------------------------------------------------------------------

/// Opens a file. 22.03: PDFDoc(const GooString *) → PDFDoc(std::unique_ptr<GooString> &&).
template <class Doc = PDFDoc>
std::unique_ptr<Doc> openDocument(const char *path)
{
    if constexpr (std::is_constructible_v<Doc, std::unique_ptr<GooString> &&>)
        return std::make_unique<Doc>(std::make_unique<GooString>(path));
    else
        return std::make_unique<Doc>(new GooString(path));  // the document owns the name
}

/// Opens a stream (the document owns it). 26.02: PDFDoc(BaseStream *) → PDFDoc(std::unique_ptr<BaseStream>).
template <class Doc = PDFDoc>
std::unique_ptr<Doc> openDocument(std::unique_ptr<BaseStream> stream)
{
    if constexpr (std::is_constructible_v<Doc, std::unique_ptr<BaseStream> &&>)
        return std::make_unique<Doc>(std::move(stream));
    else
        return std::make_unique<Doc>(stream.release());
}

/// The null object, for a stream without a dictionary. 25.05: Object(objNull) is private; Object::null().
template <class O = Object>
O nullObject()
{
    if constexpr (requires { O::null(); })
        return O::null();
    else
        return O(objNull);
}

// What the document information calls return: a GooString until 26.07, a std::string after.
inline std::optional<std::string> ownedString(std::unique_ptr<GooString> s)
{
    if (!s) return std::nullopt;
    return s->toStr();
}
inline std::optional<std::string> ownedString(std::optional<std::string> s) { return s; }

/// An information entry's raw bytes ("Title", …), if it is a string.
/// After 26.07: getDocInfoStringEntry returns std::optional<std::string>.
inline std::optional<std::string> infoString(PDFDoc &doc, const char *key) { return ownedString(doc.getDocInfoStringEntry(key)); }

/// The CreationDate entry's raw bytes. After 26.07: getDocInfoCreatDate returns std::optional<std::string>.
inline std::optional<std::string> creationDate(PDFDoc &doc) { return ownedString(doc.getDocInfoCreatDate()); }

/// Parses a PDF date. 26.04: parseDateString(const GooString *, …) → (const std::string &, …).
template <class S = std::string, class Goo = GooString>
bool parseDate(const S &date, int *year, int *month, int *day, int *hour, int *minute, int *second, char *tz, int *tzHours, int *tzMinutes)
{
    if constexpr (requires { parseDateString(date, year, month, day, hour, minute, second, tz, tzHours, tzMinutes); }) {
        return parseDateString(date, year, month, day, hour, minute, second, tz, tzHours, tzMinutes);
    } else {
        const Goo s(date);
        return parseDateString(&s, year, month, day, hour, minute, second, tz, tzHours, tzMinutes);
    }
}

// What utf16ToUtf8 returns: a gmalloc'ed string until 25.01, a std::string from 25.02.
inline std::string ownedUTF8(std::string s) { return s; }
template <class Char>
    requires std::is_same_v<Char, char>
std::string ownedUTF8(Char *s)
{
    std::string out = s;
    gfree(s);
    return out;
}

/// A zero-terminated UTF-16 string as UTF-8. 25.02: utf16ToUtf8 returns std::string (no gfree).
inline std::string utf8(const uint16_t *utf16) { return ownedUTF8(utf16ToUtf8(utf16)); }

// --- Reading pages ---------------------------------------------------------------------------

/// Starts reading a stream (an ImageStream) from its beginning; a failure shows as missing rows.
/// 25.x: reset() returns a [[nodiscard]] bool; 26.01: reset() → rewind().
template <class S>
void rewind(S &stream)
{
    if constexpr (requires { stream.rewind(); })
        (void)stream.rewind();
    else
        (void)stream.reset();
}

/// Calls `f(const TextWord *)` for each word of the list, in order.
/// 25.12: TextWordList::getLength()/get(i) → getWords().
template <class List, class F>
void forEachWord(List &list, F &&f)
{
    if constexpr (requires { list.getWords(); }) {
        for (const TextWord *w : list.getWords()) f(w);
    } else {
        for (int i = 0; i < list.getLength(); i++) f(list.get(i));
    }
}

// The type of one parameter of a member function, read from a pointer to it.
template <size_t N, class F> struct Parameter;
template <size_t N, class R, class C, class... A> struct Parameter<N, R (C::*)(A...)> {
    using type = std::tuple_element_t<N, std::tuple<A...>>;
};

/// The pattern matrix of OutputDev::tilingPatternFill, as the virtual declares it (an override
/// must match). 25.09: const double * → const std::array<double, 6> &.
using TilingMatrix = typename Parameter<4, decltype(&OutputDev::tilingPatternFill)>::type;

// --- Debug pictures (Splash) ----------------------------------------------------------------

/// Splash's coordinate type, as its calls take it: SplashCoord (float or double as poppler was
/// configured) until 26.04; 26.05 removed SplashCoord for plain double.
template <class S = Splash>
using Coord = std::remove_cvref_t<typename Parameter<0, decltype(&S::setLineWidth)>::type>;

/// A device that renders into an RGB bitmap on the given paper, not reverse video.
/// 26.02: the constructor loses its reverseVideo argument.
template <class Dev = SplashOutputDev>
std::unique_ptr<Dev> makeSplashDevice(SplashColorMode mode, int rowPad, SplashColorPtr paper)
{
    if constexpr (std::is_constructible_v<Dev, SplashColorMode, int, SplashColorPtr>)
        return std::make_unique<Dev>(mode, rowPad, paper);
    else
        return std::make_unique<Dev>(mode, rowPad, false, paper);
}

/// Draws in device pixels from now on. 26.01: setMatrix(SplashCoord *) → setMatrix(const std::array<…, 6> &).
template <class S>
void setIdentityMatrix(S &splash)
{
    std::array<Coord<S>, 6> identity { 1, 0, 0, 1, 0, 0 };
    if constexpr (requires { splash.setMatrix(identity); })
        splash.setMatrix(identity);
    else
        splash.setMatrix(identity.data());
}

/// Solid lines from now on. 22.09: setLineDash(SplashCoord *, int, SplashCoord) → (std::vector<SplashCoord> &&, SplashCoord).
template <class S>
void setSolidLine(S &splash)
{
    if constexpr (requires { splash.setLineDash(std::vector<Coord<S>>(), Coord<S>(0)); })
        splash.setLineDash(std::vector<Coord<S>>(), 0);
    else
        splash.setLineDash(nullptr, 0, 0);
}

/// Strokes a path. 25.09: stroke(SplashPath *) → stroke(const SplashPath &).
template <class S>
void stroke(S &splash, SplashPath &path)
{
    if constexpr (requires { splash.stroke(path); })
        splash.stroke(path);
    else
        splash.stroke(&path);
}

/// Whether a Splash call succeeded. 26.02: splashOk → SplashError::NoError (an enum class).
template <class E>
bool succeeded(E error)
{
#ifdef splashOk
    return error == splashOk;
#else
    return error == E::NoError;
#endif
}

}  // namespace pb::compat
