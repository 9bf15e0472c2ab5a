#!/usr/bin/env bash
# Regenerates the test server's certificates (PKCS12; store and key password "mailscope-test": these keys only ever
# serve loopback test sessions, so the password is not a secret). Run from anywhere; needs keytool (any JDK).
#   mailscope-test-ca.pem  the test CA's certificate: a client that trusts it trusts localhost.p12 (scenario "normal")
#   localhost.p12          issued by the test CA for localhost / 127.0.0.1 / ::1, valid until 2126
#   self-signed.p12        right name and dates, but self-signed: nobody trusts it
#   expired.p12            issued by the test CA for the right name, but valid only during 2000
#   wrong-host.p12         issued by the test CA, valid, but for mail.wrong-host.example only
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
P=mailscope-test
kt() { keytool -noprompt -storetype PKCS12 -storepass $P -keypass $P "$@"; }
rm -f localhost.p12 self-signed.p12 expired.p12 wrong-host.p12 mailscope-test-ca.pem
kt -genkeypair -keystore "$work/ca.p12" -alias ca -keyalg RSA -keysize 2048 -validity 36500 \
   -dname "CN=Mailscope Test CA, O=Mailscope test server" -ext bc:c
kt -exportcert -rfc -keystore "$work/ca.p12" -alias ca -file mailscope-test-ca.pem
leaf() { # name, dname, san, extra gencert options...
  local name=$1 dname=$2 san=$3; shift 3
  kt -genkeypair -keystore "$name.p12" -alias server -keyalg RSA -keysize 2048 -dname "$dname"
  kt -certreq -keystore "$name.p12" -alias server -file "$work/$name.csr"
  kt -gencert -keystore "$work/ca.p12" -alias ca -infile "$work/$name.csr" -outfile "$work/$name.pem" -rfc \
     -ext "SAN=$san" -ext ku:c=digitalSignature,keyEncipherment -ext eku=serverAuth "$@"
  kt -importcert -keystore "$name.p12" -alias ca -file mailscope-test-ca.pem
  kt -importcert -keystore "$name.p12" -alias server -file "$work/$name.pem"
  kt -delete -keystore "$name.p12" -alias ca
}
leaf localhost "CN=localhost, O=Mailscope test server" "dns:localhost,ip:127.0.0.1,ip:::1" -validity 36500
leaf expired "CN=localhost, O=Mailscope test server (expired)" "dns:localhost,ip:127.0.0.1,ip:::1" -startdate "2000/01/01 00:00:00" -validity 365
leaf wrong-host "CN=mail.wrong-host.example, O=Mailscope test server (wrong host)" "dns:mail.wrong-host.example" -validity 36500
kt -genkeypair -keystore self-signed.p12 -alias server -keyalg RSA -keysize 2048 -validity 36500 \
   -dname "CN=localhost, O=Mailscope test server (self-signed)" -ext SAN=dns:localhost,ip:127.0.0.1,ip:::1
