#!/bin/bash
# start-mail-servers.sh [DIR]  -- the Mailscope session tests' own copy of the real-server setup.
#
# Installs (if missing), configures under DIR and starts, on loopback only:
#   Dovecot 2.3  : POP3 (STLS) / POP3S / IMAP (STARTTLS) / IMAPS, LMTP + SASL auth sockets
#   Postfix 3.7  : SMTP submission with STARTTLS required, SMTPS (implicit TLS),
#                  and a plaintext port (TLS optional, AUTH allowed without TLS)
# Test user: $MAIL_USER@$MAIL_DOMAIN / $MAIL_PASS (default alice@example.test / secret),
# Maildir seeded with 2 messages; mail to that address is delivered by Postfix -> LMTP -> Dovecot.
# Relay to any other domain requires AUTH and is then *discarded* (nothing leaves the machine).
#
# Dovecot also listens on 127.0.0.2 (plaintext authentication refused there: Dovecot counts a connection as secure
# only when client and server address are the same, and the kernel connects to 127.0.0.2 from 127.0.0.1),
# on 127.0.0.3 with an EXPIRED certificate, on 127.0.0.4 with a certificate for ANOTHER HOST NAME, and on 127.0.0.5
# with a chain issued by a (made-up) anti-virus "Web/Mail Shield" root, as TLS-intercepting mail scanners present.
# Must run as root (Debian 12). No systemd needed. Works without a TTY.
# Writes DIR/ports.env (shell-sourceable). Stop with stop-mail-servers.sh DIR.
set -u
umask 022

DIR=${1:-${MAILSRV_DIR:-/tmp/mailscope-mail}}
BIND=127.0.0.1
POP3_PORT=${POP3_PORT:-21110}
POP3S_PORT=${POP3S_PORT:-21995}
IMAP_PORT=${IMAP_PORT:-21143}
IMAPS_PORT=${IMAPS_PORT:-21993}
SMTP_PORT=${SMTP_PORT:-22525}              # STARTTLS required before MAIL/AUTH
SMTPS_PORT=${SMTPS_PORT:-22465}            # implicit TLS
SMTP_PLAIN_PORT=${SMTP_PLAIN_PORT:-22025}  # STARTTLS optional, AUTH allowed in clear
KEYTOOL=${KEYTOOL:-${JAVA_HOME:+$JAVA_HOME/bin/keytool}}
KEYTOOL=${KEYTOOL:-keytool}
MAIL_USER=${MAIL_USER:-alice}
MAIL_PASS=${MAIL_PASS:-secret}
MAIL_DOMAIN=${MAIL_DOMAIN:-example.test}
WAIT_TIMEOUT=${WAIT_TIMEOUT:-30}
HERE=$(cd "$(dirname "$0")" && pwd)

die() { echo "start-mail-servers: ERROR: $*" >&2; exit 1; }
log() { echo "start-mail-servers: $*"; }

