#!/usr/bin/env bash
# IZ Desk — one entry point to install what the build needs, build, run and test.
#
#   ./run.sh demo [izdesk args…]    build (preset dev) and open IZ Desk on the Local sandbox
#   ./run.sh test [ctest args…]     build (preset ci, warnings are errors) and run the test suite
#   ./run.sh build [dev|ci|asan]    configure if needed and build one preset (default dev)
#   ./run.sh server [args…]         build (preset dev) and run izdesk-server
#   ./run.sh deps                   only install the missing build and test packages
#   ./run.sh help                   this text
#
# Every command first installs the Debian packages listed in packaging/debian-build-deps.txt
# (and packaging/debian-test-deps.txt for `test`) that are not installed yet; when nothing is
# missing it makes no apt call at all. Set IZDESK_SKIP_DEPS=1 to skip that step.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

BUILD_DEPS_FILE="packaging/debian-build-deps.txt"
TEST_DEPS_FILE="packaging/debian-test-deps.txt"

say() { printf 'run.sh: %s\n' "$*"; }
die() {
    printf 'run.sh: error: %s\n' "$*" >&2
    exit 1
}

usage() {
    cat <<'EOF'
Usage: ./run.sh COMMAND [ARGS…]

Commands:
  demo [izdesk args…]     Build (preset dev) and open IZ Desk on the Local sandbox
                          (izdesk --sandbox). Without a display (no DISPLAY and no
                          WAYLAND_DISPLAY) it renders offscreen and saves a screenshot
                          to build/dev/izdesk-sandbox.png instead.
  test [ctest args…]      Build with preset ci (warnings are errors) and run the whole test
                          suite with ctest (2 in parallel). Extra arguments go to ctest,
                          e.g. ./run.sh test -L server   or   ./run.sh test -R tst_ticket
  build [dev|ci|asan]     Configure (only if needed) and build one preset (default: dev).
  server [args…]          Build (preset dev) and run build/dev/bin/izdesk-server with ARGS,
                          e.g. ./run.sh server --seed demo --environment training
  deps                    Only install the missing Debian packages (build and test).
  help                    Show this text.

Missing Debian packages (packaging/debian-build-deps.txt, plus
packaging/debian-test-deps.txt for `test`) are installed first with apt-get, as root or
through sudo. Set IZDESK_SKIP_DEPS=1 to skip that step.
EOF
}

# --- Debian packages --------------------------------------------------------------------

# Print the package names in the given list files: one per line, `#` starts a comment.
read_package_lists() {
    local file
    for file in "$@"; do
        [[ -f "$file" ]] || die "package list $file not found"
        sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$file"
    done
}

