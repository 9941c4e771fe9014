#!/usr/bin/env bash
# IZ Desk — one entry point to install what the build needs, build, run and test.
#
#   ./run.sh demo [izdesk args…]    build (preset dev) and open IZ Desk on the Local sandbox
#   ./run.sh test [ctest args…]     build (preset ci, warnings are errors) and run the test suite
#   ./run.sh build [dev|ci|asan|fuzz]  configure if needed and build one preset (default dev)
#   ./run.sh server [args…]         build (preset dev) and run izdesk-server
#   ./run.sh fuzz [SECONDS] [TARGET…]  build the libFuzzer targets (preset fuzz) and run each
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
  build [dev|ci|asan|fuzz]
                          Configure (only if needed) and build one preset (default: dev).
  server [args…]          Build (preset dev) and run build/dev/bin/izdesk-server with ARGS,
                          e.g. ./run.sh server --seed demo --environment training
  fuzz [SECONDS] [TARGET…]
                          Build the libFuzzer targets (preset fuzz: clang, address and
                          undefined behaviour sanitizers) and run each TARGET for SECONDS
                          (default 60), two at a time (default: every target fuzz/targets.cmake
                          lists: dispatch query framing hl7 …). The corpus grows in
                          build/fuzz/corpus/TARGET (seeded from fuzz/corpus/TARGET), crash
                          inputs land in build/fuzz/crashes/TARGET, logs in build/fuzz/logs.
                          Prints one JSON line per target; exits 1 if any target crashed.
                          See fuzz/README.md.
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
    dev | ci | asan) ensure_packages "$BUILD_DEPS_FILE" ;;
    fuzz) ensure_packages "$BUILD_DEPS_FILE" "$TEST_DEPS_FILE" ;;
    *) die "unknown preset '$preset' (use dev, ci, asan or fuzz)" ;;
    esac
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

# Fuzzing: build the fuzz preset and run each libFuzzer target for a set time.

# The targets as fuzz/targets.cmake lists them (its set() and list(APPEND …) lines).
mapfile -t FUZZ_TARGETS < <(sed -n -e 's/^ *set(IZDESK_FUZZ_TARGETS \(.*\))$/\1/p' \
    -e 's/^ *list(APPEND IZDESK_FUZZ_TARGETS \(.*\))$/\1/p' fuzz/targets.cmake | tr ' ' '\n' | sed '/^$/d')

# Runs one fuzz target for $2 seconds and writes its JSON summary line to $3.
run_fuzz_target() {
    local target="$1" seconds="$2" summary="$3"
    local out="$ROOT/build/fuzz"
    local bin="$out/bin/fuzz_$target" corpus="$out/corpus/$target" crashes="$out/crashes/$target"
    local log="$out/logs/$target.log" tmp="$out/tmp/$target"
    mkdir -p "$corpus" "$crashes" "$out/logs" "$tmp"
    # Seeds join the corpus the earlier runs grew (existing files are kept).
    cp -n "$ROOT/fuzz/corpus/$target/"* "$corpus/" 2>/dev/null || true
    local -a dirs=("$corpus")
    [[ -d "$ROOT/fuzz/regressions/$target" ]] && dirs+=("$ROOT/fuzz/regressions/$target")
    local -a args=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1
        -artifact_prefix="$crashes/")
    [[ -f "$ROOT/fuzz/dict/$target.dict" ]] && args+=(-dict="$ROOT/fuzz/dict/$target.dict")
    local before after rc=0
    before="$(find "$crashes" -type f | wc -l)"
    # TMPDIR: the target's scratch databases and files; QT_HASH_SEED: the same QHash order in
    # every run, so a crash input replays. A smaller ASan quarantine and no fill of fresh
    # blocks: half the memory and about 1.5x the executions for the database targets.
    env TMPDIR="$tmp" QT_HASH_SEED=0 QT_QPA_PLATFORM=offscreen \
        ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:quarantine_size_mb=32:max_malloc_fill_size=0}" \
        UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
        nice -n 19 "$bin" "${args[@]}" "${dirs[@]}" >"$log" 2>&1 || rc=$?
    rm -rf "$tmp"
    after="$(find "$crashes" -type f | wc -l)"
    local execs status=ok
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    ((rc == 0)) || status=crashed
    printf '{"target":"%s","seconds":%s,"execs":%s,"status":"%s","exit_code":%s,"new_crash_files":%s,"corpus_files":%s,"log":"build/fuzz/logs/%s.log"}\n' \
        "$target" "$seconds" "${execs:-0}" "$status" "$rc" "$((after - before))" \
        "$(find "$corpus" -type f | wc -l)" "$target" >"$summary"
}

cmd_fuzz() {
    local seconds=60
    if (($# > 0)) && [[ "$1" =~ ^[0-9]+$ ]]; then
        seconds="$1"
        shift
    fi
    local -a targets=("$@")
    ((${#targets[@]} > 0)) || targets=("${FUZZ_TARGETS[@]}")
    local t
    for t in "${targets[@]}"; do
        [[ " ${FUZZ_TARGETS[*]} " == *" $t "* ]] || die "unknown fuzz target '$t' (use: ${FUZZ_TARGETS[*]})"
    done
    ensure_packages "$BUILD_DEPS_FILE" "$TEST_DEPS_FILE"
    configure fuzz
    say "building preset fuzz (clang with sanitizers; the first build takes a while)"
    nice -n 19 cmake --build --preset fuzz -j"$(nproc)" || die "building preset fuzz failed"

    say "fuzzing ${targets[*]} for ${seconds}s each, two at a time"
    local results
    results="$(mktemp -d)"
    local running=0
    for t in "${targets[@]}"; do
        if ((running >= 2)); then
            wait -n || true
            running=$((running - 1))
        fi
        run_fuzz_target "$t" "$seconds" "$results/$t.json" &
        running=$((running + 1))
    done
    wait || true
    local failed=0
    for t in "${targets[@]}"; do
        if [[ -f "$results/$t.json" ]]; then
            cat "$results/$t.json"
            grep -q '"status":"ok"' "$results/$t.json" || failed=1
        else
            printf '{"target":"%s","status":"not run"}\n' "$t"
            failed=1
        fi
    done
    rm -rf "$results"
    if ((failed)); then
        say "a fuzz target crashed: see build/fuzz/logs and build/fuzz/crashes (fuzz/README.md: turning a crash into a regression file)"
        exit 1
    fi
}

main() {
    local cmd="${1:-help}"
    (($# > 0)) && shift
    case "$cmd" in
    demo) cmd_demo "$@" ;;
    test) cmd_test "$@" ;;
    build) cmd_build "$@" ;;
    server) cmd_server "$@" ;;
    fuzz) cmd_fuzz "$@" ;;
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
