/* Test-only stand-in for Windows' bcryptprimitives.dll, whose ProcessPrng Wine 8.0 lacks.
 *
 * cryptography's Rust extension (_rust.pyd) imports bcryptprimitives.dll!ProcessPrng, the generator behind
 * Windows' RtlGenRandom since Windows 10. This forwards it to BCryptGenRandom with the system-preferred RNG,
 * which Wine implements.
 *
 * Built by packaging/build-windows.sh with mingw-w64 into the Wine prefix's system32 only: never shipped
 * (packaging/check_frozen.py fails the build if the frozen folder contains it). On Windows the real one is used.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
