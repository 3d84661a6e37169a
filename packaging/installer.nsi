; Kampar Desk installer (NSIS 3, Modern UI 2), built on Linux by packaging/build-windows.sh:
;
;   makensis -DVERSION=0.2.0 -DVERSION_QUAD=0.2.0.0 packaging/installer.nsi
;     -> dist/KamparDesk-Setup-0.2.0.exe, from the PyInstaller folder dist/KamparDesk
;
; Per user, no administrator rights: into %LOCALAPPDATA%\Programs\KamparDesk, shortcuts in the user's Start menu
; and on the desktop, the uninstall entry under HKCU. Indonesian first, English second. Installing a newer
; version over an older one is an upgrade in place: same folder, the old program files are removed first (no
; stale DLL survives), refused while Kampar Desk is running (silent: exit code 2). The data folder
; (%LOCALAPPDATA%\DPMPTSP Kabupaten Kampar\KamparDesk: database, archived letters, keys, backups, logs) is never
; touched by the installer nor by the uninstaller.
;
; Silent: `KamparDesk-Setup-0.2.0.exe /S [/D=C:\path]`, `uninstall.exe /S`.

Unicode true
Target amd64-unicode            ; the app is 64-bit only; a 64-bit installer also runs under a 64-bit-only Wine
SetCompressor /SOLID lzma
SetCompressorDictSize 32
ManifestDPIAware true
RequestExecutionLevel user

!ifndef VERSION
  !error "give the version: makensis -DVERSION=0.2.0 -DVERSION_QUAD=0.2.0.0 packaging/installer.nsi"
!endif
!ifndef VERSION_QUAD
  !define VERSION_QUAD "${VERSION}.0"
!endif
!define /ifndef SOURCE_DIR "..\dist\KamparDesk"
!define /ifndef OUTPUT_DIR "..\dist"

!define PRODUCT "Kampar Desk"
!define PUBLISHER "DPMPTSP Kabupaten Kampar"
!define APP_EXE "kampar-desk.exe"
!define CLI_EXE "kampar-desk-cli.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\KamparDesk"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTPUT_DIR}\KamparDesk-Setup-${VERSION}.exe"
InstallDir "$LOCALAPPDATA\Programs\KamparDesk"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"   ; an upgrade goes where the last version went
BrandingText "${PUBLISHER}"

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "Pemasang ${PRODUCT} ${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "kampar-desk.ico"
!define MUI_UNICON "kampar-desk.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"   ; the uninstaller speaks the language chosen
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(KEEPS_DATA)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString RUNNING ${LANG_INDONESIAN} "Kampar Desk sedang berjalan. Tutup aplikasinya (semua jendelanya), lalu pilih Coba lagi (Retry) untuk melanjutkan."
LangString RUNNING ${LANG_ENGLISH} "Kampar Desk is running. Close the app (all its windows), then choose Retry to continue."
LangString KEEPS_DATA ${LANG_INDONESIAN} "Program Kampar Desk akan dihapus dari folder di bawah ini. Folder data (basis data, arsip surat, kunci, cadangan, log) di $LOCALAPPDATA\DPMPTSP Kabupaten Kampar\KamparDesk TIDAK dihapus."
LangString KEEPS_DATA ${LANG_ENGLISH} "The Kampar Desk program will be removed from the folder below. The data folder (database, archived letters, keys, backups, logs) in $LOCALAPPDATA\DPMPTSP Kabupaten Kampar\KamparDesk is NOT removed."

; Finds a running Kampar Desk (either program, from any folder) by walking the process list: Windows cannot replace
; or delete a running exe, and a half-replaced folder would not start. Out: $R0 = its file name, or "".
!macro DEFINE_FIND_RUNNING PREFIX
Function ${PREFIX}FindRunning
  Push $1
  Push $2
  Push $3
  StrCpy $R0 ""
  System::Call 'kernel32::CreateToolhelp32Snapshot(i 2, i 0) p .r1'   ; TH32CS_SNAPPROCESS
  ${If} $1 P<> -1
  ${AndIf} $1 P<> 0
    System::Alloc 568                     ; PROCESSENTRY32W on x64; szExeFile at offset 44
    Pop $2
    System::Call '*$2(i 568)'             ; dwSize
    System::Call 'kernel32::Process32FirstW(p r1, p r2) i .r3'
    ${DoWhile} $3 <> 0
      IntPtrOp $3 $2 + 44
      System::Call '*$3(&w260 .r3)'
      ${If} $3 == "${APP_EXE}"            ; == ignores case
      ${OrIf} $3 == "${CLI_EXE}"
        StrCpy $R0 $3
        ${Break}
      ${EndIf}
      System::Call 'kernel32::Process32NextW(p r1, p r2) i .r3'
    ${Loop}
    System::Free $2
    System::Call 'kernel32::CloseHandle(p r1)'
  ${EndIf}
  Pop $3
  Pop $2
  Pop $1
FunctionEnd
!macroend
!insertmacro DEFINE_FIND_RUNNING ""
!insertmacro DEFINE_FIND_RUNNING "un."

; Asks to close Kampar Desk until it is closed; Cancel (and a silent run, which answers Cancel) ends the
; installer or uninstaller with exit code 2, nothing changed.
!macro WAIT_UNTIL_CLOSED PREFIX
  ${Do}
    Call ${PREFIX}FindRunning
    ${If} $R0 == ""
      ${Break}
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(RUNNING)" /SD IDCANCEL IDRETRY +3
    SetErrorLevel 2
    Quit
  ${Loop}
!macroend

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "Kampar Desk" main
  SectionIn RO
  SetShellVarContext current
  !insertmacro WAIT_UNTIL_CLOSED ""

  ; Upgrade in place: the previous version's program files go first, so nothing stale stays beside the new ones.
  ; Only what this installer puts there is removed; the data folder is elsewhere and never named here.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"

  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  CreateShortCut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro WAIT_UNTIL_CLOSED "un."

  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$DESKTOP\${PRODUCT}.lnk"

  ; The program only: the folders and files this installer made. The data folder is left as it is.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"   ; only when empty: nothing someone put there is deleted

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
