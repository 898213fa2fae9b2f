// libxml2 headers pull in the system's ICU headers (libxml/encoding.h) when libxml2 was built with
// ICU, as Debian's is. Swift 6.3.0/6.3.1 ship their own, newer ICU headers in Foundation, and the
// two definitions of `UErrorCode` clash in any module that sees both (swiftlang/swift#88485, fixed
// in 6.3.2). We never touch libxml2's ICU converters, so hide them: the only difference is two
// trailing pointer fields of `xmlCharEncodingHandler`, a struct Swift code here never allocates.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
