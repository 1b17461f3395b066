#!/usr/bin/env bash
# Ringside's one entry script: builds, tests, benchmarks and runs Ringside.
#
# Native first: on a host that has Qt >= 6.8 (with Charts, HttpServer, WebSockets), KF6 SyntaxHighlighting,
# yaml-cpp, OpenSSL, cmake and ninja, everything runs on the host. Otherwise a Debian 13 (trixie) root is made
# with mmdebstrap in a cache outside the repository and entered with bubblewrap, so that the repository, $HOME,
# /tmp, the display and the session bus are at the same paths inside as outside.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${RINGSIDE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ringside}"
ROOT="${RINGSIDE_ROOT:-$CACHE/root}"
SUITE=trixie

# Every package any part of Ringside needs inside the root. Changing this list updates existing roots (stamp).
PACKAGES=(
    build-essential cmake ninja-build ccache pkgconf git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-svg-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-wayland
    libkf6syntaxhighlighting-dev libkf6itemmodels-dev libyaml-cpp-dev libssl-dev openssl ca-certificates
    qtkeychain-qt6-dev libvalijson-dev libsimdjson-dev libbenchmark-dev
    clang clang-format clang-tidy libclang-rt-19-dev
    xvfb xauth x11-utils fonts-dejavu-core dbus dbus-x11
    prometheus kubectl curl procps iproute2
)

say() { printf '\033[1mringside:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mringside:\033[0m %s\n' "$*" >&2; exit 1; }

usage() {
    cat <<EOF
Usage: ./ringside.sh VERB [ARGS]

Verbs:
  run [ARGS]        build if needed, start the sandbox and the GUI (with no display: Xvfb and a screenshot)
  test [CTEST ARGS] build and run the test suite (CI=true builds with -Werror)
  build [PRESET]    configure and build (default preset: dev; also release, asan-ubsan)
  bench             build and run the benchmarks in bench/
  shell [-c CMD]    an interactive shell, or one command, in the build environment
  root-rebuild      remove and recreate the Debian 13 build root
  help              this text

Environment:
  RINGSIDE_NATIVE=1|0   force (1) or forbid (0) a native build instead of detecting it
  RINGSIDE_ROOT=DIR     where the build root lives (default: $CACHE/root)
  RINGSIDE_CACHE=DIR    the cache for the root and ccache (default: \${XDG_CACHE_HOME:-\$HOME/.cache}/ringside)
EOF
}

# ---------------------------------------------------------------------------------------------------------------
# Native detection
# ---------------------------------------------------------------------------------------------------------------
find_cmake_config() { # NAME: a CMake package config file on the host
    local d
    for d in /usr/lib/*/cmake /usr/lib/cmake /usr/lib64/cmake /usr/local/lib/cmake /usr/share/cmake; do
        compgen -G "$d/$1/$1Config.cmake" >/dev/null 2>&1 && return 0
        compgen -G "$d/$1/$(tr '[:upper:]' '[:lower:]' <<<"$1")-config.cmake" >/dev/null 2>&1 && return 0
    done
    return 1
}

qt_version_ok() {
    local f v
    for f in /usr/lib/*/cmake/Qt6/Qt6ConfigVersionImpl.cmake /usr/lib/*/cmake/Qt6/Qt6ConfigVersion.cmake \
        /usr/lib64/cmake/Qt6/Qt6ConfigVersion*.cmake /usr/lib/cmake/Qt6/Qt6ConfigVersion*.cmake; do
        [ -f "$f" ] || continue
        v=$(sed -n 's/^set(PACKAGE_VERSION "\([0-9.]*\)").*/\1/p' "$f" | head -n1)
        [ -n "$v" ] || continue
        [ "$(printf '%s\n6.8.0\n' "$v" | sort -V | head -n1)" = "6.8.0" ] && return 0
    done
    return 1
}

native_ok() {
    case "${RINGSIDE_NATIVE:-}" in 1) return 0 ;; 0) return 1 ;; esac
    [ -f /.ringside-root ] && return 0 # already inside the root
    command -v cmake >/dev/null && command -v ninja >/dev/null || return 1
    qt_version_ok || return 1
    local p
    for p in Qt6Charts Qt6HttpServer Qt6WebSockets KF6SyntaxHighlighting yaml-cpp OpenSSL; do
        case "$p" in OpenSSL) [ -f /usr/include/openssl/ssl.h ] || return 1 ;; *) find_cmake_config "$p" || return 1 ;; esac
    done
    return 0
}

# ---------------------------------------------------------------------------------------------------------------
# The Debian 13 root
# ---------------------------------------------------------------------------------------------------------------
stamp_of_packages() { printf '%s\n' "$SUITE" "${PACKAGES[@]}" | sha256sum | cut -c1-16; }

