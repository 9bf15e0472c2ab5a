#!/usr/bin/env python3
"""Generate Mailscope's shipped error-code catalog (catalog.xmi) from our own text.

The catalog text - titles, meanings, dialog texts, trace signals, causes, checks and
remedies, reply meanings and client mappings - is written here, in the project's own
words, as Python data. The researched reference tables are read only for facts:
the hresult, symbol and protocol columns of error-codes.tsv, and the protocol, reply and
maps_to_hresult columns of protocol-replies.tsv.

    python3 tools/catalog/build_catalog.py --reference ../shared/reference

writes bundles/io.mailscope.model/catalog/catalog.xmi (EMF XMI 2.0 against
bundles/io.mailscope.model/model/mailscope.ecore). The XMI file is the shipped data;
this script is its provenance. Python 3.11, standard library only.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

NS_URI = "http://mailscope.io/model/1.0"
CATALOG_NAME = "Mailscope error-code catalog"
CATALOG_VERSION = "1.0"

DEFAULT_OUTPUT = (Path(__file__).resolve().parents[2]
                  / "bundles" / "io.mailscope.model" / "catalog" / "catalog.xmi")

FAMILIES = ("general", "connection", "SMTP", "POP3", "IMAP", "NNTP", "HTTPMail", "RAS",
            "Outlook send/receive")
CATEGORIES = (
    "auth-failed", "auth-required", "auth-method-mismatch", "tls-required", "tls-failed",
    "certificate-rejected", "connection-refused", "connection-dropped-after-greeting",
    "connection-dropped-mid-transfer", "timeout", "server-busy", "mailbox-in-use",
    "relay-denied", "sender-rejected", "recipient-rejected", "message-rejected",
    "quota-exceeded", "protocol-violation", "server-bug", "wrong-port-or-security",
    "dns-failure", "network-interference", "client-configuration", "unknown")
PROTOCOLS = ("SMTP", "POP3", "IMAP", "NNTP", "HTTPMail")

# a full 32-bit value, or a range "0x800CCC30..0x800CCC3F", in a maps_to_hresult cell
CODE_REF_RE = re.compile(r"(0x[0-9A-Fa-f]{8})(?:\s*\.\.\s*(0x[0-9A-Fa-f]{8}))?")


# --------------------------------------------------------------------------------------
# data model of this script
# --------------------------------------------------------------------------------------
@dataclass
class Cause:
    category: str
    title: str
    description: str
    checks: list[str]
    user: list[str]
    admin: list[str] = field(default_factory=list)
    qualifier: str | None = None


@dataclass
class Text:
    title: str
    meaning: str
    trace: str
    causes: list[Cause] = field(default_factory=list)
    client: str | None = None
    family: str | None = None   # overrides the family derived from the TSV protocol
    source: str | None = None   # overrides the default source for the value range


TEXT: dict[int, Text] = {}


def cause(category: str, qualifier: str | None = None, *, title: str, desc: str,
          checks: list[str], user: list[str], admin: list[str] | None = None) -> Cause:
    return Cause(category, title, desc, list(checks), list(user), list(admin or []), qualifier)


def code(hexval: str, *, title: str, meaning: str, trace: str, causes: list[Cause] = (),
         client: str | None = None, family: str | None = None,
         source: str | None = None) -> None:
    key = int(hexval, 16)
    if key in TEXT:
        raise SystemExit(f"text for {hexval} defined twice")
    TEXT[key] = Text(title, meaning, trace, list(causes), client, family, source)


def hex_of(unsigned: int) -> str:
    return f"0x{unsigned:08X}"


def signed32(unsigned: int) -> int:
    return unsigned - 2**32 if unsigned >= 2**31 else unsigned


# --------------------------------------------------------------------------------------
# sources (where value and symbol are documented)
# --------------------------------------------------------------------------------------
SRC_IMNX_WINE = ("imnxport.h (Microsoft Platform SDK); the same value is defined in Wine's "
                 "include/imnxport.idl")
SRC_IMNX = "imnxport.h (Microsoft Platform SDK)"
SRC_MAPI = "mapicode.h (MAPI, Windows SDK); the same value is defined in Wine's include/mapicode.h"
SRC_OUTLOOK = ("Outlook send/receive dialogs as reported in the field; the value has no symbol "
               "in a public SDK header")


def default_source(unsigned: int) -> str:
    low = unsigned & 0xFFFF
    if unsigned >> 16 in (0x800C, 0x000C):
        if low <= 0xCC1A or 0xCC60 <= low <= 0xCC7F:
            return SRC_IMNX_WINE
        return SRC_IMNX
    if 0x80040100 <= unsigned <= 0x80040FFF:
        return SRC_MAPI
    return SRC_OUTLOOK


# --------------------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------------------
# general-protocol codes that are about reaching, securing, keeping or timing a connection
CONNECTION_CODES = {0x800CCC01, 0x800CCC02, 0x800CCC04, 0x800CCC05, 0x800CCC06, 0x800CCC09,
                    0x800CCC0D, 0x800CCC0E, 0x800CCC0F, 0x800CCC12, 0x800CCC13, 0x800CCC14,
                    0x800CCC15, 0x800CCC19, 0x800CCC1A}


def family_of(unsigned: int, tsv_protocol: str) -> str:
    p = tsv_protocol.strip()
    if p == "general":
        return "connection" if unsigned in CONNECTION_CODES else "general"
    if p == "Winsock":
        return "connection"
    if p.startswith("MAPI") or p == "Outlook send/receive":
        return "Outlook send/receive"
    base = p.split(" (", 1)[0]          # "SMTP (Outlook)" -> "SMTP", "RAS (success)" -> "RAS"
    if base in FAMILIES:
        return base
    raise SystemExit(f"no family for TSV protocol {tsv_protocol!r} ({hex_of(unsigned)})")


def symbol_of(tsv_symbol: str) -> str | None:
    s = tsv_symbol.strip()
    if not s or s.startswith("("):     # "(Outlook spooler; no public symbol)" etc.
        return None
    return s.split(" (", 1)[0].strip()  # "POP3_NO_STORE (as listed)" -> "POP3_NO_STORE"


# ======================================================================================
# CATALOG TEXT - general and connection codes (0x800CCC00 .. 0x800CCC1A)
# ======================================================================================
code("0x800CCC00",
     title="Secure Password Authentication could not start",
     meaning="The client could not load or list the Windows security packages (SSPI, called "
             "'Sicily' inside the mail components) that Secure Password Authentication (NTLM) "
             "needs. The failure is on the PC: it happens before any credential is sent.",
     trace="The server's capability reply (CAPA, EHLO or CAPABILITY) is the last thing received; "
           "the client then stops without sending AUTH, USER or LOGIN.",
     causes=[
         cause("client-configuration",
               title="SPA switched on although the server does not need it",
               desc="'Log on using Secure Password Authentication (SPA)' is ticked for an account "
                    "whose server expects an ordinary password login, so the client tries to load "
                    "NTLM support it never needed.",
               checks=["Open the account's server settings and see whether 'Log on using Secure "
                       "Password Authentication' is ticked.",
                       "In the trace, read the server's mechanisms (CAPA SASL line, '250-AUTH' of "
                       "EHLO, 'AUTH=' in CAPABILITY): without NTLM/MSN the server does not use SPA."],
               user=["Untick SPA and log on with the normal password, over SSL/TLS."],
               admin=["Keep NTLM/SPA enabled only where customers really log on with Windows "
                      "credentials, and document which logon method to choose."]),
         cause("client-configuration", "damaged-sspi",
               title="Windows security components damaged or hooked",
               desc="The SSPI/secur32 components of Windows are missing or damaged, or security "
                    "software has replaced them with a hook that fails; every program that uses "
                    "Windows-integrated logon is affected.",
               checks=["Check whether other programs using Windows-integrated logon fail too.",
                       "Run 'sfc /scannow' from an elevated prompt and note whether it repairs files."],
               user=["Repair Windows ('sfc /scannow', then 'DISM /Online /Cleanup-Image "
                     "/RestoreHealth'), update or remove the security product, then repair the "
                     "mail client."]),
     ])

code("0x800CCC01",
     title="Certificate name does not match the server name",
     meaning="The server's TLS certificate is issued for other host names than the one in the "
             "account settings, so the client does not trust the connection.",
     client="The server you are connected to is using a security certificate that cannot be "
            "verified. The target principal name is incorrect.",
     trace="The TLS handshake completes and the client then stops; the names in the certificate "
           "(subject CN and subjectAltName) differ from the configured server name.",
     causes=[
         cause("certificate-rejected",
               title="Account uses a name the certificate does not cover",
               desc="The account points at an alias, an IP address or the customer's own domain "
                    "(mail.customer.example) while the certificate only names the provider's host, "
                    "typical for shared hosting.",
               checks=["'openssl s_client -connect <server>:995 -servername <server> </dev/null | "
                       "openssl x509 -noout -subject -ext subjectAltName' (993/465 for IMAP/SMTP): "
                       "compare the names with the account's server name.",
                       "Read the 'issued to' name in the client's certificate warning."],
               user=["Set the server name exactly to a name listed in the certificate (ask the "
                     "provider which host name to use)."],
               admin=["Use certificates whose subjectAltName covers every host name customers "
                      "are told to configure."]),
         cause("network-interference",
               title="TLS-inspecting security software or proxy re-signs the connection",
               desc="An anti-virus product or corporate proxy intercepts the TLS connection and "
                    "presents its own certificate, which does not carry the server's name.",
               checks=["Look at the certificate issuer: an anti-virus vendor or a company CA "
                       "instead of a public CA means the connection is intercepted.",
                       "Repeat the openssl test from another network: the real certificate is "
                       "fine there."],
               user=["Exclude the mail ports (993, 995, 465, 587) from the product's SSL/e-mail "
                     "scanning."],
               admin=["Bypass TLS inspection for the mail servers on the corporate proxy."]),
     ])

code("0x800CCC02",
     title="Certificate expired or not yet valid",
     meaning="The validity period of the server's TLS certificate does not contain the current "
             "date as the PC's clock sees it.",
     client="The security certificate has expired or is not yet valid.",
     trace="The handshake itself works; the certificate's notBefore/notAfter range does not "
           "include the client's current time.",
     causes=[
         cause("certificate-rejected",
               title="Server certificate has expired",
               desc="The provider did not renew the certificate in time, or renewed it without "
                    "reloading the mail service.",
               checks=["'openssl s_client -connect <server>:993 -servername <server> </dev/null | "
                       "openssl x509 -noout -dates': is notAfter in the past?",
                       "The s_client summary shows 'Verify return code: 10 (certificate has "
                       "expired)'."],
               user=["Report it to the provider; accepting the warning is only a stop-gap."],
               admin=["Renew and install the certificate with its chain, reload every mail "
                      "service, and monitor expiry (automate renewal)."]),
         cause("client-configuration",
               title="PC clock, date or time zone wrong",
               desc="The client computer's date is wrong (flat CMOS battery, wrong time zone, "
                    "manual change), so a valid certificate looks expired or not yet valid.",
               checks=["Compare the PC's date, time and time zone with a reliable clock.",
                       "If the openssl dates checked from another machine include today, the "
                       "server is fine."],
               user=["Correct date, time and time zone and turn on automatic time "
                     "synchronisation."]),
     ])

code("0x800CCC03",
     title="Transport already connected",
     meaning="Internal client condition: the mail engine was asked to connect on a transport "
             "that already has a live session.",
     trace="Nothing new on the wire; no second TCP connection is opened for the request.",
     causes=[
         cause("client-configuration",
               title="Overlapping connect requests from an add-in or hung task",
               desc="An add-in or a send/receive task that hangs asks the engine to connect "
                    "again while the previous session is still open.",
               checks=["Look in the client log for two connect requests for the same account "
                       "without a disconnect between them.",
                       "Start Outlook in safe mode ('outlook.exe /safe') and repeat send/receive."],
               user=["Restart the mail client (make sure no old process remains in Task "
                     "Manager).",
                     "Disable add-ins that drive send/receive and re-enable them one by one."]),
     ])

code("0x800CCC04",
     title="Connection error",
     meaning="A failure of the connection that the client has no more specific code for; the "
             "Windows socket error number in the dialog usually says more.",
     trace="An abrupt reset or local socket error with no protocol reply that explains it.",
     causes=[
         cause("network-interference",
               title="Firewall or security software resets the connection",
               desc="A personal firewall, e-mail scanner or network device kills the socket.",
               checks=["Note the socket error in the dialog (10053: aborted on this PC, "
                       "10054: reset by the other side or a device on the path).",
                       "Disable the product's e-mail scanning briefly and retry; try another "
                       "network."],
               user=["Exclude the mail client from the firewall/e-mail scanner or update the "
                     "security product."],
               admin=["Look in firewall/IPS logs on the path for resets of the customer's "
                      "connections."]),
         cause("unknown",
               title="Unclassified socket failure",
               desc="The socket failed for a reason the client did not classify.",
               checks=["Capture a client log or packet capture of a failing attempt and see "
                       "which side sends the reset."],
               user=["Retry; if it repeats, send the socket error number and a client log to "
                     "support."]),
     ])

code("0x800CCC05",
     title="Not connected to the server",
     meaning="The client tried to send a command on a connection that was already closed.",
     trace="The session has already ended (server close, QUIT/LOGOUT, '* BYE' or a FIN) before "
           "the client's next command.",
     causes=[
         cause("timeout",
               title="Session closed by an idle timeout",
               desc="The server or a NAT/firewall dropped the idle session; the client only "
                    "notices when it writes again.",
               checks=["Compare timestamps: a long gap between the last server reply and the "
                       "failed command points to an idle timeout.",
                       "Look for '* BYE' (IMAP) or a close shortly after the last activity."],
               user=["Retry; let the client reconnect for each check rather than keeping an idle "
                     "session open."],
               admin=["Check the server's idle timeout and NAT idle timers on the path."]),
         cause("unknown",
               title="An earlier error closed the session",
               desc="This code is a consequence: the session was lost by an earlier failure.",
               checks=["Look above this error for the first failure (0x800CCC0F, -ERR, 421, "
                       "BYE) - that is the real problem."],
               user=["Work on the first error in the log."]),
     ])

code("0x800CCC06",
     title="Sending on the connection failed",
     meaning="Writing data to the server failed because the connection broke while the client "
             "was sending.",
     trace="A client command or the DATA upload stops with a local socket error (often 10053 or "
           "10054) and no reply from the server.",
     causes=[
         cause("connection-dropped-mid-transfer",
               title="Connection broken while uploading",
               desc="The link or the server dropped the connection in the middle of an upload, "
                    "typically of a large message.",
               checks=["See whether it fails during DATA of a big message and how much was sent.",
                       "Send the same message from another network."],
               user=["Retry on a stable connection; send large files as a sharing link."],
               admin=["Check the server's size limit and data-phase timeout; a size limit should "
                      "be answered with 552, not a disconnect."]),
         cause("network-interference",
               title="Firewall or outgoing mail scanner kills the socket",
               desc="Security software that scans outgoing mail or a firewall aborts the upload.",
               checks=["Disable outgoing mail scanning briefly and resend."],
               user=["Exclude the mail client from outbound mail scanning, or update the "
                     "product."]),
     ])

code("0x800CCC07",
     title="Socket busy, data must wait",
     meaning="Internal condition: the non-blocking socket could not take more data yet. Clients "
             "normally wait and carry on; a user only sees it when the client mishandles it.",
     trace="Nothing distinctive on the wire; the upload just pauses.",
     causes=[
         cause("unknown",
               title="Client did not handle normal socket back-pressure",
               desc="A defect in the client surfaces an internal retry condition as an error, "
                    "mostly with large uploads over slow links.",
               checks=["Check whether the error only appears with large uploads on a slow link.",
                       "Note the client version and update level."],
               user=["Retry; install the client's updates."]),
     ])

code("0x800CCC08",
     title="Request not valid in the current state",
     meaning="Internal client condition: the transport got a request that it cannot accept in "
             "its current state, such as a command out of order.",
     trace="Not visible on the wire.",
     causes=[
         cause("client-configuration",
               title="Add-in or damaged account drives the engine out of order",
               desc="An add-in or a damaged account/profile makes the mail engine issue requests "
                    "in the wrong order.",
               checks=["Start in safe mode ('outlook.exe /safe') and retry.",
                       "Create a test account or profile with the same settings and compare."],
               user=["Disable add-ins; recreate the account or the profile if it persists."]),
     ])

code("0x800CCC09",
     title="Receiving on the connection failed",
     meaning="Reading from the connection failed while the client waited for, or downloaded, "
             "server data.",
     trace="Server data stops arriving part-way (inside a reply or a message body) and the "
           "client logs a Windows socket error rather than the usual end-of-data marker.",
     causes=[
         cause("connection-dropped-mid-transfer",
               title="Connection broken while downloading",
               desc="The connection was reset in the middle of a download by the server, the "
                    "link or a router.",
               checks=["Note the command that was running (RETR, FETCH, UIDL) and whether it is "
                       "always the same message.",
                       "Retry from another network."],
               user=["Retry; delete a message that always breaks the download via webmail."],
               admin=["Check the server log for errors while serving that message."]),
         cause("network-interference",
               title="Security software or network device interferes",
               desc="An e-mail scanner, firewall or a router with TCP problems (window scaling, "
                    "MTU) breaks the download.",
               checks=["Disable e-mail scanning briefly; test on another network."],
               user=["Exclude the client from e-mail scanning; update router firmware."]),
     ])

code("0x800CCC0A",
     title="Reply or message download incomplete",
     meaning="A server reply or a message arrived only in part. Outlook Express shows it as an "
             "incomplete message download.",
     trace="A RETR/TOP download ends without the closing '.' line, or a reply line has no line "
           "end before the connection goes quiet or closes.",
     causes=[
         cause("connection-dropped-mid-transfer",
               title="Connection broken during the download",
               desc="The connection was cut while the message was coming in.",
               checks=["Look for a close or socket error right after partial message lines."],
               user=["Retry on a stable network."]),
         cause("server-bug",
               title="Damaged or oversized message on the server",
               desc="One message in the mailbox is malformed or too large for the server to "
                    "deliver in one piece, so every download of it fails.",
               checks=["Note the message number of the last RETR and whether the failure always "
                       "stops there.",
                       "Look at that message in webmail (size, strange attachment)."],
               user=["Delete or move the problem message via webmail, then retry."],
               admin=["Inspect that message in the store; repair or remove it."]),
         cause("client-configuration",
               title="Local POP3 download cache damaged",
               desc="Outlook Express keeps a cache of downloaded message ids (pop3uidl.dbx); when "
                    "it is damaged, downloads fail even for a small mailbox.",
               checks=["The error repeats on every receive although webmail shows few, normal "
                       "messages."],
               user=["Outlook Express: close it, rename pop3uidl.dbx in the store folder and "
                     "start it again so the cache is rebuilt."]),
     ])

code("0x800CCC0B",
     title="Server or mail drop busy",
     meaning="The client could not go on because something was busy: either the server refused "
             "for now (a POP3 mailbox locked by another session, an SMTP 'try later' reply) or "
             "the client's own transport was still working on the previous command. Field "
             "reports also show it when sending fails because of the outgoing-server settings. "
             "The same code covers server refusals and purely client-side conditions, so the "
             "trace has to decide which one it is.",
     trace="Either a refusal from the server - POP3 '-ERR [IN-USE]' or 'mailbox locked' after "
           "PASS, SMTP 421/450/451/452 - or no refusal at all: then look for a command or a "
           "second session started before the previous one finished, or for an SMTP session "
           "that fails right after MAIL FROM/RCPT TO because of the account settings.",
     causes=[
         cause("client-configuration",
               title="Wrong outgoing server name or port",
               desc="The account sends through a host or port that does not take the customer's "
                    "mail - port 25 at an ISP that blocks or throttles it, an old server name, "
                    "another provider's SMTP server - and the client reports the refusal as "
                    "busy.",
               checks=["Compare outgoing server, port and encryption in the account with the "
                       "provider's documentation (normally 587 with STARTTLS, or 465 with "
                       "SSL/TLS).",
                       "From the customer's network: 'telnet <smtp-server> 587' (or the configured "
                       "port). A working server answers '220 ...' within seconds; no answer or "
                       "'connection refused' means the port is wrong or blocked.",
                       "For 465: 'openssl s_client -connect <smtp-server>:465 -crlf -quiet'; for "
                       "587: 'openssl s_client -starttls smtp -connect <smtp-server>:587 -crlf "
                       "-quiet'. Both should show a '220' banner of the expected provider.",
                       "In the trace, check host and port of the SMTP session and whether the "
                       "'220' banner names the expected provider."],
               user=["Set the outgoing server and port exactly as the provider documents "
                     "(587 + STARTTLS or 465 + SSL/TLS) and send a test message."],
               admin=["Publish the submission host name and ports and keep 587 (and 465) open "
                      "for authenticated customers."]),
         cause("auth-required",
               title="Outgoing server authentication not turned on",
               desc="The server accepts mail only from logged-in users, but the account does "
                    "not log on to the outgoing server ('My outgoing server (SMTP) requires "
                    "authentication' is off), so MAIL FROM or RCPT TO is refused.",
               checks=["In the trace, 'MAIL FROM:' is sent without any 'AUTH' before it although "
                       "the EHLO reply listed '250-AUTH ...'.",
                       "Look for '530 5.7.0 Authentication required', '550 5.7.1 Relaying denied' "
                       "or '553 ... not owned by user' after MAIL FROM or RCPT TO.",
                       "Reproduce: 'swaks --server <smtp-server> --port 587 --tls --to "
                       "<address>' without credentials fails, the same with '--auth LOGIN "
                       "--auth-user <user>' succeeds."],
               user=["Turn on 'My outgoing server (SMTP) requires authentication' (use the same "
                     "settings as the incoming server unless the provider says otherwise)."],
               admin=["Make the refusal text say that authentication is required, so it is not "
                      "mistaken for a busy server."]),
         cause("auth-method-mismatch",
               title="Wrong logon method (SPA versus clear-text password)",
               desc="Client and server disagree on how to log on: SPA/NTLM ('Secure Password "
                    "Authentication') is ticked but the server offers only LOGIN/PLAIN, or the "
                    "server expects SPA or a clear-text password that the account does not "
                    "send.",
               checks=["Read the '250-AUTH' line of the EHLO reply (e.g. '250-AUTH PLAIN LOGIN') "
                       "and compare it with the client's AUTH command ('AUTH NTLM' when SPA is "
                       "ticked).",
                       "Look for '504 5.7.4 Unrecognized authentication type', '535' or '503' "
                       "right after the client's AUTH.",
                       "POP3: a bare 'AUTH' (SPA) answered with '-ERR' where USER/PASS would be "
                       "accepted."],
               user=["Use the logon method the provider documents - normally untick 'Log on "
                     "using Secure Password Authentication' and use the normal password over "
                     "SSL/TLS."],
               admin=["Advertise only mechanisms that work on that port and document the one "
                      "clients must use."]),
         cause("mailbox-in-use",
               title="POP3 mailbox locked by another session",
               desc="A POP3 server gives one session at a time an exclusive lock on the mailbox. "
                    "While another session holds it - a second PC, a phone, a collector service, "
                    "or a stale session that has not timed out - the logon is refused with "
                    "'-ERR [IN-USE]' or a 'mailbox locked' text. Some clients report that as "
                    "busy, others as 0x800CCC92.",
               checks=["In the trace, look for '-ERR [IN-USE]', 'mailbox locked', 'unable to "
                       "lock maildrop' or 'already in use' in reply to PASS (or APOP/AUTH).",
                       "Ask which other devices or services fetch mail from the same mailbox and "
                       "how often.",
                       "Close the customer's client, then test by hand: 'telnet <pop-server> 110' "
                       "(or 'openssl s_client -connect <pop-server>:995 -crlf -quiet'), 'USER "
                       "<name>', 'PASS <password>'. '-ERR [IN-USE]' now means another session "
                       "still holds the lock."],
               user=["Close mail on the other devices (or stop their polling), wait a few "
                     "minutes for the lock to expire and try again.",
                     "Space out automatic send/receive so two devices do not collide."],
               admin=["Look for stale POP3 sessions or lock files for the mailbox and clear "
                      "them; consider a shorter lock/idle timeout."]),
         cause("server-busy",
               title="SMTP server asks to try again later (4xx)",
               desc="The server refuses for now with a 4xx reply: too many connections or "
                    "messages from this client, a rate limit, greylisting, or an overloaded "
                    "server in maintenance.",
               checks=["Look for '421', '450', '451' or '452' in the SMTP part of the trace, with "
                       "texts such as 'try again later', 'too many connections', 'rate limit'.",
                       "Note how many messages or connections the client made just before: a "
                       "burst points to a rate limit."],
               user=["Wait a few minutes and send again; send fewer messages at once (no mass "
                     "mailings from the desktop client)."],
               admin=["Check per-user/per-IP connection and message limits and the server's "
                      "load and queue; raise limits or exempt the customer if they are too "
                      "tight."]),
         cause("protocol-violation",
               title="New command sent while the previous one was still running",
               desc="The client started a new command, or a second send/receive for the same "
                    "account, before the previous one had finished. The server refused nothing; "
                    "the client's own transport reports itself busy. Overlapping send/receive "
                    "groups, add-ins that start send/receive, or sending during a long download "
                    "cause it.",
               checks=["The trace contains no server refusal at all.",
                       "Look for two client commands in a row without a server reply between "
                       "them, or two sessions (different THIS: pointers or connection ids) for "
                       "the same account at the same time.",
                       "Check whether the account is in more than one send/receive group or an "
                       "add-in triggers send/receive."],
               user=["Let the running send/receive finish before starting another; keep the "
                     "account in one send/receive group; disable add-ins that trigger "
                     "send/receive."]),
         cause("network-interference",
               title="Anti-virus mail scanner in the way",
               desc="A security product that proxies outgoing mail holds or refuses the message "
                    "and the client reports the server as busy.",
               checks=["Look for a session to 127.0.0.1 or a banner that is not the provider's.",
                       "Disable outgoing mail scanning briefly and resend."],
               user=["Turn off the product's outgoing e-mail scanning or update the product."]),
     ])

code("0x800CCC0C",
     title="Transport not initialised",
     meaning="Internal client error: the mail transport component was used before it was set "
             "up.",
     trace="Not visible on the wire.",
     causes=[
         cause("client-configuration",
               title="Mail components damaged or badly registered",
               desc="A damaged installation or a defect in an add-in uses the transport before "
                    "it is ready.",
               checks=["See whether every account fails (installation problem) or only one "
                       "(account problem)."],
               user=["Repair or reinstall the mail client (for Outlook: Office repair)."]),
     ])

code("0x800CCC0D",
     title="Server name cannot be found",
     meaning="The server name in the account could not be resolved to an IP address, so no "
             "connection was attempted.",
     client="The host '<server>' could not be found. Please verify that you have entered the "
            "server name correctly.",
     trace="No TCP connection attempt at all: the DNS lookup of the server name fails "
           "(NXDOMAIN or no answer).",
     causes=[
         cause("dns-failure",
               title="The name does not resolve",
               desc="DNS has no address for the configured name: the provider retired or renamed "
                    "the host, or the domain's DNS is broken.",
               checks=["On the customer's PC 'nslookup <server>' (or 'Resolve-DnsName <server>'), "
                       "and 'nslookup <server> 8.8.8.8' against a public resolver: 'Non-existent "
                       "domain' from both means the name itself is wrong or gone.",
                       "Compare the name with the provider's current documentation."],
               user=["Use the server name the provider documents today."],
               admin=["Keep old host names as aliases (CNAME) after renaming mail servers; make "
                      "sure every documented name has A/AAAA records."]),
         cause("client-configuration",
               title="Typing error in the server name",
               desc="The server name is misspelled or has extra characters.",
               checks=["Look for misspellings, a leading/trailing space or dot, 'http://', or the "
                       "e-mail address typed in as server name."],
               user=["Type the server name again exactly as documented."]),
         cause("network-interference",
               title="No network or no working DNS resolver",
               desc="The PC cannot resolve any name: it is offline, behind a captive portal, or "
                    "on a VPN that only resolves internal names.",
               checks=["'nslookup www.example.com': if other names fail too, the PC's network or "
                       "DNS is at fault, not the mail server.",
                       "'ipconfig /all' shows which DNS servers are used; 'ipconfig /flushdns' and "
                       "retry."],
               user=["Reconnect, sign in to the captive portal or disconnect the VPN, then "
                     "retry."],
               admin=["Fix the resolver used by the customer's network."]),
     ])

code("0x800CCC0E",
     title="Could not connect to the server",
     meaning="The TCP connection to the server's port was never established, so no greeting "
             "arrived.",
     client="The connection to the server has failed.",
     trace="The connection attempt gets no answer (socket error 10060, timeout) or is reset "
           "(10061, refused); no greeting line is ever received.",
     causes=[
         cause("connection-refused",
               title="Nothing accepts connections on that port (refused)",
               desc="The host answered but refused the port: the mail service is down, not "
                    "offered on that port, or the host is not the mail server. Windows reports "
                    "socket error 10061.",
               checks=["Read the socket error in the dialog: 10061 means refused.",
                       "'telnet <server> <port>' fails at once with 'Connection refused' / "
                       "'Could not open connection'; 'Test-NetConnection <server> -Port <port>' "
                       "shows TcpTestSucceeded : False.",
                       "Try the other standard ports (110/995, 143/993, 587/465) to see which are "
                       "open."],
               user=["Check server name and port against the provider's documentation; if they "
                     "are right, report the outage to the provider."],
               admin=["Check that the service runs and listens on every documented port ('ss "
                      "-ltnp') and that the host firewall lets it through."]),
         cause("wrong-port-or-security",
               title="Wrong port for this server",
               desc="The account uses a port the server does not offer: 995 typed for an IMAP "
                    "account, 25 where only 587/465 are open, a custom port left from an old "
                    "provider.",
               checks=["Compare port and encryption with the usual pairs: POP3 110/995, IMAP "
                       "143/993, SMTP submission 587/465.",
                       "'Test-NetConnection <server> -Port 587' against the configured port: "
                       "only documented ports succeed."],
               user=["Set the documented port and encryption pair and retry."]),
         cause("network-interference",
               title="Firewall, anti-virus or ISP blocks the connection",
               desc="A local firewall or security suite stops the client from connecting, or "
                    "the ISP blocks outbound port 25 to other providers' servers.",
               checks=["Repeat the port test from another network (e.g. a phone hotspot): it "
                       "works there, so the block is on the customer's network or ISP.",
                       "Look in the security product's firewall log for the mail client."],
               user=["Allow the mail client in the firewall; send on port 587 or 465 instead of "
                     "25."],
               admin=["ISPs: document the port 25 block and the submission alternative."]),
         cause("timeout",
               title="Server unreachable (connection attempt timed out)",
               desc="The connection attempt got no reply at all: server down, a routing "
                    "problem, or packets silently dropped. Windows reports socket error 10060.",
               checks=["'Test-NetConnection <server> -Port <port>' waits and fails; 'tracert "
                       "<server>' shows where packets stop.",
                       "Check whether other customers of the same provider are affected."],
               user=["Retry later; report an outage to the provider."],
               admin=["Check reachability of the server and network ACLs in front of it."]),
         cause("dns-failure",
               title="Server name points to the wrong address",
               desc="The name resolves, but to an old or unreachable address (stale cache, "
                    "hosts-file entry, an IPv6 address without a working IPv6 path).",
               checks=["'nslookup <server>' and compare the address with the provider's; look "
                       "for an entry in C:\\Windows\\System32\\drivers\\etc\\hosts.",
                       "'ping -4 <server>' versus 'ping -6 <server>': if only IPv6 fails, the "
                       "AAAA record or the IPv6 path is broken."],
               user=["Remove stale hosts-file entries and run 'ipconfig /flushdns'."],
               admin=["Correct A/AAAA records; do not publish AAAA for hosts without working "
                      "IPv6."]),
     ])

code("0x800CCC0F",
     title="Connection dropped by the server",
     meaning="The TCP connection was closed - by the server or by something on the way - while "
             "the client still expected data, and no protocol error explained the close. Where "
             "in the conversation the drop happens tells the causes apart: right after the "
             "greeting, in the middle of a transfer, after an idle period, or never connected "
             "at all (then the code is 0x800CCC0E).",
     client="Your server has unexpectedly terminated the connection. Possible causes for this "
            "include server problems, network problems, or a long period of inactivity. "
            "(Outlook Express: The connection to the server was interrupted. If this problem "
            "continues, contact your server administrator or Internet service provider (ISP).)",
     trace="A FIN or reset from the server side without '-ERR', a 4xx/5xx reply or '* BYE' "
           "first: right after the '+OK' / '* OK' greeting, during a RETR/FETCH/DATA transfer, "
           "or after a long quiet gap. A close during the TLS handshake is 0x800CCC1A instead.",
     causes=[
         cause("connection-dropped-after-greeting",
               title="Dropped right after the greeting (server-side throttling)",
               desc="The server accepts the TCP connection and sends its greeting, then closes "
                    "the connection as soon as the client starts talking (USER, CAPA, LOGIN) or "
                    "without waiting. This is a server-side limit: connection throttling, a "
                    "maximum number of concurrent connections per user or per IP, a temporary "
                    "block of the client's address after many logons, or a front end that cannot "
                    "reach the mailbox server. Classic on Exchange 2000/2003 POP3/IMAP and on "
                    "providers with per-IP connection limits.",
               checks=["Do the manual test: 'telnet <server> 110' (POP3) or 'telnet <server> 143' "
                       "(IMAP) and watch. Throttling shows the '+OK ...' / '* OK ...' greeting "
                       "and then 'Connection closed by foreign host' - immediately, or as soon as "
                       "you type 'USER <name>' / 'a1 CAPABILITY'.",
                       "Same on the SSL ports: 'openssl s_client -connect <server>:995 -crlf "
                       "-quiet' (or :993) shows the greeting and then the connection ends.",
                       "In the trace, the last server line is the greeting and the next event is "
                       "the disconnect, with no '-ERR' or 'BYE' in between.",
                       "Repeat from another network or IP address: if it works there, the limit "
                       "applies to the customer's IP."],
               user=["Close other programs and devices that use the mailbox, check less often, "
                     "wait and retry.",
                     "Contact the provider with the time of the test and the public IP address; "
                     "a new profile or reinstalling the client will not help."],
               admin=["Review connection limits and throttling (connections per user and per "
                      "IP, rate limits, temporary bans after failed logons, Exchange POP3/IMAP "
                      "connection limits) and raise them or exempt the customer.",
                      "Check that the front end reaches the back-end mailbox server; an "
                      "unreachable back end often looks like greeting-then-close."]),
         cause("connection-dropped-mid-transfer",
               title="Dropped in the middle of a transfer",
               desc="The connection breaks while a message is downloaded (RETR, FETCH) or "
                    "uploaded (DATA): a damaged or very large message makes the server fail or "
                    "hit a limit, or a router/NAT device mishandles long transfers (TCP window "
                    "scaling, MTU), or the link is unstable.",
               checks=["In the trace, the last lines are part of a message body or a DATA "
                       "upload, and the closing '.' line (or the end of the IMAP literal) never "
                       "arrives.",
                       "Check whether it always fails on the same message number or size: then "
                       "that message is the trigger.",
                       "Retry from another network: if the same message downloads there, the "
                       "path (router, MTU, scanner) is at fault."],
               user=["Delete or move the problem message via webmail and retry.",
                     "Send large files as a sharing link instead of an attachment."],
               admin=["Look in the server log for an error or crash while serving that "
                      "message; repair or remove it.",
                      "Check the maximum message size and data-phase timeouts."]),
         cause("network-interference",
               title="Anti-virus, firewall or proxy interfering",
               desc="Security software that scans e-mail (it proxies POP3/IMAP/SMTP on the PC), "
                    "a personal firewall or a corporate proxy/IPS cuts the connection - often "
                    "while it scans a large message or because it does not understand an "
                    "extension in use.",
               checks=["Look in the trace for a session to 127.0.0.1 or a greeting that is not "
                       "the provider's (the scanner's own banner).",
                       "Disable the product's e-mail scanning (not the whole product) and "
                       "repeat.",
                       "Compare with a manual 'telnet <server> 110' or 'openssl s_client' "
                       "session from the same PC: if the manual session works and the client's "
                       "does not, the scanner sits in the client's path."],
               user=["Turn off e-mail scanning in the security product (the file scanner still "
                     "checks attachments), or update or replace the product."],
               admin=["Exempt the mail servers from protocol inspection on corporate firewalls "
                      "and IPS devices."]),
         cause("timeout",
               title="Idle session closed (timeout)",
               desc="The session stayed idle - the client was waiting, a slow scan held the "
                    "data, or the server took long to answer - and the server's inactivity timer "
                    "or a NAT/firewall idle timer closed it.",
               checks=["Compare timestamps: minutes between the last exchange and the drop, "
                       "matching a known idle timeout (POP3 often 10 minutes, IMAP autologout 30 "
                       "minutes, NAT timers sometimes much shorter).",
                       "Check the client's 'Server timeouts' setting and whether a large "
                       "download stalled before the drop."],
               user=["Increase the client's server timeout; do not keep sessions open idle - "
                     "let the client reconnect for each check."],
               admin=["Check the server's idle timeout and NAT/firewall idle timers on the "
                      "path."]),
         cause("server-busy",
               title="Server said 421 and closed",
               desc="The server announced that it is closing (SMTP '421 Service not "
                    "available', overload, rate limit or shutdown) and closed; the client saw "
                    "the close before it handled the reply.",
               checks=["Look for a '421' line (SMTP), '-ERR' or '* BYE' just before the close and "
                       "read its text ('too many connections', 'try again later')."],
               user=["Wait and retry; send fewer messages at once."],
               admin=["Check connection and rate limits and the server's load."]),
         cause("network-interference", "unstable-network",
               title="Unstable network link",
               desc="Packet loss, a Wi-Fi or mobile link that drops, or a router that resets "
                    "long-lived connections.",
               checks=["Check whether other programs lose connections at the same time; 'ping "
                       "-t <server>' shows loss.",
                       "Retry on a wired or different connection."],
               user=["Use a stable connection; restart the router or update its firmware."]),
     ])

code("0x800CCC10",
     title="Invalid e-mail address",
     meaning="An e-mail address in the account or in the message is not acceptable, either to "
             "the client's own check or to the server.",
     trace="Often nothing reaches the wire; if it does, the bad address appears in MAIL FROM or "
           "RCPT TO.",
     causes=[
         cause("client-configuration",
               title="Account e-mail address empty or malformed",
               desc="The 'E-mail address' field of the account is empty or contains spaces, "
                    "two '@' signs or a display name.",
               checks=["Open the account settings and read the e-mail address character by "
                       "character.",
                       "In the trace, look at the address in 'MAIL FROM:<...>'."],
               user=["Enter the plain address (name@domain) in the account settings."]),
         cause("recipient-rejected",
               title="Recipient address malformed",
               desc="A recipient address in the message has illegal characters or a broken "
                    "format, often from an old auto-complete entry.",
               checks=["Look at each recipient as the client resolved it (auto-complete entries, "
                       "pasted addresses with quotes or semicolons)."],
               user=["Correct or retype the recipient address; delete the bad auto-complete "
                     "entry."]),
     ])

code("0x800CCC11",
     title="Invalid address list",
     meaning="A recipient list, such as a contact group, could not be turned into usable "
             "addresses.",
     trace="Client-side check: no RCPT TO is issued for the list.",
     causes=[
         cause("client-configuration",
               title="Bad entries in a contact group",
               desc="The group contains members without an address, with malformed addresses, "
                    "or entries that no longer resolve.",
               checks=["Expand the group in the message and look for entries without a valid "
                       "address."],
               user=["Fix or remove the bad members, or send to the addresses directly."]),
     ])

code("0x800CCC12",
     title="Socket read error",
     meaning="Reading from the Windows socket failed.",
     trace="A local receive error without a clean close, often after a long stall.",
     causes=[
         cause("network-interference",
               title="Security software or a broken network filter",
               desc="An e-mail scanner, firewall or damaged Winsock layered service provider "
                    "(LSP) breaks the receive.",
               checks=["'netsh winsock show catalog' for third-party providers; disable e-mail "
                       "scanning briefly and retry."],
               user=["Run 'netsh winsock reset' (then reboot), remove broken network filter "
                     "software, exclude the client from e-mail scanning."]),
         cause("connection-dropped-mid-transfer",
               title="Connection reset while receiving",
               desc="The server or the path reset the connection during a download.",
               checks=["Check which command was running and whether it repeats on the same "
                       "message."],
               user=["Retry on a stable network; delete a message that always fails via "
                     "webmail."]),
     ])

code("0x800CCC13",
     title="Socket write error (network not available)",
     meaning="Writing to the Windows socket failed; Outlook commonly shows this value with a "
             "message saying the network is not connected.",
     client="Cannot connect to the network. Verify your network connection or modem.",
     trace="The client tries to send a command or DATA and gets an immediate local error; "
           "nothing reaches the server.",
     causes=[
         cause("network-interference", "no-network",
               title="Network adapter down or switched during the send",
               desc="The PC lost its network (adapter disabled, Wi-Fi dropped, VPN switched) "
                    "while the client was sending.",
               checks=["Check that the PC is online and that other programs reach the Internet.",
                       "Look for network changes at the time of the error (Wi-Fi roaming, VPN "
                       "connect)."],
               user=["Reconnect to the network and retry."]),
         cause("network-interference",
               title="Security software or damaged Winsock",
               desc="A firewall, e-mail scanner or damaged Winsock catalog makes socket writes "
                    "fail.",
               checks=["'netsh winsock show catalog' for third-party providers; run 'sfc "
                       "/scannow'."],
               user=["Run 'netsh winsock reset' (reboot), repair system files, exclude the mail "
                     "client from e-mail scanning."]),
     ])

code("0x800CCC14",
     title="Socket could not be created",
     meaning="Windows could not create or set up the socket for the connection.",
     trace="No socket, so no DNS lookup or TCP traffic at all.",
     causes=[
         cause("client-configuration",
               title="Winsock catalog damaged or resources exhausted",
               desc="The Winsock catalog is corrupt or the system ran out of socket resources.",
               checks=["Check whether other network programs fail too; reboot and retry."],
               user=["Run 'netsh winsock reset' and 'netsh int ip reset', then reboot."]),
         cause("network-interference",
               title="Faulty network filter software",
               desc="A layered service provider installed by security or VPN software breaks "
                    "socket creation.",
               checks=["'netsh winsock show catalog' lists non-Microsoft providers."],
               user=["Update or remove the network filter/security software."]),
     ])

code("0x800CCC15",
     title="Socket connect failed",
     meaning="The socket connect call failed; the client also reports this when the reconnect "
             "after a logon retry fails.",
     trace="After an authentication failure the client closes and reconnects, and the new "
           "connection attempt is not answered or is refused.",
     causes=[
         cause("connection-refused",
               title="Reconnect refused or unanswered",
               desc="The server or a firewall does not accept the new connection, for example "
                    "because it blocks the address after failed logons.",
               checks=["Look for a failed logon just before the reconnect attempt.",
                       "'telnet <server> <port>' right after the failure: refused or hanging?"],
               user=["Fix the credentials first, then wait a few minutes before retrying."],
               admin=["Check whether fail2ban-style blocking locks out the customer's IP after "
                      "failed logons."]),
         cause("network-interference",
               title="Firewall or blocked port",
               desc="A firewall or the ISP blocks the port, as with 0x800CCC0E.",
               checks=["'Test-NetConnection <server> -Port <port>' from this and another "
                       "network."],
               user=["Allow the client in the firewall; use the documented port."]),
     ])

code("0x800CCC16",
     title="Invalid account",
     meaning="The client has no usable account definition for this connection: it is missing, "
             "incomplete or damaged.",
     trace="Usually nothing is sent; if a session starts, the logon command carries an empty "
           "user name.",
     causes=[
         cause("client-configuration",
               title="Damaged or incomplete account settings",
               desc="The account has no server name or user name, or its settings are damaged "
                    "in the profile.",
               checks=["Open the account and check server names and user name.",
                       "Look in the trace for 'USER' or 'LOGIN' without a name."],
               user=["Enter the missing settings, or remove and recreate the account; create a "
                     "new mail profile if several accounts are affected."]),
     ])

code("0x800CCC17",
     title="Cancelled by the user",
     meaning="The operation was cancelled by the user, usually by dismissing a password "
             "prompt.",
     trace="Typically a refused logon, then QUIT from the client with no second attempt; when "
           "the prompt was cancelled before connecting, the trace is empty.",
     causes=[
         cause("client-configuration",
               title="Password prompt dismissed",
               desc="The user pressed Cancel on the logon prompt, or the account is set to ask "
                    "for the password each time.",
               checks=["Ask whether a password prompt appeared; check 'Remember password' in the "
                       "account."],
               user=["Run send/receive again and enter the password; save it if appropriate."]),
         cause("auth-failed",
               title="Prompt appeared because the saved password was rejected",
               desc="The server rejected the saved credentials, the client asked again, and the "
                    "prompt was cancelled.",
               checks=["Look for '-ERR', 'NO' or '535' right before the prompt in the trace."],
               user=["Enter the current password (or an app password if the provider requires "
                     "one)."]),
     ])

code("0x800CCC18",
     title="Secure Password Authentication failed",
     meaning="Logon with Secure Password Authentication (NTLM through Windows SSPI) failed, or "
             "the server offered no SPA package the client could use.",
     trace="POP3 'AUTH' without argument (IMAP 'AUTHENTICATE NTLM') is met by '-ERR' or 'NO', "
           "by an empty package list, or by a failed NTLM challenge round; no USER/PASS or "
           "LOGIN follows.",
     causes=[
         cause("auth-method-mismatch",
               title="SPA ticked but the server does not support NTLM",
               desc="'Log on using Secure Password Authentication' is on for a server that only "
                    "accepts normal password logins.",
               checks=["Look for the client's 'AUTH' / 'AUTHENTICATE NTLM' and the server's "
                       "refusal; check CAPA/CAPABILITY for NTLM.",
                       "Manual test: 'telnet <server> 110', 'AUTH' - a server without SPA "
                       "answers '-ERR' or lists no NTLM."],
               user=["Untick SPA and use the normal password over SSL/TLS."],
               admin=["Document that SPA must be off, or enable NTLM if it is really meant to "
                      "be used."]),
         cause("auth-failed",
               title="NTLM logon rejected",
               desc="The server supports NTLM but rejects the identity: the Windows credentials "
                    "differ from the mailbox account, or NTLM is disabled for the user.",
               checks=["The NTLM exchange runs (several '+' challenges) and ends with '-ERR' / "
                       "'NO'.",
                       "Compare the Windows logon and the mailbox account (Exchange alias, "
                       "domain)."],
               user=["Enter the mailbox account's credentials when prompted, or switch to "
                     "password logon over TLS."],
               admin=["Check NTLM settings and the account mapping on the server."]),
     ])

code("0x800CCC19",
     title="Server did not answer in time",
     meaning="The client waited its full server-timeout period for a reply and got nothing, so "
             "it gave up.",
     trace="The client's last command (or the end of its DATA upload) is followed by no server "
           "byte at all until the configured timeout expires, after which the client hangs "
           "up.",
     causes=[
         cause("timeout",
               title="Server slow or not answering",
               desc="The server is overloaded, stalls on one command (content scanning after "
                    "DATA, a huge UIDL list, slow storage) or hangs.",
               checks=["Find the last client command in the trace and the time of the next "
                       "event: nothing from the server for the full timeout.",
                       "Manual test: 'telnet <server> <port>' (or 'openssl s_client -connect "
                       "<server>:<port> -crlf -quiet'), send the same command (STAT, UIDL, "
                       "a1 SELECT INBOX) and time the reply."],
               user=["Increase the server timeout in the account's advanced settings and retry "
                     "later."],
               admin=["Check server load and what the server did for that session (storage "
                      "latency, content filter, reverse DNS lookups on connect)."]),
         cause("client-configuration",
               title="Timeout too short for the transfer",
               desc="The timeout setting is short while the transfer is large or the link slow "
                    "(a big attachment on a slow upload).",
               checks=["Read the timeout setting and the size of the message being sent or "
                       "received."],
               user=["Set the server timeout to several minutes; send large files as a link."]),
         cause("network-interference",
               title="Firewall drops packets or a scanner holds the data",
               desc="A firewall silently drops traffic, or an e-mail scanner holds the data "
                    "while scanning, so the reply never arrives in time.",
               checks=["Repeat from another network or with e-mail scanning disabled."],
               user=["Exclude the client from e-mail scanning; check the firewall."],
               admin=["Check firewalls on the path for dropped packets."]),
     ])

code("0x800CCC1A",
     title="Secure (SSL/TLS) connection failed",
     meaning="The client could not set up the encrypted SSL/TLS session: the handshake failed "
             "or the server closed the connection during it, so no protocol greeting was "
             "processed.",
     client="Your server does not support the connection encryption type you have specified. "
            "Try changing the encryption method. Contact your mail server administrator or "
            "Internet service provider (ISP) for additional assistance.",
     trace="TCP connects, then the server closes or resets during the TLS handshake, or plain "
           "text (a '+OK', '220' or '* OK' greeting) arrives where the client expected the "
           "server's TLS hello; no protocol banner is processed.",
     causes=[
         cause("wrong-port-or-security",
               title="Encryption setting does not match the port",
               desc="SSL/TLS is ticked for a plain-text port (110, 143, 25 or 587 with implicit "
                    "SSL), or STARTTLS/no encryption is used on an implicit-TLS port (995, 993, "
                    "465). The two sides wait for different first bytes and the handshake "
                    "fails.",
               checks=["'openssl s_client -connect <server>:<port>' on the configured port: a "
                       "plain-text port gives an error such as 'wrong version number' and shows "
                       "the clear greeting (e.g. '+OK').",
                       "'telnet <server> 995' (or 993, 465): an implicit-TLS port shows nothing "
                       "readable - the server is waiting for a TLS hello.",
                       "STARTTLS ports: 'openssl s_client -starttls pop3 -connect <server>:110' "
                       "('-starttls imap' on 143, '-starttls smtp' on 587) should complete the "
                       "handshake."],
               user=["Use a matching pair: 995/993/465 with SSL/TLS; 110/143/587 with STARTTLS "
                     "(in Outlook 'TLS' or 'Auto')."],
               admin=["Document the port/encryption pairs clearly; offering both implicit TLS "
                      "and STARTTLS reduces mistakes."]),
         cause("tls-required",
               title="Server requires encryption the client does not provide",
               desc="The server insists on a security level the client does not meet: it "
                    "accepts only TLS 1.2 or newer (or only strong ciphers) while the client "
                    "runs on an old Windows/Office where TLS 1.2 is off, or it accepts only "
                    "encrypted sessions and drops the client's unencrypted attempt.",
               checks=["'openssl s_client -connect <server>:995 -tls1' fails while '-tls1_2' "
                       "succeeds: the server requires TLS 1.2.",
                       "Check the client's Windows and Office versions and whether TLS 1.2 is "
                       "enabled for SChannel clients (registry under SCHANNEL\\Protocols\\TLS "
                       "1.2\\Client).",
                       "Check whether the account is set to no encryption while the provider "
                       "documents SSL/TLS only."],
               user=["Install updates and enable TLS 1.2 on the PC, or upgrade the mail client; "
                     "turn on the encryption the provider requires."],
               admin=["Announce minimum-TLS changes in advance and log handshake failures to "
                      "find affected customers."]),
         cause("tls-failed",
               title="TLS handshake fails (protocol, cipher or server fault)",
               desc="Both sides attempt TLS but the handshake breaks: no common cipher, a "
                    "broken server TLS set-up (key and certificate do not match, chain "
                    "missing), a device on the path interfering, or a drop during the "
                    "handshake.",
               checks=["'openssl s_client -connect <server>:<port> -servername <server>': "
                       "'handshake failure', 'no shared cipher', 'unexpected eof' or a reset "
                       "point to the server side; a clean 'Protocol : TLSv1.2/1.3' and 'Cipher :' "
                       "mean the server is fine from this machine.",
                       "Run the same test from the customer's network and from outside: a "
                       "difference points to a device on the customer's path."],
               user=["Retry; turn off SSL scanning in security software; update or repair the "
                     "client if other programs on the PC connect fine."],
               admin=["Check the TLS configuration (certificate and key match, full chain, "
                      "enabled protocols and ciphers) and the TLS error log."]),
         cause("certificate-rejected",
               title="Server certificate not accepted",
               desc="The handshake completes but the client rejects the certificate: expired, "
                    "self-signed or from an untrusted CA, missing intermediate certificate, or "
                    "issued for another host name. Some clients report this as a failed secure "
                    "connection instead of a certificate warning.",
               checks=["'openssl s_client -connect <server>:<port> -servername <server> "
                       "-showcerts': read 'Verify return code:' - 0 (ok) is fine; 10 expired, "
                       "18/19 self-signed, 20/21 issuer missing or untrusted.",
                       "'openssl x509 -noout -subject -ext subjectAltName -dates' on the "
                       "certificate: names must include the configured server name, dates must "
                       "include today."],
               user=["Use the host name the certificate is issued for and correct the PC "
                     "clock; install a provider CA only if the provider tells you to."],
               admin=["Install a certificate from a public CA with the full intermediate chain, "
                      "covering all documented host names; renew it in time."]),
         cause("network-interference",
               title="TLS-inspecting security software in the way",
               desc="An anti-virus or firewall product intercepts TLS on mail ports and fails, "
                    "or presents a certificate the client does not trust.",
               checks=["The certificate issuer shown by the client is a security vendor; the "
                       "problem disappears with SSL scanning disabled."],
               user=["Exclude the mail ports from SSL/e-mail scanning."]),
     ])

# ======================================================================================
# HTTPMail (WebDAV mail access of old Hotmail/MSN accounts)
# ======================================================================================
def _httpmail_retired() -> Cause:
    return cause(
        "client-configuration", "httpmail-retired",
        title="HTTPMail access has been switched off",
        desc="HTTPMail is the WebDAV protocol old Outlook and Outlook Express versions used for "
             "Hotmail and MSN accounts. The providers switched it off between about 2008 and "
             "2013; endpoints that still answer return errors, so accounts of type 'HTTP' "
             "cannot work any more.",
        checks=["Check whether the account type is HTTP (a server URL such as "
                "'http://services.msn.com/svcs/hotmail/httpmail.asp').",
                "Note the HTTP status line in the log and the URL it belongs to."],
        user=["Recreate the account as IMAP (or Exchange ActiveSync) with the provider's "
              "current settings."])


def httpmail(hexval: str, status: str, title: str, meaning: str, specific: Cause) -> None:
    code(hexval, title=title, meaning=meaning,
         trace=f"An HTTP status line '{status}' answering the client's PROPFIND, MOVE or POST "
               "to the HTTPMail endpoint.",
         causes=[specific, _httpmail_retired()])


httpmail("0x800CCC30", "305", "HTTPMail: use proxy (305)",
         "Status 305: the endpoint wants the request to go via a proxy.",
         cause("network-interference",
               title="Network requires a proxy the client does not use",
               desc="The network only lets web traffic out through a proxy, or the provider "
                    "redirects to one.",
               checks=["'netsh winhttp show proxy' and the Internet Options proxy settings."],
               user=["Configure the proxy the network requires, or use another network."]))
httpmail("0x800CCC31", "400", "HTTPMail: bad request (400)",
         "Status 400: the endpoint could not parse what the client sent.",
         cause("protocol-violation",
               title="Request malformed or changed on the way",
               desc="The server cannot parse the client's WebDAV request, often because a proxy "
                    "altered it or the service no longer speaks the old dialect.",
               checks=["Repeat without a proxy or from another network."],
               user=["Bypass the proxy; move the account to IMAP."]))
httpmail("0x800CCC32", "401", "HTTPMail: not authorised (401)",
         "Status 401: the endpoint refused the user name and password.",
         cause("auth-failed",
               title="Credentials rejected",
               desc="Wrong password, or the account needs a newer sign-in method the old client "
                    "cannot do.",
               checks=["Sign in to webmail with the same credentials."],
               user=["Correct the password; if webmail works, move the account to IMAP."]))
httpmail("0x800CCC33", "403", "HTTPMail: forbidden (403)",
         "Status 403: the endpoint will not let this account at the folder or item.",
         cause("auth-failed",
               title="Account not allowed to use HTTPMail",
               desc="The account is blocked or no longer entitled to HTTPMail access.",
               checks=["Sign in to webmail and look for account notices."],
               user=["Resolve the account notice in webmail and move the account to IMAP."]))
httpmail("0x800CCC34", "404", "HTTPMail: not found (404)",
         "The folder, message or endpoint the client asked for does not exist.",
         cause("client-configuration",
               title="Endpoint URL or folder no longer exists",
               desc="The server URL in the account is out of date, or the folder was removed.",
               checks=["Compare the account's server URL with what the provider documents."],
               user=["Move the account to IMAP with current settings."]))
httpmail("0x800CCC35", "405", "HTTPMail: method not allowed (405)",
         "Status 405: that WebDAV method is not permitted on this folder or item.",
         cause("protocol-violation",
               title="Server no longer allows the WebDAV method",
               desc="The endpoint refuses the method the client uses.",
               checks=["Note which method (PROPFIND, MOVE, POST) was refused."],
               user=["Move the account to IMAP."]))
httpmail("0x800CCC36", "406", "HTTPMail: not acceptable (406)",
         "Status 406: the endpoint has no reply in a format the client will take.",
         cause("protocol-violation",
               title="Response format not acceptable",
               desc="Client and endpoint no longer agree on the WebDAV response format.",
               checks=["Note the request and the Accept header in the log, if present."],
               user=["Move the account to IMAP."]))
httpmail("0x800CCC37", "407", "HTTPMail: proxy authentication required (407)",
         "Status 407: the web proxy on the way wants its own logon.",
         cause("auth-required",
               title="Proxy wants credentials",
               desc="The network's web proxy needs authentication that the mail client does "
                    "not provide.",
               checks=["Check the proxy settings and whether a browser is asked for a proxy "
                       "logon."],
               user=["Enter the proxy credentials or use a network without an authenticating "
                     "proxy."],
               admin=["Allow the mail endpoint through the proxy without authentication."]))
httpmail("0x800CCC38", "408", "HTTPMail: request timeout (408)",
         "Status 408: the endpoint gave up waiting for the request to arrive.",
         cause("timeout",
               title="Request too slow to arrive",
               desc="The request body (e.g. a large message) arrived too slowly.",
               checks=["Check the size of the item being sent and the link speed."],
               user=["Retry on a faster connection; send smaller messages."]))
httpmail("0x800CCC39", "409", "HTTPMail: conflict (409)",
         "The request conflicts with the state of the resource, e.g. a folder that already "
         "exists.",
         cause("client-configuration",
               title="Local folder list out of step with the server",
               desc="The client tries to create or move something that conflicts with what the "
                    "server has.",
               checks=["Compare the folder list in webmail with the client's."],
               user=["Refresh the folder list; rename the conflicting folder."]))
httpmail("0x800CCC3A", "410", "HTTPMail: gone (410)",
         "The requested HTTPMail resource is permanently gone.",
         cause("client-configuration",
               title="Resource removed on the server",
               desc="The folder, message or the whole endpoint was removed permanently.",
               checks=["Note the URL in the log."],
               user=["Move the account to IMAP."]))
httpmail("0x800CCC3B", "411", "HTTPMail: length required (411)",
         "Status 411: the request came without the Content-Length the endpoint needs.",
         cause("protocol-violation",
               title="Request without Content-Length",
               desc="The client or a proxy sent the request without a length header.",
               checks=["Repeat without a proxy."],
               user=["Bypass the proxy; move the account to IMAP."]))
httpmail("0x800CCC3C", "412", "HTTPMail: precondition failed (412)",
         "A condition attached to the request (such as an ETag match) was not met.",
         cause("unknown",
               title="Server refused the request's precondition",
               desc="The item changed on the server, or the service refuses the operation "
                    "(sending is the case reported most).",
               checks=["Note which operation (sending, moving) returns 412."],
               user=["Refresh and retry; send through the provider's SMTP server or move the "
                     "account to IMAP."]))
httpmail("0x800CCC3D", "500", "HTTPMail: internal server error (500)",
         "Status 500: the endpoint failed internally.",
         cause("server-bug",
               title="Provider's server failed",
               desc="The endpoint failed while handling the request.",
               checks=["Retry later; check whether webmail works."],
               user=["Retry later; move the account to IMAP."]))
httpmail("0x800CCC3E", "501", "HTTPMail: not implemented (501)",
         "Status 501: the endpoint has no implementation of that method.",
         cause("protocol-violation",
               title="Endpoint does not implement the method",
               desc="The service behind the URL no longer implements HTTPMail methods.",
               checks=["Note the method refused."],
               user=["Move the account to IMAP."]))
httpmail("0x800CCC3F", "502", "HTTPMail: bad gateway (502)",
         "Status 502: a gateway got a broken answer from the mail back end.",
         cause("server-bug",
               title="Gateway could not reach the mail back end",
               desc="The provider's (or a proxy's) gateway received a bad upstream answer.",
               checks=["Retry later; test without a proxy."],
               user=["Retry later; move the account to IMAP."]))
httpmail("0x800CCCF0", "503", "HTTPMail: service unavailable (503)",
         "The HTTPMail service is unavailable, because it is overloaded or has been retired.",
         cause("server-busy",
               title="Service overloaded or down",
               desc="The endpoint is temporarily unavailable.",
               checks=["Retry after a while; check the provider's service status."],
               user=["Retry later; move the account to IMAP if it stays unavailable."]))
httpmail("0x800CCCF1", "504", "HTTPMail: gateway timeout (504)",
         "A gateway timed out waiting for the HTTPMail server.",
         cause("timeout",
               title="Gateway timed out",
               desc="The provider's or a proxy's gateway did not get an answer in time.",
               checks=["Retry; test without a proxy."],
               user=["Retry later; move the account to IMAP."]))
httpmail("0x800CCCF2", "505", "HTTPMail: HTTP version not supported (505)",
         "Status 505: the endpoint refuses the request's HTTP version.",
         cause("protocol-violation",
               title="HTTP version refused",
               desc="The endpoint or a proxy does not accept the client's HTTP version.",
               checks=["Repeat without a proxy."],
               user=["Move the account to IMAP."]))
httpmail("0x800CCCF3", "425 or 507", "HTTPMail: insufficient storage",
         "The HTTPMail mailbox is full.",
         cause("quota-exceeded",
               title="Mailbox over its storage quota",
               desc="The mailbox has reached its size limit, so the server cannot store more.",
               checks=["Check the mailbox usage in webmail."],
               user=["Delete or archive mail (empty Deleted Items) and retry."]))
code("0x800CCCF4",
     title="HTTPMail: root properties missing",
     meaning="The reply to the client's first PROPFIND lacked a property it needs, such as the "
             "inbox or send-message URL.",
     trace="The first PROPFIND gets '207 Multi-Status', but the body names no inbox, "
           "sendmsg or similar httpmail properties.",
     causes=[
         cause("client-configuration",
               title="Account not enabled for HTTPMail or service changed",
               desc="The endpoint still answers but no longer offers the mail folders to this "
                    "account.",
               checks=["Look at the PROPFIND reply for missing inbox/sendmsg properties."],
               user=["Move the account to IMAP."]),
         _httpmail_retired(),
     ])

# ======================================================================================
# Winsock start-up failures
# ======================================================================================
def winsock(hexval: str, name: str, title: str, meaning: str) -> None:
    code(hexval, title=title, meaning=meaning,
         trace="Nothing on the wire - not even a DNS query - because Windows sockets could "
               "not be set up.",
         causes=[
             cause("client-configuration", "winsock-catalog",
                   title="Windows network stack damaged",
                   desc=f"Winsock reported {name}: its catalog or DLLs are damaged or mismatched, "
                        "or the system ran out of resources.",
                   checks=["Check whether other network programs on the PC fail as well.",
                           "'netsh winsock show catalog' for unexpected entries."],
                   user=["Run 'netsh winsock reset' and 'netsh int ip reset' from an elevated "
                         "prompt and reboot."]),
             cause("network-interference", "layered-service-provider",
                   title="Faulty network filter (LSP) installed",
                   desc="Security, VPN or 'internet accelerator' software installed a layered "
                        "service provider that breaks Winsock start-up.",
                   checks=["Look for non-Microsoft providers in 'netsh winsock show catalog'."],
                   user=["Update or uninstall that software, then reset Winsock and reboot."]),
         ])


winsock("0x800CCC40", "WSASYSNOTREADY", "Network subsystem not ready",
        "Windows sockets reported that the network subsystem is not ready (WSASYSNOTREADY).")
winsock("0x800CCC41", "WSAVERNOTSUPPORTED", "Winsock version not supported",
        "The installed Windows sockets do not support the version the client asked for "
        "(WSAVERNOTSUPPORTED).")
winsock("0x800CCC42", "WSAEPROCLIM", "Too many programs using Winsock",
        "Windows sockets refused because too many processes use them (WSAEPROCLIM).")
winsock("0x800CCC43", "WSAEFAULT", "Winsock reported a bad address argument",
        "Windows sockets reported an invalid pointer or address argument (WSAEFAULT).")
winsock("0x800CCC44", "a failed WSAStartup", "Winsock could not be started",
        "The client's call to start Windows sockets (WSAStartup) failed.")
winsock("0x800CCC45", "WSAEINPROGRESS", "Winsock call already in progress",
        "A blocking Windows sockets call was already running (WSAEINPROGRESS).")

# ======================================================================================
# SMTP
# ======================================================================================
code("0x800CCC60",
     title="Invalid SMTP reply",
     meaning="What came back from the outgoing server does not have the shape of an SMTP "
             "reply, so the client cannot read it.",
     trace="The received line lacks the leading 3-digit status followed by ' ' or '-': "
           "you see e.g. a POP3 '+OK', an HTML page or unreadable TLS bytes.",
     causes=[
         cause("wrong-port-or-security",
               title="Not an SMTP service on that port, or TLS spoken to in clear",
               desc="The port belongs to another service (POP3, HTTP, a proxy), or it is an "
                    "implicit-TLS port (465) used without SSL.",
               checks=["'telnet <server> <port>': an SMTP server greets with '220 ...'; '+OK' "
                       "means POP3, nothing readable means implicit TLS.",
                       "Compare port and encryption with the provider's SMTP settings."],
               user=["Use the SMTP port and encryption the provider documents (587 STARTTLS or "
                     "465 SSL/TLS)."]),
         cause("network-interference",
               title="Proxy or scanner injects text",
               desc="An anti-virus mail proxy or a captive portal answers instead of the "
                    "server.",
               checks=["Look at the first lines the client received: a vendor banner or HTML "
                       "page instead of '220'."],
               user=["Disable outgoing mail scanning; sign in to the captive portal."]),
     ])

code("0x800CCC61",
     title="Unknown SMTP reply code",
     meaning="Catch-all for SMTP status numbers missing from the client's old reply table. In "
             "practice it is mostly a failed SMTP logon (535); 534, 538, 521 and 556 also "
             "land here.",
     trace="A syntactically correct reply with a number outside 421, 450-454, 500-504, 530 "
           "and 550-554 - usually '535 5.7.8 ...' straight after AUTH.",
     causes=[
         cause("auth-failed",
               title="SMTP logon rejected (535)",
               desc="The server rejected the user name or password of the SMTP logon ('535 5.7.8 "
                    "Authentication credentials invalid'), or the account needs an app password "
                    "because ordinary passwords are not allowed for SMTP.",
               checks=["In the trace, look for 'AUTH ...' answered by '535 ...' and read its "
                       "text.",
                       "Test the same credentials: 'swaks --server <smtp-server> --port 587 "
                       "--tls --auth LOGIN --auth-user <user> --to <address>'."],
               user=["Re-enter the SMTP user name and password (often the full e-mail address); "
                     "create an app password if the provider requires one."],
               admin=["Check the authentication log for the reason (bad password, locked "
                      "account, SMTP AUTH disabled for the mailbox)."]),
         cause("auth-method-mismatch",
               title="Mechanism too weak or not allowed (534)",
               desc="The server refuses the chosen authentication mechanism as too weak or not "
                    "permitted for this account (e.g. '534 5.7.9 Application-specific password "
                    "required', or plain password logins disabled).",
               checks=["Look for '534' after AUTH and read the text."],
               user=["Use the logon method the provider requires (app password, or OAuth-capable "
                     "client)."]),
         cause("tls-required",
               title="Encryption required for authentication (538)",
               desc="The server accepts the mechanism only over an encrypted connection.",
               checks=["Look for '538' after AUTH on an unencrypted session."],
               user=["Turn on STARTTLS (587) or SSL/TLS (465) for the outgoing server."]),
         cause("unknown",
               title="Other reply code",
               desc="Any other code the client does not know (e.g. 521 'does not accept mail', "
                    "556 domain does not accept mail, 432 password transition needed).",
               checks=["Read the full reply text in the log; it names the problem."],
               user=["Act on the server's text; give it to the provider if unclear."]),
     ])

code("0x800CCC62",
     title="SMTP 500: command not recognised",
     meaning="The outgoing server could not make sense of something the client sent.",
     trace="A '500' reply to a client command - often EHLO, AUTH or a garbled line.",
     causes=[
         cause("protocol-violation",
               title="Command garbled or line too long",
               desc="The server saw an unknown command or an over-long line: EHLO sent to an "
                    "old HELO-only server, or a line the client did not wrap.",
               checks=["Read the command the 500 answers in the trace."],
               user=["Update the client; if the server only speaks HELO, ask the provider for a "
                     "current submission server."]),
         cause("network-interference",
               title="Proxy or scanner mangles commands",
               desc="A mail-scanning proxy or firewall 'fixup' changes commands on the way.",
               checks=["Compare with a manual 'telnet <server> 587' session: 'EHLO test' works "
                       "by hand?"],
               user=["Disable outgoing mail scanning."],
               admin=["Turn off SMTP protocol inspection (fixup) on the firewall."]),
         cause("wrong-port-or-security",
               title="Not an SMTP server on that port",
               desc="The port belongs to another service that does not understand SMTP.",
               checks=["'telnet <server> <port>': the greeting is not '220 ... ESMTP'."],
               user=["Use the documented SMTP port."]),
     ])

code("0x800CCC63",
     title="SMTP 501: syntax error in arguments",
     meaning="The server rejected the arguments of a command.",
     trace="A '501' right after 'EHLO/HELO <name>', or after MAIL FROM or AUTH with an odd "
           "argument.",
     causes=[
         cause("client-configuration",
               title="Invalid host name in EHLO/HELO",
               desc="The client announces the computer name, and the server refuses it (spaces, "
                    "underscores, non-ASCII characters, or not a fully qualified name).",
               checks=["Look at the EHLO argument in the trace and the 501 text ('Invalid "
                       "domain name', 'HELO requires valid address')."],
               user=["Rename the computer to a plain name or use the client's option to send an "
                     "IP address / domain in EHLO."],
               admin=["Relax HELO checks on the submission port for authenticated users."]),
         cause("protocol-violation",
               title="Malformed address or AUTH data",
               desc="The MAIL FROM/RCPT TO address or the AUTH argument is badly formed.",
               checks=["Read the command the 501 answers; look for quotes, spaces or a missing "
                       "'<>' in the address."],
               user=["Correct the account or recipient address; re-enter the credentials."]),
     ])

code("0x800CCC64",
     title="SMTP 502: command not implemented",
     meaning="The client used a command this SMTP server simply does not have.",
     trace="A '502' after AUTH, EHLO or another extension command.",
     causes=[
         cause("wrong-port-or-security",
               title="Server or port without SMTP authentication",
               desc="The client logs on (AUTH) to a relay-only server or a port where AUTH is "
                    "not offered.",
               checks=["Does the EHLO reply contain '250-AUTH'? If not, the server/port does "
                       "not do authentication."],
               user=["Use the provider's submission server (587/465) with authentication, or "
                     "turn authentication off only if the server relays for this network."],
               admin=["Offer AUTH on the submission port and document it."]),
     ])

code("0x800CCC65",
     title="SMTP 503: bad sequence of commands",
     meaning="The server says the command came at the wrong point of the SMTP dialogue.",
     trace="'503' in answer to AUTH (e.g. 'authentication not enabled') or to RCPT/DATA "
           "that follow a command the server already refused.",
     causes=[
         cause("auth-required",
               title="Authentication needed before this command",
               desc="The server wants AUTH before MAIL FROM, or the client used AUTH where the "
                    "server does not offer it.",
               checks=["Look for 'MAIL FROM' without a prior AUTH, or '503 ... AUTH not "
                       "enabled' / 'AUTH command used when not advertised'."],
               user=["Turn on 'My outgoing server requires authentication' and use port 587."],
               admin=["Make sure AUTH is advertised on the submission port."]),
         cause("tls-required",
               title="AUTH is offered only after STARTTLS",
               desc="The server hides AUTH until the session is encrypted, so AUTH in clear "
                    "gets '503 5.5.1 Error: authentication not enabled'.",
               checks=["The EHLO reply before STARTTLS has no '250-AUTH' but lists "
                       "'250-STARTTLS'.",
                       "'openssl s_client -starttls smtp -connect <server>:587', then 'EHLO test': "
                       "AUTH appears after TLS."],
               user=["Turn on STARTTLS (or SSL/TLS on 465) for the outgoing server."]),
         cause("protocol-violation",
               title="Follow-on error after an earlier refusal",
               desc="RCPT before MAIL, or DATA with no accepted recipients: an earlier command "
                    "was refused and the client carried on.",
               checks=["Look above the 503 for the first refused command (MAIL FROM or RCPT "
                       "TO); that reply is the real cause."],
               user=["Fix the first error (usually a rejected sender or recipient)."]),
     ])

code("0x800CCC66",
     title="SMTP 504: parameter not implemented",
     meaning="The command itself is known, but one of its arguments is not supported; most "
             "often the AUTH mechanism the client picked.",
     trace="A '504' after 'AUTH <mechanism>' or after a MAIL/RCPT parameter.",
     causes=[
         cause("auth-method-mismatch",
               title="Authentication mechanism not supported",
               desc="The client chose a mechanism the server lacks, typically NTLM because SPA "
                    "is ticked, or CRAM-MD5.",
               checks=["Compare the '250-AUTH' list in the EHLO reply with the client's 'AUTH "
                       "<mechanism>'; look for '504 5.7.4 Unrecognized authentication type'."],
               user=["Untick SPA for the outgoing server and log on with the normal password "
                     "over TLS."]),
         cause("protocol-violation",
               title="Unsupported ESMTP parameter",
               desc="MAIL FROM or RCPT TO carries a parameter (SIZE, BODY, NOTIFY) the server "
                    "does not implement.",
               checks=["Read the MAIL/RCPT line the 504 answers and the EHLO extension list."],
               user=["Turn off delivery notifications for the message; update the client."]),
     ])

code("0x800CCC67",
     title="SMTP 421: service not available",
     meaning="The outgoing server will not work with the client at the moment and hangs "
             "up.",
     trace="A '421' line - often as the greeting or after a long DATA - followed by the server "
           "closing the connection.",
     causes=[
         cause("server-busy",
               title="Server overloaded or limiting this client",
               desc="Too many connections or messages from this client or IP, a rate limit, or "
                    "a server in maintenance.",
               checks=["Read the 421 text: 'too many connections', 'rate limit', 'try again "
                       "later', 'closing transmission channel'.",
                       "Count the connections/messages the client made in the minutes before."],
               user=["Wait a few minutes and retry; send fewer messages at once; close other "
                     "programs sending through the same account."],
               admin=["Check connection/rate limits and server load; raise limits for "
                      "legitimate customers."]),
         cause("connection-refused",
               title="Client address refused at the greeting",
               desc="The server answers the connection with 421 instead of 220 because the "
                    "client's IP is temporarily blocked (reputation, too many failed logons).",
               checks=["The 421 is the first line after connecting; its text mentions the IP "
                       "address, a blocklist or 'temporarily rejected'.",
                       "Repeat 'telnet <server> 587' from another network: 220 there."],
               user=["Send from another network in the meantime and give the provider the "
                     "public IP address."],
               admin=["Check the block on the customer's IP and lift it if unjustified."]),
         cause("timeout",
               title="Server's session timeout",
               desc="The server closes with '421 4.4.2 ... timeout' because the client was too "
                    "slow (large upload, idle session).",
               checks=["Look for a long gap before the 421 and a 'timeout' text."],
               user=["Retry on a faster connection; send large files as a link."]),
     ])

code("0x800CCC68",
     title="SMTP 450: mailbox temporarily unavailable",
     meaning="A temporary refusal for a mailbox: busy, unavailable or greylisted.",
     trace="A '450' at a stage other than MAIL FROM or RCPT TO (failures at those two commands "
           "are reported as 0x800CCC78 and 0x800CCC79).",
     causes=[
         cause("server-busy",
               title="Greylisting or temporary policy refusal",
               desc="The server refuses the first attempt on purpose (greylisting) or a policy "
                    "check failed temporarily.",
               checks=["Read the 450 text ('greylisted', 'try again later', 'temporary "
                       "failure')."],
               user=["Send again after a few minutes; the client usually retries by itself."],
               admin=["Exempt authenticated submission from greylisting."]),
         cause("mailbox-in-use",
               title="Target mailbox temporarily locked",
               desc="The recipient mailbox is busy on the server side and cannot take mail now.",
               checks=["The 450 text mentions 'mailbox busy' or 'locked'."],
               user=["Retry later."]),
     ])

code("0x800CCC69",
     title="SMTP 550: mailbox unavailable or action refused",
     meaning="A permanent refusal: the mailbox is unknown or unavailable, or the action is not "
             "allowed.",
     trace="A '550' at a stage other than MAIL FROM or RCPT TO - e.g. after the final '.' of "
           "DATA; at MAIL FROM and RCPT TO clients report 0x800CCC78 and 0x800CCC79.",
     causes=[
         cause("message-rejected",
               title="Content or policy rejection after DATA",
               desc="The server accepted the envelope but refuses the message itself: spam or "
                    "virus filter, SPF/DMARC failure, forbidden attachment type.",
               checks=["The 550 follows the '.' that ends DATA; read its text (spam, virus, "
                       "policy, SPF, DMARC)."],
               user=["Remove the flagged attachment/content, or send from an address the "
                     "sending server is authorised for."],
               admin=["Look up the message in the filter log and adjust the rule if it is a "
                      "false positive."]),
         cause("recipient-rejected",
               title="Unknown recipient reported late",
               desc="A server that accepts all recipients at RCPT checks them after DATA and "
                    "refuses unknown ones.",
               checks=["The 550 text names a recipient ('user unknown', '5.1.1')."],
               user=["Check the recipient's address spelling."]),
         cause("relay-denied",
               title="Relaying refused",
               desc="The server refuses to pass the message to another domain because the "
                    "client did not authenticate.",
               checks=["The 550 text says 'relay' or '5.7.1'; no AUTH in the trace."],
               user=["Turn on SMTP authentication."]),
         cause("sender-rejected",
               title="Sender or sending IP blocked",
               desc="The server refuses the sender address or the client's IP (blocklist, "
                    "dynamic IP range).",
               checks=["The 550 text mentions the IP, a blocklist or the sender address."],
               user=["Send through the provider's authenticated submission server."],
               admin=["Check the IP/sender against the blocklists in use."]),
     ])

code("0x800CCC6A",
     title="SMTP 451: local error, try again later",
     meaning="Temporary failure on the server's side while handling the message; the "
             "server wants the client to come back later.",
     trace="A '451', usually after the final '.' of DATA. Texts such as 'Naked LF', 'bare LF' "
           "or a link to cr.yp.to/docs/smtplf.html identify the bare-LF case; a raw capture "
           "then shows 0x0A bytes without 0x0D before them in the message.",
     causes=[
         cause("protocol-violation",
               title="Message contains bare line feeds",
               desc="Strict servers (qmail, SurgeMail and others) refuse messages whose lines "
                    "end in LF instead of CRLF. Add-ins or security software that rewrite the "
                    "message, or old clients, produce them.",
               checks=["Read the 451 text for 'bare LF', 'Naked LF' or a smtplf link.",
                       "In a raw capture or swaks transcript, look for line ends without CR in "
                       "the DATA part."],
               user=["Disable add-ins or outgoing mail scanning that rewrites messages; update "
                     "the client."],
               admin=["If acceptable, let the server convert bare LF instead of refusing."]),
         cause("server-busy",
               title="Temporary server-side failure",
               desc="The queue, a virus scanner or a database behind the server failed for the "
                    "moment.",
               checks=["Read the 451 text ('temporary failure', 'queue', 'virus scanner "
                       "unavailable')."],
               user=["Send again later."],
               admin=["Check the MTA log at that time for the failing component."]),
         cause("dns-failure",
               title="Temporary DNS failure checking the sender",
               desc="The server could not look up the sender's domain (or its own resolver "
                    "failed) and defers.",
               checks=["The 451 text mentions DNS, 'temporary lookup failure' or 'domain of "
                       "sender address does not resolve'."],
               user=["Retry later; check that the sender domain is spelled right."],
               admin=["Check the server's resolver."]),
     ])

code("0x800CCC6B",
     title="SMTP 551: user not local",
     meaning="The recipient does not live on this server, and the server declines to pass "
             "the message on.",
     trace="A '551' naming another forward path.",
     causes=[
         cause("relay-denied",
               title="Server will not forward for this client",
               desc="The account's outgoing server is not one that passes mail on for this "
                    "customer.",
               checks=["No AUTH in the trace; the server is not the customer's provider."],
               user=["Use the provider's submission server with authentication."]),
         cause("recipient-rejected",
               title="Recipient moved",
               desc="The recipient's address has changed; the reply may name the new one.",
               checks=["Read the 551 text for a new address."],
               user=["Update the recipient address."]),
     ])

code("0x800CCC6C",
     title="SMTP 452: insufficient storage or too many recipients",
     meaning="A temporary refusal: the server is short of storage, or the message has too many "
             "recipients.",
     trace="'452' after a batch of RCPT TO lines (recipient limit), or at MAIL/DATA when the "
           "server's disk or queue is full.",
     causes=[
         cause("server-busy",
               title="Server short of storage",
               desc="The server's disk or queue is full.",
               checks=["The 452 text mentions storage or disk."],
               user=["Retry later."],
               admin=["Free queue/disk space on the server."]),
         cause("recipient-rejected", "too-many-recipients",
               title="Recipient limit per message reached",
               desc="The server accepts only a limited number of recipients per message.",
               checks=["Count the RCPT TO lines before the 452 ('too many recipients')."],
               user=["Split the recipient list into smaller messages."]),
         cause("quota-exceeded",
               title="Recipient mailbox temporarily full",
               desc="The receiving mailbox is over its quota for now.",
               checks=["The 452 text mentions the mailbox being full ('4.2.2')."],
               user=["Let the recipient know by other means; retry later."]),
     ])

code("0x800CCC6D",
     title="SMTP 552: size or storage limit exceeded",
     meaning="Final refusal: the message is too big, or there is no room left for it.",
     trace="A '552' after the final '.' of DATA or in reply to 'MAIL FROM ... SIZE='; the EHLO "
           "reply often advertises a smaller 'SIZE' limit.",
     causes=[
         cause("message-rejected",
               title="Message larger than the server allows",
               desc="The message with its encoded attachments exceeds the server's size limit "
                    "(attachments grow by about a third when encoded).",
               checks=["Compare the message size with '250-SIZE <bytes>' in the EHLO reply.",
                       "The 552 text says 'message size exceeds' / '5.3.4'."],
               user=["Send large files through a sharing link or compress them."],
               admin=["Review the size limit if it is below what customers need."]),
         cause("quota-exceeded",
               title="Recipient mailbox over quota",
               desc="The receiving mailbox is full ('552 5.2.2 mailbox full').",
               checks=["The 552 text mentions quota or mailbox full."],
               user=["Tell the recipient by other means; retry once they have cleared space."]),
     ])

code("0x800CCC6E",
     title="SMTP 553: mailbox name not allowed",
     meaning="An address given to the server is refused - either its form is wrong or the "
             "server does not permit it.",
     trace="A '553' at a stage other than MAIL FROM or RCPT TO (there clients report "
           "0x800CCC78 and 0x800CCC79).",
     causes=[
         cause("sender-rejected",
               title="Sender address not owned by the logged-on user",
               desc="The From/envelope address is not one the authenticated account may use.",
               checks=["The 553 text says 'not owned by user' or 'sender address rejected'; "
                       "compare MAIL FROM with the logon name."],
               user=["Send from the account's own address, or ask the provider to allow the "
                     "alias."],
               admin=["Add the address as an alias of the account if it is legitimate."]),
         cause("relay-denied",
               title="Relaying refused",
               desc="The server will not deliver to that domain for an unauthenticated client.",
               checks=["No AUTH in the trace; the 553 text mentions relaying."],
               user=["Turn on SMTP authentication."]),
         cause("client-configuration",
               title="Malformed address",
               desc="The address has a syntax the server refuses.",
               checks=["Look at the address in the command the 553 answers."],
               user=["Correct the address."]),
     ])

code("0x800CCC6F",
     title="SMTP 554: transaction failed",
     meaning="The transaction failed permanently - a policy, spam or blocklist refusal.",
     trace="A '554' as the greeting ('no SMTP service here', blocked IP) or after the final "
           "'.' of DATA (content rejection).",
     causes=[
         cause("message-rejected",
               title="Content refused after DATA",
               desc="The spam or virus filter refuses the message content.",
               checks=["The 554 follows the end of DATA; read its text (spam score, virus, "
                       "policy)."],
               user=["Remove the flagged content or attachment; avoid link-only messages."],
               admin=["Check the filter log for the message and correct false positives."]),
         cause("connection-refused",
               title="Client IP refused at the greeting",
               desc="The server greets with 554 because the client's IP is on a blocklist or in "
                    "a dynamic range that may not send directly.",
               checks=["The 554 is the first line after connecting; its text names the IP or "
                       "the blocklist.",
                       "'telnet <server> 587' from another network gets a 220."],
               user=["Send through the provider's authenticated submission port (587/465), not "
                     "directly to other servers on port 25."],
               admin=["Check the IP against the blocklists and request delisting if "
                      "appropriate."]),
     ])

code("0x800CCC78",
     title="Sender address rejected",
     meaning="The server refused the envelope sender in MAIL FROM. The client reports every "
             "failing reply to MAIL FROM with this code, whatever the reply number.",
     client="Unable to send the message. Please verify the e-mail address in your account "
            "properties.",
     trace="Any 4xx or 5xx reply to 'MAIL FROM:<...>' (typically 550, 553, 530, 501 or 450).",
     causes=[
         cause("sender-rejected",
               title="Sender address not permitted",
               desc="The From address is not allowed for the logged-on account, its domain is "
                    "not hosted there, or the sender domain is blocked (SPF, policy).",
               checks=["Read the reply to MAIL FROM: '553 ... not owned by user', '550 5.7.1 "
                       "sender address rejected', '550 ... domain not allowed'.",
                       "Compare the address in MAIL FROM with the account's logon name."],
               user=["Set the account's e-mail address to the provider's mailbox address, or "
                     "send through the server that hosts the From domain."],
               admin=["Allow legitimate aliases for the account."]),
         cause("auth-required",
               title="Authentication required before MAIL FROM",
               desc="The server answers MAIL FROM with '530 5.7.0 Authentication required' "
                    "because the client did not log on.",
               checks=["No AUTH before MAIL FROM in the trace although EHLO listed '250-AUTH'; "
                       "the reply is 530."],
               user=["Turn on 'My outgoing server (SMTP) requires authentication'."]),
         cause("tls-required",
               title="STARTTLS required before MAIL FROM",
               desc="The server answers '530 5.7.0 Must issue a STARTTLS command first'.",
               checks=["The reply text to MAIL FROM mentions STARTTLS; EHLO listed "
                       "'250-STARTTLS'."],
               user=["Turn on STARTTLS (port 587) or SSL/TLS (port 465) for the outgoing "
                     "server."]),
         cause("client-configuration",
               title="Account e-mail address empty or malformed",
               desc="The account's e-mail address is wrong, so MAIL FROM carries a bad "
                    "address (501 syntax error).",
               checks=["Look at the address in 'MAIL FROM:<...>' in the trace."],
               user=["Correct the e-mail address in the account settings."]),
         cause("server-busy",
               title="Temporary refusal of the sender",
               desc="A 4xx reply to MAIL FROM: greylisting, rate limit or temporary DNS check "
                    "failure.",
               checks=["The reply to MAIL FROM starts with 4 ('450', '451', '421')."],
               user=["Retry in a few minutes."],
               admin=["Exempt authenticated users from greylisting; check rate limits."]),
         cause("message-rejected",
               title="Declared message size too large",
               desc="MAIL FROM carries SIZE= larger than the server accepts (552).",
               checks=["'MAIL FROM:<...> SIZE=<n>' answered by 552; compare with the EHLO "
                       "'250-SIZE' limit."],
               user=["Send large files as a link."]),
     ])

code("0x800CCC79",
     title="Recipient rejected by the server",
     meaning="At least one recipient was turned down. Whatever number the server used, a "
             "refusal of RCPT TO ends up as this code; only the reply text tells relay denial, "
             "unknown user and policy blocks apart.",
     client="The message could not be sent because one of the recipients was rejected by the "
            "server.",
     trace="'RCPT TO:<...>' answered with a 4xx/5xx, such as '550 5.7.1 Relaying denied', "
           "Postfix's '554 5.7.1 <addr>: Relay access denied' or '550 5.1.1 User unknown'; the "
           "error dialog quotes the refused address.",
     causes=[
         cause("relay-denied",
               title="Relaying denied: client did not authenticate",
               desc="The recipient is in another domain and the server relays only for "
                    "logged-on users; the account does not log on to the outgoing server (or "
                    "uses another provider's server).",
               checks=["In the trace: no AUTH before MAIL FROM, and RCPT TO to an external "
                       "domain answered by '550 5.7.1 ... relaying denied' or '554 5.7.1 ... "
                       "Relay access denied'.",
                       "Messages to addresses in the provider's own domain still go through.",
                       "Reproduce: 'swaks --server <smtp-server> --port 587 --tls --to "
                       "<external-address>' fails without '--auth', succeeds with it."],
               user=["Turn on 'My outgoing server (SMTP) requires authentication' and use the "
                     "provider's submission server (587/465)."],
               admin=["Keep relaying limited to authenticated users; make the refusal text "
                      "say that authentication is required."]),
         cause("recipient-rejected",
               title="Recipient unknown or refused",
               desc="The recipient address does not exist, is disabled, or the receiving "
                    "domain refuses it.",
               checks=["The reply to RCPT TO says '550 5.1.1 user unknown', 'no such user', "
                       "'recipient address rejected'.",
                       "Check the address spelling and whether other recipients went through."],
               user=["Correct the recipient address; remove the wrong auto-complete entry."]),
         cause("sender-rejected",
               title="Recipient refused because of the sender or sending IP",
               desc="The receiving server refuses recipients because of the sender: blocklisted "
                    "client IP, SPF failure or sender-domain policy, reported at RCPT TO.",
               checks=["The RCPT reply text names the client IP, a blocklist or the sender "
                       "('Client host rejected', 'Sender address rejected')."],
               user=["Send through the provider's authenticated submission server."],
               admin=["Check the IP/sender against blocklists and SPF records."]),
         cause("quota-exceeded",
               title="Recipient mailbox full",
               desc="The receiving mailbox is over quota ('552 5.2.2' or '452 4.2.2').",
               checks=["The RCPT reply mentions quota or mailbox full."],
               user=["Tell the recipient by other means; retry later."]),
         cause("server-busy",
               title="Temporary refusal (greylisting)",
               desc="A 4xx reply to RCPT TO: greylisting or a temporary check failure.",
               checks=["The RCPT reply starts with 4 ('450 4.7.1 greylisted', '451')."],
               user=["Retry in a few minutes."],
               admin=["Exempt authenticated submission from greylisting."]),
         cause("recipient-rejected", "too-many-recipients",
               title="Too many recipients in one message",
               desc="The server limits recipients per message and refuses the rest ('452 4.5.3 "
                    "too many recipients').",
               checks=["Count the RCPT TO lines before the first refusal."],
               user=["Split the recipient list into several messages."]),
     ])

code("0x800CCC7A",
     title="No sender address",
     meaning="Raised by the client itself: there is no From address to announce to the "
             "server.",
     trace="The session never gets to a MAIL FROM for this message.",
     causes=[
         cause("client-configuration",
               title="Account has no e-mail address",
               desc="The account's e-mail address field is empty, or the item in the outbox is "
                    "damaged.",
               checks=["Open the account and check the e-mail address field."],
               user=["Fill in the e-mail address; recreate the message if it persists."]),
     ])

code("0x800CCC7B",
     title="No recipients",
     meaning="Client-side: the message has no usable recipient.",
     trace="The session never gets to a RCPT TO for this message.",
     causes=[
         cause("client-configuration",
               title="Recipient fields empty after resolution",
               desc="To/Cc/Bcc are empty, or every entry failed to resolve to an address.",
               checks=["Open the message in the outbox and check the recipients."],
               user=["Add at least one valid recipient and send again."]),
     ])

code("0x800CCC7C",
     title="SMTP 530: encryption or authentication required",
     meaning="The server answered 530. Outlook Express treats this as 'secure connection "
             "required', but servers also use 530 for 'authentication required'; the reply "
             "text tells which.",
     trace="MAIL FROM or AUTH is answered with '530'; read the text - '5.7.0 Must issue a "
           "STARTTLS command first' versus '5.7.0 Authentication required'.",
     causes=[
         cause("tls-required",
               title="STARTTLS required",
               desc="The server requires the session to be encrypted before MAIL FROM or AUTH "
                    "('530 5.7.0 Must issue a STARTTLS command first').",
               checks=["The 530 text mentions STARTTLS; the EHLO reply lists '250-STARTTLS'.",
                       "'openssl s_client -starttls smtp -connect <server>:587 -crlf -quiet' "
                       "works and then 'EHLO test' shows AUTH."],
               user=["Switch the outgoing server's encryption to STARTTLS (port 587) or "
                     "SSL/TLS (port 465)."]),
         cause("auth-required",
               title="Authentication required",
               desc="The server requires SMTP AUTH before accepting mail ('530 5.7.0 "
                    "Authentication required').",
               checks=["The 530 text mentions authentication; there is no AUTH in the trace."],
               user=["Turn on 'My outgoing server (SMTP) requires authentication'."]),
     ])

code("0x800CCC7D",
     title="Server does not offer STARTTLS",
     meaning="The account insists on STARTTLS, and the server never offered it, so the "
             "client stops before sending anything sensitive.",
     trace="The '250-' EHLO lines contain no 'STARTTLS' (or show it masked, e.g. "
           "'XXXXXXXA'), and the client never sends STARTTLS.",
     causes=[
         cause("wrong-port-or-security",
               title="Encryption setting does not fit this server or port",
               desc="STARTTLS is set for a port or server that does not offer it (e.g. port 25 "
                    "of a relay) - or the provider uses implicit TLS on 465 instead.",
               checks=["'telnet <server> <port>', 'EHLO test': is '250-STARTTLS' listed?",
                       "Compare with the provider's documented port/encryption pair."],
               user=["Use 587 with STARTTLS or 465 with SSL/TLS as documented."],
               admin=["Enable STARTTLS on the submission port."]),
         cause("network-interference",
               title="Firewall strips STARTTLS from the EHLO reply",
               desc="An SMTP inspection feature on a firewall removes or masks STARTTLS "
                    "(it shows as 'XXXXXXXA').",
               checks=["EHLO reply contains 'XXXXXXXA' or differs from the one seen from "
                       "another network."],
               user=["Use port 465 with SSL/TLS, which the inspection cannot touch."],
               admin=["Turn off ESMTP inspection on the firewall."]),
     ])

code("0x800CCC7E",
     title="Server does not support delivery status notifications",
     meaning="The server does not advertise DSN, while the message asked for delivery "
             "notifications. The symbol has an S_ prefix, but the value is defined as an "
             "error.",
     trace="No '250-DSN' among the EHLO extensions, yet the message asks for delivery "
           "notifications (NOTIFY/RET).",
     causes=[
         cause("client-configuration",
               title="Delivery receipt requested from a server without DSN",
               desc="The message asks for a delivery receipt the server cannot provide.",
               checks=["EHLO reply lacks '250-DSN'; the message has 'request delivery receipt' "
                       "set."],
               user=["Send without a delivery receipt, or through a server that supports "
                     "DSN."],
               admin=["Enable the DSN extension if customers rely on delivery receipts."]),
     ])

code("0x800CCC7F",
     title="SMTP 454: TLS not available",
     meaning="The server refused to start TLS (or, per RFC 4954, had a temporary "
             "authentication failure).",
     trace="'STARTTLS' gets '454 4.7.0 TLS not available due to ...', or AUTH gets '454 "
           "4.7.0 Temporary authentication failure'.",
     causes=[
         cause("tls-failed",
               title="Server's TLS set-up broken",
               desc="The server advertises STARTTLS but cannot start it: certificate or key "
                    "missing or unreadable, TLS library error.",
               checks=["'openssl s_client -starttls smtp -connect <server>:587' gets '454' "
                       "instead of a handshake.",
                       "Try SSL/TLS on 465: does the handshake work there?"],
               user=["Retry later, or use port 465 with SSL/TLS; report it to the provider."],
               admin=["Check the MTA's TLS certificate/key paths and permissions and its "
                      "log."]),
         cause("server-busy",
               title="Temporary failure (TLS or authentication back end)",
               desc="TLS or the authentication back end is temporarily unavailable.",
               checks=["The 454 text says 'temporary'; it goes away on retry."],
               user=["Retry later."],
               admin=["Check the authentication back end (e.g. SASL service) for outages."]),
     ])

code("0x800CCC80",
     title="No authentication method in common",
     meaning="Outlook found no authentication method that both it and the server support. The "
             "value lies past the last SMTP define in the SDK header and is known from field "
             "reports.",
     client="None of the authentication methods supported by this client are supported by your "
            "server.",
     source="Outlook field reports; not defined in the copy of imnxport.h that was checked",
     trace="Nothing in the EHLO extensions fits Outlook's logon setting: '250-AUTH' is "
           "missing (often because it only appears after STARTTLS) or lists other "
           "mechanisms.",
     causes=[
         cause("auth-method-mismatch",
               title="SPA required by the settings, server offers only LOGIN/PLAIN",
               desc="'Log on using Secure Password Authentication' is ticked for SMTP, but the "
                    "server offers only LOGIN/PLAIN (or the reverse).",
               checks=["Compare the '250-AUTH' line with the logon method set in the account."],
               user=["Untick SPA for the outgoing server."]),
         cause("tls-required",
               title="AUTH offered only after STARTTLS",
               desc="The server shows AUTH only on an encrypted session; the client did not "
                    "start TLS.",
               checks=["The EHLO reply lists '250-STARTTLS' but no '250-AUTH'."],
               user=["Turn on STARTTLS (587) or SSL/TLS (465)."]),
         cause("wrong-port-or-security",
               title="Port without authentication",
               desc="The client uses port 25, where the server does not offer AUTH at all.",
               checks=["'telnet <server> 25', 'EHLO test': no AUTH; on 587 there is."],
               user=["Use port 587 (STARTTLS) or 465 (SSL/TLS)."]),
     ])

# ======================================================================================
# POP3
# ======================================================================================
code("0x800CCC90",
     title="POP3 server reported an error",
     meaning="The incoming server said no ('-ERR', or any line not beginning with '+'). "
             "Outlook Express keeps this code for transaction commands and uses separate "
             "codes for USER and PASS; Outlook's POP3 engine can also report logon refusals "
             "here.",
     client="Your incoming (POP3) e-mail server has reported an internal error.",
     trace="A reply line starting with '-ERR' - possibly with a response code such as "
           "'[IN-USE]', '[LOGIN-DELAY]', '[SYS/TEMP]', '[SYS/PERM]' or '[AUTH]' - to STAT, LIST, "
           "UIDL, RETR, DELE, TOP, APOP or AUTH; or a greeting that does not start with '+OK'.",
     causes=[
         cause("auth-failed",
               title="Logon refused at a step other than USER/PASS",
               desc="The server rejected the logon at APOP or AUTH, or demands a different way "
                    "of signing in ('web login required', app password needed) - reported with "
                    "this code rather than 0x800CCC92.",
               checks=["Find the '-ERR' in the trace and the command it answers (APOP, AUTH, "
                       "PASS) and read the text ('[AUTH]', 'authentication failed', 'web login "
                       "required').",
                       "Test by hand: 'openssl s_client -connect <pop-server>:995 -crlf -quiet', "
                       "'USER <name>', 'PASS <password>'."],
               user=["Re-enter the password; create an app password or sign in to webmail once "
                     "if the provider asks for it; turn off APOP/SPA unless required."],
               admin=["Check the authentication log for the reason."]),
         cause("mailbox-in-use",
               title="Mailbox locked by another session",
               desc="Another session holds the mailbox lock ('-ERR [IN-USE]').",
               checks=["'-ERR [IN-USE]' or 'mailbox locked' in the trace; other devices polling "
                       "the same mailbox."],
               user=["Close mail on other devices, wait a few minutes, retry."],
               admin=["Clear stale sessions/locks for the mailbox."]),
         cause("server-busy",
               title="Login delay or temporary server problem",
               desc="The server refuses for now: logins too frequent ('-ERR [LOGIN-DELAY]', see "
                    "'LOGIN-DELAY n' in CAPA) or a temporary back-end problem ('-ERR "
                    "[SYS/TEMP]').",
               checks=["Read the response code in the '-ERR'; compare the client's check "
                       "interval with the 'LOGIN-DELAY' value in the CAPA reply."],
               user=["Check less often than the server's login delay; retry later."],
               admin=["Check the back end named in SYS/TEMP errors."]),
         cause("server-bug",
               title="Server fails on a command or message",
               desc="The server cannot carry out STAT/LIST/UIDL/RETR, typically on one damaged "
                    "message or mailbox ('-ERR [SYS/PERM]', 'unable to read message').",
               checks=["Note the command and message number the '-ERR' answers and whether it "
                       "repeats on the same message."],
               user=["Delete the problem message via webmail; report it to the provider."],
               admin=["Repair the mailbox or message named in the server log."]),
         cause("wrong-port-or-security",
               title="Not a POP3 service on the port",
               desc="The port answers with another protocol, so the greeting is not '+OK'.",
               checks=["'telnet <server> <port>': a POP3 server greets with '+OK'."],
               user=["Use 110 (STARTTLS) or 995 (SSL/TLS) as documented."]),
     ])

code("0x800CCC91",
     title="POP3 user name rejected",
     meaning="The POP3 server rejected the user name at the USER command.",
     trace="The server replies '-ERR' to USER, so the session never reaches PASS.",
     causes=[
         cause("auth-failed",
               title="Wrong user name or account unavailable",
               desc="The user name has the wrong format (full address versus local part), the "
                    "mailbox does not exist, or it is disabled.",
               checks=["Read the USER line (masked password aside) and the '-ERR' text in the "
                       "trace.",
                       "Check the provider's required user-name format.",
                       "By hand: 'telnet <pop-server> 110' or 'openssl s_client -connect "
                       "<pop-server>:995 -crlf -quiet', then 'USER <name>'."],
               user=["Enter the user name exactly as the provider documents (often the full "
                     "e-mail address)."],
               admin=["Check that the mailbox exists and POP3 access is enabled for it."]),
         cause("tls-required",
               title="Plain-text logon not allowed without encryption",
               desc="The server refuses USER on an unencrypted connection ('-ERR [AUTH] "
                    "Plaintext authentication disallowed on non-secure (SSL/TLS) "
                    "connections').",
               checks=["The '-ERR' text mentions plaintext, SSL/TLS or a secure connection; the "
                       "session is on port 110 without STLS."],
               user=["Use port 995 with SSL/TLS, or 110 with STARTTLS."]),
     ])

code("0x800CCC92",
     title="POP3 logon rejected at the password step",
     meaning="The POP3 server refused the logon at PASS, which the client reports as a "
             "password problem. Many servers accept any USER and refuse only at PASS, and "
             "lock/delay/system conditions are also answered there, so the '-ERR' text decides "
             "the cause.",
     client="Your e-mail server rejected your login. Verify your user name and password for "
            "this account in Account Settings.",
     trace="'USER' gets '+OK', then 'PASS ****' is answered by '-ERR ...'. Its text or "
           "response code separates bad credentials ('[AUTH]') from '[IN-USE]', '[LOGIN-DELAY]' "
           "and '[SYS/TEMP]'.",
     causes=[
         cause("auth-failed",
               title="Wrong password or user name",
               desc="The password is wrong or changed, or the user name is wrong (the server "
                    "only checks both at PASS).",
               checks=["In the trace: USER answered '+OK', PASS answered '-ERR' with '[AUTH]' "
                       "or 'authentication failed' / 'invalid login'.",
                       "Sign in to webmail with the same user name and password.",
                       "By hand: 'openssl s_client -connect <pop-server>:995 -crlf -quiet', "
                       "'USER <name>', 'PASS <password>'."],
               user=["Re-enter the password (clear the saved one first) and check the user-name "
                     "format."],
               admin=["Check the authentication log; unlock the account if it is locked after "
                      "failed attempts."]),
         cause("mailbox-in-use",
               title="Mailbox locked by another session",
               desc="Another session holds the mailbox lock and the server answers PASS with "
                    "'-ERR [IN-USE]' or 'mailbox locked'; the client reports it as a password "
                    "error although the password is right.",
               checks=["The '-ERR' after PASS carries '[IN-USE]' or says 'locked' / 'in use'.",
                       "Ask about other devices or services that poll the mailbox.",
                       "Close the client and log on by hand ('telnet <pop-server> 110' / "
                       "'openssl s_client -connect <pop-server>:995 -crlf -quiet', USER, PASS): "
                       "'-ERR [IN-USE]' confirms another session holds the lock."],
               user=["Close mail on other devices, wait a few minutes and retry; do not change "
                     "the password - it is not the problem."],
               admin=["Look for stale POP3 sessions or locks on the mailbox and clear them."]),
         cause("server-busy",
               title="Login delay or temporary server problem at PASS",
               desc="The server refuses for now ('-ERR [LOGIN-DELAY]' - logins too frequent; "
                    "'-ERR [SYS/TEMP]' - temporary back-end problem).",
               checks=["The '-ERR' after PASS carries '[LOGIN-DELAY]' or '[SYS/TEMP]'; CAPA "
                       "shows 'LOGIN-DELAY <seconds>'."],
               user=["Check for mail less often than the server's login delay; retry later."],
               admin=["Check the back end (directory, storage) named in the error."]),
         cause("auth-method-mismatch",
               title="Password logons switched off for the account",
               desc="The provider no longer accepts ordinary passwords over POP3 (basic "
                    "authentication disabled, app password or OAuth required).",
               checks=["The '-ERR' text mentions an app password, web login, or basic "
                       "authentication being disabled; the password works in webmail."],
               user=["Create an app password, or use a client that supports the provider's "
                     "modern sign-in."],
               admin=["Enable POP3 / password logons for the mailbox if policy allows."]),
     ])

code("0x800CCC93",
     title="POP3 reply could not be parsed",
     meaning="A positive POP3 reply lacked the number/size or number/UID fields the client "
             "needs.",
     trace="STAT does not give '+OK <count> <octets>', or a line of the UIDL/LIST listing "
           "has no leading message number (blank, or only text).",
     causes=[
         cause("server-bug",
               title="Server sends a malformed STAT/LIST/UIDL line",
               desc="The server produces a blank or malformed line for one message (often a "
                    "message without a unique id) or a non-standard STAT reply.",
               checks=["Look at the STAT, LIST and UIDL replies in the trace for a line that is "
                       "not '<number> <size>' / '<number> <uid>'.",
                       "By hand: 'telnet <pop-server> 110', log on, 'UIDL' and 'LIST', and read "
                       "every line."],
               user=["Delete the offending message via webmail; turn 'leave a copy on server' "
                     "off once so the server can purge it."],
               admin=["Fix the server's UIDL/LIST output for the affected message."]),
     ])

code("0x800CCC94",
     title="POP3 message counts not yet known",
     meaning="Internal client condition: a per-message operation was requested before the "
             "message count (STAT or LIST) was obtained.",
     trace="No completed STAT (or full LIST/UIDL) before RETR/DELE was requested.",
     causes=[
         cause("unknown",
               title="Earlier STAT/LIST failed or client logic error",
               desc="The count was never obtained - usually because STAT/LIST failed before.",
               checks=["Look above for a failed STAT/LIST or a dropped connection."],
               user=["Fix the earlier failure and retry."]),
     ])

code("0x800CCC95",
     title="POP3 mailbox is empty",
     meaning="Internal client condition: an operation needed messages but the server reported "
             "none.",
     trace="STAT returns '+OK 0 0' and the client still tries per-message work.",
     causes=[
         cause("client-configuration",
               title="Mail collected elsewhere",
               desc="Another device or service downloads and deletes the mail first ('leave a "
                    "copy on server' off there), so this client finds the mailbox empty.",
               checks=["Check webmail for the expected messages; ask which other devices "
                       "collect this mailbox."],
               user=["Turn on 'leave a copy on server' on the other devices, or use IMAP "
                     "everywhere."]),
         cause("unknown",
               title="Nothing to download",
               desc="The mailbox is simply empty; no action needed unless mail is expected.",
               checks=["'+OK 0 0' to STAT in the trace."],
               user=["None, unless mail is missing - then check webmail and server-side "
                     "filters."]),
     ])

code("0x800CCC96",
     title="No POP3 messages marked",
     meaning="Internal client condition: no message was marked for the requested download or "
             "delete operation.",
     trace="After STAT/UIDL no RETR or DELE is sent.",
     causes=[
         cause("client-configuration",
               title="Nothing new under the current settings",
               desc="All messages on the server were already downloaded, or the send/receive "
                    "settings (headers only, rules) mark nothing.",
               checks=["Compare the UIDL list with what the client already has; check the "
                       "send/receive group settings."],
               user=["None needed; adjust the send/receive settings if messages should be "
                     "downloaded."]),
     ])

code("0x800CCC97",
     title="POP3 message number out of range",
     meaning="A message number the client was about to use falls outside 1..N, where N is "
             "the STAT count. The client raises this itself: no server command failed, but "
             "the server's own answers disagree - STAT says one thing, UIDL/LIST another.",
     trace="STAT reports N messages while UIDL/LIST list numbers above N, skip numbers, or list "
           "fewer or no entries; or replies appear shifted against the commands. The client "
           "ends the task with hrStatus 0x800ccc97 without a server error line.",
     causes=[
         cause("server-bug", "hidden-control-message",
               title="STAT counts a hidden control message that UIDL/LIST do not list",
               desc="The server includes an internal control message in the STAT count but "
                    "hides it from UIDL and LIST. InterMail-style servers show this as 'STAT "
                    "+OK 1 554' while UIDL returns an empty list and LIST says '+OK 0 messages "
                    "(554 octets) [1 control message(s) hidden]'. The client trusts STAT, finds "
                    "no matching entry and stops. Only accounts on that server are affected; a "
                    "new profile does not help.",
               checks=["In the client log, compare the STAT count with the number of UIDL and "
                       "LIST lines: 'STAT' -> '+OK 1 554' but 'UIDL' -> '+OK' followed directly "
                       "by '.', and 'LIST' -> '+OK 0 messages ... [1 control message(s) hidden]'.",
                       "Reproduce by hand: 'telnet <pop-server> 110' (or 'openssl s_client "
                       "-connect <pop-server>:995 -crlf -quiet'), 'USER <name>', 'PASS "
                       "<password>', then 'STAT', 'LIST', 'UIDL' and count the entries of each.",
                       "Check whether other accounts on other servers work from the same PC and "
                       "profile (they do, in this case)."],
               user=["Nothing in the client fixes it - a new profile or reinstall does not "
                     "help. Contact the provider and quote the STAT/LIST/UIDL lines.",
                     "Until it is fixed, webmail still shows the mailbox."],
               admin=["Fix the server so STAT, LIST and UIDL agree: exclude hidden control "
                      "messages from the STAT count, or remove the control message from the "
                      "mailbox."]),
         cause("server-bug",
               title="STAT and UIDL/LIST numbering disagree",
               desc="The server's message numbering is inconsistent in general: UIDL/LIST list "
                    "numbers above the STAT count, skip numbers, or reuse ids.",
               checks=["Compare the highest message number in UIDL/LIST with the STAT count, "
                       "and look for gaps in the numbering."],
               user=["Report the inconsistency to the provider; deleting the odd messages via "
                     "webmail may help meanwhile."],
               admin=["Rebuild the mailbox index so STAT, LIST and UIDL are consistent."]),
         cause("unknown",
               title="Mailbox changed by another session during the download",
               desc="Another client or the server removed messages between the listing and the "
                    "retrieval, or replies got out of step with commands, so a number the client "
                    "uses is no longer valid.",
               checks=["Look for another session on the same mailbox at the same time "
                       "(interleaved entries, other devices).",
                       "Check whether replies in the trace match their commands or are "
                       "shifted."],
               user=["Retry later; avoid two programs collecting the same mailbox at once; "
                     "turn 'leave a copy on server' off temporarily if the error keeps "
                     "recurring."]),
     ])

# ======================================================================================
# NNTP
# ======================================================================================
def _nntp_auth_required(command: str) -> Cause:
    return cause("auth-required",
                 title="News server requires logon first",
                 desc=f"The server refuses {command} until the client logs on ('480 "
                      "Authentication required').",
                 checks=["Look for '480' in the news log; check whether the news account has "
                         "'This server requires me to log on' set."],
                 user=["Turn on logon for the news account and enter the credentials."])


def nntp(hexval: str, title: str, meaning: str, trace: str, causes: list[Cause]) -> None:
    code(hexval, title=title, meaning=meaning, trace=trace, causes=causes)


nntp("0x800CCCA0", "News server returned an error",
     "The news server answered with an error or an unexpected reply.",
     "A 4xx or 5xx NNTP reply to a command in the news log.",
     [cause("unknown",
            title="Command refused by the news server",
            desc="The server does not carry the group or article, does not allow the action, "
                 "or does not implement the extension.",
            checks=["Read the NNTP reply code and text in the news log."],
            user=["Act on the reply; check the subscription and the news server name."]),
      _nntp_auth_required("the command")])
nntp("0x800CCCA1", "NEWGROUPS failed",
     "Asking for newly created newsgroups (NEWGROUPS) failed.",
     "An error reply to NEWGROUPS in the news log.",
     [cause("protocol-violation",
            title="Server does not support or allow NEWGROUPS",
            desc="The server refuses or does not implement the NEWGROUPS command.",
            checks=["Read the reply to NEWGROUPS (500/502)."],
            user=["Turn off checking for new groups, or reset the group list."]),
      _nntp_auth_required("NEWGROUPS")])
nntp("0x800CCCA2", "Newsgroup list download failed",
     "Downloading the list of newsgroups (LIST) failed.",
     "An error reply to LIST in the news log.",
     [_nntp_auth_required("LIST"),
      cause("server-busy",
            title="Server unavailable or refusing for now",
            desc="The server answers LIST with a temporary error.",
            checks=["Read the reply to LIST (400/403)."],
            user=["Retry later."])])
nntp("0x800CCCA3", "LISTGROUP failed",
     "Listing the article numbers of a group (LISTGROUP) failed.",
     "An error reply to LISTGROUP in the news log.",
     [cause("protocol-violation",
            title="Server does not implement LISTGROUP",
            desc="Older servers lack LISTGROUP.",
            checks=["Reply '500' to LISTGROUP."],
            user=["Update the news client or use another news server."]),
      _nntp_auth_required("LISTGROUP")])
nntp("0x800CCCA4", "Selecting the newsgroup failed",
     "Selecting a newsgroup (GROUP) failed.",
     "An error reply to GROUP in the news log.",
     [cause("client-configuration",
            title="Group not available on this server",
            desc="The subscribed group was removed, renamed or is not carried by this server.",
            checks=["Read the reply to GROUP; look for the group in a fresh group list."],
            user=["Reset the group list and unsubscribe from groups that no longer exist."]),
      _nntp_auth_required("GROUP")])
nntp("0x800CCCA5", "Newsgroup does not exist (411)",
     "The news server has no group by that name.",
     "An NNTP '411' reply to GROUP.",
     [cause("client-configuration",
            title="Group removed, renamed or not carried",
            desc="The subscription refers to a group the server does not have.",
            checks=["'411' reply to GROUP; compare with the server's current group list."],
            user=["Unsubscribe from the group or find the server that carries it."])])


def _nntp_article(hexval: str, verb: str, what: str) -> None:
    nntp(hexval, f"{what} could not be fetched ({verb})",
         f"Fetching {what.lower()} with {verb} failed.",
         f"An NNTP '423' or '430' reply to {verb}.",
         [cause("client-configuration",
                title="Article expired or cancelled; local header list stale",
                desc="The client asks for an article the server no longer has (expired, "
                     "cancelled, or numbering changed).",
                checks=[f"'423'/'430' reply to {verb} for an article listed in the client."],
                user=["Refresh or reset the newsgroup's headers; the article is gone."])])


_nntp_article("0x800CCCA6", "ARTICLE", "Article")
_nntp_article("0x800CCCA7", "HEAD", "Article headers")
_nntp_article("0x800CCCA8", "BODY", "Article body")
nntp("0x800CCCA9", "Posting failed",
     "Posting an article failed.",
     "An NNTP '440' (posting not allowed) or '441' (posting failed) reply.",
     [_nntp_auth_required("POST"),
      cause("message-rejected",
            title="Article refused by the server",
            desc="The server refuses the post: moderated group, bad headers, too many "
                 "cross-posts, or size limit ('441').",
            checks=["Read the '441' text in the news log."],
            user=["Correct the article (groups, size, headers) and post again."])])
nntp("0x800CCCAA", "Moving to the next article failed",
     "NEXT could not step to a following article.",
     "An NNTP '421' (no next article) or '422' reply.",
     [cause("client-configuration",
            title="No next article in the group",
            desc="The group has no further article or the local view is out of date.",
            checks=["'421'/'422' reply to NEXT."],
            user=["Refresh the group."])])
nntp("0x800CCCAB", "DATE request failed",
     "The DATE request failed.",
     "An error reply to DATE.",
     [cause("protocol-violation",
            title="Server does not implement DATE",
            desc="The server lacks the DATE command.",
            checks=["'500' reply to DATE."],
            user=["None needed; ignore or use another news server."])])
nntp("0x800CCCAC", "Overview download failed (XOVER)",
     "Downloading overview headers (XOVER/OVER) failed.",
     "An error reply to XOVER.",
     [cause("protocol-violation",
            title="Server lacks or refuses XOVER",
            desc="The server does not implement XOVER or its overview database is broken.",
            checks=["Read the reply to XOVER (500/502/503)."],
            user=["Use another news server; report it to the provider."])])
nntp("0x800CCCAD", "XHDR request failed",
     "An XHDR header-field request failed.",
     "An error reply to XHDR.",
     [cause("protocol-violation",
            title="Server lacks or refuses XHDR",
            desc="The server does not implement XHDR.",
            checks=["Read the reply to XHDR."],
            user=["Update the client or use another news server."])])
nntp("0x800CCCAE", "News server logon failed",
     "News server authentication failed.",
     "An NNTP '481', '482' or '502' reply after AUTHINFO.",
     [cause("auth-failed",
            title="News credentials rejected",
            desc="User name or password wrong, or the account may not use the server.",
            checks=["'481'/'502' after 'AUTHINFO PASS' in the news log."],
            user=["Correct the news account credentials."],
            admin=["Check the news account's status."])])

# ======================================================================================
# RAS (dial-up)
# ======================================================================================
def _ras_setting() -> Cause:
    return cause("client-configuration",
                 title="Account set to dial up",
                 desc="The account's connection setting says to use a dial-up connection that "
                      "does not exist, is renamed, or is not needed on this (LAN/broadband) PC.",
                 checks=["Open the account's Connection tab and see which dial-up entry it "
                         "names."],
                 user=["Set the connection to LAN / 'any available connection', or choose a "
                       "valid dial-up entry."])


code("0x800CCCC2", title="Dial-up networking not installed",
     meaning="The account is set to dial, but dial-up networking (RAS) is not installed.",
     trace="Fails before any DNS or TCP activity; only dial-up events are logged.",
     causes=[_ras_setting()])
code("0x800CCCC3", title="Dial-up networking functions missing",
     meaning="The installed dial-up (RAS) library is missing entry points the client calls.",
     trace="Fails before any DNS or TCP activity; only dial-up events are logged.",
     causes=[_ras_setting(),
             cause("client-configuration", "damaged-ras",
                   title="Dial-up components damaged",
                   desc="The RAS libraries are missing or outdated.",
                   checks=["Other dial-up programs fail too."],
                   user=["Repair the Windows networking components, or stop using dial-up in "
                         "the account."])])
code("0x800CCCC4", title="Dial-up connection error",
     meaning="Dialling the connection failed inside Windows dial-up networking.",
     trace="Fails before any DNS or TCP activity; only dial-up events are logged.",
     causes=[_ras_setting(),
             cause("network-interference",
                   title="Dial-up connection failed",
                   desc="The modem or line failed to connect (busy, no carrier, credentials).",
                   checks=["Dial the connection by hand and read its error."],
                   user=["Fix the dial-up connection itself, then retry."])])
code("0x800CCCC5", title="Dial-up connection entry invalid",
     meaning="The account refers to a dial-up entry that is gone or unusable.",
     trace="Fails before any DNS or TCP activity; only dial-up events are logged.",
     causes=[_ras_setting()])
code("0x800CCCC6", title="Dial-up parameters unreadable",
     meaning="The stored parameters of the dial-up connection could not be read.",
     trace="Fails before any DNS or TCP activity; only dial-up events are logged.",
     causes=[_ras_setting()])

# ======================================================================================
# IMAP
# ======================================================================================
code("0x800CCCD1",
     title="IMAP logon failed",
     meaning="The IMAP server refused the LOGIN command.",
     trace="'aNNN LOGIN <user> ****' answered by 'aNNN NO ...', often with a response code such "
           "as '[AUTHENTICATIONFAILED]', '[UNAVAILABLE]', '[PRIVACYREQUIRED]' or '[EXPIRED]'.",
     causes=[
         cause("auth-failed",
               title="Wrong user name or password",
               desc="The server rejects the credentials ('NO [AUTHENTICATIONFAILED] "
                    "Authentication failed.').",
               checks=["In the trace: the LOGIN line and its tagged 'NO', with "
                       "'[AUTHENTICATIONFAILED]' or a text like 'Invalid credentials'.",
                       "Sign in to webmail with the same user name and password.",
                       "By hand: 'openssl s_client -connect <imap-server>:993 -crlf -quiet', "
                       "then 'a1 LOGIN <user> <password>'."],
               user=["Re-enter the password and check the user-name format (often the full "
                     "address)."],
               admin=["Check the authentication log; unlock the account if failed attempts "
                      "locked it."]),
         cause("auth-method-mismatch",
               title="Password logons not accepted for IMAP",
               desc="The provider no longer accepts ordinary passwords over IMAP for this "
                    "account (basic authentication off, app password or OAuth required), or "
                    "IMAP access is switched off in the mailbox settings.",
               checks=["The password works in webmail but LOGIN gets 'NO'; the text mentions "
                       "app passwords, web login or that IMAP is disabled.",
                       "Look at the CAPABILITY reply: only 'AUTH=XOAUTH2'/'AUTH=OAUTHBEARER' "
                       "suggests OAuth is required."],
               user=["Enable IMAP in the webmail settings; create an app password, or use a "
                     "client that supports the provider's sign-in."],
               admin=["Enable IMAP / password logons for the mailbox if policy allows."]),
         cause("tls-required",
               title="Logon requires an encrypted connection",
               desc="The server refuses LOGIN in clear ('NO [PRIVACYREQUIRED]', 'Plaintext "
                    "authentication disallowed').",
               checks=["The session is on 143 without STARTTLS; the NO text or CAPABILITY "
                       "('LOGINDISABLED') demands TLS."],
               user=["Use 993 with SSL/TLS, or 143 with STARTTLS."]),
         cause("server-busy",
               title="Back end temporarily unavailable",
               desc="The server cannot complete logons for now ('NO [UNAVAILABLE]').",
               checks=["'[UNAVAILABLE]' in the tagged NO."],
               user=["Retry later."],
               admin=["Check the authentication/mailbox back end."]),
         cause("auth-failed", "expired",
               title="Password or account expired",
               desc="The server refuses because the password or account has expired ('NO "
                    "[EXPIRED]').",
               checks=["'[EXPIRED]' in the tagged NO."],
               user=["Set a new password via webmail or the provider's portal."]),
     ])

code("0x800CCCD2",
     title="IMAP command refused (NO)",
     meaning="The IMAP server refused a command other than LOGIN with a tagged NO.",
     trace="A tagged 'NO' - e.g. to SELECT, APPEND or COPY - often with '[TRYCREATE]', "
           "'[OVERQUOTA]', '[NOPERM]', '[INUSE]', '[NONEXISTENT]' or '[UNAVAILABLE]'.",
     causes=[
         cause("quota-exceeded",
               title="Mailbox over quota",
               desc="The mailbox is full, so APPEND/COPY (saving sent items, moving mail) is "
                    "refused ('NO [OVERQUOTA]', 'Quota exceeded').",
               checks=["Tagged NO with '[OVERQUOTA]' or a quota text, typically to APPEND or "
                       "COPY.",
                       "By hand: 'a1 GETQUOTAROOT INBOX' shows usage and limit."],
               user=["Delete or archive mail and empty Deleted Items/Trash on the server."],
               admin=["Raise the quota if appropriate."]),
         cause("client-configuration",
               title="Folder missing or not permitted",
               desc="The client uses a folder that does not exist or that the user may not "
                    "use: wrong root folder path, Sent/Trash folder names that differ from the "
                    "server's ('NO [TRYCREATE]', '[NONEXISTENT]', '[NOPERM]').",
               checks=["Read the mailbox name in the refused command and compare with 'a1 LIST "
                       "\"\" \"*\"'."],
               user=["Refresh the folder list; set the root folder path and special folders to "
                     "the server's names."]),
         cause("mailbox-in-use",
               title="Mailbox in use by another session",
               desc="Another session or process has the mailbox locked ('NO [INUSE]').",
               checks=["'[INUSE]' in the tagged NO."],
               user=["Close other clients on the same mailbox and retry."]),
         cause("server-busy",
               title="Temporary failure or server limit",
               desc="The server is temporarily unable ('[UNAVAILABLE]') or a limit was reached "
                    "('[LIMIT]', too many folders or connections).",
               checks=["'[UNAVAILABLE]' or '[LIMIT]' in the tagged NO."],
               user=["Retry later; reduce connections per account in the client."],
               admin=["Check the limits and back-end health."]),
         cause("server-bug",
               title="Server fault or damaged data",
               desc="The server reports its own fault or damaged data ('[SERVERBUG]', "
                    "'[CORRUPTION]').",
               checks=["'[SERVERBUG]' or '[CORRUPTION]' in the tagged NO."],
               user=["Report it to the provider with the time of the error."],
               admin=["Repair the mailbox index named in the server log."]),
         cause("tls-required",
               title="Operation requires an encrypted connection",
               desc="The server refuses the command on an unencrypted session "
                    "('[PRIVACYREQUIRED]').",
               checks=["'[PRIVACYREQUIRED]' in the tagged NO."],
               user=["Use 993 with SSL/TLS or 143 with STARTTLS."]),
     ])

code("0x800CCCD3",
     title="IMAP command rejected (BAD)",
     meaning="A tagged BAD: the server found the command malformed or out of place.",
     trace="A tagged 'BAD' answering a client command.",
     causes=[
         cause("protocol-violation",
               title="Client and server disagree on syntax",
               desc="A command the server considers malformed - dialect differences, folder "
                    "names with unusual characters or encoding.",
               checks=["Read the command the BAD answers (mailbox name, literal, charset)."],
               user=["Update the client; rename folders with unusual characters."]),
         cause("network-interference",
               title="Proxy or scanner mangles commands",
               desc="A mail scanner or proxy alters commands in transit.",
               checks=["The same command typed by hand ('openssl s_client ... -crlf -quiet') "
                       "succeeds."],
               user=["Disable e-mail scanning for IMAP."]),
     ])

code("0x800CCCD4",
     title="IMAP server reply not parseable",
     meaning="The client could not parse a response from the IMAP server.",
     trace="Response lines that break IMAP grammar: wrong literal counts, unbalanced "
           "parentheses, bad quoting.",
     causes=[
         cause("server-bug",
               title="Server produces non-conforming output",
               desc="The server writes a response that breaks the IMAP grammar, often for one "
                    "message with odd headers.",
               checks=["Find the response line just before the error and check literals "
                       "('{n}') and parentheses."],
               user=["Update the client; report it to the provider."],
               admin=["Report the defect to the server vendor with the offending response."]),
         cause("network-interference",
               title="Data corrupted in transit",
               desc="A proxy or scanner alters the response stream.",
               checks=["Compare with a session on another network or with scanning off."],
               user=["Disable e-mail scanning for IMAP."]),
     ])

code("0x800CCCD5",
     title="Not an IMAP server",
     meaning="Whatever answers on the configured port is not talking IMAP.",
     trace="Instead of '* OK'/'* PREAUTH' the port opens with a POP3 '+OK', an SMTP '220', or "
           "binary TLS data.",
     causes=[
         cause("wrong-port-or-security",
               title="Wrong port or encryption for IMAP",
               desc="The account uses a POP3 or SMTP port, or the implicit-TLS port 993 without "
                    "SSL.",
               checks=["'telnet <server> 143' should greet with '* OK'; 'openssl s_client "
                       "-connect <server>:993 -crlf -quiet' should greet with '* OK' after the "
                       "handshake."],
               user=["Pick 993 with SSL/TLS, or 143 with STARTTLS, as the provider documents."]),
     ])

code("0x800CCCD6",
     title="IMAP response too large",
     meaning="A server response was larger than the client's buffers allow.",
     trace="A very long response line or literal.",
     causes=[
         cause("server-bug",
               title="Server sends an over-long line",
               desc="The server emits an unusually long line (huge header, endless flag list, "
                    "very long folder list entry).",
               checks=["Find the long line in the trace; see which message or folder it "
                       "belongs to."],
               user=["Remove the problem message or folder via webmail; update the client."]),
     ])

code("0x800CCCD7",
     title="IMAP receive error in the client",
     meaning="Internal error in the client's IMAP response handling.",
     trace="Not tied to one identifiable server line.",
     causes=[
         cause("unknown",
               title="Client defect triggered by unusual data",
               desc="Unusual server data triggers a defect in the client.",
               checks=["Note the last response before the error; try the account in another "
                       "client."],
               user=["Update the client; recreate the account."]),
     ])

code("0x800CCCD8",
     title="IMAP response line incomplete",
     meaning="An IMAP response line arrived incomplete.",
     trace="A response line without its line end before the connection closes or stalls.",
     causes=[
         cause("connection-dropped-mid-transfer",
               title="Connection cut in the middle of a response",
               desc="The connection broke while the server was sending.",
               checks=["Look for a close right after the partial line."],
               user=["Retry on a stable network."]),
         cause("server-bug",
               title="Server stops mid-response",
               desc="The server stops writing in the middle of a response.",
               checks=["It repeats at the same message or command."],
               user=["Report it to the provider."],
               admin=["Check the server log for errors at that moment."]),
     ])

code("0x800CCCD9",
     title="IMAP server refused the connection (BYE greeting)",
     meaning="The server greeted with '* BYE' and so refused the connection.",
     trace="The first server line is '* BYE ...'.",
     causes=[
         cause("server-busy",
               title="Too many connections or server shutting down",
               desc="The user or IP has too many simultaneous connections ('[LIMIT]'), or the "
                    "server is shutting down.",
               checks=["Read the BYE text ('Too many connections', 'maximum number of "
                       "connections', 'shutting down')."],
               user=["Close other clients and devices on the mailbox; lower the client's "
                     "number of simultaneous connections; retry later."],
               admin=["Check the per-user/per-IP connection limit."]),
         cause("connection-refused",
               title="Account or address blocked",
               desc="The server refuses this account or client address at the greeting.",
               checks=["The BYE text mentions the account or IP being blocked."],
               user=["Contact the provider."],
               admin=["Check the block on the account or IP."]),
     ])

code("0x800CCCDA",
     title="Unrecognised IMAP response",
     meaning="A reply arrived that this client's IMAP implementation has no handling for.",
     trace="An untagged '* <keyword> ...' line whose keyword the client does not know.",
     causes=[
         cause("protocol-violation",
               title="Server extension or non-standard reply",
               desc="The server sends a response the client's IMAP dialect does not know.",
               checks=["Find the unknown untagged response in the trace."],
               user=["Update the client; report it to the provider."]),
     ])

code("0x800CCCDB",
     title="IMAP message UID changed",
     meaning="A message's UID changed unexpectedly during the session.",
     trace="The same message sequence number reports one UID earlier in the session and "
           "another one later.",
     causes=[
         cause("server-bug",
               title="Server changes UIDs within a session",
               desc="A server defect or a mailbox rebuild changes UIDs without a new "
                    "UIDVALIDITY.",
               checks=["Compare the UIDs returned for the same sequence number in the trace."],
               user=["Reset the local IMAP cache for the folder; report it to the provider."],
               admin=["Repair the mailbox index; make sure rebuilds change UIDVALIDITY."]),
     ])

code("0x800CCCDC",
     title="IMAP UIDs out of order",
     meaning="The server returned UIDs that do not increase with the message sequence number.",
     trace="FETCH results where a higher sequence number has a UID lower than or equal to an "
           "earlier one; the dialog quotes the sequence number and both UIDs.",
     causes=[
         cause("server-bug",
               title="Server assigns or reuses UIDs incorrectly",
               desc="The server's UID assignment or its mailbox index is broken.",
               checks=["List 'a1 UID FETCH 1:* (UID)' by hand and look for UIDs that go "
                       "down."],
               user=["Reset the local cache; report it to the provider."],
               admin=["Rebuild the mailbox index."]),
     ])

code("0x800CCCDD",
     title="IMAP server closed the session (unsolicited BYE)",
     meaning="The IMAP server said goodbye ('* BYE') on its own initiative, without a LOGOUT "
             "from the client.",
     client="Your IMAP server closed the connection. This can occur if you leave the connection "
            "idle for too long.",
     trace="'* BYE' shows up during a quiet period or between commands, with no LOGOUT "
           "before it, and the socket closes right after.",
     causes=[
         cause("timeout",
               title="Idle timeout",
               desc="The session stayed idle longer than the server's autologout or IDLE "
                    "limit.",
               checks=["Compare the time of the BYE with the last command: a long gap, and a "
                       "BYE text like 'Autologout' or 'idle for too long'."],
               user=["Let the client check more often, or just reconnect; it is harmless when "
                     "it happens after idle periods."],
               admin=["Check the autologout/IDLE timeout settings."]),
         cause("server-busy",
               title="Server limit, restart or administrator action",
               desc="The server closes sessions because of connection limits, a restart or an "
                    "administrator's action.",
               checks=["Read the BYE text ('server shutting down', 'too many connections')."],
               user=["Reduce simultaneous connections; retry."],
               admin=["Check limits and restarts at that time."]),
     ])

code("0x800CCCDE",
     title="IMAP command in the wrong state",
     meaning="The client issued a command the session is not ready for, such as working on "
             "messages while no folder is selected.",
     trace="FETCH/STORE appear in the trace although no SELECT has completed with OK.",
     causes=[
         cause("protocol-violation",
               title="Earlier SELECT failed",
               desc="SELECT was refused or failed, and the client went on with message "
                    "commands.",
               checks=["Look for the NO/BAD to SELECT before the failing command."],
               user=["Fix the earlier error (folder missing, quota, permissions); retry."]),
     ])

code("0x800CCCDF",
     title="No usable IMAP authentication method",
     meaning="Client and server share no authentication method, so no logon is attempted.",
     trace="The CAPABILITY reply lacks the mechanism the client needs or shows 'LOGINDISABLED', "
           "and the client does not try to log on.",
     causes=[
         cause("auth-method-mismatch",
               title="SPA required by settings, server has no NTLM",
               desc="SPA/NTLM is ticked but the server does not list 'AUTH=NTLM'.",
               checks=["Read the CAPABILITY line for 'AUTH=' entries."],
               user=["Untick SPA."]),
         cause("tls-required",
               title="Logon disabled until STARTTLS",
               desc="The server shows 'LOGINDISABLED' on an unencrypted connection.",
               checks=["'LOGINDISABLED' in CAPABILITY on port 143 before STARTTLS."],
               user=["Use 993 with SSL/TLS or 143 with STARTTLS."]),
     ])

code("0x800CCCE0",
     title="All IMAP authentication methods failed",
     meaning="Logon failed with every mechanism the client had to offer.",
     trace="Several AUTHENTICATE/LOGIN attempts, each answered with a tagged NO.",
     causes=[
         cause("auth-failed",
               title="Credentials wrong",
               desc="Every mechanism fails because the credentials are wrong "
                    "('[AUTHENTICATIONFAILED]').",
               checks=["Each attempt ends with 'NO [AUTHENTICATIONFAILED]'; check the password "
                       "in webmail."],
               user=["Correct the credentials."]),
         cause("auth-method-mismatch",
               title="Server rejects the offered mechanisms",
               desc="The server lists mechanisms it will not accept for this account (e.g. "
                    "only OAuth is allowed).",
               checks=["Compare the AUTH= list with the mechanisms the client tried."],
               user=["Adjust the SPA/secure authentication setting; use an app password or a "
                     "client with OAuth support."]),
     ])

# ======================================================================================
# success / status values (severity bit clear)
# ======================================================================================
_LOW_WORD_NOTE = ("The low 16 bits of these status values repeat in error codes (0xCC78, "
                  "0xCC79), so match on the full 32-bit value.")


def smtp_status(hexval: str, reply: str, title: str, meaning: str) -> None:
    code(hexval, title=title,
         meaning=f"Status value, not an error: {meaning}",
         trace=f"A positive SMTP {reply} reply; useful when reading the hr values of a "
               f"client log line by line. {_LOW_WORD_NOTE}")


smtp_status("0x000CCC70", "211", "SMTP 211 system status",
            "the client tags an SMTP '211' system status reply with it.")
smtp_status("0x000CCC71", "214", "SMTP 214 help message",
            "the client tags an SMTP '214' help reply with it.")
smtp_status("0x000CCC72", "220", "SMTP 220 service ready",
            "the client tags the server's '220' greeting with it.")
smtp_status("0x000CCC73", "221", "SMTP 221 closing",
            "the client tags the server's '221' reply to QUIT with it.")
smtp_status("0x000CCC74", "250", "SMTP 250 OK",
            "the client tags a '250' (requested action completed) reply with it.")
smtp_status("0x000CCC75", "251", "SMTP 251 will forward",
            "the client tags a '251' (user not local, will forward) reply with it.")
smtp_status("0x000CCC76", "354", "SMTP 354 start mail input",
            "the client tags the '354' reply to DATA with it.")
code("0x000CCC77", title="SMTP continue (internal)",
     meaning="Status value, not an error: the SMTP transport's internal 'continue' state; it "
             "corresponds to no server reply.",
     trace=f"No reply of its own; appears in client logs between steps. {_LOW_WORD_NOTE}")
smtp_status("0x000CCC78", "334", "SMTP 334 authentication challenge",
            "the client tags the server's '334' AUTH challenge with it.")
smtp_status("0x000CCC79", "235", "SMTP 235 authentication succeeded",
            "the client tags the '235' reply to a successful AUTH with it (the SDK header "
            "names it after 245).")
code("0x000CCCC0", title="No dial-up connection needed",
     meaning="Status value, not an error: the client did not need to dial.",
     trace="No dial-up activity.")
code("0x000CCCC1", title="Using the current dial-up connection",
     meaning="Status value, not an error: an existing dial-up connection is reused.",
     trace="No new dial-up activity.")
code("0x000CCCD0", title="Unrecognised IMAP response code ignored",
     meaning="Status value, not an error: an IMAP response code in brackets was not "
             "recognised and was ignored.",
     trace="An untagged OK carrying an unfamiliar '[CODE]'.")
code("0x000CCCE1", title="IMAP folder name used verbatim",
     meaning="Status value, not an error: a folder name could not be converted to the local "
             "code page and was used as it is.",
     trace="Folder names with non-ASCII (modified UTF-7) content in the LIST reply.")

# ======================================================================================
# Outlook send/receive and MAPI codes seen in the same dialogs
# ======================================================================================
code("0x8004210A",
     title="Timed out waiting for the incoming (POP3) server",
     meaning="Outlook waited its full server-timeout period for the incoming server and got no "
             "answer.",
     client="The operation timed out waiting for a response from the receiving (POP) server.",
     trace="After the client's last POP3 command - RETR and UIDL are typical - the server "
           "stays silent until Outlook's timeout runs out.",
     causes=[
         cause("timeout",
               title="POP3 server slow or not answering",
               desc="The server is overloaded or stalls on a command, e.g. a long UIDL list or "
                    "a large message.",
               checks=["Find the last command before the silence and its time.",
                       "By hand: 'openssl s_client -connect <pop-server>:995 -crlf -quiet', log "
                       "on, send 'UIDL' and time the reply."],
               user=["Raise the server timeout under the account's advanced settings; retry "
                     "later."],
               admin=["Check server load and mailbox size/index performance."]),
         cause("network-interference",
               title="Anti-virus scanning the download or firewall dropping packets",
               desc="An e-mail scanner holds the download while it scans, or a firewall drops "
                    "packets.",
               checks=["Retry with e-mail scanning off or from another network."],
               user=["Turn off e-mail scanning in the security product."]),
         cause("client-configuration",
               title="Timeout too short for a large message",
               desc="The timeout is too short for the message size and link speed.",
               checks=["Check the timeout setting and the size of the message being "
                       "downloaded."],
               user=["Set the server timeout to several minutes."]),
     ])

code("0x8004210B",
     title="Timed out waiting for the outgoing (SMTP) server",
     meaning="Outlook waited its full server-timeout period for the outgoing server and got no "
             "answer.",
     client="The operation timed out waiting for a response from the sending (SMTP) server.",
     trace="After the closing '.' of DATA (or another command) the answer is still missing "
           "when the timeout expires; a 5xx that arrives too late may appear in the dialog.",
     causes=[
         cause("timeout",
               title="SMTP server slow to answer",
               desc="The server stalls, often after the end of DATA while it scans the content.",
               checks=["Look at the time between the final '.' of DATA and the timeout."],
               user=["Raise the server timeout; retry later."],
               admin=["Check content-filter latency after DATA."]),
         cause("client-configuration",
               title="Large attachment on a slow upload",
               desc="The upload takes longer than the timeout allows.",
               checks=["Compare message size with upload speed and timeout setting."],
               user=["Raise the server timeout; send large files as a link."]),
         cause("network-interference",
               title="Outgoing mail scanner or firewall",
               desc="Security software holds the outgoing message or a firewall drops the "
                    "traffic.",
               checks=["Send with outgoing mail scanning off or from another network."],
               user=["Turn off outgoing mail scanning."]),
         cause("sender-rejected",
               title="Send-As permission problem (Exchange SMTP)",
               desc="On Exchange SMTP, sending as an address the account may not use stalls or "
                    "fails.",
               checks=["Compare the From address with the logon account; look for a late 5xx "
                       "text about 'send as'."],
               user=["Send from the account's own address."],
               admin=["Grant Send-As for the address, if legitimate."]),
     ])

code("0x80042108",
     title="Cannot connect to the incoming (POP3) server",
     meaning="Outlook failed to reach its POP3 server (meaning as given in field reports; no "
             "Microsoft article confirms it).",
     client="Outlook is unable to connect to your incoming (POP3) e-mail server.",
     trace="No TCP session or no '+OK' greeting from the POP3 server.",
     causes=[
         cause("connection-refused",
               title="Connection refused or server down",
               desc="Nothing accepts the connection on the configured port.",
               checks=["'Test-NetConnection <pop-server> -Port 995' (or 110).",
                       "'telnet <pop-server> 110' should greet with '+OK'."],
               user=["Check server and port; report an outage to the provider."]),
         cause("wrong-port-or-security",
               title="Wrong incoming server, port or encryption",
               desc="Server name, port or SSL setting do not match the provider's.",
               checks=["Compare with the documented pair: 110 STARTTLS or 995 SSL/TLS."],
               user=["Correct the incoming server settings."]),
         cause("network-interference",
               title="Firewall or anti-virus blocks Outlook",
               desc="Local security software blocks Outlook's connection.",
               checks=["Retry with the firewall/e-mail scanning off or on another network."],
               user=["Allow Outlook in the firewall."]),
     ])

code("0x80042109",
     title="Cannot connect to the outgoing (SMTP) server",
     meaning="Outlook failed to reach its SMTP server.",
     client="Outlook is unable to connect to your outgoing (SMTP) e-mail server.",
     trace="The connection to the SMTP port is unanswered or refused, or no '220' greeting "
           "arrives.",
     causes=[
         cause("network-interference",
               title="ISP blocks port 25 or firewall blocks Outlook",
               desc="The customer's ISP blocks outbound port 25, or local security software "
                    "blocks Outlook.",
               checks=["'Test-NetConnection <smtp-server> -Port 25' fails while '-Port 587' "
                       "works.",
                       "Retry from another network."],
               user=["Use port 587 with STARTTLS or 465 with SSL/TLS; allow Outlook in the "
                     "firewall."]),
         cause("wrong-port-or-security",
               title="Wrong SMTP port or encryption",
               desc="The port/encryption pair does not match the provider's.",
               checks=["Compare with the documented pair (587 STARTTLS / 465 SSL/TLS)."],
               user=["Correct the outgoing server settings."]),
         cause("connection-refused",
               title="SMTP server down or not listening",
               desc="The server refuses or does not answer on the port.",
               checks=["'telnet <smtp-server> 587' should greet with '220'."],
               user=["Report the outage to the provider."],
               admin=["Check the MTA is running and listening on the submission ports."]),
     ])

code("0x8004210C",
     title="Outlook send/receive error (meaning unconfirmed)",
     meaning="A code from Outlook's send/receive family whose exact meaning is not confirmed by "
             "a public source. Treat it like the neighbouring 0x800421xx codes: connection, "
             "timeout or authentication problems with the account's servers.",
     trace="No known signature; rely on what the protocol trace itself shows.",
     source="Outlook send/receive field reports; no primary source found for its meaning",
     causes=[
         cause("unknown",
               title="Unconfirmed cause",
               desc="No documented cause; the protocol trace decides.",
               checks=["Take a troubleshooting log and look for the first protocol error, "
                       "timeout or disconnect before the code."],
               user=["Check the account's server names, ports, encryption, timeouts and "
                     "password."]),
     ])

code("0x800420CB",
     title="Received mail cannot be stored",
     meaning="Outlook downloaded mail but could not store it in the data file.",
     trace="The POP3 dialogue completes normally (RETR '+OK' and body) but the item is not "
           "saved.",
     causes=[
         cause("client-configuration",
               title="Data file damaged or delivery location unavailable",
               desc="The PST is damaged, read-only, or on a drive that is not available.",
               checks=["Check the data file's location, size and read-only flag; run the Inbox "
                       "Repair Tool (scanpst.exe)."],
               user=["Repair the data file with scanpst.exe; point delivery at an available "
                     "data file."]),
         cause("quota-exceeded",
               title="Data file at its size limit",
               desc="The PST has reached its maximum size (2 GB for old ANSI files).",
               checks=["Check the PST size and format (ANSI or Unicode)."],
               user=["Archive or move items to a new Unicode data file."]),
     ])

code("0x80040119",
     title="MAPI extended error (data file)",
     meaning="MAPI's catch-all 'see extended error' code. For POP3/IMAP accounts the usual "
             "reason is a data file that is damaged or cannot be reached; Exchange users also "
             "met it while the offline address book downloaded.",
     client="An unknown error occurred, error code: 0x80040119",
     trace="Mail traffic looks fine; the error comes when Outlook saves the item into its "
           "local store.",
     causes=[
         cause("client-configuration",
               title="Damaged data file (PST)",
               desc="The data file used for delivery is damaged.",
               checks=["Run the Inbox Repair Tool (scanpst.exe) on the data file."],
               user=["Repair the data file; if that fails, create a new PST or profile."]),
         cause("quota-exceeded",
               title="Data file at its size limit",
               desc="The PST is full.",
               checks=["Check the PST size and format."],
               user=["Archive items or move to a new Unicode PST."]),
         cause("unknown",
               title="Offline address book download failure (Exchange)",
               desc="Seen with Exchange accounts while downloading the offline address book.",
               checks=["Does the error appear only during address book download?"],
               user=["Retry the address book download."],
               admin=["Check the offline address book configuration."]),
     ])

code("0x80040600",
     title="Data file (message store) corrupt",
     meaning="Outlook's local data file (PST) is damaged.",
     client="An unknown error occurred, error code: 0x80040600",
     trace="The protocol trace is normal; opening or writing the local store fails.",
     causes=[
         cause("client-configuration",
               title="PST damaged",
               desc="The data file was damaged by an unclean shutdown, storage on a network "
                    "share, or a disk problem.",
               checks=["Run scanpst.exe on the data file."],
               user=["Repair the data file with scanpst.exe; keep PST files on a local disk."]),
         cause("quota-exceeded",
               title="Old ANSI PST at the 2 GB limit",
               desc="ANSI-format data files break near 2 GB.",
               checks=["Check the PST's format and size."],
               user=["Move items to a new Unicode PST."]),
     ])

code("0x80040116",
     title="Data file cannot be accessed",
     meaning="A disk or I/O error occurred accessing the MAPI store.",
     trace="Not visible in the protocol trace.",
     causes=[
         cause("client-configuration",
               title="PST damaged, locked or unavailable",
               desc="The data file is damaged, read-only, locked by another program, or on a "
                    "drive that is not available.",
               checks=["Check that the PST exists, is not read-only and is not open in another "
                       "program; run chkdsk/scanpst."],
               user=["Close programs holding the file, clear the read-only flag, repair it."]),
     ])

code("0x8004010F",
     title="MAPI object not found",
     meaning="A MAPI object - often the data file or a profile entry - was not found.",
     trace="Not visible in the protocol trace.",
     causes=[
         cause("client-configuration",
               title="Profile points to a missing data file",
               desc="The mail profile refers to a data file or entry that no longer exists.",
               checks=["Check the profile's data files and the account's delivery location."],
               user=["Repoint the delivery location; repair or recreate the profile."]),
     ])

code("0x80040115",
     title="MAPI network error",
     meaning="A network error at MAPI level, mostly on Exchange (MAPI/RPC) connections rather "
             "than POP3/IMAP.",
     trace="Outside the Internet mail transports; look at the RPC/HTTP (Exchange) traffic.",
     causes=[
         cause("network-interference",
               title="Connection to Exchange lost",
               desc="The network to the Exchange server failed, or RPC/HTTP is blocked.",
               checks=["Check connectivity to the Exchange server; Outlook's connection status "
                       "dialog."],
               user=["Restore the network connection and retry."],
               admin=["Check Exchange connectivity (RPC/HTTP, proxies)."]),
     ])

# ======================================================================================
# protocol replies: our meaning and client mapping, keyed by (protocol, reply) of the TSV
# ======================================================================================
REPLY_TEXT: dict[tuple[str, str], tuple[str, str]] = {
    ("SMTP", "220 (banner)"): (
        "The server is ready and greets the client.",
        "Not an error; the client tags the greeting with the status value 0x000CCC72."),
    ("SMTP", "250 / 235 / 334 / 354"): (
        "Positive replies: action done (250), logon accepted (235), AUTH challenge (334), go "
        "ahead with message data (354).",
        "Not errors; the client tags them with the status values 0x000CCC74, 0x000CCC79, "
        "0x000CCC78 and 0x000CCC76."),
    ("SMTP", "421"): (
        "The server will not serve now and closes the connection (overload, rate limit, "
        "timeout, shutdown).",
        "Reported as 0x800CCC67; if the client notices the close before it reads the reply, it "
        "reports 0x800CCC0F instead."),
    ("SMTP", "450"): (
        "Mailbox temporarily unavailable: busy, greylisted, or a temporary policy refusal.",
        "0x800CCC68 in general; 0x800CCC78 when it answers MAIL FROM, 0x800CCC79 when it "
        "answers RCPT TO."),
    ("SMTP", "451"): (
        "Local processing error, try later - including strict servers refusing bare LF line "
        "ends, and temporary DNS or virus-scanner failures.",
        "0x800CCC6A in general (typically after DATA); 0x800CCC78 / 0x800CCC79 when it answers "
        "MAIL FROM / RCPT TO."),
    ("SMTP", "452"): (
        "Temporarily out of storage, or too many recipients for one message.",
        "0x800CCC6C in general; 0x800CCC79 when it answers RCPT TO."),
    ("SMTP", "454"): (
        "TLS not available in reply to STARTTLS, or a temporary authentication failure (RFC "
        "4954).",
        "Reported as 0x800CCC7F."),
    ("SMTP", "500"): (
        "Command not recognised, or line too long.",
        "Reported as 0x800CCC62."),
    ("SMTP", "501"): (
        "Syntax error in the arguments: bad HELO name, bad address, bad AUTH data.",
        "0x800CCC63 in general; 0x800CCC78 / 0x800CCC79 when it answers MAIL FROM / RCPT TO."),
    ("SMTP", "502"): (
        "Command not implemented, e.g. AUTH on a relay-only server.",
        "Reported as 0x800CCC64."),
    ("SMTP", "503"): (
        "Commands out of sequence: AUTH not enabled or already done, RCPT before MAIL, DATA "
        "without accepted recipients.",
        "0x800CCC65 in general; 0x800CCC78 / 0x800CCC79 when it answers MAIL FROM / RCPT TO."),
    ("SMTP", "504"): (
        "Command parameter not implemented, most often an unsupported AUTH mechanism.",
        "Reported as 0x800CCC66."),
    ("SMTP", "530"): (
        "Access denied until the client encrypts (STARTTLS, RFC 3207) or authenticates (RFC "
        "4954).",
        "Outlook Express reports every 530 as 0x800CCC7C; a 530 answering MAIL FROM is "
        "reported as 0x800CCC78."),
    ("SMTP", "534 / 538"): (
        "Authentication mechanism too weak (534), or encryption required for the mechanism "
        "(538).",
        "Not in the client's reply table, so reported as 0x800CCC61."),
    ("SMTP", "535"): (
        "Authentication credentials invalid.",
        "Not in the client's reply table: Outlook Express reports 0x800CCC61; Outlook usually "
        "asks for the password again (its code is not verified)."),
    ("SMTP", "550"): (
        "Mailbox unavailable: unknown user, relaying denied, or a policy refusal.",
        "0x800CCC69 when it comes at another stage (e.g. after DATA); 0x800CCC78 when it "
        "answers MAIL FROM, 0x800CCC79 when it answers RCPT TO."),
    ("SMTP", "550 5.7.1 (relay denied)"): (
        "The server will not relay to another domain for a client that has not "
        "authenticated.",
        "Reported as 0x800CCC79, since it answers RCPT TO."),
    ("SMTP", "551"): (
        "User not local; the server names another forward path.",
        "0x800CCC6B in general; 0x800CCC79 when it answers RCPT TO."),
    ("SMTP", "552"): (
        "Storage allocation exceeded: message too large or mailbox full.",
        "0x800CCC6D in general (after DATA); 0x800CCC78 / 0x800CCC79 when it answers MAIL FROM "
        "/ RCPT TO."),
    ("SMTP", "553"): (
        "Mailbox name not allowed: bad syntax, or a sender address the logged-on user does not "
        "own.",
        "0x800CCC6E in general; 0x800CCC78 when it answers MAIL FROM, 0x800CCC79 when it "
        "answers RCPT TO."),
    ("SMTP", "554"): (
        "Permanent failure - either the server turns the client away in its greeting "
        "(blocked address, no service) or it refuses the message content after DATA.",
        "0x800CCC6F in general; 0x800CCC78 / 0x800CCC79 when it answers MAIL FROM / RCPT TO."),
    ("SMTP", "malformed reply line"): (
        "A line without a three-digit code followed by space or hyphen - another service on "
        "the port, TLS bytes, or proxy text.",
        "Reported as 0x800CCC60."),
    ("SMTP", "EHLO without STARTTLS"): (
        "STARTTLS missing from the EHLO extensions while the account demands it.",
        "Reported as 0x800CCC7D before any STARTTLS is sent."),
    ("SMTP", "EHLO without DSN"): (
        "DSN (RFC 3461) missing from the EHLO extensions while the message asks for "
        "delivery notifications.",
        "Reported as 0x800CCC7E, which is error-valued despite its S_ name."),
    ("POP3", "+OK"): (
        "Positive reply.",
        "Not an error (S_OK)."),
    ("POP3", "-ERR (after USER)"): (
        "The user name is refused: unknown, disabled, or in the wrong format.",
        "Reported as 0x800CCC91 at the USER step."),
    ("POP3", "-ERR (after PASS)"): (
        "The logon is refused at the password step - bad credentials, or a lock, delay or "
        "system condition answered at PASS.",
        "Reported as 0x800CCC92 at the PASS step, whatever the reason in the text."),
    ("POP3", "-ERR (after AUTH, SPA/NTLM)"): (
        "The SPA/NTLM logon fails: refused exchange, or no security package offered.",
        "Reported as 0x800CCC18 during Secure Password Authentication."),
    ("POP3", "-ERR (other commands: STAT/LIST/UIDL/RETR/DELE/TOP)"): (
        "A transaction command failed on the server.",
        "Reported as 0x800CCC90 for any command other than USER and PASS."),
    ("POP3", "+OK with unparsable STAT/LIST/UIDL line"): (
        "A positive reply without the numeric fields the client needs, e.g. a blank UIDL "
        "entry.",
        "Reported as 0x800CCC93 while reading the STAT/LIST/UIDL reply."),
    ("POP3", "STAT count vs UIDL/LIST numbering mismatch"): (
        "The message numbers in UIDL/LIST go beyond the STAT count, have gaps, or replies are "
        "shifted - the server contradicts itself.",
        "The client detects it itself and reports 0x800CCC97; there is no error line from the "
        "server."),
    ("POP3", "-ERR [IN-USE] (RFC 2449)"): (
        "Another session holds the mailbox lock; come back later.",
        "0x800CCC92 when it answers PASS; field reports also show 0x800CCC0B (busy) and "
        "0x800CCC90 for the same reply."),
    ("POP3", "-ERR [LOGIN-DELAY] (RFC 2449)"): (
        "Logons come too often; the minimum interval is announced as LOGIN-DELAY in CAPA.",
        "0x800CCC92 when it answers PASS, otherwise 0x800CCC90."),
    ("POP3", "-ERR [SYS/TEMP] (RFC 3206)"): (
        "A temporary server-side problem unrelated to the credentials; retry later.",
        "0x800CCC92 when it answers PASS, otherwise 0x800CCC90."),
    ("POP3", "-ERR [SYS/PERM] (RFC 3206)"): (
        "A permanent server-side problem that needs the administrator.",
        "0x800CCC92 when it answers PASS, otherwise 0x800CCC90."),
    ("POP3", "-ERR [AUTH] (RFC 3206)"): (
        "The failure is due to the credentials: wrong password, or the logon method is "
        "disabled.",
        "Reported as 0x800CCC92."),
    ("POP3", "CAPA RESP-CODES / LOGIN-DELAY n (RFC 2449)"): (
        "The server announces that it sends bracketed response codes, or its minimum interval "
        "between logons.",
        "No code of its own; context for reading later -ERR replies."),
    ("POP3", "connection closed without -ERR"): (
        "The server or a device on the path drops the session - after the greeting or in the "
        "middle of a RETR.",
        "Reported as 0x800CCC0F."),
    ("IMAP", "* OK (greeting) / * PREAUTH"): (
        "The server is ready, or the session is already authenticated.",
        "Not an error (S_OK)."),
    ("IMAP", "greeting not * OK / * PREAUTH / * BYE"): (
        "The port speaks another protocol, or TLS.",
        "Reported as 0x800CCCD5 at connect."),
    ("IMAP", "* BYE (greeting)"): (
        "The server refuses the connection in its greeting.",
        "Reported as 0x800CCCD9 at connect."),
    ("IMAP", "* BYE (unsolicited, mid-session)"): (
        "The server ends the session on its own - idle timeout, administrator action, limits.",
        "Reported as 0x800CCCDD when it arrives without a LOGOUT."),
    ("IMAP", "tagged NO to LOGIN"): (
        "The logon is refused.",
        "Reported as 0x800CCCD1."),
    ("IMAP", "tagged NO (other commands)"): (
        "A command is refused: permissions, missing mailbox, quota and so on.",
        "Reported as 0x800CCCD2 for commands other than LOGIN."),
    ("IMAP", "tagged BAD"): (
        "Syntax or state error in the command.",
        "Reported as 0x800CCCD3."),
    ("IMAP", "[ALERT] (RFC 3501)"): (
        "A message meant for the user's eyes, such as a password-expiry or service notice.",
        "Shown to the user as a server alert; no error value."),
    ("IMAP", "[TRYCREATE] (RFC 3501)"): (
        "The target mailbox of APPEND/COPY does not exist and must be created first.",
        "Reported as 0x800CCCD2."),
    ("IMAP", "[AUTHENTICATIONFAILED] (RFC 5530)"): (
        "Wrong credentials, or the mechanism failed.",
        "0x800CCCD1 on LOGIN; 0x800CCCE0 when every mechanism has failed."),
    ("IMAP", "[AUTHORIZATIONFAILED] (RFC 5530)"): (
        "Logged on fine, but that identity is not allowed to use the requested mailbox.",
        "Reported as 0x800CCCD1."),
    ("IMAP", "[EXPIRED] (RFC 5530)"): (
        "The password or the account has expired.",
        "Reported as 0x800CCCD1."),
    ("IMAP", "[PRIVACYREQUIRED] (RFC 5530)"): (
        "The operation needs an encrypted (TLS) connection.",
        "0x800CCCD1 when it answers LOGIN, otherwise 0x800CCCD2."),
    ("IMAP", "[CONTACTADMIN] (RFC 5530)"): (
        "The user must contact the administrator.",
        "0x800CCCD1 on LOGIN, 0x800CCCD2 on other commands."),
    ("IMAP", "[UNAVAILABLE] (RFC 5530)"): (
        "Temporary failure, e.g. the back end is unavailable; retry later.",
        "0x800CCCD1 when it answers LOGIN, otherwise 0x800CCCD2."),
    ("IMAP", "[INUSE] (RFC 5530)"): (
        "The resource is in use by another session or process.",
        "0x800CCCD2; 0x800CCCD1 when it answers LOGIN."),
    ("IMAP", "[OVERQUOTA] (RFC 5530)"): (
        "Quota exceeded, typically on APPEND or COPY.",
        "Reported as 0x800CCCD2."),
    ("IMAP", "[NOPERM] (RFC 5530)"): (
        "The access control list forbids the operation.",
        "Reported as 0x800CCCD2."),
    ("IMAP", "[LIMIT] (RFC 5530)"): (
        "A server limit was reached, e.g. too many connections or folders.",
        "0x800CCCD2 on a command; 0x800CCCD9 when it comes in a BYE greeting."),
    ("IMAP", "[CANNOT] / [ALREADYEXISTS] / [NONEXISTENT] (RFC 5530)"): (
        "The operation is impossible, the target already exists, or the target is missing.",
        "Reported as 0x800CCCD2."),
    ("IMAP", "[SERVERBUG] / [CLIENTBUG] / [CORRUPTION] (RFC 5530)"): (
        "A server fault, something wrong sent by the client, or damaged data.",
        "0x800CCCD2 with NO; 0x800CCCD3 with BAD."),
    ("IMAP", "[EXPUNGEISSUED] (RFC 5530)"): (
        "Another session expunged a message while the command ran.",
        "Reported as 0x800CCCD2; it may come before 0x800CCCDB / 0x800CCCDC sequencing "
        "trouble."),
    ("IMAP", "UIDs not strictly ascending in FETCH"): (
        "UIDs do not increase together with the message sequence numbers.",
        "The client detects it and reports 0x800CCCDC."),
    ("IMAP", "UID changes for a sequence number in-session"): (
        "The server changes a message's UID unexpectedly.",
        "The client detects it and reports 0x800CCCDB."),
    ("IMAP", "CAPABILITY without usable AUTH= / LOGINDISABLED"): (
        "No authentication method in common (or logon disabled until TLS).",
        "Reported as 0x800CCCDF before any logon is attempted."),
    ("HTTPMail", "HTTP 305/400/401/403/404/405/406/407/408/409/410/411/412/500/501/502"): (
        "HTTP status returned by the WebDAV mail endpoint.",
        "Each status has its own code, 0x800CCC30 to 0x800CCC3F in the order listed (305 -> "
        "0x800CCC30 ... 502 -> 0x800CCC3F)."),
    ("HTTPMail", "HTTP 503/504/505/425 or 507"): (
        "Service unavailable, gateway timeout, HTTP version not supported, insufficient "
        "storage.",
        "503 -> 0x800CCCF0, 504 -> 0x800CCCF1, 505 -> 0x800CCCF2, 425 or 507 -> 0x800CCCF3."),
    ("NNTP", "411"): (
        "No such newsgroup.",
        "Reported as 0x800CCCA5 when it answers GROUP."),
    ("NNTP", "423 / 430"): (
        "No article with that number / article not found.",
        "0x800CCCA6 for ARTICLE, 0x800CCCA7 for HEAD, 0x800CCCA8 for BODY."),
    ("NNTP", "440 / 441"): (
        "Posting not allowed / posting failed.",
        "Reported as 0x800CCCA9."),
    ("NNTP", "480 / 481 / 482 / 502"): (
        "Authentication required, rejected, out of sequence, or permission denied.",
        "0x800CCCAE after AUTHINFO; otherwise the code of the command that was refused."),
}


# ======================================================================================
# generation
# ======================================================================================
@dataclass
class CodeRow:
    value: int          # unsigned 32-bit
    symbol: str | None
    family: str


@dataclass
class ReplyRow:
    protocol: str
    reply: str
    maps_to: str


def read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if any(r)]
    return rows[1:]  # header


def read_codes(reference: Path) -> list[CodeRow]:
    out: dict[int, CodeRow] = {}
    for r in read_tsv(reference / "error-codes.tsv"):
        hexval, symbol, protocol = r[0].strip(), r[1], r[2]
        if not re.fullmatch(r"0x[0-9A-Fa-f]{8}", hexval):
            raise SystemExit(f"error-codes.tsv: bad hresult {hexval!r}")
        value = int(hexval, 16)
        if value in out:
            raise SystemExit(f"error-codes.tsv: {hexval} listed twice")
        out[value] = CodeRow(value, symbol_of(symbol), family_of(value, protocol))
    return sorted(out.values(), key=lambda c: c.value)


def read_replies(reference: Path) -> list[ReplyRow]:
    out = []
    for r in read_tsv(reference / "protocol-replies.tsv"):
        protocol = r[0].strip()
        if protocol.lower() == "protocol":   # a stray repeated header row
            continue
        if protocol not in PROTOCOLS:
            raise SystemExit(f"protocol-replies.tsv: unknown protocol {protocol!r}")
        out.append(ReplyRow(protocol, r[1].strip(), r[3].strip() if len(r) > 3 else ""))
    return out


def cause_id(unsigned: int, c: Cause) -> str:
    return f"{hex_of(unsigned)}.{c.category}" + (f".{c.qualifier}" if c.qualifier else "")


def validate(codes: list[CodeRow], replies: list[ReplyRow]) -> None:
    problems = []
    tsv_values = {c.value for c in codes}
    for v in sorted(tsv_values - TEXT.keys()):
        problems.append(f"{hex_of(v)}: in error-codes.tsv but no catalog text")
    for v in sorted(TEXT.keys() - tsv_values):
        problems.append(f"{hex_of(v)}: catalog text for a value not in error-codes.tsv")
    seen_ids: set[str] = set()
    for c in codes:
        t = TEXT.get(c.value)
        if t is None:
            continue
        family = t.family or c.family
        if family not in FAMILIES:
            problems.append(f"{hex_of(c.value)}: family {family!r}")
        success = not (c.value & 0x80000000)
        if not success and not t.causes:
            problems.append(f"{hex_of(c.value)}: error code without causes")
        for k in t.causes:
            cid = cause_id(c.value, k)
            if k.category not in CATEGORIES:
                problems.append(f"{cid}: category {k.category!r}")
            if k.qualifier and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", k.qualifier):
                problems.append(f"{cid}: qualifier must be lower-case words with hyphens")
            if cid in seen_ids:
                problems.append(f"{cid}: duplicate cause id")
            seen_ids.add(cid)
            if not (k.title and k.description and k.checks and k.user):
                problems.append(f"{cid}: needs title, description, a check and a user remedy")
    keys = [(r.protocol, r.reply) for r in replies]
    for k in keys:
        if k not in REPLY_TEXT:
            problems.append(f"reply {k}: in protocol-replies.tsv but no catalog text")
    for k in REPLY_TEXT.keys() - set(keys):
        problems.append(f"reply {k}: catalog text for a reply not in protocol-replies.tsv")
    if len(set(keys)) != len(keys):
        problems.append("protocol-replies.tsv: duplicate (protocol, reply) rows")
    if problems:
        raise SystemExit("catalog data problems:\n  " + "\n  ".join(problems))


def referenced_codes(maps_to: str, index: dict[int, int]) -> list[int]:
    """Indices of the catalog codes a maps_to_hresult cell names (full 32-bit values;
    'A..B' ranges are expanded; values not in the catalog are ignored)."""
    found: list[int] = []
    for m in CODE_REF_RE.finditer(maps_to):
        lo = int(m.group(1), 16)
        hi = int(m.group(2), 16) if m.group(2) else lo
        for v in sorted(index):
            if lo <= v <= hi and index[v] not in found:
                found.append(index[v])
    return found


def attr(name: str, value: str | None) -> str:
    return "" if value is None else f" {name}={quoteattr(value)}"


def render(codes: list[CodeRow], replies: list[ReplyRow]) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<!-- Generated by tools/catalog/build_catalog.py - edit the script, not this file. -->",
           f'<mailscope:Catalog xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" '
           f'xmlns:mailscope="{NS_URI}"{attr("name", CATALOG_NAME)}'
           f'{attr("version", CATALOG_VERSION)}>']
    index = {c.value: i for i, c in enumerate(codes)}
    for c in codes:
        t = TEXT[c.value]
        success = not (c.value & 0x80000000)
        head = ("  <codes"
                + attr("value", str(signed32(c.value)))
                + attr("symbol", c.symbol)
                + attr("family", t.family or c.family)
                + attr("title", t.title)
                + attr("meaning", t.meaning)
                + attr("clientMessage", t.client)
                + attr("traceSignal", t.trace)
                + (attr("success", "true") if success else "")
                + attr("source", t.source or default_source(c.value)))
        if not t.causes:
            out.append(head + "/>")
            continue
        out.append(head + ">")
        for k in t.causes:
            out.append("    <causes" + attr("id", cause_id(c.value, k))
                       + attr("category", k.category) + attr("title", k.title)
                       + attr("description", k.description) + ">")
            for tag, items in (("checks", k.checks), ("userRemedies", k.user),
                               ("adminRemedies", k.admin)):
                out.extend(f"      <{tag}>{escape(s)}</{tag}>" for s in items)
            out.append("    </causes>")
        out.append("  </codes>")
    for r in replies:
        meaning, mapping = REPLY_TEXT[(r.protocol, r.reply)]
        refs = referenced_codes(r.maps_to, index)
        out.append("  <replies" + attr("protocol", r.protocol) + attr("reply", r.reply)
                   + attr("meaning", meaning) + attr("clientMapping", mapping)
                   + (attr("errorCodes", " ".join(f"//@codes.{i}" for i in refs)) if refs else "")
                   + "/>")
    out.append("</mailscope:Catalog>")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reference", required=True, type=Path,
                    help="directory holding error-codes.tsv and protocol-replies.tsv")
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                    help=f"XMI file to write (default: {DEFAULT_OUTPUT})")
    args = ap.parse_args(argv)
    codes = read_codes(args.reference)
    replies = read_replies(args.reference)
    validate(codes, replies)
    text = render(codes, replies)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    n_causes = sum(len(TEXT[c.value].causes) for c in codes)
    print(f"wrote {args.output}: {len(codes)} codes, {n_causes} causes, {len(replies)} replies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
