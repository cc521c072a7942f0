#!/usr/bin/env bash
# A local three-node MariaDB Galera cluster on 127.0.0.1, for the cluster tests and the bench.
#
#   scripts/galera-cluster.sh start [dir]   # nodes on ports 4301, 4302, 4303 (about 15 s)
#   scripts/galera-cluster.sh stop  [dir]
#   scripts/galera-cluster.sh kill  N [dir] # SIGKILL node N (1..3), as a crash would
#   scripts/galera-cluster.sh status [dir]
#
# Why this way (see ../shared/STACK-NOTES.md): a full state transfer by rsync runs its daemon as
# nobody and is slow; instead node 1 is created and bootstrapped, stopped cleanly so that
# grastate.dat records the cluster's uuid, and its data directory is copied to nodes 2 and 3,
# which then join by incremental state transfer (IST). Each node has its own data directory,
# socket and ports; nothing touches the machine's own MariaDB on 3306.
set -euo pipefail

cmd="${1:-status}"
shift || true
node_arg=""
if [ "$cmd" = kill ]; then node_arg="${1:?node number}"; shift || true; fi
DIR="${1:-${GALERA_DIR:-/tmp/huiwu-galera}}"
PROVIDER="${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}"
BASE_SQL_PORT="${GALERA_BASE_PORT:-4300}"
ADDRESSES="gcomm://127.0.0.1:4571,127.0.0.1:4572,127.0.0.1:4573"

sql_port() { echo $((BASE_SQL_PORT + $1)); }
datadir() { echo "$DIR/node$1/data"; }
cnf() { echo "$DIR/node$1/my.cnf"; }
sock() { echo "$DIR/node$1/mysqld.sock"; }
pidfile() { echo "$DIR/node$1/mysqld.pid"; }

write_cnf() {
  local n=$1
  mkdir -p "$DIR/node$n"
  cat >"$(cnf "$n")" <<EOF
[mariadbd]
user=root
datadir=$(datadir "$n")
socket=$(sock "$n")
pid-file=$(pidfile "$n")
port=$(sql_port "$n")
bind-address=127.0.0.1
log-error=$DIR/node$n/error.log
skip-name-resolve
innodb_buffer_pool_size=64M
innodb_log_file_size=48M
innodb_flush_log_at_trx_commit=2
max_connections=400
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=huiwu
wsrep_cluster_address=$ADDRESSES
wsrep_node_address=127.0.0.1:457$n
wsrep_node_name=node$n
wsrep_provider_options="base_port=457$n;ist.recv_addr=127.0.0.1:458$n;gcache.size=64M"
wsrep_sst_method=rsync
# Even a join by IST runs the SST script's receiver first; each node needs a port of its own for it.
wsrep_sst_receive_address=127.0.0.1:459$n
wsrep_slave_threads=2
EOF
  # mariadbd silently ignores a world-writable option file.
  chmod 0644 "$(cnf "$n")"
}

ping_node() { mysqladmin --no-defaults --protocol=tcp -h127.0.0.1 -P"$(sql_port "$1")" -uroot ping >/dev/null 2>&1; }

wait_ready() {
  local n=$1
  for _ in $(seq 1 120); do
    if ping_node "$n"; then
      local state
      state=$(mysql --no-defaults --protocol=tcp -h127.0.0.1 -P"$(sql_port "$n")" -uroot -N -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}')
      [ "$state" = Synced ] && return 0
    fi
    sleep 0.5
  done
  echo "node $n did not become Synced; its log:" >&2
  tail -n 40 "$DIR/node$n/error.log" >&2 || true
  return 1
}

start_node() {
  local n=$1
  shift
  ping_node "$n" && return 0
  /usr/sbin/mariadbd --defaults-file="$(cnf "$n")" "$@" >>"$DIR/node$n/stdout.log" 2>&1 &
}

stop_node() {
  local n=$1 pid
  [ -f "$(pidfile "$n")" ] || return 0
  pid=$(cat "$(pidfile "$n")" 2>/dev/null || true)
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -9 "$pid" 2>/dev/null || true
}

case "$cmd" in
start)
  if ping_node 1 && ping_node 2 && ping_node 3; then echo "cluster already running in $DIR"; exit 0; fi
  "$0" stop "$DIR" >/dev/null 2>&1 || true
  rm -rf "$DIR"
  for n in 1 2 3; do write_cnf "$n"; done
  mariadb-install-db --defaults-file="$(cnf 1)" --auth-root-authentication-method=normal >"$DIR/node1/install.log" 2>&1
  start_node 1 --wsrep-new-cluster
  wait_ready 1
  stop_node 1
  grep -q 'uuid:' "$(datadir 1)/grastate.dat"
  for n in 2 3; do
    cp -a "$(datadir 1)" "$(datadir "$n")"
    rm -f "$(datadir "$n")"/*.pid
  done
  # An IST or SST receiver may run as nobody: its directory must be writable by it.
  chmod -R a+rwX "$DIR"/node*/data
  for n in 1 2 3; do chmod 0644 "$(cnf "$n")"; done
  start_node 1 --wsrep-new-cluster
  wait_ready 1
  start_node 2
  wait_ready 2
  start_node 3
  wait_ready 3
  echo "cluster up: 127.0.0.1:$(sql_port 1),127.0.0.1:$(sql_port 2),127.0.0.1:$(sql_port 3)"
  ;;
stop)
  for n in 3 2 1; do stop_node "$n"; done
  ;;
kill)
  pid=$(cat "$(pidfile "$node_arg")")
  kill -9 "$pid"
  ;;
status)
  for n in 1 2 3; do
    if ping_node "$n"; then
      mysql --no-defaults --protocol=tcp -h127.0.0.1 -P"$(sql_port "$n")" -uroot -N -e \
        "SELECT 'node$n', VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ('WSREP_CLUSTER_SIZE','WSREP_LOCAL_STATE_COMMENT')" | tr '\n' ' '
      echo
    else
      echo "node$n down"
    fi
  done
  ;;
*)
  echo "usage: $0 start|stop|status|kill N [dir]" >&2
  exit 2
  ;;
esac