need_host_tools() {
    local missing=()
    command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
    command -v bwrap >/dev/null || missing+=(bubblewrap)
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        die "this host lacks Qt >= 6.8 and its companions, and has no apt-get to install ${missing[*]}. Install Qt 6.8+, KF6 SyntaxHighlighting, yaml-cpp, OpenSSL, cmake and ninja natively, or install mmdebstrap and bubblewrap."
    fi
    if [ "$(id -u)" -ne 0 ]; then
        die "the build root needs ${missing[*]}. Run: sudo apt-get install -y ${missing[*]}"
    fi
    say "installing ${missing[*]} on the host (apt-get)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

check_userns() {
    [ "$(id -u)" -eq 0 ] && return 0
    if [ -r /proc/sys/kernel/apparmor_restrict_unprivileged_userns ] &&
        [ "$(cat /proc/sys/kernel/apparmor_restrict_unprivileged_userns)" = 1 ]; then
        die "unprivileged user namespaces are restricted by AppArmor (kernel.apparmor_restrict_unprivileged_userns=1), so bubblewrap and 'mmdebstrap --mode=unshare' cannot run. Either install the packages natively (Qt 6.8+ host), run as root, or allow them: sudo sysctl kernel.apparmor_restrict_unprivileged_userns=0"
    fi
    if ! unshare --user --map-root-user true 2>/dev/null; then
        die "this system does not allow user namespaces (unshare --user failed), which the build root needs. Run as root, enable user namespaces (sysctl user.max_user_namespaces), or build natively on a host with Qt 6.8+."
    fi
    grep -q "^$(id -un):" /etc/subuid 2>/dev/null ||
        die "user $(id -un) has no subordinate uid range in /etc/subuid, which 'mmdebstrap --mode=unshare' needs. Ask an administrator: sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 $(id -un)"
}

remove_root() {
    [ -e "$ROOT" ] || return 0
    say "removing the build root at $ROOT"
    if [ "$(id -u)" -eq 0 ]; then
        rm -rf --one-file-system "$ROOT"
    else # a root made with --mode=unshare belongs to subordinate uids: remove it from the same namespace
        unshare --map-auto --map-root-user rm -rf --one-file-system "$ROOT"
    fi
}

create_root() {
    need_host_tools
    check_userns
    mkdir -p "$(dirname "$ROOT")"
    remove_root
    local mode=() incl
    [ "$(id -u)" -ne 0 ] && mode=(--mode=unshare)
    incl=$(IFS=,; echo "${PACKAGES[*]}")
    say "creating the Debian 13 build root at $ROOT (once; about 2-5 minutes, about 2 GB)"
    # No mirror argument: mmdebstrap then uses Debian's default and adds the -updates and -security suites.
    mmdebstrap "${mode[@]}" --variant=apt --include="$incl" \
        --customize-hook='chroot "$1" sh -c "apt-get clean; rm -rf /var/lib/apt/lists/*"' \
        --customize-hook='touch "$1/.ringside-root"' \
        "$SUITE" "$ROOT" >&2 || { remove_root; die "mmdebstrap failed (see above); the half-built root was removed"; }
    stamp_of_packages >"$ROOT/.ringside-stamp" 2>/dev/null ||
        unshare --map-auto --map-root-user sh -c "echo $(stamp_of_packages) > '$ROOT/.ringside-stamp'"
    say "build root ready"
}

update_root() { # the package list changed: install the difference (root only), else rebuild
    if [ "$(id -u)" -ne 0 ]; then create_root; return; fi
    say "the package list changed: updating the build root"
    bwrap --bind "$ROOT" / --dev /dev --proc /proc --perms 1777 --tmpfs /tmp \
        --ro-bind /etc/resolv.conf /etc/resolv.conf --setenv PATH /usr/sbin:/usr/bin:/sbin:/bin \
        --setenv DEBIAN_FRONTEND noninteractive --die-with-parent \
        sh -c "apt-get update -qq && apt-get install -y -qq $(printf '%s ' "${PACKAGES[@]}") && apt-get clean && rm -rf /var/lib/apt/lists/*" >&2 ||
        { say "updating failed; rebuilding the root"; create_root; return; }
    stamp_of_packages >"$ROOT/.ringside-stamp"
}

ensure_root() {
    if [ ! -f "$ROOT/.ringside-root" ] || [ ! -f "$ROOT/.ringside-stamp" ]; then
        [ -e "$ROOT" ] && say "the build root at $ROOT is incomplete (an interrupted creation?)"
        create_root
    elif [ "$(cat "$ROOT/.ringside-stamp")" != "$(stamp_of_packages)" ]; then
        update_root
    fi
}

host_path_inside() { # the root's PATH, then the user's own dirs, then the host's system dirs under /run/host
    local out="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" d IFS=:
    for d in $PATH; do
        case "$d" in
        "$HOME"/* | /tmp/*) out="$out:$d" ;;
        /usr/* | /bin | /sbin) out="$out:/run/host${d#/run/host}" ;;
        /opt/*) out="$out:$d" ;;
        esac
    done
    case ":$out:" in *:/run/host/usr/bin:*) ;; *) out="$out:/run/host/usr/local/bin:/run/host/usr/bin" ;; esac
    printf '%s' "$out"
}

in_root() { # run "$@" inside the root with the user's world at the same paths
    ensure_root
    local args=(--bind "$ROOT" / --dev /dev --proc /proc --bind /tmp /tmp --bind "$HOME" "$HOME")
    case "$REPO/" in "$HOME"/* | /tmp/*) ;; *) args+=(--bind "$REPO" "$REPO") ;; esac
    [ -d "$REPO/../shared" ] && case "$(cd "$REPO/.." && pwd)/" in "$HOME"/* | /tmp/*) ;; *)
        args+=(--ro-bind "$(cd "$REPO/../shared" && pwd)" "$(cd "$REPO/../shared" && pwd)") ;; esac
    args+=(--ro-bind /usr /run/host/usr --ro-bind /etc/resolv.conf /etc/resolv.conf)
    [ -d /opt ] && args+=(--ro-bind /opt /opt)
    [ -e /etc/hosts ] && args+=(--ro-bind /etc/hosts /etc/hosts)
    [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] && args+=(--bind "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR")
    [ -n "${XAUTHORITY:-}" ] && [ -e "$XAUTHORITY" ] && args+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY")
    [ -d /run/dbus ] && args+=(--bind /run/dbus /run/dbus)
    args+=(--setenv HOME "$HOME" --setenv PATH "$(host_path_inside)" --setenv RINGSIDE_IN_ROOT 1)
    args+=(--setenv CCACHE_DIR "$CACHE/ccache" --setenv CCACHE_BASEDIR "$REPO" --setenv CCACHE_NOHASHDIR true)
    args+=(--chdir "$PWD" --die-with-parent)
    mkdir -p "$CACHE/ccache"
    exec bwrap "${args[@]}" "$@"
}

# Run a command in the build environment: natively or inside the root.
in_env() {
    if native_ok; then
        export CCACHE_DIR="${CCACHE_DIR:-$CACHE/ccache}" CCACHE_BASEDIR="$REPO" CCACHE_NOHASHDIR=true
        mkdir -p "$CCACHE_DIR"
        "$@"
    else
        (in_root "$@")
    fi
}

# ---------------------------------------------------------------------------------------------------------------
# Verbs
# ---------------------------------------------------------------------------------------------------------------
build() {
    local preset="${1:-dev}" extra=()
    [ "${CI:-}" = true ] && extra+=(-DRINGSIDE_WERROR=ON)
    say "building (preset $preset${extra:+, -Werror})"
    in_env bash -c 'cd "$1" && shift && p="$1" && shift &&
        cmake --preset "$p" "$@" >/dev/null && cmake --build --preset "$p"' _ "$REPO" "$preset" "${extra[@]}"
}

run_tests() {
    if [ "${CI:-}" = true ] && [ ! -d "$REPO/../shared" ]; then
        die "CI=true but ../shared is missing next to the repository: the upstream CRD and reference tests need it"
    fi
    build dev
    say "running the tests"
    in_env bash -c 'cd "$1" && shift && ctest --preset dev "$@"' _ "$REPO" "$@"
}

run_gui() {
    build dev
    local bin="$REPO/build/dev/bin"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        in_env "$REPO/tools/run-session.sh" "$bin" "$@"
    else
        local shot="${RINGSIDE_SCREENSHOT:-/tmp/ringside-$(id -u)-screenshot.png}"
        say "no display: running under Xvfb, the screenshot goes to $shot"
        in_env "$REPO/tools/run-session.sh" "$bin" --headless "$shot" "$@"
    fi
}

verb="${1:-help}"
[ $# -gt 0 ] && shift
case "$verb" in
run) run_gui "$@" ;;
test) run_tests "$@" ;;
build) build "$@" ;;
bench)
    build release
    in_env "$REPO/tools/run-bench.sh" "$REPO/build/release/bin" "$@"
    ;;
shell)
    if [ "${1:-}" = -c ]; then
        shift
        in_env bash -c "$*"
    else
        in_env bash -i
    fi
    ;;
root-rebuild) native_ok && [ -z "${RINGSIDE_NATIVE:-}" ] && say "note: this host builds natively; the root is made anyway"; create_root ;;
help | -h | --help)
    usage
    if native_ok; then echo; echo "This host builds natively."; else echo; echo "This host builds in the Debian 13 root at $ROOT$([ -f "$ROOT/.ringside-root" ] || echo ' (not made yet)')."; fi
    ;;
*) usage; die "unknown verb: $verb" ;;
esac
