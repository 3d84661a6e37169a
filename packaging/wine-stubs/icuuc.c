/* Test-only stand-in for Windows' icuuc.dll, which Wine 8.0 lacks.
 *
 * Qt6Core.dll imports about twenty ucnv_* functions from the ICU that Windows 10/11 ship, so under Wine it does
 * not load at all ("DLL load failed while importing QtWidgets"). This stub exports exactly those names; opening
 * a converter always fails (and no converter is listed), so Qt falls back to its own UTF-8/UTF-16/Latin-1 codecs.
 * The functions that take a converter are never reached.
 *
 * Built by packaging/build-windows.sh with mingw-w64 into the Wine prefix's system32 only: never shipped
 * (packaging/check_frozen.py fails the build if the frozen folder contains it). On Windows the real one is used.
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)

typedef int UErrorCode;           /* > 0 is a failure */
typedef uint16_t UChar;
typedef struct UConverter UConverter;

enum { U_FILE_ACCESS_ERROR = 4, U_UNSUPPORTED_ERROR = 16 };

static void fail(UErrorCode *status, UErrorCode code)
{
    if (status != NULL && *status <= 0)
        *status = code;
}

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *status)
{
    (void)name;
    fail(status, U_FILE_ACCESS_ERROR);
    return NULL;
}

EXPORT void ucnv_close(UConverter *converter) { (void)converter; }
EXPORT void ucnv_reset(UConverter *converter) { (void)converter; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }

EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status)
{
    (void)name; (void)standard;
    fail(status, U_UNSUPPORTED_ERROR);
    return NULL;
}

EXPORT const char *ucnv_getName(const UConverter *converter, UErrorCode *status)
{
    (void)converter;
    fail(status, U_UNSUPPORTED_ERROR);
    return NULL;
}

EXPORT int8_t ucnv_getMaxCharSize(const UConverter *converter) { (void)converter; return 1; }

EXPORT void ucnv_getToUCallBack(const UConverter *converter, void **action, const void **context)
{
    (void)converter;
    if (action) *action = NULL;
    if (context) *context = NULL;
}

EXPORT void ucnv_getFromUCallBack(const UConverter *converter, void **action, const void **context)
{
    (void)converter;
    if (action) *action = NULL;
    if (context) *context = NULL;
}

EXPORT void ucnv_setToUCallBack(UConverter *converter, void *action, const void *context, void **old_action,
                                const void **old_context, UErrorCode *status)
{
    (void)converter; (void)action; (void)context; (void)old_action; (void)old_context;
    fail(status, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_setFromUCallBack(UConverter *converter, void *action, const void *context, void **old_action,
                                  const void **old_context, UErrorCode *status)
{
    (void)converter; (void)action; (void)context; (void)old_action; (void)old_context;
    fail(status, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_toUnicode(UConverter *converter, UChar **target, const UChar *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, int8_t flush, UErrorCode *status)
{
    (void)converter; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    fail(status, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_fromUnicode(UConverter *converter, char **target, const char *target_limit, const UChar **source,
                             const UChar *source_limit, int32_t *offsets, int8_t flush, UErrorCode *status)
{
    (void)converter; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
    fail(status, U_UNSUPPORTED_ERROR);
}

EXPORT int32_t ucnv_toUCountPending(const UConverter *converter, UErrorCode *status)
{
    (void)converter;
    fail(status, U_UNSUPPORTED_ERROR);
    return 0;
}

EXPORT int32_t ucnv_fromUCountPending(const UConverter *converter, UErrorCode *status)
{
    (void)converter;
    fail(status, U_UNSUPPORTED_ERROR);
    return 0;
}

EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset, UErrorCode *status)
{
    (void)args; (void)source; (void)length; (void)offset;
    fail(status, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit, int32_t offset,
                                    UErrorCode *status)
{
    (void)args; (void)source; (void)source_limit; (void)offset;
    fail(status, U_UNSUPPORTED_ERROR);
}

/* The substitution callbacks Qt installs by address; never called since no converter opens. */
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units, int32_t length,
                                          int reason, UErrorCode *status)
{
    (void)context; (void)args; (void)units; (void)length; (void)reason; (void)status;
}

EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units, int32_t length,
                                            int32_t code_point, int reason, UErrorCode *status)
{
    (void)context; (void)args; (void)units; (void)length; (void)code_point; (void)reason; (void)status;
}