# Print the packages named in the given list files that dpkg does not report as installed.
missing_packages() {
    local -a wanted=()
    mapfile -t wanted < <(read_package_lists "$@")
    ((${#wanted[@]} > 0)) || return 0
    # One dpkg-query call for all of them; unknown names only produce stderr noise.
    local installed pkg
    installed="$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${wanted[@]}" 2>/dev/null |
        awk '$2 ~ /^ii/ { print $1 }' || true)"
    for pkg in "${wanted[@]}"; do
        grep -qxF -- "$pkg" <<<"$installed" || printf '%s\n' "$pkg"
    done
}

# Install every package named in the given list files that dpkg does not report as installed.
ensure_packages() {
    if [[ "${IZDESK_SKIP_DEPS:-0}" == "1" ]]; then
        say "IZDESK_SKIP_DEPS=1: not checking Debian packages"
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "warning: dpkg/apt-get not found (not Debian?); install the equivalents of $* yourself"
        return 0
    fi

    local file
    for file in "$@"; do
        [[ -f "$file" ]] || die "package list $file not found"
    done
    local -a missing=()
    mapfile -t missing < <(missing_packages "$@")
    if ((${#missing[@]} == 0)); then
        return 0
    fi

    say "installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
    local -a sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            die "not root and sudo is not installed; as root run:
    apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
        fi
    fi
    local how="as root"
    ((${#sudo[@]} == 0)) || how="through sudo (are you allowed to use sudo?)"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update ||
        die "apt-get update failed $how"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" ||
        die "apt-get install failed $how for: ${missing[*]}"
    mapfile -t missing < <(missing_packages "$@")
    ((${#missing[@]} == 0)) || die "still not installed after apt-get install: ${missing[*]}"
}

# --- CMake --------------------------------------------------------------------------------

build_dir() { printf '%s/build/%s' "$ROOT" "$1"; }

is_configured() {
    local dir cache
    dir="$(build_dir "$1")"
    cache="$dir/CMakeCache.txt"
    [[ -f "$cache" && -f "$dir/build.ninja" ]] || return 1
    # A cache made from another checkout (copied or moved tree) cannot be reused.
    grep -qxF "CMAKE_HOME_DIRECTORY:INTERNAL=$ROOT" "$cache"
}

configure() {
    local preset="$1" dir
    dir="$(build_dir "$preset")"
    if is_configured "$preset"; then
        return 0
    fi
    if [[ -f "$dir/CMakeCache.txt" ]]; then
        say "build/$preset is stale or half-configured: configuring it again"
        rm -rf "$dir/CMakeCache.txt" "$dir/CMakeFiles"
    fi
    say "configuring preset $preset (build/$preset)"
    if ! cmake --preset "$preset"; then
        # Never leave a half-configured build dir behind: the next run starts over.
        rm -f "$dir/CMakeCache.txt"
        die "configuring preset $preset failed (see the messages above)"
    fi
}

build() {
    local preset="$1"
    configure "$preset"
    say "building preset $preset"
    cmake --build --preset "$preset" -j"$(nproc)" || die "building preset $preset failed"
}

# --- commands -----------------------------------------------------------------------------

cmd_demo() {
    ensure_packages "$BUILD_DEPS_FILE"
    build dev
    local bin="$ROOT/build/dev/bin/izdesk"
    [[ -x "$bin" ]] || die "$bin was not built"
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        local shot="$ROOT/build/dev/izdesk-sandbox.png"
        say "no display (neither DISPLAY nor WAYLAND_DISPLAY is set): rendering offscreen instead"
        rm -f "$shot"
        QT_QPA_PLATFORM=offscreen "$bin" --sandbox --screenshot "$shot" "$@"
        [[ -f "$shot" ]] || die "izdesk exited without writing $shot"
        say "screenshot of IZ Desk on the Local sandbox: $shot"
        return 0
    fi
    say "starting IZ Desk on the Local sandbox"
    exec "$bin" --sandbox "$@"
}

cmd_test() {
    ensure_packages "$BUILD_DEPS_FILE" "$TEST_DEPS_FILE"
    build ci
    say "running the test suite (ctest --preset ci)"
    # ctest prints its own summary as its last lines; its exit code is ours.
    local rc=0
    ctest --preset ci --output-on-failure --parallel 2 --no-tests=error "$@" || rc=$?
    exit "$rc"
}

cmd_build() {
    local preset="${1:-dev}"
    case "$preset" in
    dev | ci | asan) ;;
    *) die "unknown preset '$preset' (use dev, ci or asan)" ;;
    esac
    ensure_packages "$BUILD_DEPS_FILE"
    build "$preset"
    say "built: build/$preset/bin"
}

cmd_server() {
    ensure_packages "$BUILD_DEPS_FILE"
    build dev
    local bin="$ROOT/build/dev/bin/izdesk-server"
    [[ -x "$bin" ]] || die "$bin was not built"
    exec "$bin" "$@"
}

main() {
    local cmd="${1:-help}"
    (($# > 0)) && shift
    case "$cmd" in
    demo) cmd_demo "$@" ;;
    test) cmd_test "$@" ;;
    build) cmd_build "$@" ;;
    server) cmd_server "$@" ;;
    deps)
        ensure_packages "$BUILD_DEPS_FILE" "$TEST_DEPS_FILE"
        say "all Debian build and test packages are installed"
        ;;
    help | -h | --help) usage ;;
    *)
        usage >&2
        die "unknown command '$cmd'"
        ;;
    esac
}

main "$@"
