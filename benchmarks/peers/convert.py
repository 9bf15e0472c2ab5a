#!/usr/bin/env python3
"""Builds the protocol peer set (benchmarks/peers/) from other mail projects' test transcripts.

Run once by a developer against git snapshots of the source repositories (paths given on the command line);
the result (transcripts/, manifest.tsv) is committed, this script documents the conversion rule. It copies data
only: transcripts and the server replies their tests replay, never program code. See README.md for the rules.

usage: convert.py JAMES_GIT EXIM_GIT MAILKIT_GIT
"""
import hashlib, os, re, subprocess, sys

OUT = os.path.dirname(os.path.abspath(__file__))
SOURCES = {
    'james': ('apache/james-project', 'Apache-2.0'),
    'exim': ('Exim/exim', 'GPL-2.0-or-later'),
    'mailkit': ('jstedfast/MailKit', 'MIT'),
}


def git(repo, *args):
    return subprocess.run(['git', '--git-dir', repo, *args], check=True, capture_output=True).stdout


def show(repo, path):
    return git(repo, 'show', 'HEAD:' + path).decode('utf-8', 'replace')


# ---------------------------------------------------------------- oracle: which client lines are commands
LITERAL = re.compile(r'\{(\d{1,9})(\+?)\}$')
IMAP_TAG = re.compile(r'^[^\x00-\x20\x7f(){%*"\\+]+$')  # ASTRING-CHARs except "+" (RFC 9051 9)


def octets(text):
    return len(text.encode('utf-8')) + 2  # the line and its CRLF


def read_literal(text, remaining, rest):
    """One line of a literal, or the rest of the line after it: returns the new (remaining octets, rest pending)."""
    raw = text.encode('utf-8')
    if not rest and len(raw) + 2 <= remaining:
        remaining -= len(raw) + 2
        return remaining, remaining == 0  # a literal that ends with the line leaves the next line to its command
    after = text if rest else raw[remaining:].decode('utf-8', 'replace')
    m = LITERAL.search(after)
    if m:
        n = int(m.group(1))
        return n, n == 0
    return 0, False


