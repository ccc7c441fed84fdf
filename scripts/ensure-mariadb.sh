#!/usr/bin/env bash
# Makes sure a MariaDB server answers on 127.0.0.1:3306 and that root (empty password) reaches it
# over TCP, installing and starting it if needed. Fails loudly, with what it found, if it cannot.
set -uo pipefail

ping_db() { mariadb-admin --protocol=socket ping >/dev/null 2>&1 || mariadb-admin -uroot -h127.0.0.1 ping >/dev/null 2>&1; }

if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
  echo "installing mariadb-server"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq mariadb-server >/dev/null
fi

if ! ping_db; then
  echo "starting mariadbd"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  start-stop-daemon --start --oknodo --background --chuid mysql --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do ping_db && break; sleep 1; done
fi

if ! ping_db; then
  echo "MariaDB is not answering." >&2
  /usr/sbin/mariadbd --version >&2 || true
  exit 1
fi

if ! mariadb -uroot -h127.0.0.1 -e "SELECT 1" >/dev/null 2>&1; then
  # Debian's root authenticates by unix socket only; let it in over TCP with the empty password too.
  mariadb -e "ALTER USER root@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket" || true
fi

if ! version=$(mariadb -uroot -h127.0.0.1 -N -e "SELECT VERSION()" 2>&1); then
  echo "root cannot reach MariaDB on 127.0.0.1:3306: $version" >&2
  mariadb -N -e "SELECT VERSION()" >&2 || /usr/sbin/mariadbd --version >&2 || true
  exit 1
fi
echo "MariaDB $version answers on 127.0.0.1:3306"
