package io.mailscope.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Transcripts of a client sending a credential, in every credential syntax of POP3, IMAP and SMTP, answered by the
 * server that really listens at the port (so a credential typed at the wrong port is answered with that server's
 * errors, some of which echo the line), written down as each tool or client logs it.
 */
final class CredentialTranscripts {

    enum Server {
        POP3, IMAP, SMTP;

        static Server at(int port) {
            return switch (port) {
                case 110, 995 -> POP3;
                case 143, 993 -> IMAP;
                default -> SMTP;
            };
        }
    }

    /** A credential-carrying step of one protocol. */
    enum Credential {
        POP3_USER_PASS(Server.POP3), POP3_AUTH_PLAIN_CONTINUATION(Server.POP3), POP3_AUTH_LOGIN(Server.POP3),
        IMAP_LOGIN_ATOM(Server.IMAP), IMAP_LOGIN_QUOTED(Server.IMAP), IMAP_LOGIN_PASSWORD_LITERAL(Server.IMAP),
        IMAP_LOGIN_BOTH_LITERALS(Server.IMAP), IMAP_LOGIN_LITERAL_PLUS(Server.IMAP), IMAP_AUTHENTICATE_PLAIN_IR(Server.IMAP),
        IMAP_AUTHENTICATE_PLAIN_CONTINUATION(Server.IMAP), IMAP_AUTHENTICATE_XOAUTH2_CONTINUATION(Server.IMAP),
        SMTP_AUTH_PLAIN_IR(Server.SMTP), SMTP_AUTH_PLAIN_CONTINUATION(Server.SMTP), SMTP_AUTH_LOGIN(Server.SMTP),
        SMTP_AUTH_LOGIN_USER_IR(Server.SMTP), SMTP_AUTH_XOAUTH2_IR(Server.SMTP), SMTP_AUTH_OAUTHBEARER_CONTINUATION(Server.SMTP);

        final Server protocol;

        Credential(Server protocol) {
            this.protocol = protocol;
        }
    }

    /** How a transcript is written down. */
    enum Framing {
        TELNET, CLIENT_SERVER, SWAKS, CURL, PREFIXED, OUTLOOK, MOZ_LOG, JAVAMAIL
    }

    record Line(boolean client, String text) {
    }

    record Secret(String user, String password, String token) {