def classify(protocol, lines):
    """Independent of Mailscope: returns (command line indexes, label) of a transcript [(dir, text)].

    A client line is a command unless it is literal data (IMAP {n}/{n+} counted in octets, each line + CRLF),
    an SMTP DATA body (after 354 up to "."), a BDAT chunk (counted in octets), or the answer to a server
    continuation ("+ ..." / "334 ...") of AUTH/AUTHENTICATE/IDLE/APPEND.
    """
    commands = []
    client_literal = 0      # octets of client literal data still expected
    client_rest = False     # a literal ended with a line: the next client line is the rest of its command line
    server_rest = False
    server_literal = 0
    in_data = False
    smtp_queue = []         # SMTP commands not answered yet (pipelining): replies come in order
    bdat = 0
    continuation = False    # the server asked for a continuation line
    last_verb = ''
    pending_literal_tag = None
    greeted = False
    label = 'healthy'
    failures = False
    tls_ok_at = None
    saw_tls_started = False
    ended = refused = False
    event = None            # index of the line that refuses or ends the session
    for i, (d, text) in enumerate(lines):
        if d == 'E':  # event line (TLS started / failed)
            if 'failed' in text:
                return commands, 'tls-incomplete', i
            saw_tls_started = True
            tls_ok_at = None  # the handshake completed
            continue
        if d == 'C':
            if tls_ok_at is not None:
                tls_ok_at = None  # the client went on: the handshake completed
            if client_literal > 0 or client_rest:
                client_literal, client_rest = read_literal(text, client_literal, client_rest)
                continue
            if in_data:
                if text == '.':
                    in_data = False
                continue
            if bdat > 0:
                bdat -= octets(text)
                if bdat < 0:
                    return None, None, None  # a chunk ends inside a line: the rest of the line is another command
                continue
            if continuation:
                continuation = False
                if text.upper() == 'DONE' or last_verb in ('AUTH', 'AUTHENTICATE', 'IDLE') or last_verb == '*':
                    continue
            if not text.strip():
                continue  # an empty client line outside data is no command (servers skip it)
            if protocol == 'IMAP' and (len(text.split()) < 2 or not IMAP_TAG.match(text.split()[0])):
                continue  # no tag and verb, no IMAP command (RFC 9051 "command = tag SP command-any ...")
            commands.append(i)
            words = text.split()
            if protocol == 'IMAP':
                last_verb = words[1].upper() if len(words) > 1 else ''
                m = LITERAL.search(text)
                if m:
                    client_literal = int(m.group(1))
                    client_rest = client_literal == 0  # {0}: the next line is the rest of the command at once
                    pending_literal_tag = words[0]
            else:
                last_verb = words[0].upper() if words else ''
                if protocol == 'SMTP':
                    smtp_queue.append(last_verb)
                if protocol == 'SMTP' and last_verb == 'DATA':
                    in_data = True  # the body follows; a refusal of DATA (not 354) ends it
                if protocol == 'SMTP' and last_verb == 'BDAT' and len(words) > 1 and words[1].isdigit():
                    bdat = int(words[1])
            continue
        # server line
        if server_literal > 0 or server_rest:
            server_literal, server_rest = read_literal(text, server_literal, server_rest)
            continue
        first_server = not greeted
        greeted = True
        if protocol == 'IMAP':
            m = LITERAL.search(text)
            if m and not text.startswith('+'):
                server_literal = int(m.group(1))
                server_rest = server_literal == 0
            if text == '+' or text.startswith('+ '):
                continuation = True
                continue
            w = text.split(' ', 2)
            if len(w) > 1 and pending_literal_tag and w[0] == pending_literal_tag:
                client_literal, client_rest = 0, False  # the command is answered: its literal is over (or refused)
            if text.upper().startswith('* BYE') and not refused and not ended:
                if first_server and not commands:
                    refused, event = True, i
                elif last_verb != 'LOGOUT':
                    ended, event = True, i
            if len(w) > 1 and w[0] != '*' and w[1].upper() in ('NO', 'BAD'):
                failures = True
            if len(w) > 1 and w[0] != '*' and w[1].upper() == 'OK' and last_verb == 'STARTTLS':
                tls_ok_at = i
        elif protocol == 'POP3':
            if text.startswith('-ERR'):
                if first_server and not commands:
                    refused, event = True, i
                failures = True
            if text == '+' or text.startswith('+ '):
                continuation = True
            if text.startswith('+OK') and last_verb == 'STLS':
                tls_ok_at = i
        else:
            code = text[:3]
            final = len(text) == 3 or text[3:4] != '-'
            if not final:
                continue
            head = smtp_queue[0] if smtp_queue else None
            if code[:1] != '3' and smtp_queue:
                smtp_queue.pop(0)
                if head == 'BDAT':
                    bdat = 0  # answered: the server read the whole chunk
                if head == 'DATA':
                    in_data = False  # answered: the body is over (or was refused)
            if code == '334':
                continuation = True
            elif code == '354':
                if head != 'DATA':
                    in_data = True  # a DATA the transcript does not show
            elif code in ('554', '421') and first_server and not commands:
                refused, event = True, i
            elif code == '421' and not ended:
                ended, event = True, i
            elif code[:1] in ('4', '5'):
                failures = True
            elif code == '220' and last_verb == 'STARTTLS':
                tls_ok_at = i
    if refused:
        label = 'refused'
    elif ended:
        label = 'ended'
    elif tls_ok_at is not None:
        label, event = 'tls-incomplete', tls_ok_at
    elif failures:
        label = 'errors'
    return commands, label, event


# ---------------------------------------------------------------- output
peers = []  # (id, protocol, side, source, path, commit, label, lines, commands)
seen = set()


def add(pid, protocol, side, source, path, commit, lines):
    if not any(d == 'C' for d, _ in lines) and not any(d == 'S' for d, _ in lines):
        return
    key = hashlib.sha1(repr((protocol, lines)).encode()).hexdigest()
    if key in seen:
        return
    seen.add(key)
    commands, label, event = classify(protocol, lines)
    if label is None:
        return
    peers.append((pid, protocol, side, source, path, commit, label, lines, commands, event))


def write():
    tdir = os.path.join(OUT, 'transcripts')
    os.makedirs(tdir, exist_ok=True)
    for f in os.listdir(tdir):
        os.remove(os.path.join(tdir, f))
    with open(os.path.join(OUT, 'manifest.tsv'), 'w', encoding='utf-8') as m:
        m.write('id\tprotocol\tside\trepository\tpath\tcommit\tlicence\tlabel\tevent_line\tcommand_lines\n')
        for pid, protocol, side, source, path, commit, label, lines, commands, event in peers:
            with open(os.path.join(tdir, pid + '.txt'), 'w', encoding='utf-8', newline='\n') as t:
                for d, text in lines:
                    t.write((text if d == 'E' else d + ': ' + text) + '\n')
            repo, licence = SOURCES[source]
            numbers = ','.join(str(i + 1) for i in commands)  # 1-based source line numbers
            m.write('\t'.join([pid, protocol, side, repo, path, commit, licence, label,
                               '' if event is None else str(event + 1), numbers]) + '\n')


