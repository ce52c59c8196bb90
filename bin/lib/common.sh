# Shared helpers for the bin/ scripts. Source it; it defines functions only.
# shellcheck shell=bash

HQ_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export HQ_ROOT

hq_say()  { printf '\033[1;34m[hengqiao]\033[0m %s\n' "$*" >&2; }
hq_warn() { printf '\033[1;33m[hengqiao]\033[0m %s\n' "$*" >&2; }
hq_die()  { printf '\033[1;31m[hengqiao] error:\033[0m %s\n' "$*" >&2; exit 1; }

# Prints the major version of the JDK at $1, or nothing.
hq_jdk_major() {
  local javac="$1/bin/javac"
  [ -x "$javac" ] || return 0
  "$javac" -version 2>&1 | sed -n 's/^javac \([0-9][0-9]*\).*/\1/p' | head -n 1
}

# Sets JAVA_HOME to a JDK 21+; the machine's default java may be older (17 here).
hq_require_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
      /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    major=$(hq_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  hq_die "no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm/*). Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+, or set JAVA_HOME to it."
}

hq_require_node() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
    || hq_die "Node.js 20+ and npm are needed to build the portal ('apt-get install nodejs npm')."
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || hq_die "Node.js 20+ is needed to build the portal; found $(node --version)."
}

# Runs apt-get as root, or through sudo when available.
hq_apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || hq_die "need root or sudo to install: $*"
    sudo="sudo"
  fi
  hq_say "installing with apt: $*"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
    || hq_die "apt-get update failed"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null \
    || hq_die "apt-get install $* failed"
}

# Makes sure each command exists (arguments: command or command:debian-package). As root, or with sudo that does
# not ask for a password, it installs the missing packages with apt; otherwise it says what to install.
hq_require_commands() {
  local spec cmd commands=() packages=()
  for spec in "$@"; do
    cmd="${spec%%:*}"
    command -v "$cmd" >/dev/null 2>&1 && continue
    commands+=("$cmd")
    packages+=("${spec#*:}")
  done
  [ "${#packages[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }; then
    hq_apt_install "${packages[@]}"
    return 0
  fi
  hq_die "the command(s) ${commands[*]} are missing: install them (as root: apt-get install ${packages[*]}) and run again."
}

# Fails unless the PostgreSQL at JDBC URL $1 (user $2, password $3) answers and runs version 15 or newer.
hq_require_postgres_15() {
  local url="$1" uri version
  [[ "$url" == jdbc:postgresql://* ]] \
    || hq_die "$url is not a PostgreSQL JDBC URL (expected jdbc:postgresql://HOST:PORT/DATABASE)"
  hq_require_commands psql:postgresql-client
  # libpq reads the same host:port/database form; JDBC-only parameters after '?' would confuse it.
  uri="${url#jdbc:}"
  uri="${uri%%\?*}"
  version=$(PGUSER="$2" PGPASSWORD="$3" PGCONNECT_TIMEOUT=10 psql "$uri" -XqAt -c 'show server_version_num' 2>&1) \
    || hq_die "cannot query the PostgreSQL server at $uri as $2: $version"
  [[ "$version" =~ ^[0-9]+$ ]] || hq_die "unexpected answer from $uri to 'show server_version_num': $version"
  [ "$version" -ge 150000 ] \
    || hq_die "$uri runs PostgreSQL $((version / 10000)); Hengqiao's tests need PostgreSQL 15 or newer"
}

hq_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

hq_mvnw() { "$HQ_ROOT/mvnw" -B -ntp "$@"; }
