package io.mailscope.trace.internal.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.mailscope.trace.ImportResult;
import io.mailscope.trace.tests.Imports;

/** Every fixture is detected as its format, without being told. */
class FormatDetectionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "outlook2002-pop3-0x800ccc97.log, outlook.legacy",
            "written/outlook2010-pop3-smtp.log, outlook",
            "written/outlook2013-imap.log, outlook",
            "written/oe6-pop3.log, outlookexpress",
            "written/wlm-smtp-auth.log, outlookexpress",
            "written/thunderbird-imap.moz.log, thunderbird",
            "written/thunderbird-pop3-smtp.moz.log, thunderbird",
            "captured/jm_pop.txt, javamail",
            "captured/jm_smtp.txt, javamail",
            "captured/jm_imap.txt, javamail",
            "captured/jm14_pop.txt, javamail",
            "captured/jm14_smtp.txt, javamail",
            "public/019-javamail-o365-basic-auth-disabled.log, javamail",
            "captured/swaks_plain.txt, swaks",
            "captured/swaks_tls.txt, swaks",
            "captured/swaks_rej.txt, swaks",
            "public/005-swaks-cram-md5-535.log, swaks",
            "captured/curl_pop.txt, curl",
            "captured/curl_imap.txt, curl",
            "captured/curl_smtp.txt, curl",
            "public/004-curl-pop3-apop-rejected.log, curl",
            "public/009-curl-pop3-starttls-denied.log, curl",
            "captured/pm2_echo.txt, phpmailer",
            "public/015-phpmailer-gmail-535-badcredentials.log, phpmailer",
            "captured/py1.txt, smtplib",
            "captured/py2.txt, smtplib",
            "public/003-telnet-smtp-auth-login-success.log, raw",
            "public/006-netcat-pop3-login-success.log, raw",
            "public/010-openssl-s_client-pop3s-success.log, raw",
            "public/012-wireshark-pop3-apop-rejected.log, raw",
            "public/014-telnet-smtp-ehlo-postfix-ok.log, raw",
            "public/001-mailkit-pop3-wrong-port.log, prefixed",
            "public/002-mailkit-pop3-gmail-auth-timeout.log, prefixed",
            "public/007-mailkit-pop3-apop-bad-username.log, prefixed",
            "public/008-mailkit-pop3-user-pass-success.log, prefixed",
            "public/011-cpp-smtpclient-starttls-exchange-fail.log, prefixed",
            "public/013-node-poplib-login-failed.log, prefixed",
            "public/016-mailkit-imap-dovecot-authfailed.log, prefixed",
            "public/017-mailkit-imap-exchange-login-failed.log, prefixed",
            "public/018-rainloop-imap-dovecot-authfailed.log, prefixed",
            "public/020-nodemailer-o365-smtp-auth-disabled-tenant.log, prefixed",
            "public/022-node-poplib-user-pass-success.log, prefixed",
            "captured/msmtp.txt, prefixed",
            "captured/fetchmail_pop.txt, prefixed",
            "captured/fetchmail_imap.txt, prefixed",
            "written/generic-arrows.log, prefixed",
            "written/generic-client-server.log, prefixed",
            "written/generic-send-recv.log, prefixed",
            "written/generic-cs-xoauth2.log, prefixed",
            "written/dialog-0x800ccc0f.txt, errortext",
            "written/dialog-0x800ccc79.txt, errortext",
            "written/exception-javamail.txt, errortext" })
    void detects(String file, String format) throws Exception {
        ImportResult result = Imports.importFile(file);
        assertEquals("io.mailscope.trace." + format, result.format().formatId(), result.candidates().toString());
        assertTrue(result.format().confidence() >= 0.3);
        assertEquals(result.format().formatId(), result.candidates().get(0).formatId(), "the best candidate is used");
        assertFalse(result.trace().getSessions().isEmpty() && result.trace().getStatusEvents().isEmpty(),
                "something was rebuilt from " + file);
    }
}