# ---------------------------------------------------------------- Apache James MPT scripts (server tests)
UNESCAPE = re.compile(r'\\(.)')


def james_server_text(text, next_text):
    text = re.sub(r'\((?:[^()]|\\\(|\\\))*\)\?', '', text)   # optional regex groups "(...)?" are left out
    text = text.replace('\\d+', '1').replace('\\d', '1')
    if re.fullmatch(r'\d{3}\.[*+]', text):                     # "250.*": the first line of a multi-line reply
        return text[:3] + ('-' if next_text and next_text.startswith(text[:3]) else ' ') + 'x'
    text = text.replace('.*', '').replace('.+', 'x')
    return UNESCAPE.sub(r'\1', text).rstrip()


def james(repo):
    commit = git(repo, 'rev-parse', 'HEAD').decode().strip()
    paths = [p for p in git(repo, 'ls-tree', '-r', '--name-only', 'HEAD').decode().splitlines()
             if p.endswith('.test') and '/mpt/impl/' in '/' + p and ('/imap/scripts/' in p or '/smtp/scripts/' in p)]
    for path in sorted(paths):
        protocol = 'SMTP' if '/smtp/' in path else 'IMAP'
        raw = show(repo, path).splitlines()
        if any(re.match(r'(SESSION:|REINIT|AWAIT|WAIT|TIMER)', l) for l in raw):
            continue  # concurrent or timed scripts: several interleaved sessions, not one transcript
        body = [l for l in raw if re.match(r'^[CS]:( |$)', l)]
        lines = []
        for n, l in enumerate(body):
            d, text = l[0], l[3:] if len(l) > 2 else ''
            if d == 'S':
                nxt = body[n + 1][3:] if n + 1 < len(body) and body[n + 1].startswith('S:') else None
                text = james_server_text(text, nxt)
                lines.append(('S', text))
            else:
                for part in text.split('\\r\\n'):   # "C: starttls\r\nmail from:<…>\r\n" = pipelined lines
                    if part or not text.endswith('\\r\\n'):
                        lines.append(('C', part))
                if text.endswith('\\r\\n') and text.split('\\r\\n')[-1] == '':
                    pass
        name = os.path.basename(path)[:-5]
        sub = 'acl-' if '/aclIntegration/' in path else ''
        add(('james-smtp-' if protocol == 'SMTP' else 'james-imap-') + sub + name, protocol, 'server', 'james', path,
            commit, lines)