[ "$(id -u)" = 0 ] || die "must run as root"
case "$DIR" in /*) ;; *) DIR="$(pwd)/$DIR" ;; esac

# ---------------------------------------------------------------- install
need_pkgs=""
[ -x /usr/sbin/dovecot ]        || need_pkgs="$need_pkgs dovecot-core"
[ -x /usr/lib/dovecot/pop3 ]    || need_pkgs="$need_pkgs dovecot-pop3d"
[ -x /usr/lib/dovecot/imap ]    || need_pkgs="$need_pkgs dovecot-imapd"
[ -x /usr/lib/dovecot/lmtp ]    || need_pkgs="$need_pkgs dovecot-lmtpd"
[ -x /usr/sbin/postfix ]        || need_pkgs="$need_pkgs postfix"
command -v swaks   >/dev/null   || need_pkgs="$need_pkgs swaks"
command -v openssl >/dev/null   || need_pkgs="$need_pkgs openssl"
command -v curl    >/dev/null   || need_pkgs="$need_pkgs curl"
if [ -n "$need_pkgs" ]; then
  log "installing:$need_pkgs"
  # keep the packages' own init scripts from starting system-wide daemons on 25/110/143/993/995
  made_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d; made_policy=1
  fi
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || die "apt-get update failed"
  apt-get install -y -qq $need_pkgs </dev/null >/dev/null || die "apt-get install$need_pkgs failed"
  [ -n "$made_policy" ] && rm -f /usr/sbin/policy-rc.d
fi
getent passwd dovecot >/dev/null && getent passwd dovenull >/dev/null || die "dovecot/dovenull users missing (dovecot-core postinst creates them)"
getent passwd postfix >/dev/null && getent group postdrop >/dev/null || die "postfix user / postdrop group missing"
getent passwd vmail >/dev/null || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin vmail \
  || die "cannot create vmail user"

# ---------------------------------------------------------------- already running?
if [ -f "$DIR/dovecot/run/master.pid" ] || [ -f "$DIR/postfix/spool/pid/master.pid" ]; then
  log "stopping previous instance in $DIR"
  bash "$HERE/stop-mail-servers.sh" "$DIR" || true
fi
for p in $POP3_PORT $POP3S_PORT $IMAP_PORT $IMAPS_PORT $SMTP_PORT $SMTPS_PORT $SMTP_PLAIN_PORT; do
  (exec 3<>/dev/tcp/$BIND/$p) 2>/dev/null && die "port $BIND:$p is already in use"
done

# ---------------------------------------------------------------- layout
mkdir -p "$DIR"/{ssl,dovecot,postfix/conf,mail} || die "cannot create $DIR"
# every ancestor of DIR must be traversable by the unprivileged daemon users
for u in vmail postfix dovenull; do
  runuser -u "$u" -- test -x "$DIR" 2>/dev/null || die "$DIR is not reachable by user $u (a parent dir is not o+x, e.g. /root is 0700); use a dir under /tmp"
done
# unix socket paths are limited to 107 bytes; longest one used here is run/replication-notify-fifo
[ $(( ${#DIR} + 40 )) -lt 107 ] || die "DIR path too long for unix sockets (${#DIR} chars); use a shorter dir"

if [ ! -s "$DIR/ssl/cert.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:127.0.0.2" \
    -keyout "$DIR/ssl/key.pem" -out "$DIR/ssl/cert.pem" >/dev/null 2>&1 || die "openssl req failed"
  chmod 600 "$DIR/ssl/key.pem"
fi
# a certificate for another host name (valid, self-signed, names only mail.other-host.test)
if [ ! -s "$DIR/ssl/wronghost-cert.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=mail.other-host.test" \
    -addext "subjectAltName=DNS:mail.other-host.test" \
    -keyout "$DIR/ssl/wronghost-key.pem" -out "$DIR/ssl/wronghost-cert.pem" >/dev/null 2>&1 || die "openssl req (wrong host) failed"
  chmod 600 "$DIR/ssl/wronghost-key.pem"
fi
# a chain as anti-virus mail scanning presents it: the server's name, issued by the product's own root
if [ ! -s "$DIR/ssl/intercepted-chain.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/O=AVAST Software s.r.o./CN=Avast Web\/Mail Shield Root" \
    -keyout "$DIR/ssl/av-ca-key.pem" -out "$DIR/ssl/av-ca.pem" >/dev/null 2>&1 || die "openssl req (interception CA) failed"
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$DIR/ssl/intercepted-key.pem" -out "$DIR/ssl/intercepted.csr" \
    >/dev/null 2>&1 || die "openssl req (intercepted leaf) failed"
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.5\n' > "$DIR/ssl/intercepted.ext"
  openssl x509 -req -in "$DIR/ssl/intercepted.csr" -CA "$DIR/ssl/av-ca.pem" -CAkey "$DIR/ssl/av-ca-key.pem" -CAcreateserial \
    -days 3650 -extfile "$DIR/ssl/intercepted.ext" -out "$DIR/ssl/intercepted-cert.pem" >/dev/null 2>&1 || die "openssl x509 (intercepted leaf) failed"
  cat "$DIR/ssl/intercepted-cert.pem" "$DIR/ssl/av-ca.pem" > "$DIR/ssl/intercepted-chain.pem"
  chmod 600 "$DIR/ssl/intercepted-key.pem" "$DIR/ssl/av-ca-key.pem"
fi
# an expired certificate for the right address (openssl 3.0 req cannot back-date; keytool can)
if [ ! -s "$DIR/ssl/expired-cert.pem" ]; then
  rm -f "$DIR/ssl/expired.p12"
  "$KEYTOOL" -genkeypair -keystore "$DIR/ssl/expired.p12" -storetype PKCS12 -storepass changeit -alias expired \
    -keyalg RSA -keysize 2048 -dname "CN=localhost" -ext "san=dns:localhost,ip:127.0.0.3" \
    -startdate 2020/01/01 -validity 30 >/dev/null 2>&1 || die "keytool ($KEYTOOL) could not create the expired certificate"
  openssl pkcs12 -in "$DIR/ssl/expired.p12" -passin pass:changeit -nodes -nocerts -out "$DIR/ssl/expired-key.pem" >/dev/null 2>&1 \
    || die "openssl pkcs12 (expired key) failed"
  openssl pkcs12 -in "$DIR/ssl/expired.p12" -passin pass:changeit -nokeys -clcerts -out "$DIR/ssl/expired-cert.pem" >/dev/null 2>&1 \
    || die "openssl pkcs12 (expired certificate) failed"
  chmod 600 "$DIR/ssl/expired-key.pem"
fi

# ---------------------------------------------------------------- dovecot
cat > "$DIR/dovecot/dovecot.conf" <<EOF
# generated by start-mail-servers.sh -- standalone Dovecot config, run with: dovecot -c $DIR/dovecot/dovecot.conf
base_dir = $DIR/dovecot/run
instance_name = mailscope-session-test
protocols = pop3 imap lmtp
listen = $BIND, 127.0.0.2, 127.0.0.3, 127.0.0.4, 127.0.0.5
log_path = $DIR/dovecot/dovecot.log
default_internal_user = dovecot
default_login_user = dovenull

ssl = yes
ssl_cert = <$DIR/ssl/cert.pem
ssl_key = <$DIR/ssl/key.pem
ssl_dh = </usr/share/dovecot/dh.pem

# refused only where the connection is not "secure" (127.0.0.2; see the header)
disable_plaintext_auth = yes
auth_mechanisms = plain login cram-md5
# tests try wrong passwords: no 2 s penalty each
auth_failure_delay = 0
auth_username_format = %Ln
passdb {
  driver = passwd-file
  args = $DIR/dovecot/users
}
userdb {
  driver = static
  args = uid=vmail gid=vmail home=$DIR/mail/%n
}
mail_location = maildir:~/Maildir

service pop3-login {
  inet_listener pop3 {
    port = $POP3_PORT
  }
  inet_listener pop3s {
    port = $POP3S_PORT
    ssl = yes
  }
}
service imap-login {
  inet_listener imap {
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = $IMAPS_PORT
    ssl = yes
  }
}
local 127.0.0.3 {
  ssl_cert = <$DIR/ssl/expired-cert.pem
  ssl_key = <$DIR/ssl/expired-key.pem
}
local 127.0.0.5 {
  ssl_cert = <$DIR/ssl/intercepted-chain.pem
  ssl_key = <$DIR/ssl/intercepted-key.pem
}
local 127.0.0.4 {
  ssl_cert = <$DIR/ssl/wronghost-cert.pem
  ssl_key = <$DIR/ssl/wronghost-key.pem
}
# Postfix delivers over this socket (virtual_transport = lmtp:unix:...)
service lmtp {
  unix_listener lmtp {
    mode = 0666
  }
}
# Postfix SASL (smtpd_sasl_type = dovecot)
service auth {
  unix_listener auth-postfix {
    mode = 0666
  }
}
EOF
printf '%s:{PLAIN}%s\n' "$MAIL_USER" "$MAIL_PASS" > "$DIR/dovecot/users"
chmod 644 "$DIR/dovecot/users"

M="$DIR/mail/$MAIL_USER/Maildir"
if [ ! -d "$M" ]; then
  mkdir -p "$M"/{cur,new,tmp}
  printf 'From: Bob <bob@%s>\r\nTo: %s <%s@%s>\r\nSubject: Test message 1\r\nDate: Mon, 01 Jan 2024 10:00:00 +0000\r\nMessage-ID: <msg1@%s>\r\n\r\nHello, this is message one.\r\n' \
    "$MAIL_DOMAIN" "$MAIL_USER" "$MAIL_USER" "$MAIL_DOMAIN" "$MAIL_DOMAIN" > "$M/new/1704103200.M1P1.localhost"
  printf 'From: Carol <carol@%s>\r\nTo: %s <%s@%s>\r\nSubject: Test message 2\r\nDate: Tue, 02 Jan 2024 11:00:00 +0000\r\nMessage-ID: <msg2@%s>\r\n\r\nHello, this is message two.\r\nSecond line.\r\n' \
    "$MAIL_DOMAIN" "$MAIL_USER" "$MAIL_USER" "$MAIL_DOMAIN" "$MAIL_DOMAIN" > "$M/new/1704193200.M2P2.localhost"
fi
chown -R vmail:vmail "$DIR/mail"

# ---------------------------------------------------------------- postfix
# config dir must be separate from spool/data (postfix check warns about non-root files in it)
cat > "$DIR/postfix/conf/main.cf" <<EOF
# generated by start-mail-servers.sh -- run with: postfix -c $DIR/postfix/conf start
compatibility_level = 3.6
queue_directory = $DIR/postfix/spool
data_directory = $DIR/postfix/data
mail_owner = postfix
setgid_group = postdrop
maillog_file_prefixes = $DIR/postfix
maillog_file = $DIR/postfix/postfix.log

myhostname = mail.$MAIL_DOMAIN
mydomain = $MAIL_DOMAIN
myorigin = \$myhostname
inet_interfaces = $BIND
inet_protocols = ipv4
mydestination =
mynetworks = 127.0.0.1/32
relayhost =
alias_maps =
alias_database =
biff = no
smtpd_banner = \$myhostname ESMTP Postfix (test)

virtual_mailbox_domains = $MAIL_DOMAIN
virtual_mailbox_maps = texthash:$DIR/postfix/conf/vmailbox
virtual_transport = lmtp:unix:$DIR/dovecot/run/lmtp
default_transport = discard:outbound delivery disabled on test server
relay_transport = discard:outbound delivery disabled on test server

smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = $DIR/dovecot/run/auth-postfix
broken_sasl_auth_clients = yes
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination

smtpd_tls_cert_file = $DIR/ssl/cert.pem
smtpd_tls_key_file = $DIR/ssl/key.pem
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_tls_loglevel = 1
EOF
printf '%s@%s\t%s\n' "$MAIL_USER" "$MAIL_DOMAIN" "$MAIL_USER" > "$DIR/postfix/conf/vmailbox"
cat > "$DIR/postfix/conf/master.cf" <<EOF
# service type  private unpriv  chroot  wakeup  maxproc command + args
$BIND:$SMTP_PORT inet n  -       n       -       -       smtpd
  -o smtpd_tls_security_level=encrypt
$BIND:$SMTPS_PORT inet n  -       n       -       -       smtpd
  -o smtpd_tls_wrappermode=yes
  -o smtpd_tls_security_level=encrypt
$BIND:$SMTP_PLAIN_PORT inet n  -       n       -       -       smtpd
  -o smtpd_tls_auth_only=no
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
install -d -o root -g root -m 755 "$DIR/postfix/spool"
install -d -o postfix -g postfix -m 700 "$DIR/postfix/data"

# ---------------------------------------------------------------- start
el() { awk "BEGIN{printf \"%.3f\", $(date +%s.%N)-$1}"; }
t0=$(date +%s.%N)
# The Dovecot master keeps the stderr it was started with open for its whole life: never hand it
# the caller's stdout/stderr (a `... | tee` pipeline would never see EOF).
/usr/sbin/dovecot -c "$DIR/dovecot/dovecot.conf" </dev/null >>"$DIR/dovecot/startup.log" 2>&1 \
  || { cat "$DIR/dovecot/startup.log" >&2; tail -20 "$DIR/dovecot/dovecot.log" >&2; die "dovecot failed to start"; }
# the master writes its pid file after it daemonized: on a loaded machine that can take a moment
for i in $(seq 1 200); do [ -s "$DIR/dovecot/run/master.pid" ] && break; sleep 0.05; done
[ -s "$DIR/dovecot/run/master.pid" ] || { tail -20 "$DIR/dovecot/dovecot.log" >&2; die "dovecot wrote no pid file within 10 s"; }
log "dovecot master started in $(el $t0) s (pid $(cat "$DIR/dovecot/run/master.pid"))"
t=$(date +%s.%N)
# postfix logs its own errors to maillog_file (and to stderr only when stderr is a TTY)
/usr/sbin/postfix -c "$DIR/postfix/conf" start </dev/null >>"$DIR/postfix/startup.log" 2>&1 \
  || { cat "$DIR/postfix/startup.log" >&2; tail -20 "$DIR/postfix/postfix.log" >&2; die "postfix failed to start"; }
log "postfix start returned in $(el $t) s (pid $(tr -d ' ' < "$DIR/postfix/spool/pid/master.pid"))"
t=$(date +%s.%N)

wait_banner() { # port expected-prefix
  local end=$(( $(date +%s) + WAIT_TIMEOUT )) line
  while [ "$(date +%s)" -lt "$end" ]; do
    if exec 7<>"/dev/tcp/$BIND/$1" 2>/dev/null; then
      line=""; read -r -t 5 line <&7; exec 7<&- 7>&-
      case "$line" in "$2"*) return 0 ;; esac
    fi
    sleep 0.05
  done
  return 1
}
wait_tcp() {
  local end=$(( $(date +%s) + WAIT_TIMEOUT ))
  while [ "$(date +%s)" -lt "$end" ]; do
    (exec 7<>"/dev/tcp/$BIND/$1") 2>/dev/null && return 0
    sleep 0.05
  done
  return 1
}
ok=1
wait_banner "$POP3_PORT" "+OK"         || { echo "POP3 $POP3_PORT not ready" >&2; ok=0; }
wait_banner "$IMAP_PORT" "* OK"        || { echo "IMAP $IMAP_PORT not ready" >&2; ok=0; }
wait_banner "$SMTP_PORT" "220 "        || { echo "SMTP $SMTP_PORT not ready" >&2; ok=0; }
wait_banner "$SMTP_PLAIN_PORT" "220 "  || { echo "SMTP $SMTP_PLAIN_PORT not ready" >&2; ok=0; }
wait_tcp "$POP3S_PORT"  || { echo "POP3S $POP3S_PORT not ready" >&2; ok=0; }
wait_tcp "$IMAPS_PORT"  || { echo "IMAPS $IMAPS_PORT not ready" >&2; ok=0; }
wait_tcp "$SMTPS_PORT"  || { echo "SMTPS $SMTPS_PORT not ready" >&2; ok=0; }
log "ports answered $(el $t) s later"
t1=$(date +%s.%N)
if [ $ok = 0 ]; then
  tail -20 "$DIR/dovecot/dovecot.log" "$DIR/postfix/postfix.log" >&2
  die "servers did not become ready within ${WAIT_TIMEOUT}s"
fi

cat > "$DIR/ports.env" <<EOF
MAIL_HOST=$BIND
POP3_PORT=$POP3_PORT
POP3S_PORT=$POP3S_PORT
IMAP_PORT=$IMAP_PORT
IMAPS_PORT=$IMAPS_PORT
SMTP_PORT=$SMTP_PORT
SMTPS_PORT=$SMTPS_PORT
SMTP_PLAIN_PORT=$SMTP_PLAIN_PORT
MAIL_USER=$MAIL_USER
MAIL_PASS=$MAIL_PASS
MAIL_ADDRESS=$MAIL_USER@$MAIL_DOMAIN
MAIL_CA_CERT=$DIR/ssl/cert.pem
DOVECOT_PID=$(cat "$DIR/dovecot/run/master.pid")
POSTFIX_PID=$(cat "$DIR/postfix/spool/pid/master.pid" | tr -d ' ')
EOF
log "ready in $(awk "BEGIN{printf \"%.2f\", $t1-$t0}") s (dir $DIR)"
log "  POP3  $BIND:$POP3_PORT (STLS)   POP3S $BIND:$POP3S_PORT"
log "  IMAP  $BIND:$IMAP_PORT (STARTTLS) IMAPS $BIND:$IMAPS_PORT"
log "  SMTP  $BIND:$SMTP_PORT (STARTTLS required)  SMTPS $BIND:$SMTPS_PORT  SMTP-plain $BIND:$SMTP_PLAIN_PORT"
log "  user $MAIL_USER@$MAIL_DOMAIN / $MAIL_PASS ; cert $DIR/ssl/cert.pem ; env $DIR/ports.env"
