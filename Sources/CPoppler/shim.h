#ifndef COUNCILKPI_CPOPPLER_SHIM_H
#define COUNCILKPI_CPOPPLER_SHIM_H
// The poppler core library (pkg-config "poppler"). Its interface is C++: the PopplerBridge
// target includes its headers and offers the text stage a small C interface. Nothing is
// imported from here directly; this module carries the compiler and linker flags.
#endif