# ---------------------------------------------------------------- Exim test suite, client program transcripts
def exim(repo):
    commit = git(repo, 'rev-parse', 'HEAD').decode().strip()
    for path in sorted(p for p in git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', 'test/stdout').decode().splitlines()):
        text = show(repo, path)
        if '\n<<< ' not in text and not text.startswith('<<< '):
            continue
        sessions, cur = [], None
        for l in text.splitlines():
            if l.startswith('Connecting to '):
                cur = []
                sessions.append(cur)
            elif cur is None:
                continue
            elif l == 'End of script':
                cur = None
            else:
                cur.append(l)
        for k, s in enumerate(sessions):
            if any(l.startswith('????') for l in s) or not any(l.startswith('<<< ') for l in s):
                continue  # "????250" skips server lines the transcript then does not show
            lines, ok = [], True
            for l in s:
                if l.startswith('<<< '):
                    lines.append(('S', l[4:]))
                elif l.startswith('>>> ') or l == '>>>':
                    # the client program sends the text and then CRLF: a text ending in \r\n also sends an empty line
                    lines.extend(('C', p) for p in l[4:].split('\\r\\n'))
                elif l.startswith('Succeeded in starting TLS'):
                    lines.append(('E', 'TLS started'))
                elif l.startswith('Failed to start TLS') or l.startswith('pretending'):
                    lines.append(('E', 'TLS negotiation failed'))
                elif l.startswith('??? ') or l.startswith('Attempting to start TLS') or l.startswith('Connecting') \
                        or l.startswith('Expected EOF') or l.startswith('expected EOF') or l.startswith('+++ ') \
                        or not l.strip() or l.startswith('*** '):
                    continue
                else:
                    ok = False  # a line the client program prints that has no agreed meaning here
                    break
            if any(d == 'C' and (t.upper().startswith('ATRN') or t.startswith('PROXY ') or '\\x' in t) for d, t in lines):
                ok = False  # ATRN/ODMR reverses the roles; PROXY protocol headers are no SMTP
            if ok and any(d == 'C' for d, _ in lines):
                add('exim-%s-%d' % (os.path.basename(path), k + 1), 'SMTP', 'server', 'exim', path, commit, lines)


# ---------------------------------------------------------------- MailKit replay tests (client library tests)
CS_STRING = r'"(?:[^"\\]|\\.)*"'
ENTRY = re.compile(r'^\s*new (Imap|Smtp|Pop3)ReplayCommand \((' + CS_STRING + r'), (' + CS_STRING
                   + r'|ImapReplayCommandResponse\.(?:OK|NO|BAD|Plus)|Encoding\.ASCII\.GetBytes \(' + CS_STRING + r'\))\)\)?,?\s*$')


def cs_unescape(s):
    s = s[1:-1]
    return re.sub(r'\\(r|n|t|"|\\)', lambda m: {'r': '\r', 'n': '\n', 't': '\t', '"': '"', '\\': '\\'}[m.group(1)], s)


def mailkit(repo):
    commit = git(repo, 'rev-parse', 'HEAD').decode().strip()
    files = [p for p in git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', 'UnitTests/Net').decode().splitlines()
             if p.endswith('Tests.cs') and ('/Imap/' in p or '/Smtp/' in p or '/Pop3/' in p)]
    for path in sorted(files):
        src = show(repo, path).splitlines()
        i = 0
        count = 0
        while i < len(src):
            m = re.search(r'new List<(Imap|Smtp|Pop3)ReplayCommand> \{\s*$', src[i])
            if not m:
                i += 1
                continue
            kind = m.group(1)
            start = i + 1
            entries, ok, j = [], True, i + 1
            while j < len(src) and not re.match(r'^\s*\};?\s*$', src[j]):
                e = ENTRY.match(src[j])
                if e is None or e.group(1) != kind:
                    ok = False
                entries.append(e)
                j += 1
            i = j + 1
            if not ok or not entries:
                continue
            protocol = kind.upper()
            lines = []
            for e in entries:
                command = cs_unescape(e.group(2))
                response = e.group(3)
                if command:
                    parts = command.split('\r\n')
                    if command.endswith('\r\n'):
                        parts = parts[:-1]
                    lines.extend(('C', p) for p in parts)
                if response.startswith('Encoding.ASCII.GetBytes ('):
                    reply = cs_unescape(response[len('Encoding.ASCII.GetBytes ('):-1])
                elif response.startswith('ImapReplayCommandResponse.'):
                    r = response.split('.')[1]
                    if r == 'Plus':
                        reply = '+\r\n'
                    else:
                        toks = command.split(' ')
                        cmd = (toks[2] if toks[1] == 'UID' else toks[1]).rstrip()
                        reply = '%s %s %s %s\r\n' % (toks[0], r, cmd, 'completed' if r == 'OK' else 'failed')
                else:
                    name = cs_unescape(response)
                    folder, _, rest = name.partition('.')
                    base = 'UnitTests/Net/%s/Resources/' % {'IMAP': 'Imap', 'SMTP': 'Smtp', 'POP3': 'Pop3'}[protocol]
                    try:
                        reply = show(repo, base + folder + '/' + rest) if rest and protocol != 'SMTP' else show(repo, base + name)
                    except subprocess.CalledProcessError:
                        try:
                            reply = show(repo, base + name)
                        except subprocess.CalledProcessError:
                            ok = False
                            break
                    if protocol == 'IMAP' and command:
                        reply = reply.replace('A########', command.split(' ')[0])
                reply = reply.replace('\r\n', '\n')
                parts = reply.split('\n')
                if reply.endswith('\n'):
                    parts = parts[:-1]
                lines.extend(('S', p) for p in parts)
            if not ok:
                continue
            count += 1
            add('mailkit-%s-%s-%d' % (protocol.lower(), os.path.basename(path)[:-3], start), protocol, 'client',
                'mailkit', path + '#L%d' % start, commit, lines)


if __name__ == '__main__':
    james(sys.argv[1])
    exim(sys.argv[2])
    mailkit(sys.argv[3])
    write()
    from collections import Counter
    print(len(peers), 'transcripts')
    print(Counter((p[1], p[2], p[6]) for p in peers))