        /** @return every form that must never be printed: the password, its base64 forms, the token and its blob */
        Set<String> needles() {
            Set<String> needles = new LinkedHashSet<>();
            for (String s : List.of(password, token)) {
                needles.add(s);
                needles.add(s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
                needles.add(s.replace("/", "\\/"));
            }
            needles.add(b64(password));
            needles.add(b64("\0" + user + "\0" + password));
            needles.add(b64(user + "\0" + user + "\0" + password));
            needles.add(b64(xoauth2()));
            needles.add(b64(oauthbearer()));
            return needles;
        }

        String xoauth2() {
            return "user=" + user + "\u0001auth=Bearer " + token + "\u0001\u0001";
        }

        String oauthbearer() {
            return "n,a=" + user + ",\u0001auth=Bearer " + token + "\u0001\u0001";
        }
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private CredentialTranscripts() {
    }

    /** The conversation: greeting, the credential step, the server's answers, the end. */
    static List<Line> conversation(Credential credential, int port, Secret secret, boolean echoingServer) {
        Server server = Server.at(port);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(false, greeting(server)));
        Steps steps = new Steps(server, credential.protocol == server, echoingServer, lines);
        String user = secret.user();
        String pw = secret.password();
        switch (credential) {
            case POP3_USER_PASS -> {
                steps.command("USER " + user, "+OK");
                steps.command("PASS " + pw, "-ERR [AUTH] Authentication failed.");
            }
            case POP3_AUTH_PLAIN_CONTINUATION -> {
                steps.challenge("AUTH PLAIN", "+ ");
                steps.command(b64("\0" + user + "\0" + pw), "-ERR [AUTH] Authentication failed.");
            }
            case POP3_AUTH_LOGIN -> {
                steps.challenge("AUTH LOGIN", "+ VXNlcm5hbWU6");
                steps.challenge(b64(user), "+ UGFzc3dvcmQ6");
                steps.command(b64(pw), "-ERR [AUTH] Authentication failed.");
            }
            case IMAP_LOGIN_ATOM -> steps.command("a1 LOGIN " + user + " " + pw, "a1 NO [AUTHENTICATIONFAILED] Authentication failed.");
            case IMAP_LOGIN_QUOTED -> steps.command("a1 LOGIN \"" + user + "\" \"" + pw + "\"",
                    "a1 NO [AUTHENTICATIONFAILED] Authentication failed.");
            case IMAP_LOGIN_PASSWORD_LITERAL -> {
                steps.challenge("a1 LOGIN " + user + " {" + pw.length() + "}", "+ Ready for literal data");
                steps.command(pw, "a1 NO [AUTHENTICATIONFAILED] Authentication failed.");
            }
            case IMAP_LOGIN_BOTH_LITERALS -> {
                steps.challenge("a1 LOGIN {" + user.length() + "}", "+ Ready for literal data");
                steps.challenge(user + " {" + pw.length() + "}", "+ Ready for literal data");
                steps.command(pw, "a1 NO [AUTHENTICATIONFAILED] Authentication failed.");
            }
            case IMAP_LOGIN_LITERAL_PLUS -> {
                steps.blind("a1 LOGIN {" + user.length() + "+}");
                steps.blind(user + " {" + pw.length() + "+}");
                steps.command(pw, "a1 NO [AUTHENTICATIONFAILED] Authentication failed.");
            }
            case IMAP_AUTHENTICATE_PLAIN_IR -> steps.command("a1 AUTHENTICATE PLAIN " + b64("\0" + user + "\0" + pw),
                    "a1 NO [AUTHENTICATIONFAILED] Authentication failed.");
            case IMAP_AUTHENTICATE_PLAIN_CONTINUATION -> {
                steps.challenge("a1 AUTHENTICATE PLAIN", "+ ");
                steps.command(b64("\0" + user + "\0" + pw), "a1 NO [AUTHENTICATIONFAILED] Authentication failed.");
            }
            case IMAP_AUTHENTICATE_XOAUTH2_CONTINUATION -> {
                steps.challenge("a1 AUTHENTICATE XOAUTH2", "+ ");
                steps.challenge(b64(secret.xoauth2()), "+ eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIn0=");
                steps.command("", "a1 NO [AUTHENTICATIONFAILED] Authentication failed.");
            }
            case SMTP_AUTH_PLAIN_IR -> steps.command("AUTH PLAIN " + b64("\0" + user + "\0" + pw),
                    "535 5.7.8 Error: authentication failed");
            case SMTP_AUTH_PLAIN_CONTINUATION -> {
                steps.challenge("AUTH PLAIN", "334 ");
                steps.command(b64(user + "\0" + user + "\0" + pw), "535 5.7.8 Error: authentication failed");
            }
            case SMTP_AUTH_LOGIN -> {
                steps.challenge("AUTH LOGIN", "334 VXNlcm5hbWU6");
                steps.challenge(b64(user), "334 UGFzc3dvcmQ6");
                steps.command(b64(pw), "535 5.7.8 Error: authentication failed");
            }
            case SMTP_AUTH_LOGIN_USER_IR -> {
                steps.challenge("AUTH LOGIN " + b64(user), "334 UGFzc3dvcmQ6");
                steps.command(b64(pw), "535 5.7.8 Error: authentication failed");
            }
            case SMTP_AUTH_XOAUTH2_IR -> steps.command("AUTH XOAUTH2 " + b64(secret.xoauth2()),
                    "535 5.7.3 Authentication unsuccessful");
            case SMTP_AUTH_OAUTHBEARER_CONTINUATION -> {
                steps.challenge("AUTH OAUTHBEARER", "334 ");
                steps.command(b64(secret.oauthbearer()), "535 5.7.3 Authentication unsuccessful");
            }
        }
        steps.command(server == Server.IMAP ? "a9 LOGOUT" : "QUIT", switch (server) {
            case IMAP -> "a9 OK Logout completed.";
            case POP3 -> "+OK Logging out.";
            case SMTP -> "221 2.0.0 Bye";
        });
        return lines;
    }

    private static String greeting(Server server) {
        return switch (server) {
            case POP3 -> "+OK Dovecot ready.";
            case IMAP -> "* OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN AUTH=LOGIN AUTH=XOAUTH2] Dovecot ready.";
            case SMTP -> "220 mail.example.test ESMTP Postfix";
        };
    }

    /** Client lines and the answers of the server at the port: the expected ones, or that server's errors. */
    private record Steps(Server server, boolean rightPort, boolean echoing, List<Line> lines) {

        /** A line answered by a challenge at the right port (and by an error at a wrong one). */
        void challenge(String client, String challenge) {
            lines.add(new Line(true, client));
            lines.add(new Line(false, rightPort ? challenge : error(client)));
        }

