package nl.samenspel.infra.fake;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Lays out {@code <repo>/<svc>/target/<svc>.jar} with {@link FakeService} inside, as {@code mvn package} would. */
public final class FakeServiceJars {

    private FakeServiceJars() {
    }

    public static Path createRepository(Path repoRoot, List<String> services) throws IOException {
        Files.createDirectories(repoRoot.resolve("infra"));
        Files.writeString(repoRoot.resolve("pom.xml"), "<project/>");
        Files.writeString(repoRoot.resolve("infra").resolve("pom.xml"), "<project/>");
        for (String service : services) {
            Path jar = repoRoot.resolve(service).resolve("target").resolve(service + ".jar");
            Files.createDirectories(jar.getParent());
            write(jar);
        }
        return repoRoot;
    }

    private static void write(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        Path classes = classesRoot();
        String packagePath = FakeService.class.getPackageName().replace('.', '/');
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> members = Files.list(classes.resolve(packagePath))) {
            for (Path member : members.filter(FakeServiceJars::isFakeServiceClass).toList()) {
                out.putNextEntry(new JarEntry(packagePath + "/" + member.getFileName()));
                Files.copy(member, out);
                out.closeEntry();
            }
        }
    }

    private static boolean isFakeServiceClass(Path file) {
        String name = file.getFileName().toString();
        return name.equals(FakeService.class.getSimpleName() + ".class") || name.startsWith(FakeService.class.getSimpleName() + "$");
    }

    private static Path classesRoot() {
        try {
            return Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
