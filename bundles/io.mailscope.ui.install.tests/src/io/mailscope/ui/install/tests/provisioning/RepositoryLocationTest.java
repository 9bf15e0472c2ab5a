package io.mailscope.ui.install.tests.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mailscope.ui.install.provisioning.InstallProblem;
import io.mailscope.ui.install.provisioning.RepositoryLocation;

class RepositoryLocationTest {

    @TempDir
    Path temp;

    @Test
    void urlsAreTakenAsTheyAre() throws Exception {
        assertEquals(URI.create("https://rules.example.net/mailscope/"), RepositoryLocation.parse(" https://rules.example.net/mailscope/ ")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(URI.create("http://127.0.0.1:8080/p2"), RepositoryLocation.parse("http://127.0.0.1:8080/p2")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aFolderOrFileUrlBecomesAFileUri() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("repository")); //$NON-NLS-1$
        assertEquals(folder.toUri(), RepositoryLocation.parse(folder.toString()));
        assertEquals(folder.toUri(), RepositoryLocation.parse(folder.toUri().toString()));
    }

    @Test
    void aZipArchiveIsReadInsideTheArchive() throws Exception {
        Path zip = Files.write(temp.resolve("rules-repository.zip"), new byte[] { 'P', 'K', 5, 6 }); //$NON-NLS-1$
        assertEquals(URI.create("jar:" + zip.toUri() + "!/"), RepositoryLocation.parse(zip.toString())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void missingPathsOtherFilesAndOtherSchemesAreRefusedWithWhatWasGiven() throws Exception {
        Path missing = temp.resolve("nowhere"); //$NON-NLS-1$
        assertTrue(assertThrows(InstallProblem.class, () -> RepositoryLocation.parse(missing.toString())).getMessage()
                .equals("No such folder or file: " + missing)); //$NON-NLS-1$
        Path text = Files.writeString(temp.resolve("notes.txt"), "not a repository"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(assertThrows(InstallProblem.class, () -> RepositoryLocation.parse(text.toString())).getMessage()
                .startsWith(text + " is a file but not a .zip archive")); //$NON-NLS-1$
        assertTrue(assertThrows(InstallProblem.class, () -> RepositoryLocation.parse("ftp://files.example.net/rules")).getMessage() //$NON-NLS-1$
                .startsWith("Unsupported repository URL ftp://files.example.net/rules")); //$NON-NLS-1$
        assertTrue(assertThrows(InstallProblem.class, () -> RepositoryLocation.parse("  ")).getMessage().startsWith("No repository location given")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