        /** A line answered by a final reply at the right port. */
        void command(String client, String reply) {
            lines.add(new Line(true, client));
            lines.add(new Line(false, rightPort ? reply : error(client)));
        }

        /** A line the client sends without waiting (LITERAL+); a wrong server still answers it. */
        void blind(String client) {
            lines.add(new Line(true, client));
            if (!rightPort) {
                lines.add(new Line(false, error(client)));
            }
        }

        private String error(String client) {
            String first = client.isBlank() ? "" : client.strip().split("\\s+")[0];
            return switch (server) {
                case IMAP -> (first.isEmpty() ? "*" : first) + " BAD Error in IMAP command received by server.";
                case POP3 -> echoing ? "-ERR Unknown command: " + first.toUpperCase(Locale.ROOT) : "-ERR Unknown command.";
                case SMTP -> echoing ? "500 5.3.3 Unrecognized command '" + client + "'" : "502 5.5.2 Error: command not recognized";
            };
        }
    }

    /** Writes the conversation down as {@code framing} does. */
    static String render(Framing framing, Credential credential, int port, List<Line> lines) {
        String host = "mail.example.test";
        String proto = credential.protocol.name();
        StringBuilder b = new StringBuilder();
        int second = 0;
        switch (framing) {
            case TELNET -> b.append("$ telnet ").append(host).append(' ').append(port).append("\nTrying 192.0.2.10...\n")
                    .append("Connected to ").append(host).append(".\nEscape character is '^]'.\n");
            case SWAKS -> b.append("=== Trying ").append(host).append(':').append(port).append("...\n=== Connected to ")
                    .append(host).append(".\n");
            case CURL -> b.append("*   Trying 192.0.2.10:").append(port).append("...\n* Connected to ").append(host)
                    .append(" (192.0.2.10) port ").append(port).append(" (#0)\n");
            case OUTLOOK -> b.append(proto).append(" (").append(host).append("): 10:16:00 [db] Port: ").append(port)
                    .append(", Secure: NO, SPA: NO\n").append(proto).append(" (").append(host)
                    .append("): 10:16:00 [db] Connected to host\n");
            case JAVAMAIL -> b.append("DEBUG: setDebug: JavaMail version 1.6.2\nDEBUG ").append(proto)
                    .append(": trying to connect to host \"").append(host).append("\", port ").append(port)
                    .append(", isSSL false\n");
            case MOZ_LOG -> b.append("2024-03-28 10:28:10.307508 UTC - [Parent 474262: Main Thread]: I/").append(proto)
                    .append(" connecting to ").append(host).append(':').append(port).append('\n');
            default -> {
                // no header
            }
        }
        for (Line l : lines) {
            String t = l.text();
            second++;
            String time = String.format(Locale.ROOT, "10:16:%02d", second % 60);
            switch (framing) {
                case TELNET, JAVAMAIL -> b.append(t);
                case CLIENT_SERVER -> b.append(l.client() ? "C: " : "S: ").append(t);
                case SWAKS -> b.append(l.client() ? " -> " : "<-  ").append(t);
                case CURL -> b.append(l.client() ? "> " : "< ").append(t);
                case PREFIXED -> b.append("2024-05-01 ").append(time).append(".123 [").append(proto.toLowerCase(Locale.ROOT))
                        .append("] ").append(l.client() ? "C: " : "S: ").append(t);
                case OUTLOOK -> b.append(proto).append(" (").append(host).append("): ").append(time)
                        .append(l.client() ? " [tx] " : " [rx] ").append(t);
                case MOZ_LOG -> {
                    b.append("2024-03-28 10:28:10.").append(String.format(Locale.ROOT, "%06d", second * 1000))
                            .append(" UTC - [Parent 474262: ").append(proto).append("]: I/").append(proto).append(' ');
                    if (credential.protocol == Server.IMAP) {
                        b.append("7f9fdc166b00:").append(host).append(":NA:")
                                .append(l.client() ? "SendData: " : "CreateNewLineFromSocket: ").append(t);
                    } else {
                        b.append(l.client() ? "SEND: " : "RECV: ").append(t);
                    }
                }
            }
            b.append('\n');
        }
        if (framing == Framing.TELNET) {
            b.append("Connection closed by foreign host.\n");
        } else if (framing == Framing.CURL) {
            b.append("* Closing connection 0\n");
        }
        return b.toString();
    }
}
